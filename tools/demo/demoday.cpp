#include "demoday.h"

#include "democlient.h"

#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace novbe::demo {

namespace {

// The {ticket} of an answer (an empty ticket when there is none).
TicketView ticketOf(const Answer &answer)
{
    return decode<TicketView>(answer.result.value(u"ticket"_s).toObject()).value_or(TicketView());
}

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
        auto c = std::make_unique<DemoClient>(device, m_o.engine.host, m_o.engine.port,
                                              m_o.engine.tls);
        if (!c->hello(device, m_o.tokenFor(device))) {
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
        m_display->call(QString(method::EVENTS_SUBSCRIBE));
        const std::optional<CentreView> centre = decode<CentreView>(
            m_manager->call(QString(method::CENTRE_GET)).result);
        if (!centre) {
            m_out << "centre.get failed\n";
            return false;
        }
        for (const ServiceView &s : centre->services)
            m_serviceNames.insert(s.id, localized(s.name, u"az"_s));
        m_centreName = localized(centre->centre.name, u"az"_s);
        m_zone = centreTimeZone(centre->centre.timezone);
        return true;
    }

    void header()
    {
        const Answer snap = m_manager->call(u"queue.snapshot"_s);
        m_out << "Növbə demo day — " << m_centreName << "\n"
              << "engine " << m_o.engine.host << ':' << m_o.engine.port << ", service day "
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
            const Answer login = c->call(
                u"operator.login"_s,
                {{u"operator"_s, QString(u"op"_s + nn)}, {u"pin"_s, QString::number(1000 + i)}});
            const Answer open = c->call(u"counter.open"_s, {{u"counter"_s, QString(u"c"_s + nn)}});
            report(u"desk "_s + nn, open);
            if (login.ok && open.ok) {
                m_out << "  counter " << i << ": "
                      << decode<OperatorRef>(login.result.value(u"operator"_s).toObject())
                             .value_or(OperatorRef())
                             .name
                      << " (op" << nn << ")\n";
                m_desks.push_back(Desk{std::move(c), u"c"_s + nn});
            }
        }
    }

    void issueMorning()
    {
        m_out << "\n== Citizens take tickets at kiosk-1\n";
        const QList<std::pair<QString, QString>> people = {
            {u"idCard"_s, u"standard"_s},    {u"passport"_s, u"standard"_s},
            {u"idCard"_s, u"elderly"_s},     {u"residence"_s, u"standard"_s},
            {u"passport"_s, u"veteran"_s},   {u"idCard"_s, u"standard"_s},
            {u"idCard"_s, u"disability"_s},  {u"passport"_s, u"pregnant"_s},
            {u"residence"_s, u"standard"_s}, {u"idCard"_s, u"martyrFamily"_s}};
        int n = 0;
        for (const auto &[service, category] : people) {
            const Answer a = m_kiosk->call(
                u"ticket.issue"_s,
                {{u"service"_s, service},
                 {u"category"_s, category},
                 {u"lang"_s, u"az"_s},
                 {u"requestId"_s,
                  QString(u"demo-"_s + QString::number(QDateTime::currentMSecsSinceEpoch()) + u'-'
                          + QString::number(++n))}});
            if (!report(u"ticket.issue"_s, a))
                continue;
            const TicketView t = ticketOf(a);
            m_out << "  " << t.number << "  " << m_serviceNames.value(service).leftJustified(30)
                  << category.leftJustified(13) << t.ahead << " ahead, about "
                  << (t.etaSec + 59) / 60 << " min\n";
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
        const TicketView t = ticketOf(call);
        showDisplay();
        if (round == 0 && index == 1) {
            d.client->call(u"counter.recall"_s);
            showDisplay();
            report(d.counter + u" noShow"_s, d.client->call(u"counter.noShow"_s));
            m_out << "  " << d.counter << ": " << t.number << " did not come — no-show\n";
            return;
        }
        report(d.counter + u" start"_s, d.client->call(u"counter.start"_s));
        if (round == 0 && index == 2) {
            report(u"transfer"_s,
                   d.client->call(u"counter.transfer"_s,
                                  {{u"service"_s, u"passport"_s}, {u"placement"_s, u"first"_s}}));
            m_out
                << "  " << d.counter << ": " << t.number
                << " also needs a passport — transferred to the head of that queue, same number\n";
            return;
        }
        const Answer fin = d.client->call(u"counter.finish"_s);
        if (report(d.counter + u" finish"_s, fin))
            m_out << "  " << d.counter << ": served " << t.number << " ("
                  << m_serviceNames.value(t.service) << ")\n";
        m_lastServed = t.id;
    }

    void showDisplay()
    {
        for (const QJsonObject &json : m_display->takeEvents(100)) {
            const std::optional<EventView> e = decode<EventView>(json);
            const auto *called = e ? e->as<TicketCalledEvent>() : nullptr;
            if (!called)
                continue;
            m_out << "  [hall display] " << called->ticket.number << "  →  "
                  << localized(called->counter.name, u"az"_s)
                  << (called->recall ? "   (again)" : "") << "\n";
        }
    }

    void appointment()
    {
        m_out << "\n== A booking from the website, checked in at the kiosk\n";
        const Answer snap = m_manager->call(u"session.ping"_s);
        QDateTime now = QDateTime::fromString(snap.result[u"now"_s].toString(), Qt::ISODateWithMs)
                            .toTimeZone(m_zone);
        QDateTime slot(now.date(), QTime(now.time().hour(), (now.time().minute() / 15) * 15),
                       m_zone);
        slot = slot.addSecs(15 * 60);
        const Answer booked = m_booking->call(
            u"appointment.book"_s,
            {{u"service"_s, u"idCard"_s},
             {u"start"_s, slot.toUTC().toString(Qt::ISODateWithMs)},
             {u"citizen"_s, QJsonObject{{u"name"_s, u"Nigar Hüseynova"_s}}}});
        if (!report(u"appointment.book"_s, booked))
            return;
        const QString code = decode<Appointment>(booked.result.value(u"appointment"_s).toObject())
                                 .value_or(Appointment())
                                 .code;
        m_out << "  booked " << slot.toString(u"HH:mm"_s) << " for ID card, code " << code << "\n";
        const Answer in = m_kiosk->call(u"appointment.checkin"_s, {{u"code"_s, code}});
        if (report(u"appointment.checkin"_s, in))
            m_out << "  checked in: ticket " << ticketOf(in).number << "\n";
    }

    void feedback()
    {
        if (m_lastServed.isEmpty() || m_desks.empty())
            return;
        const Answer a = m_desks.front().client->call(
            u"feedback.submit"_s, {{u"ticket"_s, m_lastServed}, {u"rating"_s, 5}});
        report(u"feedback.submit"_s, a);
    }

    void statistics()
    {
        m_out << "\n== Today's statistics (stats.today)\n"
              << "  service                          issued served noShow waiting avgWait slaPct\n";
        const Answer s = m_manager->call(QString(method::STATS_TODAY));
        report(u"stats.today"_s, s);
        const std::optional<StatsView> stats = decode<StatsView>(s.result);
        for (const ServiceKpi &v : stats ? stats->kpis.services : std::vector<ServiceKpi>()) {
            if (v.issued == 0)
                continue;
            m_out << "  " << m_serviceNames.value(v.id).leftJustified(32)
                  << QString::number(v.issued).rightJustified(7)
                  << QString::number(v.served).rightJustified(7)
                  << QString::number(v.noShow).rightJustified(7)
                  << QString::number(v.waiting).rightJustified(8)
                  << QString(QString::number(v.avgWaitSec) + u's').rightJustified(8)
                  << QString(QString::number(v.slaPct) + u'%').rightJustified(7) << "\n";
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
    QTimeZone m_zone = QTimeZone::utc();
    QString m_lastServed;
    bool m_failed = false;
};

} // namespace

QString DemoOptions::tokenFor(const QString &device) const
{
    return QString(tokenPattern).replace(u"{device}"_s, device);
}

std::optional<DemoOptions> parseDemoOptions(const QCoreApplication &app, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs a scripted demo day against a running novbe-engine "
                                     "that serves resources/centres/baku-1.json."_s);
    parser.addHelpOption();
    ConnectionOptions::addTo(parser, ConnectionParts::Endpoint);
    parser.addOption({u"token-pattern"_s,
                      u"Device tokens, {device} standing for the device id, e.g. "
                      "demo-{device}-token for the sample centre (or NOVBE_TOKEN_PATTERN)."_s,
                      u"PATTERN"_s});
    parser.process(app);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const std::optional<ConnectionOptions> engine = ConnectionOptions::read(
        parser, error, env, ConnectionParts::Endpoint);
    if (!engine)
        return std::nullopt;
    DemoOptions o{*engine, parser.value(u"token-pattern"_s)};
    if (o.tokenPattern.isEmpty())
        o.tokenPattern = env.value(u"NOVBE_TOKEN_PATTERN"_s);
    if (!o.tokenPattern.contains(u"{device}"_s)) {
        *error = u"--token-pattern with {device} is required (there is no default token)"_s;
        return std::nullopt;
    }
    return o;
}

int runDemoDay(const DemoOptions &options, QTextStream &out)
{
    return Day(options, out).run();
}

} // namespace novbe::demo
