#include "alertconfig.h"

using namespace Qt::StringLiterals;

namespace novbe {

bool readAlertThresholds(ConfigReader &r, const QJsonObject &root, AlertThresholds &a)
{
    r.setEntry(u"alerts"_s);
    const QJsonValue v = root.value(u"alerts"_s);
    if (ConfigReader::isAbsent(v))
        return true;
    if (!v.isObject())
        return r.fail(u"must be an object (got "_s + ConfigReader::shown(v) + u')');
    const QJsonObject o = v.toObject();
    return r.readBool(o, u"waitOverTarget"_s, a.waitOverTarget)
        && r.readInt(o, u"queueLength"_s, a.queueLength, 0)
        && r.readInt(o, u"idleWithQueueMin"_s, a.idleWithQueueMin, 0)
        && r.readInt(o, u"offlineAfterMin"_s, a.offlineAfterMin, 0)
        && r.readBool(o, u"printer"_s, a.printer)
        && r.readBool(o, u"forecastPastClosing"_s, a.forecastPastClosing);
}

} // namespace novbe
