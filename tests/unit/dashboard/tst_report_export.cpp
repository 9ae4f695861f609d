// The report's CSV, byte for byte against a fixture: UTF-8 with a byte order
// mark (Ə, Ş, Ğ in the names), RFC 4180 quoting, CRLF line ends, seconds and
// decimal points for spreadsheets, headers in Azerbaijani.
#include "reportexport.h"

#include "app/pausereasons.h"
#include "app/translations.h"
#include "protocol/readmodel.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace novbe;
using namespace Qt::StringLiterals;

namespace {

LocalizedText az(const QString &text)
{
    return {{u"az"_s, text}, {u"en"_s, u"(en) "_s + text}, {u"ru"_s, u"(ru) "_s + text}};
}

CentreView fixtureCentre()
{
    CentreView c;
    c.centre.name = az(u"ASAN xidmət Bakı №1"_s);
    ServiceView passport;
    passport.id = u"passport"_s;
    passport.name = az(u"Şəxsiyyət vəsiqəsi"_s);
    ServiceView permit;
    permit.id = u"permit"_s;
    permit.name = az(u"Yaşayış icazəsi, \"müvəqqəti\""_s);
    c.services = {passport, permit};
    c.categories = {CategoryView{u"standard"_s, az(u"Ümumi"_s), 0, false, {}}};
    CounterView counter;
    counter.id = u"c01"_s;
    counter.name = az(u"Masa 1"_s);
    c.counters = {counter};
    return c;
}

ReportRow row(const QString &key, int issued, int served, int noShow, int avgWait)
{
    ReportRow r;
    r.key = key;
    r.issued = issued;
    r.served = served;
    r.noShow = noShow;
    r.noShowPct = served + noShow ? std::round(1000.0 * noShow / (served + noShow)) / 10 : 0;
    r.called = served + noShow;
    r.calledInTarget = served;
    r.slaPct = r.called ? std::round(1000.0 * served / r.called) / 10 : 100;
    r.avgWaitSec = avgWait;
    r.p90WaitSec = avgWait * 2;
    r.maxWaitSec = avgWait * 3;
    r.avgServiceSec = 300;
    return r;
}

Report fixtureReport()
{
    Report r;
    r.from = u"2026-11-01"_s;
    r.to = u"2026-11-30"_s;
    r.days = 30;
    r.services = {row(u"passport"_s, 120, 100, 20, 610), row(u"permit"_s, 0, 0, 0, 0)};
    r.services[0].feedbackCount = 3;
    r.services[0].avgRating = 4.67;
    r.total = row(QString(), 120, 100, 20, 610);
    r.counters = {row(u"c01"_s, 0, 100, 20, 610)};
    r.counters[0].pauseSec = 3600;
    r.counters[0].pauses = {PauseTotal{u"lunch"_s, 2700}, PauseTotal{u"break"_s, 900}};
    r.operators = {row(u"op1"_s, 0, 100, 20, 610)};
    r.operators[0].name = u"Əliyev, \"Ağa\""_s;
    r.categories = {row(u"standard"_s, 120, 100, 20, 610)};
    r.hours = {row(u"09"_s, 120, 100, 20, 610)};
    return r;
}

} // namespace

TEST_CASE("report CSV is byte-exact: BOM, RFC 4180 quoting, az names", "[dashboard][report]")
{
    Translations::ofCatalog(u"dashboard"_s).install(u"az"_s);
    Translations::ofCatalog(PauseReasons::catalog()).install(u"az"_s);
    const QByteArray csv = reportCsv(fixtureReport(), fixtureCentre(), u"az"_s);
    Translations::ofCatalog(u"dashboard"_s).install(u"en"_s);
    Translations::ofCatalog(PauseReasons::catalog()).install(u"en"_s);
    QFile fixture(QStringLiteral(NOVBE_SOURCE_DIR "/tests/unit/dashboard/fixtures/report-az.csv"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    const QByteArray expected = fixture.readAll();
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    if (qEnvironmentVariableIsSet("NOVBE_WRITE_FIXTURE")) {
        QFile out(u"/tmp/report-az.csv"_s);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(csv);
    }
    CHECK(csv == expected);
}

TEST_CASE("CSV fields are quoted only when RFC 4180 needs it", "[dashboard][report]")
{
    CHECK(csvField(u"Ərizə"_s) == u"Ərizə"_s);
    CHECK(csvField(u"a,b"_s) == u"\"a,b\""_s);
    CHECK(csvField(u"say \"hi\""_s) == u"\"say \"\"hi\"\"\""_s);
    CHECK(csvField(u"two\nlines"_s) == u"\"two\nlines\""_s);
    CHECK(csvField(QString()) == QString());
}
