// alerts.subscribe: the managers' alerts (protocol.md section 5).

#include "alertboard.h"
#include "dispatcher.h"
#include "enginecontext.h"
#include "session.h"

#include "protocol/readmodelcodec.h"

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

} // namespace

void registerAlertMethods(Dispatcher &d)
{
    d.add(u"alerts.subscribe"_s, roleBit(Role::Manager), subscribeAlerts);
}

} // namespace novbe
