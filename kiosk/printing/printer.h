#pragma once

#include "printermonitor.h"
#include "printerprofile.h"
#include "printertransport.h"
#include "ticketrenderer.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace novbe {

// The kiosk's printer: one transport, its status monitor, one job at a time.
// print() answers with exactly one printed() or failed(reason) signal, always
// asynchronously. A job ending with GS r 1 counts as printed when the printer
// answers it (or, for printers that never talk back, when it was written).
class Printer : public QObject
{
    Q_OBJECT

public:
    Printer(std::unique_ptr<PrinterTransport> transport, const PrinterProfile &profile,
            QObject *parent = nullptr);
    ~Printer() override;

    // Opens the transport (status monitoring starts once it is open).
    void connectPrinter();
    // Sends a job. Refused (failed) when busy or the state is paperOut/coverOpen/offline.
    void print(const QByteArray &job);
    // Renders, encodes and prints one ticket. Requires: a QGuiApplication.
    void printTicket(const TicketPrintData &data);

    bool isBusy() const { return m_busy; }
    PrinterState state() const { return m_monitor->state(); }
    QString stateDetail() const { return m_monitor->status().detail; }
    const PrinterProfile &profile() const { return m_profile; }
    PrinterTransport *transport() const { return m_transport.get(); }
    PrinterMonitor *monitor() const { return m_monitor; }
    // How long a written job may take until the printer answers GS r 1.
    void setJobTimeout(int ms) { m_jobTimeoutMs = ms; }

signals:
    void printed();
    void failed(const QString &reason);
    void stateChanged(novbe::PrinterState state, const QString &detail);

private:
    void send();
    void handleAllWritten();
    void handleStateChanged(PrinterState state, const QString &detail);
    void finish(bool ok, const QString &reason = {});
    void failLater(const QString &reason);

    std::unique_ptr<PrinterTransport> m_transport;
    PrinterProfile m_profile;
    PrinterMonitor *m_monitor = nullptr;
    QTimer m_jobTimer;
    QByteArray m_job;
    int m_jobTimeoutMs = 30000;
    bool m_busy = false;
    bool m_written = false;
    bool m_awaitReply = false;
};

// Why printing is refused in `state`, in plain English (empty when it is not).
QString refusalReason(PrinterState state);

} // namespace novbe
