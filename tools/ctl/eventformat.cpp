#include "ctlcommands.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

QString ticketText(const TicketView &t)
{
    QString text = t.number + u" ("_s + t.service + u')';
    if (!t.counter.isEmpty())
        text += u" at "_s + t.counter;
    return text;
}

struct Details
{
    QString operator()(const TicketEvent &e) const { return ticketText(e.ticket); }
    QString operator()(const TicketCalledEvent &e) const
    {
        return ticketText(e.ticket) + (e.recall ? u" (recall)"_s : QString());
    }
    QString operator()(const TicketTransferredEvent &e) const
    {
        return ticketText(e.ticket) + u" from "_s + e.from;
    }
    QString operator()(const QueueChangedEvent &e) const
    {
        return e.service + u": "_s + QString::number(e.waitingCount) + u" waiting, eta "_s
            + QString::number(e.etaSec) + u's';
    }
    QString operator()(const CounterChangedEvent &e) const
    {
        QString text = e.counter.id + u' ' + counterStateName(e.counter.state);
        if (e.counter.op)
            text += u" ("_s + e.counter.op->name + u')';
        return text;
    }
    QString operator()(const DeviceChangedEvent &e) const
    {
        QString text = e.device + (e.online ? u" online"_s : u" offline"_s);
        if (e.printer)
            text += u", printer "_s + e.printer->state;
        return text;
    }
    QString operator()(const DayRolloverEvent &e) const
    {
        return u"new service day "_s + e.serviceDay;
    }
    QString operator()(const AppointmentEvent &e) const { return e.appointment.id; }
    QString operator()(const FeedbackEvent &) const { return {}; }
    QString operator()(const ServiceChangedEvent &e) const
    {
        QString text = e.control.service + (e.control.closed ? u" closed"_s : u" open"_s);
        if (e.control.cutoff)
            text += u", no new tickets after "_s + e.control.cutoff->toString(u"HH:mm"_s);
        return e.control.by.isEmpty() ? text : text + u" by "_s + e.control.by;
    }
    QString operator()(const DisplayMessageEvent &e) const
    {
        return e.message ? u"ticker \""_s + e.message->text + u"\" by "_s + e.message->by
                         : u"ticker cleared"_s;
    }
    QString operator()(const AlertEvent &e) const
    {
        QString text = e.alert.code;
        if (!e.alert.subject.isEmpty())
            text += u' ' + e.alert.subject;
        if (!e.alert.ackedBy.isEmpty())
            text += u" acknowledged by "_s + e.alert.ackedBy;
        return text;
    }
};

} // namespace

QString formatEvent(const EventView &event)
{
    const QString time = event.at.isValid() ? event.at.toLocalTime().toString(u"HH:mm:ss"_s)
                                            : QString();
    return u"%1 %2 %3 %4"_s.arg(QString::number(event.seq).rightJustified(6), time,
                                eventTypeName(event.type).leftJustified(20),
                                std::visit(Details{}, event.payload));
}

} // namespace novbe
