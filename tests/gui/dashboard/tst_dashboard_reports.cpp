// The Reports and Charts tabs against a real engine: the report of today
// agrees with the live counters (stats.today), the CSV and PDF export (the
// PDF turned into PNG and text with poppler), and no text cut in az, en, ru.
#include "app/textfit.h"
#include "chartstab.h"
#include "dashboardharness.h"
#include "reportstab.h"
#include "testcentre.h"
#include "waiting.h"

#include "protocol/readmodelcodec.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

void saveShot(QWidget &w, const QString &tab, const QString &lang)
{
    const QString dir = qEnvironmentVariable("NOVBE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(u"%1/dashboard-%2-%3.png"_s.arg(dir, tab, lang));
}

bool showReport(DashboardWindow &w)
{
    QSignalSpy shown(w.reportsTab(), &ReportsTab::reportShown);
    w.reportsTab()->request();
    return waitUntil([&shown] { return shown.count() > 0; });
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"<failed: "_s + QString::fromUtf8(p.readAllStandardError()) + u">"_s;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The rest of the morning after the hall's: every 9 minutes three citizens
// come, c01 and c03 finish and call the next (for the charts to have a day).
void playBusyMorning(DashboardHall &hall)
{
    const QStringList services{u"passport"_s, u"taxpayerRegistration"_s, u"socialBenefit"_s};
    for (int round = 0; round < 10; ++round) {
        REQUIRE(hall.advanceClock(9 * 60));
        for (const QString &service : services)
            okCall(hall.kiosk(), u"ticket.issue"_s, {{u"service"_s, service}});
        for (size_t desk : {size_t(0), size_t(2)}) {
            hall.desk(desk).call(u"counter.finish"_s);
            hall.desk(desk).call(u"counter.callNext"_s);
            hall.desk(desk).call(u"counter.start"_s);
        }
    }
}

} // namespace

TEST_CASE("today's report is the live counters' figures, from the journal", "[gui][dashboard]")
{
    DashboardHall hall;
    REQUIRE(hall.start());
    DashboardWindow &w = hall.openDashboard(u"en"_s);
    REQUIRE(showReport(w));
    const Report &report = *w.reportsTab()->report();
    const auto stats = decode<StatsView>(okCall(hall.manager(), u"stats.today"_s));
    REQUIRE(stats);
    REQUIRE(report.services.size() == stats->kpis.services.size());
    int issued = 0;
    for (size_t i = 0; i < report.services.size(); ++i) {
        const ServiceKpi &live = stats->kpis.services[i];
        const ReportRow &row = report.services[i];
        INFO(live.id.toStdString());
        CHECK(row.key == live.id);
        CHECK(row.issued == live.issued);
        CHECK(row.served == live.served);
        CHECK(row.noShow == live.noShow);
        CHECK(row.cancelled == live.cancelled);
        CHECK(row.called == live.called);
        CHECK(row.calledInTarget == live.calledInTarget);
        CHECK(row.avgWaitSec == live.avgWaitSec);
        CHECK(row.maxWaitSec == live.maxWaitSec);
        CHECK(row.avgServiceSec == live.avgServiceSec);
        issued += live.issued;
    }
    CHECK(issued == 13);
    CHECK(report.total.issued == 13);
    CHECK(report.total.feedbackCount == stats->kpis.feedbackCount);
    // The table shows it: the services' tab, passport issued 6, served 1.
    const auto *services = qobject_cast<QTableWidget *>(w.reportsTab()->groups()->widget(0));
    REQUIRE(services);
    bool found = false;
    for (int r = 0; r < services->rowCount(); ++r) {
        if (services->item(r, 0)->text() == u"Passport"_s) {
            found = true;
            CHECK(services->item(r, 1)->text() == u"6"_s);
            CHECK(services->item(r, 2)->text() == u"1"_s);
            CHECK(services->item(r, 9)->text() == u"6 min"_s);
        }
    }
    CHECK(found);
}

TEST_CASE("the report exports to CSV and to a PDF with pages and the title", "[gui][dashboard]")
{
    DashboardHall hall;
    REQUIRE(hall.start());
    DashboardWindow &w = hall.openDashboard(u"az"_s);
    REQUIRE(showReport(w));
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"report.csv"_s);
    const QString pdf = dir.filePath(u"report.pdf"_s);
    REQUIRE(w.reportsTab()->exportCsv(csv));
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes).contains(u"Ümumvətəndaş pasportu"_s));
    REQUIRE(w.reportsTab()->exportPdf(pdf));
    const QString text = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    INFO(text.left(600).toStdString());
    CHECK(text.contains(u"ASAN"_s));
    CHECK(text.contains(u"Hesabat"_s));
    CHECK(text.contains(u"Ümumvətəndaş pasportu"_s));
    const QString prefix = dir.filePath(u"page"_s);
    run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, pdf, prefix});
    const QStringList pages = QDir(dir.path()).entryList({u"page*.png"_s});
    CHECK(pages.size() >= 3); // tables, then two pages of charts
    const QString keep = qEnvironmentVariable("NOVBE_SCREENSHOT_DIR");
    if (!keep.isEmpty()) {
        run(u"pdftoppm"_s,
            {u"-png"_s, u"-r"_s, u"80"_s, u"-f"_s, u"1"_s, u"-l"_s, u"3"_s, pdf,
             keep + u"/dashboard-report-pdf-az"_s});
    }
}

TEST_CASE("reports and charts tabs cut no text in az, en, ru", "[gui][dashboard]")
{
    DashboardHall hall(History::LastWeek); // the charts' week-ago lines have data
    REQUIRE(hall.start());
    playBusyMorning(hall);
    DashboardWindow &w = hall.openDashboard(u"az"_s);
    REQUIRE(showReport(w));
    QSignalSpy drawn(w.chartsTab(), &ChartsTab::drawn);
    w.chartsTab()->refresh();
    REQUIRE(waitUntil([&drawn] { return drawn.count() > 0; }));
    CHECK(w.chartsTab()->today()->quarters.size() >= 8);
    REQUIRE(w.chartsTab()->weekAgo().has_value());
    CHECK(w.chartsTab()->weekAgo()->quarters.size() >= 12); // 09:00-12:30
    CHECK(w.chartsTab()->weekAgo()->total.served > 0);
    const std::map<QString, QString> reportsTitle{
        {u"az"_s, u"Hesabatlar"_s}, {u"en"_s, u"Reports"_s}, {u"ru"_s, u"Отчёты"_s}};
    for (const QString &lang : QStringList{u"en"_s, u"ru"_s, u"az"_s}) {
        INFO("language " << lang.toStdString());
        w.setLanguage(lang);
        QApplication::processEvents();
        const int reports = w.tabs()->indexOf(w.reportsTab());
        CHECK(w.tabs()->tabText(reports) == reportsTitle.at(lang));
        for (QWidget *tab :
             {static_cast<QWidget *>(w.reportsTab()), static_cast<QWidget *>(w.chartsTab())}) {
            w.tabs()->setCurrentWidget(tab);
            QApplication::processEvents();
            saveShot(w, tab == w.chartsTab() ? u"charts"_s : u"reports"_s, lang);
            const QStringList cut = cutTexts(&w);
            INFO(cut.join(u'\n').toStdString());
            CHECK(cut.isEmpty());
        }
    }
}
