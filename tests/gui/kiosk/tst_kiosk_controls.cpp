// The kiosk and the manager's controls (docs/kiosk.md, docs/dashboard.md
// "Actions tab"): a service the manager closes greys out at once — on the
// service.changed event, long before the kiosk's 60 s reload — says "Closed
// today", and explains itself when touched; one past today's cut-off says
// "No new tickets after HH:MM"; reopened, it is a normal tile again.

#include "kioskharness.h"
#include "kiosktestsupport.h"

#include "kioskwindow.h"
#include "messagepage.h"
#include "tile.h"
#include "tilegridpage.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

// Well under the kiosk's 60 s centre reload: only the event can be this quick.
constexpr int AT_ONCE_MS = 5000;

} // namespace

TEST_CASE("kiosk: a service the manager closes greys out at once and explains itself",
          "[gui][kiosk][controls]")
{
    EngineProcess engine(sampleConfigPath(),
                         EngineProcessOptions::running(kioskMorning())); // 10:30 Baku
    REQUIRE(engine.start());
    QTemporaryDir dir;
    auto kiosk = makeKiosk(engine.port(), u"file:"_s + dir.filePath(u"printed.bin"_s));
    REQUIRE(kiosk);
    KioskWindow *w = kiosk->window();
    REQUIRE(waitUntil([w] { return w->page() == KioskWindow::Page::Start; }));
    Manager manager(engine.port());
    REQUIRE(manager.ready());
    w->setLanguage(u"en"_s);
    w->showGroup(u"interior"_s);
    REQUIRE(w->page() == KioskWindow::Page::Services);
    Tile *passport = w->servicesPage()->tile(u"passport"_s);
    REQUIRE(passport);
    CHECK(passport->kind() == u"normal"_s);

    REQUIRE(
        manager.call(u"service.setOpen"_s, {{u"service"_s, u"passport"_s}, {u"open"_s, false}}).ok);
    REQUIRE(waitUntil([&] { return w->servicesPage()->tile(u"passport"_s)->kind() == u"closed"_s; },
                      AT_ONCE_MS));
    CHECK(w->servicesPage()->tile(u"passport"_s)->subtitle() == u"Closed today"_s);
    REQUIRE(
        manager
            .call(u"service.setCutoff"_s, {{u"service"_s, u"idCard"_s}, {u"cutoff"_s, u"10:00"_s}})
            .ok);
    REQUIRE(waitUntil([&] { return w->servicesPage()->tile(u"idCard"_s)->kind() == u"closed"_s; },
                      AT_ONCE_MS));
    CHECK(w->servicesPage()->tile(u"idCard"_s)->subtitle() == u"No new tickets after 10:00"_s);

    const std::map<QString, std::pair<QString, QString>> texts{
        {u"az"_s, {u"Bu gün bağlıdır"_s, u"Yeni bilet verilmir (son saat 10:00)"_s}},
        {u"en"_s, {u"Closed today"_s, u"No new tickets after 10:00"_s}},
        {u"ru"_s, {u"Сегодня закрыто"_s, u"Новых талонов после 10:00 нет"_s}}};
    for (const auto &[lang, expected] : texts) {
        INFO("language " << lang.toStdString());
        w->setLanguage(lang);
        w->showGroup(u"interior"_s);
        QApplication::processEvents();
        CHECK(w->servicesPage()->tile(u"passport"_s)->subtitle() == expected.first);
        CHECK(w->servicesPage()->tile(u"idCard"_s)->subtitle() == expected.second);
    }

    w->setLanguage(u"en"_s);
    w->showGroup(u"interior"_s);
    QTest::mouseClick(w->servicesPage()->tile(u"passport"_s), Qt::LeftButton);
    REQUIRE(w->page() == KioskWindow::Page::Message);
    CHECK(w->messagePage()->title() == u"This service is closed today"_s);
    CHECK(w->messagePage()->body().contains(u"No new tickets are given for Passport today"_s));

    REQUIRE(
        manager.call(u"service.setOpen"_s, {{u"service"_s, u"passport"_s}, {u"open"_s, true}}).ok);
    w->showGroup(u"interior"_s);
    REQUIRE(waitUntil([&] { return w->servicesPage()->tile(u"passport"_s)->kind() == u"normal"_s; },
                      AT_ONCE_MS));
}
