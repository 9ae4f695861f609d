#include "kioskcontroller.h"

#include "app/applink.h"
#include "centremodel.h"
#include "devicereporter.h"
#include "printersupervisor.h"
#include "ticketissuer.h"

using namespace Qt::StringLiterals;

namespace novbe {

KioskController::KioskController(AppLink *link, Printer *printer, QObject *parent)
    : QObject(parent)
    , m_link(link)
    , m_model(new CentreModel(this))
    , m_printer(new PrinterSupervisor(printer, this))
    , m_reporter(new DeviceReporter(link->client(), m_printer, this))
    , m_issuer(new TicketIssuer(link->client(), printer, m_model, this))
{
    m_grace.setSingleShot(true);
    m_grace.setInterval(3000);
    m_refresh.setInterval(60000);
    connect(&m_grace, &QTimer::timeout, this, &KioskController::update);
    connect(&m_refresh, &QTimer::timeout, link, &AppLink::reloadCentre);
    connect(link, &AppLink::ready, this, &KioskController::handleReady);
    connect(link, &AppLink::connectionLost, this, &KioskController::handleLost);
    connect(link, &AppLink::centreLoaded, this, [this](const CentreView &centre) {
        m_model->loadCentre(centre);
        update();
    });
    connect(link, &AppLink::snapshotReceived, m_model, &CentreModel::applySnapshot);
    connect(link, &AppLink::eventReceived, this, &KioskController::handleEvent);
    connect(m_printer, &PrinterSupervisor::stateChanged, this, &KioskController::update);
    connect(m_issuer, &TicketIssuer::printFailed, this, &KioskController::handlePrintFailed);
}

void KioskController::start()
{
    m_printer->start();
    m_link->start();
    update();
}

EngineClient *KioskController::client() const
{
    return m_link->client();
}

bool KioskController::paperLow() const
{
    return m_printer->state() == PrinterState::PaperLow;
}

void KioskController::handleReady()
{
    m_grace.stop();
    m_refresh.start();
}

void KioskController::handleLost()
{
    m_refresh.stop();
    m_grace.start();
    update();
}

void KioskController::handleEvent(const EventView &event)
{
    m_model->applyEvent(event);
    if (event.as<DayRolloverEvent>())
        m_link->reloadCentre();
}

void KioskController::handlePrintFailed(const TicketView &ticket, const QString &reason)
{
    const QString &number = ticket.number;
    m_printer->reportJobFailure(reason);
    m_reporter->reportDetail(u"ticket %1 was issued but not printed: %2"_s.arg(number, reason));
}

void KioskController::update()
{
    const bool engineOk = m_model->isLoaded() && (m_link->isReady() || m_grace.isActive());
    const Outage outage = outageFor(engineOk, m_printer->state());
    if (outage != m_outage) {
        m_outage = outage;
        emit outageChanged(outage);
    }
    const bool low = paperLow();
    if (low != m_paperLow) {
        m_paperLow = low;
        emit paperLowChanged(low);
    }
}

} // namespace novbe
