#pragma once

// Test helpers for the kiosk GUI tests: a real novbe-engine process, a fake
// ESC/POS printer on loopback TCP whose state can change during a test, and a
// proxy that loses the answer to the first ticket.issue.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

namespace novbe::test {

// novbe-engine on 127.0.0.1 with resources/centres/baku-1.json. Unlike
// tests/support (always port 0) it can restart on the same port, which the
// kiosk must find again by itself.
class KioskEngineProcess
{
public:
    // `clockStart`: the engine clock's start (ISO 8601), so opening hours are fixed.
    explicit KioskEngineProcess(const QString &clockStart = QStringLiteral("2026-11-24T06:30:00Z"));
    ~KioskEngineProcess();
    // Starts on `port` (0 = any); false with the engine's output on failure.
    bool start(quint16 port = 0);
    // SIGTERM and wait.
    void stop();
    quint16 port() const { return m_port; }
    QString output() const { return m_output; }

private:
    QTemporaryDir m_dir;
    QString m_clockStart;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_output;
};

// A fake ESC/POS printer: answers GS a with an ASB frame of its current
// state and pushes a new frame on every state change; answers DLE EOT and
// GS r 1; records everything it receives. With dropJobs it closes the
// connection as soon as a raster image arrives (a printer that dies mid-job).
class LiveFakePrinter : public QObject
{
    Q_OBJECT

public:
    enum class State { Ok, PaperLow, PaperOut, CoverOpen };

    LiveFakePrinter();
    QString url() const;
    void setState(State state);
    void setDropJobs(bool drop) { m_dropJobs = drop; }
    QByteArray received() const { return m_received; }
    int rasterJobs() const { return m_rasterJobs; }

signals:
    void jobReceived();

private:
    QByteArray asbFrame() const;
    QByteArray answer(const QByteArray &bytes);

    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    State m_state = State::Ok;
    bool m_dropJobs = false;
    bool m_asb = false;
    QByteArray m_received;
    QByteArray m_pending;
    int m_rasterJobs = 0;
};

// Forwards lines between a client and the engine. The first response to a
// ticket.issue request is swallowed and both connections are cut, as if the
// network died right after the engine committed.
class LossyProxy : public QObject
{
    Q_OBJECT

public:
    explicit LossyProxy(quint16 enginePort);
    quint16 port() const { return m_server.serverPort(); }
    // The params of every ticket.issue that went through.
    QList<QJsonObject> issueRequests() const { return m_issues; }
    int answersLost() const { return m_lost; }

private:
    void handleConnection();

    QTcpServer m_server;
    quint16 m_enginePort;
    QList<QJsonObject> m_issues;
    int m_lost = 0;
};

} // namespace novbe::test
