// The engine under systemd (issue 18), without systemd: the test binds the
// datagram socket that $NOTIFY_SOCKET names, as systemd does for
// Type=notify services. READY=1 comes only once the store is open and the
// port listens (never from an engine that cannot listen); WATCHDOG=1 pings
// come from the idle event loop; SIGHUP and SIGTERM are announced.
// Also `novbe-engine --check-config`: every problem, no database touched.

#include "engineprocess.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>

#include <csignal>
#include <memory>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

// The receiving end of sd_notify: an AF_UNIX datagram socket in `dir`.
class NotifySocket
{
public:
    explicit NotifySocket(const QString &dir) : m_path(dir + u"/notify"_s)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = m_path.toUtf8();
        REQUIRE(size_t(path.size()) < sizeof(address.sun_path));
        std::copy(path.begin(), path.end(), address.sun_path);
        REQUIRE(::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    }
    ~NotifySocket() { ::close(m_fd); }

    QString path() const { return m_path; }
    // Every datagram received so far (reads what arrived since the last call).
    const QList<QByteArray> &messages()
    {
        char buffer[4096];
        ssize_t n = 0;
        while ((n = ::recv(m_fd, buffer, sizeof buffer, 0)) > 0)
            m_messages << QByteArray(buffer, n);
        return m_messages;
    }
    qsizetype count(const QByteArray &line)
    {
        return std::count_if(messages().begin(), messages().end(),
                             [&](const QByteArray &m) { return m.split('\n').contains(line); });
    }

private:
    QString m_path;
    int m_fd = -1;
    QList<QByteArray> m_messages;
};

struct Service
{
    QTemporaryDir dir;
    NotifySocket notify{dir.path()};
    std::unique_ptr<EngineProcess> engine;

    // The production engine with $NOTIFY_SOCKET (and $WATCHDOG_USEC), listening on `port`.
    void start(quint16 port, const QByteArray &watchdogUsec = {})
    {
        EngineProcessOptions options;
        options.production = true;
        options.port = port;
        options.dataDir = dir.path();
        options.environment = {u"NOTIFY_SOCKET="_s + notify.path()};
        if (!watchdogUsec.isEmpty())
            options.environment << u"WATCHDOG_USEC="_s + QString::fromLatin1(watchdogUsec);
        engine = std::make_unique<EngineProcess>(alwaysOpenCentre(), options);
        engine->spawn();
    }
    // The READY=1 datagram, waiting for it (empty when the engine exited first).
    QByteArray ready()
    {
        waitUntil([this] { return notify.count("READY=1") > 0 || !engine->isRunning(); });
        for (const QByteArray &m : notify.messages()) {
            if (m.split('\n').contains("READY=1"))
                return m;
        }
        return {};
    }
};

quint16 statusPort(const QByteArray &ready)
{
    for (const QByteArray &line : ready.split('\n')) {
        if (line.startsWith("STATUS=listening on 127.0.0.1:"))
            return quint16(line.mid(line.lastIndexOf(':') + 1).toUInt());
    }
    return 0;
}

} // namespace

TEST_CASE("READY comes once the store is open and the port listens", "[engine][systemd]")
{
    Service service;
    service.start(0);
    const QByteArray ready = service.ready();
    INFO(ready.toStdString());
    REQUIRE_FALSE(ready.isEmpty());
    const QByteArray mainPid = "MAINPID=" + QByteArray::number(service.engine->pid());
    CHECK(ready.contains(mainPid));
    // Port 0 is resolved by listen(): a READY naming the bound port was sent after it.
    const quint16 port = statusPort(ready);
    REQUIRE(port != 0);
    CHECK(QFile::exists(service.dir.filePath(u"centre.db"_s)));
    TestClient client;
    REQUIRE(client.connectTo(port));
    CHECK(client.hello(u"dashboard-1"_s).contains(u"result"_s));

    CHECK(service.engine->terminate() == 0);
    CHECK(service.notify.count("STOPPING=1") == 1);
}

TEST_CASE("an engine that cannot listen never sends READY", "[engine][systemd]")
{
    QTcpServer taken;
    REQUIRE(taken.listen(QHostAddress::LocalHost));
    Service service;
    service.start(taken.serverPort());
    CHECK(service.ready().isEmpty());
    REQUIRE(service.engine->waitForExit());
    CHECK(service.engine->exitCode() == 4);
    CHECK(service.notify.count("READY=1") == 0);
}

TEST_CASE("the idle engine pings the watchdog; SIGHUP is announced", "[engine][systemd]")
{
    Service service;
    service.start(0, "200000"); // WatchdogSec=0.2: a ping every 100 ms
    REQUIRE_FALSE(service.ready().isEmpty());
    CHECK(waitUntil([&] { return service.notify.count("WATCHDOG=1") >= 5; }));

    const qsizetype readies = service.notify.count("READY=1");
    service.engine->sendSignal(SIGHUP);
    REQUIRE(waitUntil([&] { return service.notify.count("READY=1") > readies; }));
    CHECK(service.notify.count("RELOADING=1") == 1);
}

TEST_CASE("--check-config lists every problem and touches no database", "[engine][config]")
{
    QTemporaryDir dir;
    QJsonObject config = alwaysOpenCentre();
    QJsonObject centre = config.value(u"centre"_s).toObject();
    centre.insert(u"timezone"_s, u"Nowhere/City"_s);
    config.insert(u"centre"_s, centre);
    config.insert(u"operators"_s, QJsonArray{QJsonObject{{u"id"_s, u"op01"_s}}});
    const QString path = dir.filePath(u"broken.json"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();

    const auto run = [&](const QString &configPath) {
        const EngineRun r = EngineProcess::command(
            {u"--check-config"_s, configPath, u"--db"_s, dir.filePath(u"x.db"_s)}, dir.path());
        return std::pair{r.exitCode, QString::fromUtf8(r.output)};
    };
    const auto [code, output] = run(path);
    INFO(output.toStdString());
    CHECK(code == 2);
    CHECK(output.contains(path + u": centre: timezone \"Nowhere/City\""_s));
    CHECK(output.contains(path + u": operators[0] \"op01\": "_s));
    CHECK(output.contains(path + u": 2 problem(s)"_s));
    CHECK_FALSE(QFile::exists(dir.filePath(u"x.db"_s)));

    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(alwaysOpenCentre()).toJson());
    file.close();
    const auto [validCode, validOutput] = run(path);
    CHECK(validCode == 0);
    CHECK(validOutput.trimmed() == path + u": ok"_s);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{u"broken.json"_s});
}
