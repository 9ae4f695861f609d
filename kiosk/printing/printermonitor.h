#pragma once

#include "printerstatus.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace novbe {

class PrinterTransport;

struct MonitorTimings
{
    int asbWaitMs = 1500;      // after GS a: wait this long for a first ASB frame
    int replyTimeoutMs = 1000; // one DLE EOT reply; none -> state unknown
    int pollIntervalMs = 3000; // between DLE EOT polls (when no ASB)
};

// Watches a printer over its transport. At every open it enables Automatic
// Status Back (GS a 0F); when no ASB frame arrives it polls DLE EOT 1, 2, 4,
// one at a time, each with a timeout. No answer = Unknown, never a hang.
// Transports that cannot read are never sent status requests (state Unknown).
class PrinterMonitor : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Idle, // transport closed or unreadable
        WaitingAsb,
        Asb,     // the printer pushes ASB frames
        Polling, // DLE EOT polling
    };

    explicit PrinterMonitor(PrinterTransport *transport, QObject *parent = nullptr);

    void setTimings(const MonitorTimings &timings) { m_timings = timings; }
    PrinterStatus status() const { return m_status; }
    PrinterState state() const { return m_status.state; }
    Mode mode() const { return m_mode; }
    // True once the printer sent any valid status since the transport opened.
    bool hasAnswered() const { return m_answered; }
    // Polls now (polling mode only, when no poll is running).
    void refresh();
    // While paused (a job is being sent) no DLE EOT requests are written.
    void setPaused(bool paused);
    // A GS r 1 was written (the parser must recognise its reply).
    void expectProcessed();

signals:
    void stateChanged(novbe::PrinterState state, const QString &detail);
    void processedReplied(quint8 reply); // the reply to a GS r 1

private:
    void handleOpened();
    void handleClosed();
    void handleError(const QString &message);
    void handleBytes(const QByteArray &bytes);
    void handleAsbTimeout();
    void handleReplyTimeout();
    void startPoll();
    void requestNext();
    void setStatus(const PrinterStatus &status);

    QPointer<PrinterTransport> m_transport;
    MonitorTimings m_timings;
    StatusParser m_parser;
    PrinterStatus m_status;
    Mode m_mode = Mode::Idle;
    bool m_answered = false;
    bool m_paused = false;
    QList<int> m_pollQueue; // DLE EOT requests still to send in this poll
    RealTimeStatus m_replies;
    QTimer m_asbTimer;
    QTimer m_replyTimer;
    QTimer m_pollTimer;
};

} // namespace novbe
