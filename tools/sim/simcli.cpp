#include "simcli.h"

#include "simreport.h"
#include "staffing.h"

#include "core/configloader.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

namespace novbe::sim {

namespace {

struct Inputs
{
    CentreConfig config;
    DayProfile profile;
    std::vector<RoutingPolicy> policies;
    bool json = false;
};

void addOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(QStringLiteral(
        "Simulates a centre's service day on the real queue core (docs/simulation.md)."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("centre"), QStringLiteral("Centre configuration JSON."),
         QStringLiteral("file")},
        {QStringLiteral("profile"), QStringLiteral("Day profile JSON (resources/sim/)."),
         QStringLiteral("file")},
        {QStringLiteral("seed"), QStringLiteral("Overrides the profile's seed."),
         QStringLiteral("n")},
        {QStringLiteral("policy"),
         QStringLiteral("weighted (default), fifo, strict, interleave or all."),
         QStringLiteral("name"), QStringLiteral("weighted")},
        {QStringLiteral("json"), QStringLiteral("Print JSON instead of Markdown.")},
        {QStringLiteral("staffing"), QStringLiteral("Search the fewest counters per group and hour.")},
        {QStringLiteral("target-share"), QStringLiteral("Staffing target share (default 0.9)."),
         QStringLiteral("share"), QStringLiteral("0.9")},
        {QStringLiteral("target-min"),
         QStringLiteral("Staffing target wait in minutes (0: each service's own; default 15)."),
         QStringLiteral("min"), QStringLiteral("15")},
        {QStringLiteral("timing"), QStringLiteral("Also print how long the runs took (stderr).")},
    });
}

QByteArray readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

bool loadInputs(const QCommandLineParser &p, Inputs &in, QString *error)
{
    if (!p.isSet(QStringLiteral("centre")) || !p.isSet(QStringLiteral("profile"))) {
        *error = QStringLiteral("--centre and --profile are required");
        return false;
    }
    const QByteArray centre = readFile(p.value(QStringLiteral("centre")), error);
    if (!error->isEmpty())
        return false;
    Result<CentreConfig> config = parseCentreConfig(centre);
    if (!config) {
        *error = config.error().message;
        return false;
    }
    in.config = *config;
    const QByteArray profile = readFile(p.value(QStringLiteral("profile")), error);
    if (!error->isEmpty())
        return false;
    Result<DayProfile> day = parseDayProfile(profile, in.config);
    if (!day) {
        *error = day.error().message;
        return false;
    }
    in.profile = *day;
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        in.profile.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            *error = QStringLiteral("--seed must be a whole number");
            return false;
        }
    }
    const QString policy = p.value(QStringLiteral("policy"));
    if (policy == QStringLiteral("all")) {
        in.policies = {RoutingPolicy::WeightedWait, RoutingPolicy::Fifo,
                       RoutingPolicy::StrictPriority, RoutingPolicy::Interleave};
    } else if (const auto one = policyFromName(policy)) {
        in.policies = {*one};
    } else {
        *error = QStringLiteral("unknown policy \"%1\"").arg(policy);
        return false;
    }
    in.json = p.isSet(QStringLiteral("json"));
    return true;
}

void printDays(const Inputs &in, QTextStream &out, QTextStream &err, bool timing)
{
    std::vector<DaySummary> days;
    for (RoutingPolicy policy : in.policies) {
        QElapsedTimer timer;
        timer.start();
        SimOptions o;
        o.policy = policy;
        const SimResult r = runDay(in.config, in.profile, o);
        if (timing)
            err << policyName(policy) << ": " << r.tickets.size() << " tickets in "
                << timer.elapsed() << " ms\n";
        for (const QString &f : r.invariantFailures)
            err << "engine: " << f << '\n';
        days.push_back(summarize(in.config, r, policy));
    }
    if (in.json) {
        QJsonArray all;
        for (const DaySummary &d : days)
            all.append(dayJson(d));
        out << toJsonText(QJsonObject{{QStringLiteral("seed"), QString::number(in.profile.seed)},
                                      {QStringLiteral("date"), in.profile.date.toString(Qt::ISODate)},
                                      {QStringLiteral("days"), all}});
        return;
    }
    out << "# Simulated day " << in.profile.date.toString(Qt::ISODate) << ", seed "
        << QString::number(in.profile.seed) << "\n\n";
    if (days.size() > 1)
        out << comparisonMarkdown(days) << '\n';
    for (const DaySummary &d : days)
        out << dayMarkdown(d) << '\n';
}

} // namespace

int runSimCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    addOptions(p);
    if (!p.parse(arguments)) {
        err << "novbe-sim: " << p.errorText() << '\n';
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << p.helpText();
        return 0;
    }
    Inputs in;
    QString error;
    if (!loadInputs(p, in, &error)) {
        err << "novbe-sim: " << error << '\n';
        return 2;
    }
    if (!p.isSet(QStringLiteral("staffing"))) {
        printDays(in, out, err, p.isSet(QStringLiteral("timing")));
        return 0;
    }
    StaffingTarget target;
    target.share = p.value(QStringLiteral("target-share")).toDouble();
    target.withinMin = p.value(QStringLiteral("target-min")).toInt();
    QElapsedTimer timer;
    timer.start();
    const StaffingResult r = searchStaffing(in.config, in.profile, in.policies.front(), target);
    if (p.isSet(QStringLiteral("timing")))
        err << "staffing search: " << r.runs << " days in " << timer.elapsed() << " ms\n";
    out << staffingMarkdown(r, target);
    return 0;
}

} // namespace novbe::sim
