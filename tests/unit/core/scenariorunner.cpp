#include "scenariorunner.h"

#include "testcentre.h"

#include <QHash>
#include <QStringList>

namespace novbe::test {

namespace {

QString errorName(ErrorCode c)
{
    static const char *names[] = {
        "InvalidParams", "UnknownService",     "ServiceClosed", "LimitReached", "InvalidState",
        "NotFound",      "TooEarly",           "TooLate",       "NoCounter",    "NoOperator",
        "CounterBusy",   "StorageUnavailable", "Internal"};
    return QString::fromLatin1(names[int(c)]);
}

class Runner
{
public:
    Runner() { startDay(m_e, baku(7, 0)); }

    QString run(const QString &script)
    {
        for (const QString &raw : script.split(u'\n')) {
            const QString line = raw.section(u'#', 0, 0).trimmed();
            if (line.isEmpty())
                continue;
            const QString result = apply(line.split(u' ', Qt::SkipEmptyParts));
            m_e.commit();
            m_out << (result.isEmpty() ? line : line + QStringLiteral(" -> ") + result);
        }
        dump();
        return m_out.join(u'\n') + u'\n';
    }

private:
    QString apply(const QStringList &w)
    {
        const QString op = w.value(0);
        if (op == u"at")
            return setTime(w);
        if (op == u"issue") {
            IssueRequest r = walkIn(w.value(1), w.value(2, QStringLiteral("standard")));
            return describe(m_e.flow().issue(r, m_now), true);
        }
        if (op == u"book")
            return book(w);
        if (op == u"checkin")
            return describe(
                m_e.bookings().checkIn(m_codes.value(w.value(1), w.value(1)), {}, {}, m_now), true);
        if (op == u"cancel")
            return describe(m_e.flow().cancel(idOf(w.value(1)), {}, m_now), false);
        if (op == u"feedback")
            return describe(
                m_e.reports().submitFeedback(idOf(w.value(1)), w.value(2).toInt(), {}, m_now),
                false);
        return counterOp(w);
    }

    QString counterOp(const QStringList &w)
    {
        const QString op = w.value(0);
        const QString c = w.value(1);
        if (op == u"open")
            return describe(m_e.desks().openCounter(c, QStringLiteral("op-") + c, {}, m_now),
                            false);
        if (op == u"close")
            return describe(m_e.desks().closeCounter(c, m_now), false);
        if (op == u"release")
            return describe(m_e.desks().releaseCounter(c, m_now), false);
        if (op == u"pause")
            return describe(m_e.desks().pause(c, w.mid(2).join(u' '), m_now), false);
        if (op == u"resume")
            return describe(m_e.desks().resume(c, m_now), false);
        if (op == u"call")
            return describe(m_e.desks().callNext(c, m_now), false);
        if (op == u"callTicket")
            return describe(m_e.desks().callTicket(c, idOf(w.value(2)), m_now), false);
        if (op == u"recall")
            return describe(m_e.desks().recall(c, m_now), false);
        if (op == u"start")
            return describe(m_e.desks().start(c, m_now), false);
        if (op == u"finish")
            return describe(m_e.desks().finish(c, w.value(2), m_now), false);
        if (op == u"noshow")
            return describe(m_e.desks().noShow(c, m_now), false);
        if (op == u"park")
            return describe(m_e.desks().park(c, m_now), false);
        if (op == u"transfer") {
            const auto p = placementFromName(w.value(3));
            return describe(m_e.desks().transfer(c, w.value(2), p.value_or(Placement::Last),
                                                 w.mid(4).join(u' '), m_now),
                            false);
        }
        return QStringLiteral("unknown action");
    }

    QString setTime(const QStringList &w)
    {
        int day = 0;
        QString hhmm = w.value(1);
        if (hhmm.startsWith(u'+')) {
            day = hhmm.mid(1).chopped(1).toInt();
            hhmm = w.value(2);
        }
        const QTime t = QTime::fromString(
            hhmm, hhmm.size() > 5 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
        m_now = baku(t.hour(), t.minute(), t.second(), day);
        return {};
    }

    QString book(const QStringList &w)
    {
        const QTime t = QTime::fromString(w.value(2), QStringLiteral("HH:mm"));
        auto r = m_e.bookings().book(BookRequest{w.value(1), baku(t.hour(), t.minute()), {}, {}},
                                     m_now);
        if (!r)
            return QStringLiteral("error ") + errorName(r.error().code);
        m_codes.insert(w.value(4), r->appointment->code);
        return QStringLiteral("booked ") + w.value(4);
    }

    QString idOf(const QString &number) const
    {
        const TicketList all = m_e.query().tickets();
        for (size_t i = all.size(); i > 0; --i) {
            if (all[i - 1].number == number)
                return all[i - 1].id;
        }
        return number;
    }

    QString describe(const Result<Outcome> &r, bool withEstimate)
    {
        if (!r)
            return QStringLiteral("error ") + errorName(r.error().code);
        if (!r->ticket)
            return r->counter ? counterStateName(r->counter->state) : QStringLiteral("ok");
        const Ticket &t = *r->ticket;
        QString s = t.number + u' ' + ticketStateName(t.state);
        if (t.service != t.originalService)
            s += QStringLiteral(" in ") + t.service;
        if (withEstimate && t.state == TicketState::Waiting) {
            const WaitEstimate est = m_e.query().estimate(t.id, m_now);
            s += QStringLiteral(" (ahead %1, eta %2s)").arg(est.ahead).arg(est.etaSec);
        }
        return s;
    }

    void dump()
    {
        m_out << QStringLiteral("== queues (call order, weight 1)");
        for (const ServiceConfig &s : m_e.query().config().services) {
            QStringList numbers;
            for (const Ticket *t : m_e.query().queue(s.id, m_now).waiting)
                numbers << t->number;
            QStringList parked;
            for (const Ticket *t : m_e.query().parked(s.id))
                parked << t->number;
            m_out << s.id + QStringLiteral(": ")
                    + (numbers.isEmpty() ? QStringLiteral("-") : numbers.join(u' '))
                    + (parked.isEmpty() ? QString()
                                        : QStringLiteral(" | parked: ") + parked.join(u' '));
        }
        m_out << QStringLiteral("== counters");
        for (const CounterStatus &c : m_e.query().counters()) {
            const auto t = m_e.query().ticket(c.ticket);
            m_out << c.id + u' ' + counterStateName(c.state) + (t ? u' ' + t->number : QString())
                    + (c.pauseReason.isEmpty() ? QString()
                                               : QStringLiteral(" (") + c.pauseReason + u')');
        }
        m_out << QStringLiteral("== day %1, seq %2")
                     .arg(m_e.query().serviceDay())
                     .arg(m_e.query().lastSeq());
    }

    QueueEngine m_e{centre(), 5};
    QDateTime m_now = baku(9, 0);
    QHash<QString, QString> m_codes;
    QStringList m_out;
};

} // namespace

QString runScenario(const QString &script)
{
    return Runner().run(script);
}

} // namespace novbe::test
