// The HQ dashboard (novbe-dashboard --hq) against a real PostgreSQL with two
// centres' days shipped by the uplink: the overview's figures are the
// centres' own, link state and staleness, the drill-down, the national
// report equal to the sum of the centres, CSV and PDF export, a stopped
// server (banner, last figures kept greyed), and no text cut in az, en, ru.
#include "app/appstyle.h"
#include "app/textfit.h"
#include "dashboardoptions.h"
#include "hqcentrestable.h"
#include "hqcentretab.h"
#include "hqreporttab.h"
#include "hqtestsupport.h"
#include "hqwindow.h"
#include "reporttableview.h"
#include "storetestsupport.h"
#include "waiting.h"

#include "core/kpi.h"
#include "hqschema.h"
#include "store/store.h"
#include "uplink.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <iostream>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

const QString DAY = u"2026-12-03"_s;

struct ShippedCentre
{
    CentreConfig config;
    QString path;
    Kpis kpis;      // the centre's own figures of DAY (core/kpi.h)
    int queued = 0; // waiting by its queues' last queue.changed (what its screens show)
    qint64 lastSeq = 0;
    int sum(int ServiceKpi::*figure) const
    {
        int n = 0;
        for (const ServiceKpi &s : kpis.services)
            n += s.*figure;
        return n;
    }
    int served() const { return sum(&ServiceKpi::served); }
    int issued() const { return sum(&ServiceKpi::issued); }
};

void shipAll(const HqDb &db, const ShippedCentre &c)
{
    hq::UplinkOptions o;
    o.dbPath = c.path;
    o.conninfo = db.centre(c.config.centre.id) + u" connect_timeout=2"_s;
    hq::Uplink up(c.config, o);
    hq::UplinkStep s = hq::UplinkStep::Shipped;
    for (int i = 0; s == hq::UplinkStep::Shipped && i < 10000; ++i)
        s = up.step();
    INFO(up.lastError().toStdString());
    REQUIRE(s == hq::UplinkStep::Idle);
}

ShippedCentre shippedCentre(const HqDb &db, const QString &dir, const QString &id,
                            const QString &name, int tickets)
{
    ShippedCentre c{hqCentreConfig(id), dir + u"/"_s + id + u".db"_s, {}};
    c.config.centre.name = {{u"az"_s, name}, {u"en"_s, name}};
    writeSampleDay(c.path, c.config, DAY, tickets);
    shipAll(db, c);
    auto store = Store::open(c.path, StoreOptions{true, 2000});
    REQUIRE(store.ok());
    const auto events = store.value()->dayEvents(DAY);
    c.kpis = kpisFromEvents(c.config, events);
    QHash<QString, int> queues;
    for (const DomainEvent &e : events) {
        if (e.type == EventType::QueueChanged)
            queues[e.service] = e.waitingCount;
    }
    for (int n : queues)
        c.queued += n;
    c.lastSeq = store.value()->lastSeq();
    REQUIRE(c.served() > 0);
    REQUIRE(c.queued > 0);
    return c;
}

// One more citizen at `c` (a ticket.issued), shipped; the centre's last seq.
qint64 issueOne(const HqDb &db, const ShippedCentre &c)
{
    {
        auto store = Store::open(c.path);
        REQUIRE(store.ok());
        SampleJournal journal(DAY, store.value()->lastSeq());
        const std::vector<Outcome> one{journal.issue(u"passport"_s)};
        REQUIRE(store.value()->writeBatch(pointers(one), c.config).ok());
    }
    shipAll(db, c);
    auto store = Store::open(c.path, StoreOptions{true, 2000});
    REQUIRE(store.ok());
    return store.value()->lastSeq();
}

int rowOf(const HqCentresTable *t, const QString &id)
{
    for (int r = 0; r < t->rowCount(); ++r) {
        if (t->centreAt(r) == id)
            return r;
    }
    return -1;
}

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text() : u"<none>"_s;
}

int rowNamed(const QTableWidget *t, const QString &name)
{
    for (int r = 0; r < t->rowCount(); ++r) {
        if (cell(t, r, 0) == name)
            return r;
    }
    return -1;
}

bool refreshed(HqFeed &feed, const std::function<bool(const HqSnapshot &)> &done)
{
    return waitUntil([&] { return feed.linkUp() && done(feed.snapshot()); }, 15000);
}

void saveShot(QWidget &w, const QString &name, const QString &lang)
{
    const QString dir = qEnvironmentVariable("NOVBE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(u"%1/hq-%2-%3.png"_s.arg(dir, name, lang));
}

void requireNothingCut(HqWindow &w, const QString &lang)
{
    w.setLanguage(lang);
    for (int tab = 0; tab < w.tabs()->count(); ++tab) {
        w.tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        const QStringList cut = cutTexts(&w);
        INFO(lang.toStdString() << " tab " << tab << ": " << cut.join(u"\n"_s).toStdString());
        CHECK(cut.isEmpty());
    }
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"<failed>"_s;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("the HQ dashboard shows every centre, a centre's day and national reports", "[gui][hq]")
{
    NOVBE_REQUIRE_PG(pg);
    QTemporaryDir dir;
    static int runs = 0; // each SECTION runs the case again: a database of its own
    const HqDb db = freshHq(pg, u"hqdash%1"_s.arg(++runs), {u"seki"_s, u"agdas"_s, u"bus-9"_s});
    {
        auto admin = hq::PgConnection::connect(db.admin());
        REQUIRE(admin.ok());
        REQUIRE(hq::addReader(*admin.value(), u"dash_reader"_s).ok());
    }
    const ShippedCentre seki = shippedCentre(db, dir.path(), u"seki"_s, u"Şəki ASAN xidmət"_s, 40);
    const ShippedCentre agdas = shippedCentre(db, dir.path(), u"agdas"_s, u"Ağdaş ƏĞ ofisi"_s, 25);
    // agdas last heard from five minutes ago; bus-9 never connected.
    query(db.admin(),
          u"UPDATE hq.centres SET shipped_at = now() - interval '5 min 10 s', "
          "hello_at = now() - interval '5 min 10 s' WHERE centre_id = 'agdas'"_s);

    applyAppStyle(*qApp, u"dashboard"_s, 15); // as novbe-dashboard --hq
    HqFeed feed({db.as(u"dash_reader"_s), {}, 1000});
    HqWindow w(&feed, hq::PgConnection::describe(db.as(u"dash_reader"_s)), u"en"_s);
    w.resize(1920, 1080);
    w.show();
    w.start();
    REQUIRE(refreshed(feed, [](const HqSnapshot &s) { return s.centres.size() == 3; }));
    QApplication::processEvents();

    SECTION("overview: the centres' own figures, link state and staleness")
    {
        const HqCentresTable *t = w.centres();
        REQUIRE(t->rowCount() == 3);
        for (const ShippedCentre *c : {&seki, &agdas}) {
            const int r = rowOf(t, c->config.centre.id);
            REQUIRE(r >= 0);
            INFO(c->config.centre.id.toStdString());
            CHECK(cell(t, r, 0) == c->config.centre.name.value(u"az"_s));
            CHECK(cell(t, r, 3) == QString::number(c->queued));
            CHECK(cell(t, r, 5) == QString::number(c->served()));
            CHECK(cell(t, r, 2).endsWith(u" ago"_s));
        }
        CHECK(cell(t, rowOf(t, u"seki"_s), 1) == u"Live"_s);
        CHECK(cell(t, rowOf(t, u"agdas"_s), 1) == u"Quiet for 5 min"_s);
        CHECK(cell(t, rowOf(t, u"bus-9"_s), 1) == u"Never connected"_s);
        CHECK(cell(t, rowOf(t, u"bus-9"_s), 2) == u"–"_s);
        CHECK(w.refreshedLabel()->text().startsWith(u"Last refreshed "_s));
        CHECK_FALSE(w.banner()->isVisible());
    }

    SECTION("drill-down: a centre's services and operators of its day")
    {
        w.showCentre(u"seki"_s);
        REQUIRE(refreshed(feed, [](const HqSnapshot &s) {
            return s.centreId == u"seki"_s && !s.services.empty();
        }));
        QApplication::processEvents();
        CHECK(w.centreTab()->centres()->currentData().toString() == u"seki"_s);
        const QTableWidget *services = w.centreTab()->services();
        for (const ServiceKpi &k : seki.kpis.services) {
            if (k.issued == 0 && k.served == 0)
                continue;
            const int r = rowNamed(services, k.id);
            INFO(k.id.toStdString());
            REQUIRE(r >= 0);
            CHECK(cell(services, r, 1) == QString::number(k.issued));
            CHECK(cell(services, r, 2) == QString::number(k.served));
        }
        const int total = rowNamed(services, u"All services"_s);
        REQUIRE(total >= 0);
        CHECK(cell(services, total, 2) == QString::number(seki.served()));
        CHECK(w.centreTab()->operators()->rowCount() > 0);
        saveShot(w, u"centre"_s, u"en"_s);
    }

    SECTION("the national report is the sum of the centres; CSV and PDF")
    {
        QSignalSpy shown(w.reportTab(), &HqReportTab::reportShown);
        w.reportTab()->setRange(QDate::fromString(DAY, Qt::ISODate),
                                QDate::fromString(DAY, Qt::ISODate));
        w.reportTab()->request();
        REQUIRE(waitUntil([&] { return shown.count() > 0; }, 15000));
        const HqReport &r = *w.reportTab()->report();
        qint64 issued = 0;
        qint64 served = 0;
        for (const hq::NationalLine &l : r.services) {
            issued += l.issued;
            served += l.served;
        }
        CHECK(issued == seki.issued() + agdas.issued());
        CHECK(served == seki.served() + agdas.served());
        REQUIRE(r.centres.size() == 2);
        for (const hq::NationalLine &l : r.centres) {
            const ShippedCentre &c = l.key == u"seki"_s ? seki : agdas;
            CHECK(l.issued == c.issued());
            CHECK(l.served == c.served());
            CHECK(l.name == c.config.centre.name.value(u"az"_s));
        }
        for (size_t i = 0; i < seki.kpis.services.size(); ++i) {
            const QString id = seki.kpis.services[i].id;
            qint64 national = 0;
            for (const hq::NationalLine &l : r.services)
                national = l.key == id ? l.served : national;
            INFO(id.toStdString());
            CHECK(national == seki.kpis.services[i].served + agdas.kpis.services[i].served);
        }
        w.tabs()->setCurrentWidget(w.reportTab());
        saveShot(w, u"report"_s, u"en"_s);

        w.setLanguage(u"az"_s);
        const QString csvPath = dir.path() + u"/national.csv"_s;
        REQUIRE(w.reportTab()->exportCsv(csvPath));
        QFile csv(csvPath);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        CHECK(text.contains(u"Şəki ASAN xidmət (seki)"_s));
        CHECK(text.contains(u"Ağdaş ƏĞ ofisi (agdas)"_s));
        CHECK(text.contains(u"\r\n"_s));
        CHECK(text.count(u"\r\n"_s)
              == int(1 + r.services.size() + 1 + r.centres.size() + r.operators.size()));
        const QString pdfPath = dir.path() + u"/national.pdf"_s;
        REQUIRE(w.reportTab()->exportPdf(pdfPath));
        const QString pdfText = run(u"pdftotext"_s, {pdfPath, u"-"_s});
        CHECK(pdfText.contains(u"Növbə"_s));
        CHECK(pdfText.contains(u"Şəki ASAN xidmət"_s));
        const QString shots = qEnvironmentVariable("NOVBE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) // the first page, as the centre report's
            run(u"pdftoppm"_s,
                {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, pdfPath,
                 shots + u"/hq-report-pdf-az"_s});
    }

    SECTION("a new ticket at a centre reaches the screen within a refresh")
    {
        REQUIRE(feed.snapshot().centres.front().id == u"agdas"_s);
        CHECK(feed.snapshot().centres.front().lastSeq == agdas.lastSeq);
        const qint64 last = issueOne(db, agdas);
        REQUIRE(last > agdas.lastSeq);
        QElapsedTimer shown;
        shown.start();
        REQUIRE(refreshed(
            feed, [last](const HqSnapshot &s) { return s.centres.front().lastSeq == last; }));
        QApplication::processEvents();
        CHECK(cell(w.centres(), rowOf(w.centres(), u"agdas"_s), 1) == u"Live"_s);
        // A figure, not a limit: at most the refresh period plus a query.
        std::cout << "FIGURE hq dashboard: shipped ticket on screen after " << shown.elapsed()
                  << " ms (refresh every " << feed.refreshMs() << " ms)" << std::endl;
    }

    SECTION("HQ's server stopped: banner, the last figures kept greyed; back when it returns")
    {
        const QString served = cell(w.centres(), rowOf(w.centres(), u"seki"_s), 5);
        QSignalSpy link(&feed, &HqFeed::linkChanged);
        pg->stop();
        feed.refreshNow();
        REQUIRE(waitUntil([&] { return w.banner()->isVisible(); }, 15000));
        CHECK_FALSE(feed.linkUp());
        CHECK(w.showsStale());
        CHECK(w.centres()->rowCount() == 3);
        CHECK(cell(w.centres(), rowOf(w.centres(), u"seki"_s), 5) == served);
        CHECK(w.banner()->text().contains(u"not updated"_s));
        QApplication::processEvents();
        const QStringList cut = cutTexts(&w);
        INFO(cut.join(u"\n"_s).toStdString());
        CHECK(cut.isEmpty());
        saveShot(w, u"linklost"_s, u"en"_s);
        REQUIRE(pg->start());
        REQUIRE(waitUntil([&] { return feed.linkUp() && !w.banner()->isVisible(); }, 20000));
        CHECK_FALSE(w.showsStale());
    }

    SECTION("no text is cut in az, en, ru; screenshots")
    {
        w.showCentre(u"seki"_s);
        REQUIRE(refreshed(feed, [](const HqSnapshot &s) { return s.centreId == u"seki"_s; }));
        QSignalSpy shown(w.reportTab(), &HqReportTab::reportShown);
        w.reportTab()->setRange(QDate::fromString(DAY, Qt::ISODate),
                                QDate::fromString(DAY, Qt::ISODate));
        w.reportTab()->request();
        REQUIRE(waitUntil([&] { return shown.count() > 0; }, 15000));
        for (const QString &lang : {u"az"_s, u"en"_s, u"ru"_s}) {
            requireNothingCut(w, lang);
            const QStringList names{u"overview"_s, u"centre"_s, u"report"_s};
            for (int tab = 0; tab < 3; ++tab) {
                w.tabs()->setCurrentIndex(tab);
                QApplication::processEvents();
                saveShot(w, names[tab], lang);
            }
        }
    }
}

TEST_CASE("--hq: the command line is checked before any window; the password never shown",
          "[gui][hq]")
{
    int code = 0;
    auto parse = [&code](QStringList args) {
        args.prepend(u"novbe-dashboard"_s);
        return parseDashboardOptions(args, &code);
    };
    CHECK_FALSE(parse({u"--hq"_s, u"host=hq port"_s}));
    CHECK(code == 2);
    CHECK_FALSE(parse({u"--hq"_s, u""_s}));
    CHECK_FALSE(parse({u"--hq"_s, u"dbname=x"_s, u"--refresh-ms"_s, u"100"_s}));
    CHECK_FALSE(parse({u"--hq"_s, u"dbname=x"_s, u"--hq-password-file"_s, u"/nonexistent/pw"_s}));
    QTemporaryDir dir;
    QFile pw(dir.filePath(u"pw"_s));
    REQUIRE(pw.open(QIODevice::WriteOnly));
    pw.write("s3cret\n");
    pw.close();
    // No engine device or token needed with --hq.
    const auto o = parse({u"--hq"_s, u"postgresql://dash@hq.example.az:5433/novbe_hq"_s,
                          u"--hq-password-file"_s, pw.fileName(), u"--lang"_s, u"ru"_s});
    REQUIRE(o);
    CHECK(o->hqPassword == "s3cret");
    CHECK(o->refreshMs == 2000);
    CHECK(o->lang == u"ru"_s);
    CHECK(hq::PgConnection::describe(u"postgresql://dash:s3cret@hq.example.az:5433/novbe_hq"_s)
          == u"dash@hq.example.az:5433/novbe_hq"_s);
    CHECK(hq::PgConnection::describe(u"host=hq dbname=novbe_hq user=dash password=s3cret"_s)
          == u"dash@hq/novbe_hq"_s);
}
