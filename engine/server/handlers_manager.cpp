// stats.operators, devices.list: the manager's views of people and devices.

#include "dispatcher.h"
#include "enginecontext.h"
#include "session.h"
#include "sessionregistry.h"

#include "core/operatorkpi.h"
#include "protocol/readmodelcodec.h"
#include "store/store.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

// Today's figures per operator: the engine's running total (OperatorDay),
// fed with every committed event.
Reply statsOperators(EngineContext &ctx, Session &, const QJsonObject &)
{
    return Reply::deferred([&ctx] {
        OperatorStatsView view{ctx.operatorDay->figures(ctx.now()), ctx.core.query().serviceDay(),
                               ctx.core.query().lastSeq()};
        return Answer(encode(view));
    });
}

DevicesView devicesView(EngineContext &ctx)
{
    QHash<QString, DeviceRecord> records;
    for (DeviceRecord &r : ctx.store.devices())
        records.insert(r.id, std::move(r));
    DevicesView view;
    for (const DeviceConfig &d : ctx.config().devices) {
        if (d.role != u"kiosk" && d.role != u"display" && d.role != u"counter")
            continue;
        DeviceView v;
        v.id = d.id;
        v.role = d.role;
        v.connections = ctx.sessions.deviceSessions(d.id);
        v.online = v.connections > 0;
        const auto record = records.constFind(d.id);
        if (record != records.cend()) {
            v.lastSeen = record->lastSeen;
            if (!record->printerState.isEmpty())
                v.printer = PrinterReport{record->printerState, record->printerDetail};
        }
        view.devices.push_back(std::move(v));
    }
    return view;
}

Reply listDevices(EngineContext &ctx, Session &, const QJsonObject &)
{
    return Reply::deferred([&ctx] { return Answer(encode(devicesView(ctx))); });
}

} // namespace

void registerManagerMethods(Dispatcher &d)
{
    d.add(u"stats.operators"_s, roleBit(Role::Manager), statsOperators);
    d.add(u"devices.list"_s, roleBit(Role::Manager), listDevices);
}

} // namespace novbe
