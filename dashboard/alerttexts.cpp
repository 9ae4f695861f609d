#include "alerttexts.h"

#include "dashboardformat.h"

using namespace Qt::StringLiterals;

namespace novbe {

AlertTexts::AlertTexts(Namer serviceName, Namer counterName, QTimeZone zone)
    : m_service(std::move(serviceName)), m_counter(std::move(counterName)), m_zone(std::move(zone))
{
}

Alert AlertTexts::describe(const AlertView &a) const
{
    Alert out;
    out.id = a.id;
    out.code = a.code;
    out.level = a.severity == u"critical" ? AlertLevel::Fault : AlertLevel::Warning;
    out.at = a.at;
    out.ackedBy = a.ackedBy;
    out.ackedAt = a.ackedAt;
    out.message = a.message;
    describeQueue(a, out);
    if (out.text.isEmpty())
        describeDevice(a, out);
    if (out.text.isEmpty())
        describeEngine(a, out);
    return out;
}

void AlertTexts::describeQueue(const AlertView &a, Alert &out) const
{
    const QString service = m_service(a.subject);
    if (a.code == u"WAIT_OVER_TARGET") {
        out.text = tr("%1: a citizen has waited longer than the target of %2")
                       .arg(service, DashboardFormat::duration(int(a.limit)));
        out.action = tr("Open another counter for this service or move an operator.");
    } else if (a.code == u"QUEUE_TOO_LONG") {
        out.text =
            tr("%1: %2 people waiting (alert from %3)").arg(service).arg(a.value).arg(a.limit);
        out.action = tr("Open another counter for this service or move an operator.");
    } else if (a.code == u"FORECAST_PAST_CLOSING") {
        const QDateTime stop = QDateTime::fromString(a.detail, Qt::ISODateWithMs);
        out.text = tr("%1: the queue will not clear by closing time").arg(service);
        out.action = tr("Stop issuing tickets for it at %1 or open another counter.")
                         .arg(stop.toTimeZone(m_zone).toString(u"HH:mm"_s));
    } else if (a.code == u"COUNTER_IDLE_WITH_QUEUE") {
        out.text = tr("Counter %1 has been idle for over %2 while citizens wait")
                       .arg(m_counter(a.subject), DashboardFormat::duration(int(a.limit)));
        out.action = tr("Ask the operator to call the next ticket.");
    }
}

void AlertTexts::describeDevice(const AlertView &a, Alert &out) const
{
    if (a.code == u"PRINTER_PAPER_LOW") {
        out.text = tr("%1 is low on paper").arg(a.subject);
        out.action = tr("Bring a new roll before it runs out.");
    } else if (a.code == u"PRINTER_PAPER_OUT") {
        out.text = tr("%1 is out of paper").arg(a.subject);
        out.action = tr("It has stopped issuing tickets: load a new roll now.");
    } else if (a.code == u"PRINTER_OFFLINE") {
        out.text = a.detail == u"coverOpen" ? tr("%1 has its printer cover open").arg(a.subject)
                                            : tr("%1 cannot reach its printer").arg(a.subject);
        out.action = tr("It has stopped issuing tickets: fix the printer now.");
    } else if (a.code == u"DEVICE_OFFLINE") {
        out.text = tr("%1 is offline").arg(a.subject);
        out.action = tr("Check its power and network cable.");
    }
}

void AlertTexts::describeEngine(const AlertView &a, Alert &out) const
{
    if (a.code == u"STORAGE_CHECK_FAILED") {
        out.text = tr("The check of the database found damage");
        out.action = tr("Back up the database and call the administrator.");
    } else {
        // A code this dashboard does not know: the engine's own words.
        out.text = a.message.isEmpty() ? a.code : a.message;
    }
}

} // namespace novbe
