#include "printermonitor.h"

#include "escposencoder.h"
#include "printertransport.h"

using namespace Qt::StringLiterals;

namespace novbe {

PrinterMonitor::PrinterMonitor(PrinterTransport *transport, QObject *parent)
    : QObject(parent), m_transport(transport)
{
    m_status = {PrinterState::Unknown, u"not connected"_s};
    for (QTimer *timer : {&m_asbTimer, &m_replyTimer, &m_pollTimer})
        timer->setSingleShot(true);
    connect(&m_asbTimer, &QTimer::timeout, this, &PrinterMonitor::handleAsbTimeout);
    connect(&m_replyTimer, &QTimer::timeout, this, &PrinterMonitor::handleReplyTimeout);
    connect(&m_pollTimer, &QTimer::timeout, this, &PrinterMonitor::startPoll);
    connect(transport, &PrinterTransport::opened, this, &PrinterMonitor::handleOpened);
    connect(transport, &PrinterTransport::closed, this, &PrinterMonitor::handleClosed);
    connect(transport, &PrinterTransport::errorOccurred, this, &PrinterMonitor::handleError);
    connect(transport, &PrinterTransport::bytesReceived, this, &PrinterMonitor::handleBytes);
}

void PrinterMonitor::refresh()
{
    if (m_mode == Mode::Polling && m_pollQueue.isEmpty() && !m_replyTimer.isActive())
        startPoll();
}

void PrinterMonitor::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_mode == Mode::Polling && !m_replyTimer.isActive())
        m_pollTimer.start(0);
}

void PrinterMonitor::expectProcessed()
{
    m_parser.expectProcessed();
}

void PrinterMonitor::handleOpened()
{
    m_parser.reset();
    m_answered = false;
    m_pollQueue.clear();
    m_replyTimer.stop();
    m_pollTimer.stop();
    if (!m_transport->canRead()) {
        m_mode = Mode::Idle;
        setStatus({PrinterState::Unknown, u"this connection does not report status"_s});
        return;
    }
    m_mode = Mode::WaitingAsb;
    m_transport->write(escpos::enableAutoStatusBack());
    m_asbTimer.start(m_timings.asbWaitMs);
}

void PrinterMonitor::handleClosed()
{
    m_mode = Mode::Idle;
    for (QTimer *timer : {&m_asbTimer, &m_replyTimer, &m_pollTimer})
        timer->stop();
    m_pollQueue.clear();
    if (m_status.state != PrinterState::Unknown)
        setStatus({PrinterState::Unknown, u"connection closed"_s});
}

void PrinterMonitor::handleError(const QString &message)
{
    setStatus({PrinterState::Unknown, message});
}

void PrinterMonitor::handleBytes(const QByteArray &bytes)
{
    using Kind = StatusMessage::Kind;
    for (const StatusMessage &message : m_parser.feed(bytes)) {
        if (message.kind == Kind::AutoStatus) {
            m_answered = true;
            m_mode = Mode::Asb;
            m_asbTimer.stop();
            m_pollTimer.stop();
            m_replyTimer.stop();
            m_pollQueue.clear();
            m_parser.clearRealTime();
            setStatus(statusFromAutoStatus(message.bytes));
        } else if (message.kind == Kind::RealTime && m_mode == Mode::Polling) {
            m_answered = true;
            m_replyTimer.stop();
            if (message.request == 1)
                m_replies.printer = quint8(message.bytes.at(0));
            else if (message.request == 2)
                m_replies.offlineCause = quint8(message.bytes.at(0));
            else
                m_replies.paper = quint8(message.bytes.at(0));
            requestNext();
        } else if (message.kind == Kind::Processed) {
            emit processedReplied(quint8(message.bytes.at(0)));
        }
    }
}

void PrinterMonitor::handleAsbTimeout()
{
    if (m_mode != Mode::WaitingAsb)
        return;
    m_mode = Mode::Polling;
    startPoll();
}

void PrinterMonitor::handleReplyTimeout()
{
    m_pollQueue.clear();
    m_parser.clearRealTime();
    setStatus({PrinterState::Unknown, u"no answer from the printer"_s});
    m_pollTimer.start(m_timings.pollIntervalMs);
}

void PrinterMonitor::startPoll()
{
    if (m_mode != Mode::Polling || !m_transport || !m_transport->isOpen())
        return;
    if (m_paused)
        return; // setPaused(false) restarts polling
    m_parser.clearRealTime();
    m_replies = {};
    m_pollQueue = {1, 2, 4};
    requestNext();
}

void PrinterMonitor::requestNext()
{
    if (m_paused && !m_pollQueue.isEmpty()) {
        m_pollQueue.clear(); // a job is going out; setPaused(false) polls again
        return;
    }
    if (m_pollQueue.isEmpty()) {
        setStatus(statusFromRealTime(m_replies));
        m_pollTimer.start(m_timings.pollIntervalMs);
        return;
    }
    const int n = m_pollQueue.takeFirst();
    m_parser.expectRealTime(n);
    m_transport->write(escpos::statusRequest(n));
    m_replyTimer.start(m_timings.replyTimeoutMs);
}

void PrinterMonitor::setStatus(const PrinterStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit stateChanged(status.state, status.detail);
}

} // namespace novbe
