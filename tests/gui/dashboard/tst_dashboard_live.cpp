// The dashboard against a real engine: the live overview shows the morning's
// figures, switches language at run time, and cuts no label or table cell in
// az, en or ru on any tab.
#include "app/textfit.h"
#include "dashboardharness.h"
#include "waiting.h"

#include "alertbell.h"
#include "countersgrid.h"
#include "kpicardsview.h"
#include "peopletables.h"
#include "servicestable.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>

#include <catch2/catch.hpp>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

// The row of the table whose column 0 reads `name`, or -1.
int rowNamed(const QTableWidget *table, const QString &name)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text() == name)
            return r;
    }
    return -1;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

const std::array<QString, 3> TAB_NAMES{u"overview"_s, u"operators"_s, u"devices"_s};

// With NOVBE_SCREENSHOT_DIR set, the window as a PNG (to look at it).
void saveShot(QWidget &w, int tab, const QString &lang)
{
    const QString dir = qEnvironmentVariable("NOVBE_SCREENSHOT_DIR");
    if (!dir.isEmpty() && size_t(tab) < TAB_NAMES.size()) // the actions tab: tst_dashboard_actions
        w.grab().save(u"%1/dashboard-%2-%3.png"_s.arg(dir, TAB_NAMES.at(size_t(tab)), lang));
}

} // namespace

TEST_CASE("the live overview shows the morning as the engine counts it", "[gui][dashboard]")
{
    DashboardHall hall;
    REQUIRE(hall.start());
    DashboardWindow &w = hall.openDashboard(u"en"_s);
    REQUIRE(hall.refreshed());

    // 13 issued, 1 served, 1 being served: 11 waiting.
    CHECK(w.cards()->valueText(0) == u"11"_s);
    CHECK(w.cards()->valueText(2) == u"1"_s);
    CHECK(w.cards()->valueText(5) == u"5.0 ★"_s);
    // The journal has nothing a week ago: more waiting and served than then.
    REQUIRE(waitUntil([&w] { return !w.cards()->trendText(0).isEmpty(); }));
    CHECK(w.cards()->trendText(0) == u"▲ a week ago: 0"_s);
    CHECK(w.cards()->trendText(2) == u"▲ a week ago: 0"_s);
    CHECK(w.cards()->trendText(3).isEmpty()); // nobody was called a week ago
    const ServicesTable *services = w.servicesTable();
    const int passport = rowNamed(services, u"Passport"_s);
    REQUIRE(passport >= 0);
    CHECK(cell(services, passport, 1) == u"4"_s);     // 6 issued, 2 called
    CHECK(cell(services, passport, 4) == u"6 min"_s); // average service
    CHECK(cell(services, passport, 7) == u"6 / 1"_s); // issued / served
    CHECK(cell(services, passport, 8) == u"3"_s);     // c01, c02 (paused), c03 open
    CHECK(services->item(passport, 0)->toolTip() == u"Passport"_s);
    // Nobody serves residence permits: that queue does not clear today.
    const int permit = rowNamed(services, u"Temporary and permanent residence permit"_s);
    REQUIRE(permit >= 0);
    CHECK(cell(services, permit, 9) == u"not at this pace"_s);
    CHECK(cell(services, permit, 10) == u"10:22"_s); // stop issuing now

    CHECK(w.countersGrid()->tileText(0).contains(u"serving"_s));
    CHECK(w.countersGrid()->tileText(0).contains(u"12 min"_s)); // at its ticket since 10:10
    CHECK(w.countersGrid()->tileText(1).contains(u"Lunch · 12 min"_s));
    CHECK(w.countersGrid()->tileText(2).contains(u"idle while citizens wait"_s));

    const OperatorsTable *ops = w.operatorsTable();
    const int aysel = rowNamed(ops, u"Aysel Məmmədova"_s);
    REQUIRE(aysel >= 0);
    CHECK(cell(ops, aysel, 2) == u"1"_s);
    CHECK(cell(ops, aysel, 3) == u"6 min"_s);
    CHECK(cell(ops, aysel, 6) == u"5.0 ★"_s);
    const int rashad = rowNamed(ops, u"Rəşad Əliyev"_s);
    REQUIRE(rashad >= 0);
    CHECK(cell(ops, rashad, 7) == u"12 min"_s); // still on lunch
    CHECK(cell(ops, rashad, 8) == u"Lunch 12 min"_s);

    const DevicesTable *devices = w.devicesTable();
    const int kiosk = rowNamed(devices, u"kiosk-1"_s);
    REQUIRE(kiosk >= 0);
    CHECK(cell(devices, kiosk, 2) == u"online"_s);
    CHECK(cell(devices, kiosk, 3) == u"paper low"_s);
    const int hallDisplay = rowNamed(devices, u"display-hall"_s);
    REQUIRE(hallDisplay >= 0);
    CHECK(cell(devices, hallDisplay, 2) == u"offline"_s);
}

namespace {

int unacknowledged(DashboardWindow &w)
{
    int n = 0;
    for (const Alert &a : w.model().alerts())
        n += a.ackedAt.isValid() ? 0 : 1;
    return n;
}

QString alertTexts(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out.join(u"\n---\n"_s);
}

} // namespace

TEST_CASE("the engine's alerts show with a sound until a manager acknowledges them",
          "[gui][dashboard][alerts]")
{
    DashboardHall hall;
    REQUIRE(hall.start());
    DashboardWindow &w = hall.openDashboard(u"en"_s);
    REQUIRE(waitUntil([&w] { return w.model().alerts().size() >= 3; }));
    const QString shown = alertTexts(w.alertsList());
    INFO(shown.toStdString());
    CHECK(shown.contains(u"kiosk-1 is low on paper"_s));
    CHECK(shown.contains(u"has been idle for over 2 min while citizens wait"_s));
    CHECK(shown.contains(
        u"Temporary and permanent residence permit: the queue will not clear by closing time"_s));
    CHECK(w.countersGrid()->tileText(2).contains(u"idle while citizens wait"_s));
    CHECK(w.bell()->rings() >= 1); // new alerts rang
    CHECK(w.bell()->repeating());  // and ring again until acknowledged
    REQUIRE(w.acknowledgeButton()->isEnabled());

    while (unacknowledged(w) > 0) {
        const int before = unacknowledged(w);
        w.acknowledgeButton()->click();
        REQUIRE(waitUntil([&w, before] { return unacknowledged(w) < before; }));
    }
    CHECK_FALSE(w.acknowledgeButton()->isEnabled());
    CHECK_FALSE(w.bell()->repeating());
    CHECK(alertTexts(w.alertsList()).contains(u"✓ acknowledged by dashboard-1 at"_s));
}

TEST_CASE("the dashboard switches language at run time and cuts no text", "[gui][dashboard]")
{
    // Last week's same day played first: the cards' week-ago trends have
    // figures (and their text must fit too); the alerts are in.
    DashboardHall hall(History::LastWeek);
    REQUIRE(hall.start());
    DashboardWindow &w = hall.openDashboard(u"az"_s);
    REQUIRE(hall.refreshed());
    REQUIRE(waitUntil([&w] { return w.model().alerts().size() >= 3; }));
    REQUIRE(waitUntil([&w] { return w.model().cards().weekAgo.has_value(); }));
    CHECK(w.model().cards().weekAgo->served > 0);
    const std::map<QString, std::pair<QString, QString>> expected{
        // language -> (overview tab, passport's name)
        {u"az"_s, {u"Ümumi baxış"_s, u"Ümumvətəndaş pasportu"_s}},
        {u"en"_s, {u"Overview"_s, u"Passport"_s}},
        {u"ru"_s, {u"Обзор"_s, u"Общегражданский паспорт"_s}},
    };
    for (const QString &lang : QStringList{u"en"_s, u"ru"_s, u"az"_s}) {
        INFO("language " << lang.toStdString());
        w.setLanguage(lang);
        QApplication::processEvents();
        CHECK(w.tabs()->tabText(0) == expected.at(lang).first);
        CHECK(rowNamed(w.servicesTable(), expected.at(lang).second) >= 0);
        for (int tab = 0; tab < w.tabs()->count(); ++tab) {
            w.tabs()->setCurrentIndex(tab);
            QApplication::processEvents();
            saveShot(w, tab, lang);
            const QStringList cut = cutTexts(&w);
            INFO("tab " << tab << ":\n" << cut.join(u'\n').toStdString());
            CHECK(cut.isEmpty());
        }
        w.tabs()->setCurrentIndex(0);
    }
}

TEST_CASE("the fit check finds a cut label and a cut cell", "[gui][dashboard]")
{
    QWidget root;
    root.resize(400, 300);
    auto *label = new QLabel(u"Ən uzun gözləmə müddəti"_s, &root);
    label->setGeometry(0, 0, 60, 20);
    auto *table = new QTableWidget(1, 1, &root);
    table->setGeometry(0, 40, 300, 200);
    table->setHorizontalHeaderLabels({u"Xidmət"_s});
    table->setItem(0, 0, new QTableWidgetItem(u"Vergi ödəyicisi kimi uçota alınma (VÖEN)"_s));
    table->setColumnWidth(0, 50);
    root.show();
    QApplication::processEvents();
    const QStringList cut = cutTexts(&root);
    INFO(cut.join(u'\n').toStdString());
    CHECK(cut.filter(u"QLabel"_s).size() == 1);
    CHECK(cut.filter(u"cell"_s).size() == 1);
    label->setGeometry(0, 0, 380, 30);
    table->setColumnWidth(0, 290);
    table->resizeRowsToContents();
    QApplication::processEvents();
    CHECK(cutTexts(&root).isEmpty());
}
