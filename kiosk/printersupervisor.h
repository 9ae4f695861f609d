#pragma once

// Keeps the kiosk's printer connected and says whether tickets can be printed.
// The effective state is the printer's own status (ASB / DLE EOT), except that
// a transport that cannot be opened or a job that failed while the printer
// looked fine count as Offline until the transport has been opened again.

#include "printer.h"

#include <QObject>
#include <QTimer>

namespace novbe {

class PrinterSupervisor : public QObject
{
    Q_OBJECT

public:
    explicit PrinterSupervisor(Printer *printer, QObject *parent = nullptr);

    // Opens the transport; after any failure it is reopened every reopenDelay.
    void start();
    Printer *printer() const { return m_printer; }
    PrinterState state() const;
    QString detail() const;
    // True while no ticket should be issued (paper out, cover open, offline).
    bool blocksIssuing() const { return blocksPrinting(state()); }
    // A job failed although the printer did not report a fault: treat the
    // printer as offline and reconnect it before the next ticket.
    void reportJobFailure(const QString &reason);
    void setReopenDelay(int ms) { m_reopenTimer.setInterval(ms); }

signals:
    // The effective state or its detail changed.
    void stateChanged(novbe::PrinterState state, const QString &detail);

private:
    void handleTransportError(const QString &message);
    void handleOpened();
    void reopen();
    void publish();

    Printer *m_printer;
    QString m_fault; // non-empty: Offline for this reason
    QTimer m_reopenTimer;
    PrinterState m_published = PrinterState::Unknown;
    QString m_publishedDetail;
    bool m_started = false;
};

} // namespace novbe
