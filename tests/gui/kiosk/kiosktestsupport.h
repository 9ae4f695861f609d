#pragma once

// Test helpers for the kiosk GUI tests: the real novbe-engine's options, a fake
// ESC/POS printer on loopback TCP whose state can change during a test, and a
// proxy that loses the answer to the first ticket.issue.

#include "engineprocess.h"
#include "samplecentre.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace novbe::test {

// The engine clock's start in the kiosk tests (EngineProcessOptions::running):
// 10:30 Baku on a Tuesday, so opening hours are fixed.
QDateTime kioskMorning();

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
