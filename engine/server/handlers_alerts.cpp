// alerts.subscribe, alerts.list, alerts.ack: the managers' alerts (protocol.md section 5).

#include "alertboard.h"
#include "dispatcher.h"
#include "enginecontext.h"
#include "session.h"

#include "protocol/params.h"
#include "protocol/readmodelcodec.h"
#include "protocol/viewbuilders.h"

#include <limits>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

// The recent alerts, oldest first; the session gets every new one as an
// `alert` notification from now on.
Reply subscribeAlerts(EngineContext &ctx, Session &session, const QJsonObject &)
{
    // At answer time: an alert raised before the answer leaves is in its list,
    // one raised after it comes as a notification after the answer.
    return Reply::deferred([&ctx, &session] {
        session.setWantsAlerts();
        QJsonArray alerts;
        for (const AlertView &alert : ctx.alerts.recent())
            alerts.append(encode(alert));
        return Answer(QJsonObject{{u"alerts"_s, alerts}});
    });
}

// The centre alerts active now, oldest first.
Reply listAlerts(EngineContext &ctx, Session &, const QJsonObject &)
{
    return Reply::deferred([&ctx] {
        QJsonArray alerts;
        for (const AlertRecord &alert : ctx.alerts.tracker().active())
            alerts.append(encode(alertView(alert)));
        return Answer(QJsonObject{{u"alerts"_s, alerts}});
    });
}

// Acknowledges an active alert: journaled (alert.acknowledged, with the
// manager's device), then told to every subscribed manager.
Reply ackAlert(EngineContext &ctx, Session &session, const QJsonObject &params)
{
    ParamReader r(params);
    const qint64 id = r.requiredInt(u"id"_s, 1, std::numeric_limits<qint64>::max());
    if (auto error = r.error())
        return Reply::fail(*error);
    const QDateTime now = ctx.now();
    Result<AlertRecord> acked = ctx.alerts.tracker().acknowledge(id, session.device(), now);
    if (!acked.ok())
        return Reply::fail(acked.error());
    const AlertRecord alert = acked.value();
    return Reply::write(ctx.core.reports().alertAcknowledged(alert, now),
                        QJsonObject{{u"alert"_s, encode(alertView(alert))}},
                        [&ctx, id] { ctx.alerts.tracker().unacknowledge(id); });
}

} // namespace

void registerAlertMethods(Dispatcher &d)
{
    d.add(u"alerts.subscribe"_s, roleBit(Role::Manager), subscribeAlerts);
    d.add(u"alerts.list"_s, roleBit(Role::Manager), listAlerts);
    d.add(u"alerts.ack"_s, roleBit(Role::Manager), ackAlert);
}

} // namespace novbe
