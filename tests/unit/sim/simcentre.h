#pragma once

// Small centres and days for the simulator's tests, built in code.

#include "core/configloader.h"
#include "dayprofile.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace novbe::sim::test {

inline LocalizedText names(const QString &text)
{
    return {
        {QStringLiteral("az"), text}, {QStringLiteral("en"), text}, {QStringLiteral("ru"), text}};
}

// One service "s" (prefix A, target 15 min, `open`-`close`, 60 s default) and
// `counters` counters that serve only it; categories standard and elderly (+20 min).
inline CentreConfig oneServiceCentre(int counters, QTime open = QTime(9, 0),
                                     QTime close = QTime(18, 0))
{
    CentreConfig c;
    c.centre.id = QStringLiteral("sim-test");
    c.centre.name = names(QStringLiteral("Sim test"));
    c.categories = {{QStringLiteral("standard"), names(QStringLiteral("standard")), 0, false, {}},
                    {QStringLiteral("elderly"), names(QStringLiteral("elderly")), 20, false, {}}};
    ServiceConfig s;
    s.id = QStringLiteral("s");
    s.prefix = QStringLiteral("A");
    s.name = names(s.id);
    s.group = QStringLiteral("g");
    s.targetWaitMin = 15;
    s.hours = OpeningHours{open, close};
    s.defaultServiceSec = 60;
    c.services = {s};
    for (int i = 1; i <= counters; ++i)
        c.counters.push_back(CounterConfig{QStringLiteral("c%1").arg(i),
                                           names(QString::number(i)),
                                           {CounterService{QStringLiteral("s"), 1.0}}});
    return c;
}

// A day with nothing random: even arrivals, fixed service times, nobody
// missing, no transfers, no walking, no breaks.
inline DayProfile evenDay(double perDay, double serviceSec, int bins)
{
    DayProfile p;
    p.date = QDate(2026, 12, 7);
    p.seed = 7;
    p.shapeStartMin = 9 * 60;
    p.shape.assign(size_t(bins), 1.0);
    p.evenArrivals = true;
    p.noShowRate = 0;
    p.transferRate = 0;
    p.walkSec = 0;
    p.breakMin = 0;
    p.services = {ServiceLoad{QStringLiteral("s"), perDay, serviceSec, 0.0, 0}};
    return p;
}

inline QByteArray readSource(const char *path)
{
    QFile f(QStringLiteral(NOVBE_SOURCE_DIR "/") + QLatin1String(path));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The sample centre and the sample ASAN-like day.
inline std::pair<CentreConfig, DayProfile> sampleDay()
{
    Result<CentreConfig> config = parseCentreConfig(readSource("resources/centres/baku-1.json"));
    REQUIRE(config.ok());
    Result<DayProfile> day = parseDayProfile(readSource("resources/sim/asan-day.json"), *config);
    REQUIRE(day.ok());
    return {*config, *day};
}

} // namespace novbe::sim::test
