#include "demoday.h"

#include "democlient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace novbe::demo {

namespace {

struct Desk
{
    std::unique_ptr<DemoClient> client;
    QString counter;
};

class Day
{
public:
    Day(const DemoOptions &o, QTextStream &out) : m_o(o), m_out(out) {}

    int run()
    {
        if (!connectAll())
            return 1;
        header();
        openDesks();
        issueMorning();
        serveRounds();
        appointment();
        feedback();
        statistics();
        m_out << "\nDemo day complete. With a graphical display, ./scripts/run.sh opens the kiosk, "
                 "hall display, counters and dashboard on the same engine.\n";
        return m_failed ? 1 : 0;
    }

private:
    std::unique_ptr<DemoClient> connect(const QString &device)
    {
        auto c = std::make_unique<DemoClient>(device, m_o.host, m_o.port);
        if (!c->hello(device, u"demo-"_s + device + u"-token"_s)) {
            m_out << "cannot connect as " << device << ": " << c->error() << "\n";
            return nullptr;
        }
        return c;
    }

    bool connectAll()
    {
        m_display = connect(u"display-hall"_s);
        m_kiosk = connect(u"kiosk-1"_s);
        m_manager = connect(u"dashboard-1"_s);
        m_booking = connect(u"booking-web"_s);
        if (!m_display || !m_kiosk || !m_manager || !m_booking)
            return false;
        m_display->call(u"events.subscribe"_s);
        const Answer centre = m_manager->call(u"centre.get"_s);
        for (const QJsonValue &s : centre.result.value(u"services"_s).toArray())
            m_serviceNames.insert(s[u"id"_s].toString(), s[u"name"_s][u"az"_s].toString());
        m_centreName = centre.result.value(u"centre"_s)[u"name"_s][u"az"_s].toString();
        return true;
    }

    void header()
    {
        const Answer snap = m_manager->call(u"queue.snapshot"_s);
        m_out << "Növbə demo day — " << m_centreName << "\n"
              << "engine " << m_o.host << ':' << m_o.port << ", service day "
              << snap.result.value(u"serviceDay"_s).toString() << ", journal at seq "
              << snap.result.value(u"seq"_s).toInteger() << "\n";
    }

    void openDesks()
    {
        m_out << "\n== Operators open their counters\n";
        for (int i = 1; i <= 4; ++i) {
            const QString nn = QString::number(i).rightJustified(2, u'0');
            auto c = connect(u"desk-"_s + nn);
            if (!c)
                continue;
            const Answer login = c->call(u"operator.login"_s, {{u"operator"_s, QString(u"op"_s + nn)},
                                                             {u"pin"_s, QString::number(1000 + i)}});
            const Answer open = c->call(u"counter.open"_s, {{u"counter"_s, QString(u"c"_s + nn)}});
            report(u"desk "_s + nn, open);
            if (login.ok && open.ok) {
                m_out << "  counter " << i << ": " << login.result[u"operator"_s][u"name"_s].toString()
                      << " (op" << nn << ")\n";
                m_desks.push_back(Desk{std::move(c), u"c"_s + nn});
            }
        }
    }

    void issueMorning()
    {
        m_out << "\n== Citizens take tickets at kiosk-1\n";
        const QList<std::pair<QString, QString>> people = {
            {u"idCard"_s, u"standard"_s}, {u"passport"_s, u"standard"_s},
            {u"idCard"_s, u"elderly"_s}, {u"residence"_s, u"standard"_s},
            {u"passport"_s, u"veteran"_s}, {u"idCard"_s, u"standard"_s},
            {u"idCard"_s, u"disability"_s}, {u"passport"_s, u"pregnant"_s},
            {u"residence"_s, u"standard"_s}, {u"idCard"_s, u"martyrFamily"_s}};
        int n = 0;
        for (const auto &[service, category] : people) {
            const Answer a = m_kiosk->call(u"ticket.issue"_s, {{u"service"_s, service},
                {u"category"_s, category}, {u"lang"_s, u"az"_s},
                {u"requestId"_s, QString(u"demo-"_s + QString::number(QDateTime::currentMSecsSinceEpoch()) + u'-' + QString::number(++n))}});
            if (!report(u"ticket.issue"_s, a))
                continue;
            const QJsonObject t = a.result[u"ticket"_s].toObject();
            m_out << "  " << t[u"number"_s].toString() << "  " << m_serviceNames.value(service).leftJustified(30)
                  << category.leftJustified(13) << t[u"ahead"_s].toInt() << " ahead, about "
                  << (t[u"etaSec"_s].toInt() + 59) / 60 << " min\n";
        }
    }

    void serveRounds()
    {
        m_out << "\n== Counters call and serve (the hall display shows each call)\n";
        for (int round = 0; round < 4; ++round) {
            for (size_t i = 0; i < m_desks.size(); ++i)
                serveOne(m_desks[i], round, int(i));
        }
    }

    void serveOne(Desk &d, int round, int index)
    {
        const Answer call = d.client->call(u"counter.callNext"_s);
        if (!report(d.counter + u" callNext"_s, call) || call.result[u"ticket"_s].isNull()) {
            if (call.ok)
                m_out << "  " << d.counter << ": nobody is waiting\n";
            return;
        }
        const QJsonObject t = call.result[u"ticket"_s].toObject();
        showDisplay();
        if (round == 0 && index == 1) {
            d.client->call(u"counter.recall"_s);
            showDisplay();
            report(d.counter + u" noShow"_s, d.client->call(u"counter.noShow"_s));
            m_out << "  " << d.counter << ": " << t[u"number"_s].toString() << " did not come — no-show\n";
            return;
        }
        report(d.counter + u" start"_s, d.client->call(u"counter.start"_s));
        if (round == 0 && index == 2) {
            report(u"transfer"_s, d.client->call(u"counter.transfer"_s, {{u"service"_s, u"passport"_s},
                                                                       {u"placement"_s, u"first"_s}}));
            m_out << "  " << d.counter << ": " << t[u"number"_s].toString()
                  << " also needs a passport — transferred to the head of that queue, same number\n";
            return;
        }
        const Answer fin = d.client->call(u"counter.finish"_s);
        if (report(d.counter + u" finish"_s, fin))
            m_out << "  " << d.counter << ": served " << t[u"number"_s].toString() << " ("
                  << m_serviceNames.value(t[u"service"_s].toString()) << ")\n";
        m_lastServed = t[u"id"_s].toString();
    }

    void showDisplay()
    {
        for (const QJsonObject &e : m_display->takeEvents(100)) {
            if (e[u"type"_s].toString() != u"ticket.called")
                continue;
            m_out << "  [hall display] " << e[u"ticket"_s][u"number"_s].toString() << "  →  "
                  << e[u"counter"_s][u"name"_s][u"az"_s].toString()
                  << (e[u"recall"_s].toBool() ? "   (again)" : "") << "\n";
        }
    }

    void appointment()
    {
        m_out << "\n== A booking from the website, checked in at the kiosk\n";
        const QTimeZone baku("Asia/Baku");
        const Answer snap = m_manager->call(u"session.ping"_s);
        QDateTime now = QDateTime::fromString(snap.result[u"now"_s].toString(), Qt::ISODateWithMs).toTimeZone(baku);
        QDateTime slot(now.date(), QTime(now.time().hour(), (now.time().minute() / 15) * 15), baku);
        slot = slot.addSecs(15 * 60);
        const Answer booked = m_booking->call(u"appointment.book"_s, {{u"service"_s, u"idCard"_s},
            {u"start"_s, slot.toUTC().toString(Qt::ISODateWithMs)},
            {u"citizen"_s, QJsonObject{{u"name"_s, u"Nigar Hüseynova"_s}}}});
        if (!report(u"appointment.book"_s, booked))
            return;
        const QString code = booked.result[u"appointment"_s][u"code"_s].toString();
        m_out << "  booked " << slot.toString(u"HH:mm"_s) << " for ID card, code " << code << "\n";
        const Answer in = m_kiosk->call(u"appointment.checkin"_s, {{u"code"_s, code}});
        if (report(u"appointment.checkin"_s, in))
            m_out << "  checked in: ticket " << in.result[u"ticket"_s][u"number"_s].toString() << "\n";
    }

    void feedback()
    {
        if (m_lastServed.isEmpty() || m_desks.empty())
            return;
        const Answer a = m_desks.front().client->call(u"feedback.submit"_s,
                                                      {{u"ticket"_s, m_lastServed}, {u"rating"_s, 5}});
        report(u"feedback.submit"_s, a);
    }

    void statistics()
    {
        m_out << "\n== Today's statistics (stats.today)\n"
              << "  service                          issued served noShow waiting avgWait slaPct\n";
        const Answer s = m_manager->call(u"stats.today"_s);
        report(u"stats.today"_s, s);
        for (const QJsonValue &v : s.result[u"services"_s].toArray()) {
            if (v[u"issued"_s].toInt() == 0)
                continue;
            m_out << "  " << m_serviceNames.value(v[u"id"_s].toString()).leftJustified(32)
                  << QString::number(v[u"issued"_s].toInt()).rightJustified(7)
                  << QString::number(v[u"served"_s].toInt()).rightJustified(7)
                  << QString::number(v[u"noShow"_s].toInt()).rightJustified(7)
                  << QString::number(v[u"waiting"_s].toInt()).rightJustified(8)
                  << QString(QString::number(v[u"avgWaitSec"_s].toInt()) + u's').rightJustified(8)
                  << QString(QString::number(v[u"slaPct"_s].toInt()) + u'%').rightJustified(7) << "\n";
        }
    }

    bool report(const QString &what, const Answer &a)
    {
        if (a.ok)
            return true;
        m_out << "  ! " << what << ": " << a.reason << " — " << a.message << "\n";
        if (a.reason == u"TIMEOUT" || a.reason == u"INTERNAL")
            m_failed = true;
        return false;
    }

    DemoOptions m_o;
    QTextStream &m_out;
    std::unique_ptr<DemoClient> m_display, m_kiosk, m_manager, m_booking;
    std::vector<Desk> m_desks;
    QHash<QString, QString> m_serviceNames;
    QString m_centreName;
    QString m_lastServed;
    bool m_failed = false;
};

} // namespace

int runDemoDay(const DemoOptions &options, QTextStream &out)
{
    return Day(options, out).run();
}

} // namespace novbe::demo
