#include "simcli.h"

#include "replay.h"
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
    std::optional<StaffingPlan> plan;
    std::optional<DayInput> replay; // the day read from a journal
    QString journalOut;
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
        {QStringLiteral("staffing"),
         QStringLiteral("Search the fewest counters per group and hour.")},
        {QStringLiteral("target-share"), QStringLiteral("Staffing target share (default 0.9)."),
         QStringLiteral("share"), QStringLiteral("0.9")},
        {QStringLiteral("target-min"),
         QStringLiteral("Staffing target wait in minutes (0: each service's own; default 15)."),
         QStringLiteral("min"), QStringLiteral("15")},
        {QStringLiteral("search"),
         QStringLiteral("Staffing search: linear (default) or bisect (docs/simulation.md)."),
         QStringLiteral("method"), QStringLiteral("linear")},
        {QStringLiteral("timing"), QStringLiteral("Also print how long the runs took (stderr).")},
        {QStringLiteral("plan"),
         QStringLiteral("Staffing plan JSON: counters per group and hour (docs/simulation.md)."),
         QStringLiteral("file")},
        {QStringLiteral("replay"),
         QStringLiteral("Re-run a real day from this engine database (with --date)."),
         QStringLiteral("db")},
        {QStringLiteral("date"), QStringLiteral("The service day to replay (YYYY-MM-DD)."),
         QStringLiteral("day")},
        {QStringLiteral("journal-out"),
         QStringLiteral("Also write the simulated day to this new engine database."),
         QStringLiteral("db")},
        {QStringLiteral("scale"),
         QStringLiteral("Multiply counters and citizens (speed measurements)."),
         QStringLiteral("n"), QStringLiteral("1")},
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

bool loadProfile(const QCommandLineParser &p, Inputs &in, QString *error)
{
    if (p.isSet(QStringLiteral("profile"))) {
        const QByteArray profile = readFile(p.value(QStringLiteral("profile")), error);
        if (!error->isEmpty())
            return false;
        Result<DayProfile> day = parseDayProfile(profile, in.config);
        if (!day) {
            *error = day.error().message;
            return false;
        }
        in.profile = *day;
    }
    const int scale = p.value(QStringLiteral("scale")).toInt();
    if (scale < 1 || scale > 100) {
        *error = QStringLiteral("--scale must be 1-100");
        return false;
    }
    scaleDay(in.config, in.profile, scale);
    in.journalOut = p.value(QStringLiteral("journal-out"));
    return true;
}

bool loadPlan(const QCommandLineParser &p, Inputs &in, QString *error)
{
    if (p.isSet(QStringLiteral("plan"))) {
        const QByteArray json = readFile(p.value(QStringLiteral("plan")), error);
        if (!error->isEmpty())
            return false;
        Result<StaffingPlan> plan = parseStaffingPlan(json, in.config);
        if (!plan) {
            *error = plan.error().message;
            return false;
        }
        in.plan = *plan;
    }
    if (!p.isSet(QStringLiteral("replay")))
        return true;
    const QString day = p.value(QStringLiteral("date"));
    in.profile.date = QDate::fromString(day, Qt::ISODate);
    Result<DayInput> replay = readJournalDay(p.value(QStringLiteral("replay")), day, in.config,
                                             in.plan ? &*in.plan : nullptr);
    if (!replay) {
        *error = replay.error().message;
        return false;
    }
    in.replay = std::move(replay.value());
    return true;
}

bool loadInputs(const QCommandLineParser &p, Inputs &in, QString *error)
{
    if (!p.isSet(QStringLiteral("centre"))
        || (!p.isSet(QStringLiteral("profile")) && !p.isSet(QStringLiteral("replay")))) {
        *error = QStringLiteral("--centre and --profile (or --replay DB --date D) are required");
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
    if (!loadProfile(p, in, error) || !loadPlan(p, in, error))
        return false;
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

SimResult runOne(const Inputs &in, SimOptions &o, QTextStream &err)
{
    std::unique_ptr<JournalWriter> journal;
    if (!in.journalOut.isEmpty()) {
        auto created = JournalWriter::create(in.journalOut, in.config);
        if (created) {
            journal = std::move(created.value());
            o.onOutcome = [&journal](const Outcome &out) { journal->add(out); };
        } else {
            err << "novbe-sim: " << created.error().message << '\n';
        }
    }
    SimResult r = in.replay ? runDayInput(in.config, in.profile, o, *in.replay)
                            : runDay(in.config, in.profile, o);
    if (journal) {
        if (Status st = journal->flush(); !st)
            err << "novbe-sim: journal: " << st.error().message << '\n';
    }
    return r;
}

void printDays(const Inputs &in, QTextStream &out, QTextStream &err, bool timing)
{
    std::vector<DaySummary> days;
    for (RoutingPolicy policy : in.policies) {
        QElapsedTimer timer;
        timer.start();
        SimOptions o;
        o.policy = policy;
        o.staffing = in.plan;
        const SimResult r = runOne(in, o, err);
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
        out << toJsonText(
            QJsonObject{{QStringLiteral("seed"), QString::number(in.profile.seed)},
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
    const QString method = p.value(QStringLiteral("search"));
    if (method != QStringLiteral("bisect") && method != QStringLiteral("linear")) {
        err << "novbe-sim: --search must be bisect or linear\n";
        return 2;
    }
    const StaffingResult r = searchStaffing(
        in.config, in.profile, in.policies.front(), target,
        method == QStringLiteral("linear") ? StaffingMethod::Linear : StaffingMethod::Bisect);
    if (p.isSet(QStringLiteral("timing")))
        err << "staffing search: " << r.runs << " days in " << timer.elapsed() << " ms\n";
    out << staffingMarkdown(r, target);
    return 0;
}

} // namespace novbe::sim
