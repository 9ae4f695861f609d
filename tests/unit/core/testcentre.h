#pragma once

// A small centre for core tests, built in code so the core's tests do not
// depend on the config loader. Times are Asia/Baku (UTC+4, no DST).

#include "core/centreconfig.h"
#include "core/queueengine.h"

#include <QDateTime>
#include <QTimeZone>

namespace novbe::test {

inline LocalizedText names(const QString &az)
{
    return {{QStringLiteral("az"), az}, {QStringLiteral("en"), az}, {QStringLiteral("ru"), az}};
}

inline ServiceConfig service(const QString &id, const QString &prefix, bool hours = true)
{
    ServiceConfig s;
    s.id = id;
    s.prefix = prefix;
    s.name = names(id);
    s.group = QStringLiteral("g");
    s.targetWaitMin = 15;
    if (hours)
        s.hours = OpeningHours{QTime(9, 0), QTime(18, 0)};
    s.defaultServiceSec = 300;
    return s;
}

// passport (A, 09-18, appointments), idcard (B, 09-18), notary (C, 09-18,
// limit 3), bank (D, always open). Counters: c1 passport x2 + idcard,
// c2 idcard, c3 notary + bank, c4 everything.
inline CentreConfig centre()
{
    CentreConfig c;
    c.centre.id = QStringLiteral("test");
    c.centre.name = names(QStringLiteral("Test"));
    c.centre.maxRecalls = 2;
    c.categories = {
        {QStringLiteral("standard"), names(QStringLiteral("standard")), 0, false, {}},
        {QStringLiteral("disability"), names(QStringLiteral("disability")), 30, true, {}},
        {QStringLiteral("elderly"), names(QStringLiteral("elderly")), 20, true, {}}};
    ServiceConfig passport = service(QStringLiteral("passport"), QStringLiteral("A"));
    passport.appointments = AppointmentSettings{true, 15, 2, 30, 10};
    ServiceConfig notary = service(QStringLiteral("notary"), QStringLiteral("C"));
    notary.dailyLimit = 3;
    notary.outcomes = {QStringLiteral("signed"), QStringLiteral("refused")};
    c.services = {passport, service(QStringLiteral("idcard"), QStringLiteral("B")), notary,
                  service(QStringLiteral("bank"), QStringLiteral("D"), false)};
    auto cs = [](const char *id, double w) { return CounterService{QString::fromLatin1(id), w}; };
    c.counters = {
        {QStringLiteral("c1"), names(QStringLiteral("1")), {cs("passport", 2), cs("idcard", 1)}},
        {QStringLiteral("c2"), names(QStringLiteral("2")), {cs("idcard", 1)}},
        {QStringLiteral("c3"), names(QStringLiteral("3")), {cs("notary", 1), cs("bank", 1)}},
        {QStringLiteral("c4"),
         names(QStringLiteral("4")),
         {cs("passport", 1), cs("idcard", 1), cs("notary", 1), cs("bank", 1)}}};
    c.devices = {
        {QStringLiteral("k1"), QStringLiteral("kiosk"), QStringLiteral("t"), {}, {}, {}, {}}};
    return c;
}

// 2026-11-30 at hh:mm:ss Baku time, as UTC.
inline QDateTime baku(int hh, int mm, int ss = 0, int dayOffset = 0)
{
    const QDateTime local(QDate(2026, 11, 30).addDays(dayOffset), QTime(hh, mm, ss),
                          QTimeZone(QByteArrayLiteral("Asia/Baku")));
    return local.toUTC();
}

// An engine whose service day is 2026-11-30, committed.
inline void startDay(QueueEngine &engine, const QDateTime &now = baku(8, 0))
{
    engine.flow().rollover(now);
    engine.commit();
}

inline IssueRequest walkIn(const QString &service,
                           const QString &category = QStringLiteral("standard"))
{
    IssueRequest r;
    r.service = service;
    r.category = category;
    r.device = QStringLiteral("k1");
    return r;
}

} // namespace novbe::test
