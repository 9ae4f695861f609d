#include "kioskcontroller.h"

#include "centremodel.h"
#include "devicereporter.h"
#include "client/engineclient.h"
#include "printersupervisor.h"
#include "ticketissuer.h"

using namespace Qt::StringLiterals;

namespace novbe {

KioskController::KioskController(EngineClient *client, Printer *printer, QObject *parent)
    : QObject(parent), m_client(client), m_model(new CentreModel(this)),
      m_printer(new PrinterSupervisor(printer, this)),
      m_reporter(new DeviceReporter(client, m_printer, this)),
      m_issuer(new TicketIssuer(client, printer, m_model, this))
{
    m_grace.setSingleShot(true);
    m_grace.setInterval(3000);
    m_refresh.setInterval(60000);
    connect(&m_grace, &QTimer::timeout, this, &KioskController::update);
    connect(&m_refresh, &QTimer::timeout, this, &KioskController::loadCentre);
    connect(client, &EngineClient::ready, this, &KioskController::handleReady);
    connect(client, &EngineClient::connectionLost, this, &KioskController::handleLost);
    connect(client, &EngineClient::snapshotReceived, m_model, &CentreModel::applySnapshot);
    connect(client, &EngineClient::eventReceived, this, &KioskController::handleEvent);
    connect(m_printer, &PrinterSupervisor::stateChanged, this, &KioskController::update);
    connect(m_issuer, &TicketIssuer::printFailed, this, &KioskController::handlePrintFailed);
}

void KioskController::start()
{
    m_printer->start();
    m_client->start();
    update();
}

bool KioskController::paperLow() const
{
    return m_printer->state() == PrinterState::PaperLow;
}

void KioskController::handleReady()
{
    m_grace.stop();
    loadCentre();
    m_client->subscribe();
    m_refresh.start();
}

void KioskController::handleLost()
{
    m_refresh.stop();
    m_grace.start();
    update();
}

void KioskController::handleEvent(const QJsonObject &event)
{
    m_model->applyEvent(event);
    if (event.value("type"_L1).toString() == "day.rollover"_L1)
        loadCentre();
}

void KioskController::handlePrintFailed(const QJsonObject &ticket, const QString &reason)
{
    const QString number = ticket.value("number"_L1).toString();
    m_printer->reportJobFailure(reason);
    m_reporter->reportDetail(u"ticket %1 was issued but not printed: %2"_s.arg(number, reason));
}

void KioskController::loadCentre()
{
    m_client->call(u"centre.get"_s, {}, this, [this](const RpcReply &reply) {
        if (reply.ok)
            m_model->loadCentre(reply.result);
        else
            qWarning("centre.get failed: %s", qPrintable(reply.error.message));
        update();
    });
}

void KioskController::update()
{
    const bool engineOk = m_model->isLoaded() && (m_client->isReady() || m_grace.isActive());
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
