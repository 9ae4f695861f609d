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
    session.setWantsAlerts();
    QJsonArray alerts;
    for (const AlertView &alert : ctx.alerts.recent())
        alerts.append(encode(alert));
    return Reply::value(QJsonObject{{u"alerts"_s, alerts}});
}

} // namespace

void registerAlertMethods(Dispatcher &d)
{
    d.add(u"alerts.subscribe"_s, roleBit(Role::Manager), subscribeAlerts);
}

} // namespace novbe
