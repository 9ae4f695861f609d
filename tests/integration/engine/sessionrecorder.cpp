#include "sessionrecorder.h"

#include "core/queueengine.h"
#include "server/options.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace novbe::enginetest {

namespace {

constexpr int WAIT_MS = 10000;
const QByteArray SYNC_ID = "\"id\":\"sync\"";

} // namespace

bool SessionRecorder::start(const QString &configPath, const QDateTime &start, quint64 idSeed)
{
    m_clock = std::make_unique<ManualClock>(start);
    EngineOptions options;
    options.configPath = configPath;
    options.dbPath = m_dir.filePath(u"replay.db"_s);
    options.port = 0;
    // No alert timer: an alert raised whenever 15 s of real time pass would
    // make the transcript depend on the machine's speed.
    Engine::Environment environment{m_clock.get(), idSeed};
    environment.alertTimer = false;
    environment.trackingSecret = QByteArray(32, 'k'); // tracking tokens the same every run
    m_engine = std::make_unique<Engine>(options, std::move(environment));
    return !m_engine->start().has_value();
}

SessionRecorder::~SessionRecorder()
{
    m_clients.clear();
    if (m_engine) {
        bool stopped = false;
        QObject::connect(m_engine.get(), &Engine::stopped, [&stopped] { stopped = true; });
        m_engine->stop();
        (void)QTest::qWaitFor([&] { return stopped; }, WAIT_MS);
    }
}

bool SessionRecorder::connect(const QString &name)
{
    Client &c = m_clients[name];
    c.socket = std::make_unique<QTcpSocket>();
    c.socket->connectToHost(u"127.0.0.1"_s, m_engine->port());
    return c.socket->waitForConnected(WAIT_MS);
}

SessionRecorder::Client &SessionRecorder::client(const QString &name)
{
    return m_clients.at(name);
}

void SessionRecorder::readLines(Client &c)
{
    c.buffer += c.socket->readAll();
    qsizetype nl;
    while ((nl = c.buffer.indexOf('\n')) >= 0) {
        c.lines.push_back(c.buffer.left(nl));
        c.buffer.remove(0, nl + 1);
    }
}

// Runs the event loop (the engine lives in it too) until `done`, waking at
// once when any client has bytes to read; false after WAIT_MS.
bool SessionRecorder::waitUntil(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        const qint64 left = WAIT_MS - timer.elapsed();
        if (left <= 0)
            return false;
        QEventLoop loop;
        for (auto &entry : m_clients)
            QObject::connect(entry.second.socket.get(), &QTcpSocket::readyRead, &loop,
                             &QEventLoop::quit);
        QTimer::singleShot(std::min<qint64>(left, 50), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool SessionRecorder::waitForLines(Client &c, size_t count)
{
    return waitUntil([&] {
        readLines(c);
        return c.lines.size() >= count;
    });
}

void SessionRecorder::flush(const QString &name, Client &c)
{
    for (const QByteArray &line : c.lines)
        m_transcript += name.toUtf8() + " < " + line + '\n';
    c.lines.clear();
}

// Every client pings; what arrives before the ping's answer belongs to this step.
void SessionRecorder::sync()
{
    for (auto &[name, c] : m_clients) {
        if (c.socket->state() != QAbstractSocket::ConnectedState)
            continue;
        if (c.pendingReplay > 0 && waitForLines(c, size_t(c.pendingReplay)))
            c.pendingReplay = 0;
        // Two pings, one after the other: events of a batch follow its answers,
        // so once the second answer is here the first ping's batch is complete.
        for (int round = 0; round < 2; ++round) {
            c.socket->write(R"({"jsonrpc":"2.0","id":"sync","method":"session.ping"})"
                            "\n");
            const bool synced = waitUntil([&] {
                readLines(c);
                return !c.lines.empty() && c.lines.back().contains(SYNC_ID);
            });
            if (!synced) {
                m_transcript += name.toUtf8() + " !! no answer to the sync ping\n";
                break;
            }
            c.lines.pop_back();
        }
        std::erase_if(c.lines, [](const QByteArray &l) { return l.contains(SYNC_ID); });
        flush(name, c);
    }
}

QJsonObject SessionRecorder::call(const QString &name, const QString &method,
                                  const QJsonObject &params)
{
    Client &c = client(name);
    QJsonObject request{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, c.nextId++}, {u"method"_s, method}};
    if (!params.isEmpty())
        request.insert(u"params"_s, params);
    const QByteArray line = QJsonDocument(request).toJson(QJsonDocument::Compact);
    m_transcript += name.toUtf8() + " > " + line + '\n';
    c.socket->write(line + '\n');
    if (!waitForLines(c, 1)) {
        m_transcript += name.toUtf8() + " !! no answer\n";
        return {};
    }
    const QJsonObject answer = QJsonDocument::fromJson(c.lines.front()).object();
    const QJsonObject result = answer.value(u"result"_s).toObject();
    if (method == u"events.subscribe"_s)
        c.pendingReplay = result.value(u"replayed"_s).toInteger();
    sync();
    return answer;
}

void SessionRecorder::raw(const QString &name, const QByteArray &bytes, int answers)
{
    Client &c = client(name);
    m_transcript += name.toUtf8() + " > (raw) " + bytes.toPercentEncoding(" {}\":,[]") + '\n';
    c.socket->write(bytes);
    if (!waitForLines(c, size_t(answers)))
        m_transcript += name.toUtf8() + " !! too few answers\n";
    sync();
}

void SessionRecorder::close(const QString &name, bool engineReacts)
{
    m_transcript += name.toUtf8() + " closes\n";
    const qint64 seqBefore = core().query().lastSeq();
    Client &c = client(name);
    c.socket->abort();
    m_clients.erase(name);
    // The engine releases counters and marks devices offline in its next batch.
    if (engineReacts && !waitUntil([&] { return core().query().lastSeq() > seqBefore; }))
        m_transcript += name.toUtf8() + " !! the engine did not react to the close\n";
    sync();
}

void SessionRecorder::advance(qint64 seconds)
{
    m_clock->advanceSec(seconds);
}

void SessionRecorder::note(const QString &text)
{
    m_transcript += "# " + text.toUtf8() + '\n';
}

} // namespace novbe::enginetest
