#include "audit.h"

#include "session.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

bool audited(Role role, const QString &method)
{
    static const QStringList DESK = {
        QString(method::TICKET_CANCEL),    QString(method::COUNTER_CALL_TICKET),
        QString(method::COUNTER_TRANSFER), QString(method::COUNTER_PARK),
        QString(method::OPERATOR_LOGIN),   QString(method::OPERATOR_LOGOUT),
        QString(method::COUNTER_OPEN),     QString(method::COUNTER_CLOSE),
    };
    return role == Role::Manager || (role == Role::Counter && DESK.contains(method));
}

} // namespace

QString auditDetail(const QJsonObject &params)
{
    QJsonObject kept = params;
    for (const QString &secret : {u"pin"_s, u"token"_s, u"citizen"_s})
        kept.remove(secret);
    return QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact));
}

std::optional<AuditEntryView> auditOf(const Session &session, const Request &request,
                                      const QDateTime &now)
{
    if (!audited(session.role(), request.method))
        return std::nullopt;
    AuditEntryView entry;
    entry.at = now;
    entry.action = request.method;
    entry.actor = session.operatorId().isEmpty() ? session.device() : session.operatorId();
    if (request.method == method::OPERATOR_LOGIN)
        entry.actor = request.params.value(u"operator"_s).toString();
    entry.device = session.device();
    entry.address = session.peerAddress();
    entry.detail = auditDetail(request.params);
    return entry;
}

void attachAudit(Reply &reply, std::optional<AuditEntryView> entry, Role role)
{
    if (!entry || reply.error)
        return;
    const bool changed = reply.outcome && !reply.outcome->empty();
    if (changed || role == Role::Counter)
        reply.audit = std::move(entry);
}

} // namespace novbe
