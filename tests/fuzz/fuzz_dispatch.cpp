// libFuzzer entry: bytes a client might send, through the engine's line
// framer (LineDecoder) and JSON-RPC dispatch (Dispatcher, every handler) into
// group commit (Batcher) over the in-memory journal of the server tests
// (tests/unit/server/memoryjournal.h), on the sample centre at 10:00 Baku.
// Each input gets a fresh engine state and one real session (loopback TCP).
// Invariants: no answer is INTERNAL (-32603: a bug), every answer is a
// JSON-RPC 2.0 object, and after the flush the core and the journal agree.

#include "fuzzcheck.h"
#include "memoryjournal.h"

#include "server/alertboard.h"
#include "server/auth.h"
#include "server/batcher.h"
#include "server/dispatcher.h"
#include "server/enginecontext.h"
#include "server/fanout.h"
#include "server/session.h"
#include "server/sessionregistry.h"
#include "store/store.h"

#include "core/clock.h"
#include "core/configloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdint>
#include <cstdlib>

using namespace novbe;
using novbe::fuzz::check;
using namespace Qt::StringLiterals;

namespace {

const QDateTime T0 = QDateTime::fromString(u"2026-03-10T06:00:00.000Z"_s, Qt::ISODateWithMs);

struct Fixture
{
    CentreConfig config;
    std::unique_ptr<Store> store; // ticket.get and stats.today read it; it stays empty
    QTcpServer listener;
};

Fixture &fixture()
{
    static Fixture *f = [] {
        static int argc = 1;
        static char name[] = "fuzz_dispatch";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
        QLoggingCategory::setFilterRules(u"novbe.*=false"_s);
        auto *fx = new Fixture;
        QFile file(QStringLiteral(NOVBE_SOURCE_DIR "/resources/centres/baku-1.json"));
        check(file.open(QIODevice::ReadOnly));
        fx->config = *parseCentreConfig(file.readAll());
        const QString db = QDir::tempPath() + u"/fuzz_dispatch-%1.db"_s.arg(getpid());
        fx->store = Store::open(db).value();
        check(fx->listener.listen(QHostAddress::LocalHost));
        return fx;
    }();
    return *f;
}

// Opens the service day at T0; the journal continues from the core's seq.
qint64 openDay(QueueEngine &core)
{
    check(core.flow().rollover(T0).ok());
    core.commit();
    return core.query().lastSeq();
}

// One engine's worth of server state over a MemoryJournal.
struct Rig
{
    ManualClock clock{T0};
    QueueEngine core;
    test::MemoryJournal journal;
    Authenticator auth;
    SessionRegistry sessions;
    Fanout fanout;
    Batcher batcher;
    AlertBoard alerts;
    EngineContext context;
    Dispatcher dispatcher;

    explicit Rig(Fixture &f)
        : core(f.config, 42)
        , journal(openDay(core))
        , fanout(core, journal, sessions)
        , batcher(core, journal)
        , context{core, *f.store, clock, auth, sessions, fanout, batcher, alerts}
        , dispatcher(context)
    {
        batcher.setPublisher(
            [this](const std::vector<const DomainEvent *> &events) { fanout.publish(events); });
    }
};

void checkAnswers(const QByteArray &output)
{
    for (const QByteArray &line : output.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject message = QJsonDocument::fromJson(line).object();
        check(message.value(u"jsonrpc"_s).toString() == u"2.0"_s);
        check(message.value(u"error"_s).toObject().value(u"code"_s).toInt() != -32603);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    Rig rig(f);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, f.listener.serverPort());
    check(client.waitForConnected(5000) && f.listener.waitForNewConnection(5000));
    auto session = std::make_unique<Session>(f.listener.nextPendingConnection(), 1,
                                             Session::Limits{});
    rig.sessions.add(session.get());
    LineDecoder decoder;
    decoder.feed(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)) + '\n');
    for (LineDecoder::Item item = decoder.next(); item.status != LineDecoder::Status::NeedMore;
         item = decoder.next())
        rig.dispatcher.handleLine(*session, item);
    rig.batcher.flush();
    check(rig.core.query().lastSeq() == rig.journal.lastSeq());
    QByteArray output; // the session writes from the event loop; loopback delivers at once
    for (int idle = 0; idle < 2;) {
        QCoreApplication::processEvents();
        if (client.waitForReadyRead(0)) {
            output += client.readAll();
            idle = 0;
        } else {
            ++idle;
        }
    }
    checkAnswers(output.left(output.lastIndexOf('\n') + 1));
    rig.sessions.remove(session.get());
    return 0;
}
