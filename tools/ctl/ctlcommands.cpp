#include "ctlcommands.h"

#include "ctlclient.h"

#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

QString duration(qint64 sec)
{
    if (sec < 60)
        return QString::number(sec) + u's';
    return QString::number((sec + 30) / 60) + u"m"_s;
}

QString ticketText(const TicketView &t)
{
    return t.number + u" ("_s + t.service + u')';
}

void printJson(QTextStream &out, const QJsonObject &json)
{
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << '\n';
}

int refused(const CtlClient &client, QTextStream &out)
{
    out.flush();
    QTextStream(stderr) << "novbe-ctl: " << client.error() << '\n';
    return CTL_REFUSED;
}

int malformed(const QString &what)
{
    QTextStream(stderr) << "novbe-ctl: the engine's " << what << " answer is malformed\n";
    return CTL_REFUSED;
}

void printServices(const std::vector<ServiceQueueView> &services, QTextStream &out)
{
    out << "Waiting:\n";
    int shown = 0;
    for (const ServiceQueueView &s : services) {
        if (s.waitingCount == 0)
            continue;
        ++shown;
        out << "  " << s.id.leftJustified(22) << ' '
            << QString::number(s.waitingCount).rightJustified(4) << " waiting, longest "
            << duration(s.longestWaitSec) << ", next eta " << duration(s.etaSec) << '\n';
    }
    if (shown == 0)
        out << "  nobody\n";
}

void printCounters(const std::vector<CounterView> &counters, QTextStream &out)
{
    out << "Counters:\n";
    for (const CounterView &c : counters) {
        if (c.state == CounterState::Closed && !c.ticket)
            continue;
        out << "  " << c.id.leftJustified(6) << ' ' << counterStateName(c.state).leftJustified(8);
        if (c.ticket)
            out << ' ' << ticketText(*c.ticket);
        if (c.op)
            out << "  " << c.op->name;
        out << '\n';
    }
}

} // namespace

int runIssue(CtlClient &client, const CtlOptions &options, QTextStream &out)
{
    const QJsonObject params{{u"service"_s, options.service},
                             {u"category"_s, options.category},
                             {u"lang"_s, options.lang}};
    const std::optional<QJsonObject> result = client.call(QString(method::TICKET_ISSUE), params);
    if (!result)
        return refused(client, out);
    if (options.json) {
        printJson(out, *result);
        return CTL_OK;
    }
    const std::optional<TicketView> t = decode<TicketView>(result->value(u"ticket"_s).toObject());
    if (!t)
        return malformed(u"ticket.issue"_s);
    out << "Ticket " << ticketText(*t) << ", category " << t->category << ": " << t->ahead
        << " ahead, about " << duration(t->etaSec) << " (id " << t->id << ")\n";
    return CTL_OK;
}

int runSnapshot(CtlClient &client, const CtlOptions &options, QTextStream &out)
{
    const std::optional<QJsonObject> result = client.call(QString(method::QUEUE_SNAPSHOT));
    if (!result)
        return refused(client, out);
    if (options.json) {
        printJson(out, *result);
        return CTL_OK;
    }
    const std::optional<QueueSnapshot> snapshot = decode<QueueSnapshot>(*result);
    if (!snapshot)
        return malformed(u"queue.snapshot"_s);
    out << "Service day " << snapshot->serviceDay << ", seq " << snapshot->seq << '\n';
    printServices(snapshot->services, out);
    printCounters(snapshot->counters, out);
    return CTL_OK;
}

int runStats(CtlClient &client, const CtlOptions &options, QTextStream &out)
{
    const std::optional<QJsonObject> result = client.call(QString(method::STATS_TODAY));
    if (!result)
        return refused(client, out);
    if (options.json) {
        printJson(out, *result);
        return CTL_OK;
    }
    const std::optional<StatsView> stats = decode<StatsView>(*result);
    if (!stats)
        return malformed(u"stats.today"_s);
    out << "service                 issued served noShow waiting avgWait maxWait avgServ  sla\n";
    for (const ServiceKpi &s : stats->kpis.services) {
        if (s.issued == 0)
            continue;
        out << s.id.leftJustified(22) << ' ' << QString::number(s.issued).rightJustified(7)
            << QString::number(s.served).rightJustified(7)
            << QString::number(s.noShow).rightJustified(7)
            << QString::number(s.waiting).rightJustified(8)
            << duration(s.avgWaitSec).rightJustified(8) << duration(s.maxWaitSec).rightJustified(8)
            << duration(s.avgServiceSec).rightJustified(8)
            << QString(QString::number(s.slaPct) + u'%').rightJustified(5) << '\n';
    }
    return CTL_OK;
}

int runWatch(CtlClient &client, const CtlOptions &options, QTextStream &out)
{
    QJsonObject params;
    if (options.sinceSeq >= 0)
        params.insert(u"sinceSeq"_s, options.sinceSeq);
    const std::optional<QJsonObject> result = client.call(QString(method::EVENTS_SUBSCRIBE),
                                                          params);
    if (!result)
        return refused(client, out);
    if (result->value(u"resync"_s).toBool())
        out << "(journal does not hold seq " << options.sinceSeq << "; live from seq "
            << result->value(u"seq"_s).toInteger() << ")\n";
    out.flush();
    for (int n = 0; options.count < 0 || n < options.count; ++n) {
        const std::optional<QJsonObject> event = client.nextEvent();
        if (!event) {
            QTextStream(stderr) << "novbe-ctl: " << client.error() << '\n';
            return CTL_CONNECTION;
        }
        const std::optional<EventView> view = decode<EventView>(*event);
        if (options.json)
            printJson(out, *event);
        else if (view)
            out << formatEvent(*view) << '\n';
        else
            out << "(malformed event) " << QJsonDocument(*event).toJson(QJsonDocument::Compact)
                << '\n';
        out.flush();
    }
    return CTL_OK;
}

} // namespace novbe
