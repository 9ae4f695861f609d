// The kiosk against a real novbe-engine: a citizen taps through and gets the
// ticket the engine issued; lost answers are retried without a second ticket;
// appointment answers are explained.

#include "kioskharness.h"
#include "kiosktestsupport.h"

#include "checkinpage.h"
#include "confirmationpage.h"
#include "escposdecoder.h"
#include "footerbar.h"
#include "headerbar.h"
#include "kioskcontroller.h"
#include "kioskwindow.h"
#include "messagepage.h"
#include "startpage.h"
#include "ticketissuer.h"
#include "tile.h"
#include "tilegridpage.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace novbe;
using namespace novbe::test;

namespace {

int waitingCount(Manager &manager, const QString &service)
{
    const RpcReply snapshot = manager.call(u"queue.snapshot"_s);
    for (const QJsonValue &v : snapshot.result.value("services"_L1).toArray()) {
        if (v.toObject().value("id"_L1).toString() == service)
            return v.toObject().value("waitingCount"_L1).toInt();
    }
    return -1;
}

} // namespace

TEST_CASE("kiosk: a citizen taps through and the printed ticket is the engine's", "[gui][kiosk]")
{
    EngineProcess engine(sampleConfigPath(), EngineProcessOptions::running(kioskMorning()));
    REQUIRE(engine.start());
    QTemporaryDir dir;
    const QString printed = dir.filePath(u"printed.bin"_s);
    auto kiosk = makeKiosk(engine.port(), u"file:"_s + printed);
    REQUIRE(kiosk);
    REQUIRE(tapThrough(*kiosk, u"en"_s, u"interior"_s, u"passport"_s));
    KioskWindow *w = kiosk->window();
    REQUIRE(w->page() == KioskWindow::Page::Confirmation);
    const QString shown = w->confirmationPage()->number();
    CHECK(shown.startsWith(u'B'));

    QFile file(printed);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const DecodedJob job = decodeEscPos(file.readAll(), 576);
    REQUIRE(job.ok);
    CHECK(job.cuts == 1);
    CHECK(job.rasterBands > 0);
    REQUIRE(job.qrPayloads.size() == 1);
    const QString url = QString::fromUtf8(job.qrPayloads.first());
    REQUIRE(url.startsWith(u"https://novbe.example.az/t/"_s));
    // The QR leads to the ticket's tracking token: its id and a 12-character MAC.
    const QString token = url.section(u'/', -1);
    const QString id = token.section(u'.', 0, 0);
    CHECK(token.section(u'.', 1).size() == 12);

    Manager manager(engine.port());
    REQUIRE(manager.ready());
    const RpcReply ticket = manager.call(u"ticket.get"_s, {{u"id"_s, id}});
    REQUIRE(ticket.ok);
    const QJsonObject t = ticket.result.value("ticket"_L1).toObject();
    CHECK(t.value("number"_L1).toString() == shown);
    CHECK(t.value("service"_L1).toString() == u"passport"_s);
    CHECK(t.value("lang"_L1).toString() == u"en"_s);
    CHECK(waitingCount(manager, u"passport"_s) == 1);
}

TEST_CASE("kiosk: a lost ticket.issue answer is retried with the same requestId", "[gui][kiosk]")
{
    EngineProcess engine(sampleConfigPath(), EngineProcessOptions::running(kioskMorning()));
    REQUIRE(engine.start());
    LossyProxy proxy(engine.port());
    QTemporaryDir dir;
    auto kiosk = makeKiosk(proxy.port(), u"file:"_s + dir.filePath(u"printed.bin"_s));
    REQUIRE(kiosk);
    REQUIRE(tapThrough(*kiosk, u"az"_s, u"roadPolice"_s, u"drivingLicence"_s));
    CHECK(kiosk->window()->page() == KioskWindow::Page::Confirmation);
    CHECK(proxy.answersLost() == 1);
    const QList<QJsonObject> issues = proxy.issueRequests();
    REQUIRE(issues.size() == 2);
    CHECK(issues[0].value("requestId"_L1) == issues[1].value("requestId"_L1));
    CHECK_FALSE(issues[0].value("requestId"_L1).toString().isEmpty());
    CHECK(kiosk->controller()->issuer()->attempts() == 2);

    Manager manager(engine.port());
    REQUIRE(manager.ready());
    CHECK(waitingCount(manager, u"drivingLicence"_s) == 1);
}

TEST_CASE("kiosk: appointment check-in answers are explained", "[gui][kiosk]")
{
    EngineProcess engine(sampleConfigPath(), EngineProcessOptions::running(kioskMorning()));
    REQUIRE(engine.start());
    QTemporaryDir dir;
    auto kiosk = makeKiosk(engine.port(), u"file:"_s + dir.filePath(u"printed.bin"_s));
    REQUIRE(kiosk);
    KioskWindow *w = kiosk->window();
    REQUIRE(waitUntil([w] { return w->page() == KioskWindow::Page::Start; }));
    Manager manager(engine.port());
    REQUIRE(manager.ready());
    // 10:30 Baku now; a slot at 12:00 opens for check-in at 11:30.
    const RpcReply booked = manager.call(
        u"appointment.book"_s,
        {{u"service"_s, u"idCard"_s}, {u"start"_s, u"2026-11-24T08:00:00.000Z"_s}});
    REQUIRE(booked.ok);
    const QString code =
        booked.result.value("appointment"_L1).toObject().value("code"_L1).toString();
    REQUIRE(code.size() == 6);

    SECTION("too early, typed by a scanner")
    {
        QTest::keyClicks(w, code);
        CHECK(w->page() == KioskWindow::Page::Checkin);
        CHECK(w->checkinPage()->code() == code);
        QTest::keyClick(w, Qt::Key_Return);
        REQUIRE(waitUntil([w] { return w->page() == KioskWindow::Page::Message; }));
        CHECK(w->messagePage()->body().contains(u"11:30"_s));
    }
    SECTION("unknown code on the keypad, then too late")
    {
        QTest::mouseClick(w->footer()->appointmentButton(), Qt::LeftButton);
        REQUIRE(w->page() == KioskWindow::Page::Checkin);
        for (QChar c : u"000000"_s)
            QTest::mouseClick(w->checkinPage()->key(QString(c)), Qt::LeftButton);
        QTest::mouseClick(w->checkinPage()->key(u"ok"_s), Qt::LeftButton);
        REQUIRE(waitUntil([w] { return w->page() == KioskWindow::Page::Message; }));
        CHECK(w->messagePage()->title() == u"Bu kodu tapa bilmədik"_s);

        REQUIRE(manager.call(u"debug.advanceClock"_s, {{u"sec"_s, 3 * 3600}}).ok);
        w->goHome();
        QTest::keyClicks(w, code);
        QTest::keyClick(w, Qt::Key_Enter);
        REQUIRE(waitUntil([w] { return w->page() == KioskWindow::Page::Message; }));
        CHECK(w->messagePage()->actionButton()->isVisible());
        QTest::mouseClick(w->messagePage()->actionButton(), Qt::LeftButton);
        CHECK(w->page() == KioskWindow::Page::Groups);
    }
}

TEST_CASE("kiosk: a language button re-labels the whole screen; idle returns to the start",
          "[gui][kiosk]")
{
    EngineProcess engine(sampleConfigPath(), EngineProcessOptions::running(kioskMorning()));
    REQUIRE(engine.start());
    QTemporaryDir dir;
    auto kiosk = makeKiosk(engine.port(), u"file:"_s + dir.filePath(u"printed.bin"_s));
    REQUIRE(kiosk);
    KioskWindow *w = kiosk->window();
    REQUIRE(waitUntil([w] { return w->page() == KioskWindow::Page::Start; }));
    QTest::mouseClick(w->startPage()->languageButton(u"az"_s), Qt::LeftButton);
    REQUIRE(w->page() == KioskWindow::Page::Groups);
    CHECK(w->groupsPage()->heading() == u"Xidmət sahəsini seçin"_s);
    CHECK(w->groupsPage()->tile(u"interior"_s)->title() == u"Daxili İşlər Nazirliyi"_s);
    CHECK(w->footer()->homeButton()->text() == u"Əsas ekran"_s);

    QTest::mouseClick(w->header()->languageButton(u"ru"_s), Qt::LeftButton);
    CHECK(w->page() == KioskWindow::Page::Groups);
    CHECK(w->language() == u"ru"_s);
    CHECK(w->groupsPage()->heading() == u"Выберите раздел услуг"_s);
    CHECK(w->groupsPage()->tile(u"interior"_s)->title() == u"Министерство внутренних дел"_s);
    CHECK(w->groupsPage()->tile(u"interior"_s)->subtitle() == u"Очереди нет"_s);
    CHECK(w->footer()->homeButton()->text() == u"В начало"_s);
    CHECK(w->footer()->appointmentButton()->text() == u"У меня есть запись"_s);

    QTest::mouseClick(w->header()->languageButton(u"en"_s), Qt::LeftButton);
    QTest::mouseClick(w->groupsPage()->tile(u"justice"_s), Qt::LeftButton);
    REQUIRE(w->page() == KioskWindow::Page::Services);
    CHECK(w->servicesPage()->tile(u"birthCertificate"_s)->title() == u"Birth certificate"_s);

    w->setIdleTimeout(300);
    QTest::mouseClick(w->servicesPage()->action(u"priority"_s), Qt::LeftButton);
    CHECK(w->priority());
    QTest::mouseClick(w->servicesPage()->tile(u"notary"_s), Qt::LeftButton);
    REQUIRE(w->page() == KioskWindow::Page::Categories);
    CHECK(waitUntil([w] { return w->page() == KioskWindow::Page::Start; }, 5000));
    CHECK(w->language() == u"az"_s);
}
