#include "ctlcommands.h"

#include "ctlclient.h"

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

QString ticketText(const QJsonObject &t)
{
    return t.value(u"number"_s).toString() + u" ("_s + t.value(u"service"_s).toString() + u')';
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

void printServices(const QJsonArray &services, QTextStream &out)
{
    out << "Waiting:\n";
    int shown = 0;
    for (const QJsonValue &v : services) {
        const QJsonObject s = v.toObject();
        const int waiting = s.value(u"waitingCount"_s).toInt();
        if (waiting == 0)
            continue;
        ++shown;
        out << "  " << s.value(u"id"_s).toString().leftJustified(22) << ' '
            << QString::number(waiting).rightJustified(4) << " waiting, longest "
            << duration(s.value(u"longestWaitSec"_s).toInteger()) << ", next eta "
            << duration(s.value(u"etaSec"_s).toInteger()) << '\n';
    }
    if (shown == 0)
        out << "  nobody\n";
}

void printCounters(const QJsonArray &counters, QTextStream &out)
{
    out << "Counters:\n";
    for (const QJsonValue &v : counters) {
        const QJsonObject c = v.toObject();
        const QString state = c.value(u"state"_s).toString();
        if (state == "closed"_L1 && c.value(u"ticket"_s).isNull())
            continue;
        out << "  " << c.value(u"id"_s).toString().leftJustified(6) << ' ' << state.leftJustified(8);
        if (c.value(u"ticket"_s).isObject())
            out << ' ' << ticketText(c.value(u"ticket"_s).toObject());
        if (c.value(u"operator"_s).isObject())
            out << "  " << c.value(u"operator"_s).toObject().value(u"name"_s).toString();
        out << '\n';
    }
}

} // namespace

int runIssue(CtlClient &client, const CtlOptions &options, QTextStream &out)
{
    const QJsonObject params{{u"service"_s, options.service}, {u"category"_s, options.category},
                             {u"lang"_s, options.lang}};
    const std::optional<QJsonObject> result = client.call(u"ticket.issue"_s, params);
    if (!result)
        return refused(client, out);
    if (options.json) {
        printJson(out, *result);
        return CTL_OK;
    }
    const QJsonObject t = result->value(u"ticket"_s).toObject();
    out << "Ticket " << ticketText(t) << ", category " << t.value(u"category"_s).toString()
        << ": " << t.value(u"ahead"_s).toInt() << " ahead, about "
        << duration(t.value(u"etaSec"_s).toInteger()) << " (id " << t.value(u"id"_s).toString()
        << ")\n";
    return CTL_OK;
}

int runSnapshot(CtlClient &client, const CtlOptions &options, QTextStream &out)
{
    const std::optional<QJsonObject> result = client.call(u"queue.snapshot"_s);
    if (!result)
        return refused(client, out);
    if (options.json) {
        printJson(out, *result);
        return CTL_OK;
    }
    out << "Service day " << result->value(u"serviceDay"_s).toString() << ", seq "
        << result->value(u"seq"_s).toInteger() << '\n';
    printServices(result->value(u"services"_s).toArray(), out);
    printCounters(result->value(u"counters"_s).toArray(), out);
    return CTL_OK;
}

int runStats(CtlClient &client, const CtlOptions &options, QTextStream &out)
{
    const std::optional<QJsonObject> result = client.call(u"stats.today"_s);
    if (!result)
        return refused(client, out);
    if (options.json) {
        printJson(out, *result);
        return CTL_OK;
    }
    out << "service                 issued served noShow waiting avgWait maxWait avgServ  sla\n";
    for (const QJsonValue &v : result->value(u"services"_s).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(u"issued"_s).toInt() == 0)
            continue;
        out << s.value(u"id"_s).toString().leftJustified(22) << ' '
            << QString::number(s.value(u"issued"_s).toInt()).rightJustified(7)
            << QString::number(s.value(u"served"_s).toInt()).rightJustified(7)
            << QString::number(s.value(u"noShow"_s).toInt()).rightJustified(7)
            << QString::number(s.value(u"waiting"_s).toInt()).rightJustified(8)
            << duration(s.value(u"avgWaitSec"_s).toInteger()).rightJustified(8)
            << duration(s.value(u"maxWaitSec"_s).toInteger()).rightJustified(8)
            << duration(s.value(u"avgServiceSec"_s).toInteger()).rightJustified(8)
            << QString(QString::number(s.value(u"slaPct"_s).toInt()) + u'%').rightJustified(5) << '\n';
    }
    return CTL_OK;
}

int runWatch(CtlClient &client, const CtlOptions &options, QTextStream &out)
{
    QJsonObject params;
    if (options.sinceSeq >= 0)
        params.insert(u"sinceSeq"_s, options.sinceSeq);
    const std::optional<QJsonObject> result = client.call(u"events.subscribe"_s, params);
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
        if (options.json)
            printJson(out, *event);
        else
            out << formatEvent(*event) << '\n';
        out.flush();
    }
    return CTL_OK;
}

} // namespace novbe
