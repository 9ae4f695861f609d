#include "manageractions.h"

#include "app/applink.h"
#include "protocol/errors.h"
#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace novbe {

ManagerActions::ManagerActions(AppLink *link, QObject *parent) : QObject(parent), m_link(link) {}

QString ManagerActions::errorText(const WireError &e)
{
    switch (e.code) {
        case wirecode::FORBIDDEN:
            return tr("Refused: this device is not registered as a manager's device.");
        case wirecode::UNKNOWN_SERVICE:
            return tr("Refused: the centre has no such service (was the config reloaded?).");
        case wirecode::NOT_FOUND: return tr("Refused: that ticket is not known to the engine.");
        case wirecode::INVALID_STATE:
            return tr("Refused: the ticket is no longer waiting (called, served or cancelled "
                      "meanwhile).");
        case wirecode::INVALID_PARAMS:
            return tr("Refused: the value is not valid (%1).").arg(e.message);
        case wirecode::STORAGE_UNAVAILABLE:
            return tr("Not saved: the engine cannot write to its database. Try again.");
        case 0: return tr("Not sent: the engine is unreachable. Try again when it is connected.");
        default: return tr("Refused by the engine: %1").arg(e.message);
    }
}

void ManagerActions::call(const QString &method, const QJsonObject &params, const QString &doneText)
{
    if (!m_link->isReady()) {
        emit finished(false, errorText(WireError{0, {}, {}, {}}));
        return;
    }
    m_link->client()->call(method, params, this, [this, doneText](const RpcReply &r) {
        emit finished(r.ok, r.ok ? doneText : errorText(r.error));
    });
}

void ManagerActions::setOpen(const QString &service, bool open)
{
    call(QString(method::SERVICE_SET_OPEN), {{u"service"_s, service}, {u"open"_s, open}},
         open ? tr("Reopened: the kiosks issue tickets for it again.")
              : tr("Closed: the kiosks show it closed and issue no new tickets today."));
}

void ManagerActions::setCutoff(const QString &service, std::optional<QTime> cutoff)
{
    const QJsonValue value = cutoff ? QJsonValue(cutoff->toString(u"HH:mm"_s)) : QJsonValue();
    call(QString(method::SERVICE_SET_CUTOFF), {{u"service"_s, service}, {u"cutoff"_s, value}},
         cutoff
             ? tr("Cut-off set: no new tickets after %1 today.").arg(cutoff->toString(u"HH:mm"_s))
             : tr("Cut-off removed."));
}

void ManagerActions::sendMessage(const QString &text, const QDateTime &expiresAt)
{
    QJsonObject params{{u"text"_s, text}};
    if (expiresAt.isValid())
        params.insert(u"expiresAt"_s, expiresAt.toUTC().toString(Qt::ISODateWithMs));
    call(QString(method::DISPLAY_MESSAGE), params,
         text.isEmpty() ? tr("The ticker is cleared on every display.")
                        : tr("The message shows on every hall display now."));
}

void ManagerActions::cancelTicket(const QString &ticketId, const QString &number)
{
    call(QString(method::TICKET_CANCEL),
         {{u"id"_s, ticketId}, {u"reason"_s, u"cancelled by the manager"_s}},
         tr("Ticket %1 is cancelled.").arg(number));
}

void ManagerActions::waitingTickets(const QString &service,
                                    std::function<void(const std::vector<TicketView> &)> done)
{
    if (!m_link->isReady()) {
        emit finished(false, errorText(WireError{0, {}, {}, {}}));
        return done({});
    }
    m_link->client()->call(
        QString(method::QUEUE_SNAPSHOT), {}, this, [this, service, done](const RpcReply &r) {
            const auto snapshot = r.ok ? decode<QueueSnapshot>(r.result) : std::nullopt;
            if (!r.ok)
                emit finished(false, errorText(r.error));
            std::vector<TicketView> waiting;
            for (const ServiceQueueView &q :
                 snapshot ? snapshot->services : std::vector<ServiceQueueView>()) {
                if (q.id == service && q.waiting)
                    waiting = *q.waiting;
            }
            done(waiting);
        });
}

} // namespace novbe
