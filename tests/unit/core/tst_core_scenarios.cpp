// Golden scenarios: tests/data/scenarios/<name>/actions.txt run against the
// core must give exactly tests/data/scenarios/<name>/expected.txt.
// NOVBE_UPDATE_GOLDEN=1 rewrites the expected files (review the diff!).
#include "scenariorunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace novbe::test;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

QStringList scenarioNames()
{
    const QDir dir(QStringLiteral(NOVBE_SOURCE_DIR "/tests/data/scenarios"));
    return dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("at least eight golden scenarios exist", "[core][scenarios]")
{
    CHECK(scenarioNames().size() >= 8);
}

TEST_CASE("golden scenarios", "[core][scenarios]")
{
    const QStringList names = scenarioNames();
    const std::string name = GENERATE_COPY(from_range(names.begin(), names.end())).toStdString();
    CAPTURE(name);
    const QString dir = QStringLiteral(NOVBE_SOURCE_DIR "/tests/data/scenarios/")
        + QString::fromStdString(name);
    const QString actual = runScenario(readText(dir + QStringLiteral("/actions.txt")));
    if (qEnvironmentVariableIsSet("NOVBE_UPDATE_GOLDEN")) {
        QFile f(dir + QStringLiteral("/expected.txt"));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(actual.toUtf8());
    }
    CHECK(actual.toStdString() == readText(dir + QStringLiteral("/expected.txt")).toStdString());
}
