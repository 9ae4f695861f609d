#include "printer.h"

#include "escposencoder.h"
#include "ticketjob.h"

using namespace Qt::StringLiterals;

namespace novbe {

QString refusalReason(PrinterState state)
{
    switch (state) {
        case PrinterState::PaperOut: return u"the printer is out of paper"_s;
        case PrinterState::CoverOpen: return u"the printer cover is open"_s;
        case PrinterState::Offline: return u"the printer is offline"_s;
        default: return {};
    }
}

Printer::Printer(std::unique_ptr<PrinterTransport> transport, const PrinterProfile &profile,
                 QObject *parent)
    : QObject(parent), m_transport(std::move(transport)), m_profile(profile)
{
    m_monitor = new PrinterMonitor(m_transport.get(), this);
    m_jobTimer.setSingleShot(true);
    connect(&m_jobTimer, &QTimer::timeout, this,
            [this] { finish(false, u"the printer did not confirm the ticket in time"_s); });
    connect(m_monitor, &PrinterMonitor::stateChanged, this, &Printer::handleStateChanged);
    connect(m_monitor, &PrinterMonitor::processedReplied, this, [this] {
        if (m_busy && m_awaitReply)
            finish(true);
    });
    PrinterTransport *t = m_transport.get();
    connect(t, &PrinterTransport::opened, this, [this] {
        if (m_busy && !m_written)
            send();
    });
    connect(t, &PrinterTransport::allWritten, this, &Printer::handleAllWritten);
    connect(t, &PrinterTransport::errorOccurred, this, [this](const QString &message) {
        if (m_busy)
            finish(false, message);
    });
}

Printer::~Printer()
{
    m_transport->disconnect(this);
}

void Printer::connectPrinter()
{
    if (!m_transport->isOpen())
        m_transport->open();
}

void Printer::print(const QByteArray &job)
{
    if (m_busy) {
        failLater(u"the printer is busy with another ticket"_s);
        return;
    }
    if (blocksPrinting(state())) {
        failLater(refusalReason(state()));
        return;
    }
    m_busy = true;
    m_written = false;
    m_job = job;
    if (m_transport->isOpen())
        send();
    else
        m_transport->open(); // send() runs on opened()
}

void Printer::printTicket(const TicketPrintData &data)
{
    print(buildTicketJob(data, m_profile));
}

void Printer::send()
{
    m_written = true;
    m_awaitReply = m_transport->canRead() && m_monitor->hasAnswered()
        && m_job.endsWith(escpos::processedMarker());
    m_monitor->setPaused(true);
    if (m_job.endsWith(escpos::processedMarker()))
        m_monitor->expectProcessed();
    m_transport->write(m_job);
}

void Printer::handleAllWritten()
{
    if (!m_busy || !m_written)
        return;
    if (m_awaitReply)
        m_jobTimer.start(m_jobTimeoutMs);
    else
        finish(true);
}

void Printer::handleStateChanged(PrinterState newState, const QString &detail)
{
    emit stateChanged(newState, detail);
    if (m_busy && m_written && blocksPrinting(newState))
        finish(false, refusalReason(newState));
}

void Printer::finish(bool ok, const QString &reason)
{
    m_jobTimer.stop();
    m_busy = false;
    m_written = false;
    m_awaitReply = false;
    m_job.clear();
    m_monitor->setPaused(false);
    if (ok)
        emit printed();
    else
        emit failed(reason);
}

void Printer::failLater(const QString &reason)
{
    QTimer::singleShot(0, this, [this, reason] { emit failed(reason); });
}

} // namespace novbe
