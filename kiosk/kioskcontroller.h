#pragma once

// The kiosk without its screens: the engine link, the centre model, the
// printer (supervised and reported to the engine) and the ticket issuer, and
// the one answer the screens need: may tickets be issued now (outage())?

#include "outage.h"

#include "protocol/readmodel.h"

#include <QObject>
#include <QTimer>

namespace novbe {

class AppLink;
class CentreModel;
class DeviceReporter;
class EngineClient;
class Printer;
class PrinterSupervisor;
class TicketIssuer;

class KioskController : public QObject
{
    Q_OBJECT

public:
    // Takes neither object's ownership.
    KioskController(AppLink *link, Printer *printer, QObject *parent = nullptr);

    // Connects to the engine and opens the printer.
    void start();

    AppLink *link() const { return m_link; }
    EngineClient *client() const;
    CentreModel *model() const { return m_model; }
    TicketIssuer *issuer() const { return m_issuer; }
    PrinterSupervisor *printer() const { return m_printer; }
    DeviceReporter *reporter() const { return m_reporter; }

    Outage outage() const { return m_outage; }
    bool paperLow() const;
    // A lost engine link shows as an outage only after this long (default 3 s).
    void setEngineGrace(int ms) { m_grace.setInterval(ms); }
    // centre.get is asked again this often (opening hours change; default 60 s).
    void setCentreRefreshInterval(int ms) { m_refresh.setInterval(ms); }

signals:
    void outageChanged(novbe::Outage outage);
    void paperLowChanged(bool low);

private:
    void handleReady();
    void handleLost();
    void handleEvent(const EventView &event);
    void handlePrintFailed(const TicketView &ticket, const QString &reason);
    void update();

    AppLink *m_link;
    CentreModel *m_model;
    PrinterSupervisor *m_printer;
    DeviceReporter *m_reporter;
    TicketIssuer *m_issuer;
    QTimer m_grace;
    QTimer m_refresh;
    Outage m_outage = Outage::EngineUnreachable;
    bool m_paperLow = false;
};

} // namespace novbe
