#include "printersupervisor.h"

using namespace Qt::StringLiterals;

namespace novbe {

PrinterSupervisor::PrinterSupervisor(Printer *printer, QObject *parent)
    : QObject(parent), m_printer(printer)
{
    m_reopenTimer.setSingleShot(true);
    m_reopenTimer.setInterval(5000);
    connect(&m_reopenTimer, &QTimer::timeout, this, &PrinterSupervisor::reopen);
    connect(printer, &Printer::stateChanged, this, &PrinterSupervisor::publish);
    PrinterTransport *t = printer->transport();
    connect(t, &PrinterTransport::errorOccurred, this, &PrinterSupervisor::handleTransportError);
    connect(t, &PrinterTransport::opened, this, &PrinterSupervisor::handleOpened);
    connect(t, &PrinterTransport::closed, this, [this] {
        if (m_fault.isEmpty())
            m_fault = u"the printer connection closed"_s;
        m_reopenTimer.start();
        publish();
    });
}

void PrinterSupervisor::start()
{
    m_started = true;
    m_printer->connectPrinter();
    publish();
}

PrinterState PrinterSupervisor::state() const
{
    return m_fault.isEmpty() ? m_printer->state() : PrinterState::Offline;
}

QString PrinterSupervisor::detail() const
{
    return m_fault.isEmpty() ? m_printer->stateDetail() : m_fault;
}

void PrinterSupervisor::reportJobFailure(const QString &reason)
{
    if (blocksPrinting(m_printer->state()))
        return; // the printer's own status already says why
    m_fault = reason;
    publish();
    m_printer->transport()->close(); // reopened by the timer; opened() clears the fault
    m_reopenTimer.start();
}

void PrinterSupervisor::handleTransportError(const QString &message)
{
    m_fault = message;
    publish();
    m_reopenTimer.start();
}

void PrinterSupervisor::handleOpened()
{
    m_reopenTimer.stop();
    m_fault.clear();
    publish();
}

void PrinterSupervisor::reopen()
{
    if (m_printer->isBusy())
        return;
    m_printer->transport()->close();
    m_printer->connectPrinter();
}

void PrinterSupervisor::publish()
{
    if (!m_started)
        return;
    const PrinterState now = state();
    const QString why = detail();
    if (now == m_published && why == m_publishedDetail)
        return;
    m_published = now;
    m_publishedDetail = why;
    emit stateChanged(now, why);
}

} // namespace novbe
