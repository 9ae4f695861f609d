#include "ctlcommands.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

QString ticketOf(const QJsonObject &event)
{
    const QJsonObject t = event.value(u"ticket"_s).toObject();
    QString text = t.value(u"number"_s).toString() + u" ("_s + t.value(u"service"_s).toString()
        + u')';
    if (t.value(u"counter"_s).isString())
        text += u" at "_s + t.value(u"counter"_s).toString();
    return text;
}

QString details(const QString &type, const QJsonObject &e)
{
    if (type == "ticket.called"_L1)
        return ticketOf(e) + (e.value(u"recall"_s).toBool() ? u" (recall)"_s : QString());
    if (type == "ticket.transferred"_L1)
        return ticketOf(e) + u" from "_s + e.value(u"from"_s).toString();
    if (type.startsWith("ticket."_L1))
        return ticketOf(e);
    if (type == "queue.changed"_L1)
        return e.value(u"service"_s).toString() + u": "_s
            + QString::number(e.value(u"waitingCount"_s).toInt()) + u" waiting, eta "_s
            + QString::number(e.value(u"etaSec"_s).toInt()) + u's';
    if (type == "counter.changed"_L1) {
        const QJsonObject c = e.value(u"counter"_s).toObject();
        QString text = c.value(u"id"_s).toString() + u' ' + c.value(u"state"_s).toString();
        if (c.value(u"operator"_s).isObject())
            text += u" ("_s + c.value(u"operator"_s).toObject().value(u"name"_s).toString() + u')';
        return text;
    }
    if (type == "device.changed"_L1) {
        QString text = e.value(u"device"_s).toString()
            + (e.value(u"online"_s).toBool() ? u" online"_s : u" offline"_s);
        const QJsonObject printer = e.value(u"printer"_s).toObject();
        if (!printer.isEmpty())
            text += u", printer "_s + printer.value(u"state"_s).toString();
        return text;
    }
    if (type == "day.rollover"_L1)
        return u"new service day "_s + e.value(u"serviceDay"_s).toString();
    if (type.startsWith("appointment."_L1))
        return e.value(u"appointment"_s).toObject().value(u"id"_s).toString();
    return {};
}

} // namespace

QString formatEvent(const QJsonObject &event)
{
    const QString type = event.value(u"type"_s).toString();
    const QDateTime at = QDateTime::fromString(event.value(u"at"_s).toString(), Qt::ISODateWithMs);
    const QString time = at.isValid() ? at.toLocalTime().toString(u"HH:mm:ss"_s) : QString();
    return u"%1 %2 %3 %4"_s.arg(QString::number(event.value(u"seq"_s).toInteger()).rightJustified(6),
                               time, type.leftJustified(20), details(type, event));
}

} // namespace novbe
