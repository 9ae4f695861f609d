// novbe-sim's command line: clear errors for bad input, output for good.
#include "simcli.h"

#include <QTextStream>

#include <catch2/catch.hpp>

using novbe::sim::runSimCli;

namespace {

struct Run
{
    int code = 0;
    QString out;
    QString err;
};

Run run(QStringList args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    args.prepend(QStringLiteral("novbe-sim"));
    r.code = runSimCli(args, out, err);
    return r;
}

const QString CENTRE = QStringLiteral(NOVBE_SOURCE_DIR "/resources/centres/baku-1.json");
const QString PROFILE = QStringLiteral(NOVBE_SOURCE_DIR "/resources/sim/asan-day.json");

} // namespace

TEST_CASE("novbe-sim: bad input gives a clear error and exit code 2")
{
    const Run none = run({});
    CHECK(none.code == 2);
    CHECK(none.err.contains(QStringLiteral("--centre and --profile")));
    const Run policy = run({QStringLiteral("--centre"), CENTRE, QStringLiteral("--profile"),
                            PROFILE, QStringLiteral("--policy"), QStringLiteral("random")});
    CHECK(policy.code == 2);
    CHECK(policy.err.contains(QStringLiteral("unknown policy \"random\"")));
    const Run missing = run({QStringLiteral("--centre"), CENTRE, QStringLiteral("--profile"),
                             QStringLiteral("/nonexistent/day.json")});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("cannot read /nonexistent/day.json")));
    const Run replay = run({QStringLiteral("--centre"), CENTRE, QStringLiteral("--replay"),
                            QStringLiteral("/nonexistent/centre.db"), QStringLiteral("--date"),
                            QStringLiteral("2026-12-07")});
    CHECK(replay.code == 2);
    CHECK(replay.err.contains(QStringLiteral("no journal at /nonexistent/centre.db")));
    CHECK(replay.out.isEmpty());
}

TEST_CASE("novbe-sim: the sample day as Markdown and as JSON")
{
    const Run md = run({QStringLiteral("--centre"), CENTRE, QStringLiteral("--profile"), PROFILE});
    CHECK(md.code == 0);
    CHECK(md.out.startsWith(QStringLiteral("# Simulated day 2026-12-07, seed 20261207")));
    CHECK(md.out.contains(QStringLiteral("## Policy `weighted`")));
    const Run json = run({QStringLiteral("--centre"), CENTRE, QStringLiteral("--profile"), PROFILE,
                          QStringLiteral("--json"), QStringLiteral("--seed"), QStringLiteral("5")});
    CHECK(json.code == 0);
    CHECK(json.out.contains(QStringLiteral("\"seed\": \"5\"")));
}
