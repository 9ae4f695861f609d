#include "ticketissuer.h"

#include "centremodel.h"
#include "client/engineclient.h"
#include "printer.h"
#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {
constexpr int RETRY_DELAY_MS = 1000;
}

TicketIssuer::TicketIssuer(EngineClient *client, Printer *printer, const CentreModel *model,
                           QObject *parent)
    : QObject(parent), m_client(client), m_printer(printer), m_model(model)
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(RETRY_DELAY_MS);
    m_windowTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &TicketIssuer::send);
    connect(client, &EngineClient::ready, this, &TicketIssuer::handleReady);
    connect(printer, &Printer::printed, this, &TicketIssuer::handlePrinted);
    connect(printer, &Printer::failed, this, &TicketIssuer::handlePrintFailed);
}

void TicketIssuer::issue(const QString &service, const QString &category, const QString &lang)
{
    m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    start(QString(method::TICKET_ISSUE),
          {{u"service"_s, service},
           {u"category"_s, category},
           {u"lang"_s, lang},
           {u"requestId"_s, m_requestId}},
          lang);
}

void TicketIssuer::checkIn(const QString &code, const QString &lang)
{
    m_requestId.clear();
    start(QString(method::APPOINTMENT_CHECKIN), {{u"code"_s, code}, {u"lang"_s, lang}}, lang);
}

void TicketIssuer::start(const QString &method, const QJsonObject &params, const QString &lang)
{
    Q_ASSERT(m_stage == Stage::Idle);
    m_stage = Stage::Issuing;
    m_method = method;
    m_params = params;
    m_lang = lang;
    m_ticket = {};
    m_attempts = 0;
    m_windowTimer.start(m_retryWindowMs);
    send();
}

void TicketIssuer::send()
{
    if (m_stage != Stage::Issuing || m_inFlight)
        return;
    m_retryTimer.stop();
    ++m_attempts;
    m_inFlight = true;
    m_client->call(
        m_method, m_params, this, [this](const RpcReply &reply) { handleReply(reply); },
        m_callTimeoutMs);
}

void TicketIssuer::handleReply(const RpcReply &reply)
{
    m_inFlight = false;
    if (m_stage != Stage::Issuing)
        return;
    const std::optional<TicketView> ticket = reply.ok
        ? decode<TicketView>(reply.result.value("ticket"_L1).toObject())
        : std::nullopt;
    if (ticket) {
        m_windowTimer.stop();
        // The token of the ticket's tracking page; an engine before it: the ticket id.
        m_tracking = reply.result.value("tracking"_L1).toString();
        print(*ticket);
        return;
    }
    if (reply.ok) { // an answer without a usable ticket: nothing can be printed
        qWarning("kiosk: %s answered without a ticket", qPrintable(m_method));
        m_windowTimer.stop();
        m_stage = Stage::Idle;
        emit unreachable();
        return;
    }
    if (reply.error.code != LOCAL_ERROR_CODE) {
        m_windowTimer.stop();
        m_stage = Stage::Idle;
        emit refused(reply.error, m_attempts > 1);
        return;
    }
    if (!m_windowTimer.isActive()) {
        m_stage = Stage::Idle;
        emit unreachable();
        return;
    }
    m_retryTimer.start(); // the same request, the same requestId
}

void TicketIssuer::handleReady()
{
    if (m_stage == Stage::Issuing && !m_inFlight)
        send();
}

void TicketIssuer::print(const TicketView &ticket)
{
    m_stage = Stage::Printing;
    m_ticket = ticket;
    emit printing(ticket);
    m_printer->printTicket(printData(ticket, m_lang, m_tracking));
}

void TicketIssuer::handlePrinted()
{
    if (m_stage != Stage::Printing)
        return;
    m_stage = Stage::Idle;
    emit completed(m_ticket);
}

void TicketIssuer::handlePrintFailed(const QString &reason)
{
    if (m_stage != Stage::Printing)
        return;
    m_stage = Stage::Idle;
    emit printFailed(m_ticket, reason);
}

TicketPrintData TicketIssuer::printData(const TicketView &ticket, const QString &lang,
                                        const QString &tracking) const
{
    TicketPrintData d;
    d.centreName = localized(m_model->centreName(), lang);
    const KioskService *service = m_model->service(ticket.service);
    d.serviceName = service ? localized(service->name, lang) : ticket.service;
    d.number = ticket.number;
    const KioskCategory *category = m_model->category(ticket.category);
    if (category && ticket.category != "standard"_L1)
        d.categoryName = localized(category->name, lang);
    d.issuedAt = ticket.issuedAt;
    d.timeZone = m_model->timeZone();
    d.ahead = ticket.ahead;
    d.etaSec = ticket.etaSec;
    if (!m_model->trackingBaseUrl().isEmpty() && !ticket.id.isEmpty())
        d.trackingUrl = trackingUrl(m_model->trackingBaseUrl(),
                                    tracking.isEmpty() ? ticket.id : tracking);
    d.lang = lang;
    d.footer = localized(m_footer, lang);
    return d;
}

} // namespace novbe
