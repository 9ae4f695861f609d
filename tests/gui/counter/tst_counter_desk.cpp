// The counter desk against a real engine: an operator's working cycle, the
// keypad, refusals while disconnected, and the restore after a reconnect.
#include "deskharness.h"

#include "actionbar.h"
#include "banner.h"
#include "choicepanel.h"
#include "counterwindow.h"
#include "deskmodel.h"
#include "desksession.h"
#include "desktranslations.h"
#include "deskview.h"
#include "loginview.h"
#include "queuepanel.h"
#include "ticketcard.h"
#include "transferpanel.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

QStringList waitingIds(const QJsonObject &snapshot, const QString &service)
{
    QStringList ids;
    for (const QJsonValue &s : snapshot.value(u"services"_s).toArray()) {
        if (s.toObject().value(u"id"_s).toString() != service)
            continue;
        for (const QJsonValue &t : s.toObject().value(u"waiting"_s).toArray())
            ids << t.toObject().value(u"id"_s).toString();
    }
    return ids;
}

bool deskShows(Desk &desk, const QString &state)
{
    return waitUntil(
        [&] { return desk.currentState() == state && !desk.app().session()->isBusy(); });
}

} // namespace

TEST_CASE("an operator logs in, calls, recalls, starts and finishes", "[gui][counter]")
{
    setupDeskTestApplication();
    EngineHall hall;
    REQUIRE(hall.start());
    const QJsonObject first = hall.issue(u"passport"_s, u"disability"_s);
    REQUIRE_FALSE(first.isEmpty());

    Desk desk(hall.port(), u"desk-01"_s, u"c01"_s);
    REQUIRE(desk.login(u"op01"_s, demoPin(u"op01"_s)));
    CHECK(hall.counter(u"c01"_s).value(u"state"_s).toString() == u"idle"_s);
    ActionBar *bar = desk.app().window()->deskView()->actionBar();
    CHECK(bar->button(DeskAction::CallNext)->isEnabled());
    CHECK_FALSE(bar->button(DeskAction::Finish)->isEnabled());
    CHECK(bar->button(DeskAction::Finish)->isVisible()); // disabled, not hidden

    desk.press(Qt::Key_F1);
    REQUIRE(deskShows(desk, u"called"_s));
    CHECK(desk.currentId() == first.value(u"id"_s).toString());
    CHECK(hall.ticket(desk.currentId()).value(u"counter"_s).toString() == u"c01"_s);
    TicketCard *card = desk.app().window()->deskView()->card();
    CHECK(card->numberText() == first.value(u"number"_s).toString());
    CHECK(card->badgeText().contains(u"Persons with disabilities"_s));
    CHECK(card->proofText().contains(u"Check the document"_s));
    CHECK(bar->button(DeskAction::Recall)->note() == u"3 left"_s);
    CHECK_FALSE(bar->button(DeskAction::CallNext)->isEnabled());

    desk.click(DeskAction::Recall);
    REQUIRE(
        waitUntil([&] { return hall.ticket(desk.currentId()).value(u"recalls"_s).toInt() == 1; }));
    REQUIRE(desk.settle());
    CHECK(bar->button(DeskAction::Recall)->note() == u"2 left"_s);

    desk.press(Qt::Key_3, Qt::KeypadModifier); // keypad 3 = F3 Start
    REQUIRE(deskShows(desk, u"serving"_s));
    CHECK(hall.ticket(desk.currentId()).value(u"state"_s).toString() == u"serving"_s);

    desk.press(Qt::Key_F4); // passport has outcomes: the choice panel opens
    DeskView *view = desk.app().window()->deskView();
    REQUIRE(view->panelOpen());
    QTest::keyClick(view->choicePanel()->list(), Qt::Key_2); // 2 = documentIssued
    REQUIRE(
        waitUntil([&] { return desk.currentId().isEmpty() && !desk.app().session()->isBusy(); }));
    const QJsonObject done = hall.ticket(first.value(u"id"_s).toString());
    CHECK(done.value(u"state"_s).toString() == u"done"_s);
    CHECK(desk.app().model()->counterState() == CounterState::Idle);
    CHECK_FALSE(view->panelOpen());

    desk.press(Qt::Key_F1); // nobody waits: a banner, no dialog
    REQUIRE(desk.settle());
    CHECK(desk.bannerText().contains(u"Nobody is waiting"_s));
    CHECK(desk.currentId().isEmpty());
}

TEST_CASE("recall is refused after the last recall", "[gui][counter]")
{
    setupDeskTestApplication();
    EngineHall hall;
    REQUIRE(hall.start());
    REQUIRE_FALSE(hall.issue(u"idCard"_s).isEmpty());
    Desk desk(hall.port(), u"desk-03"_s, u"c03"_s);
    REQUIRE(desk.login(u"op03"_s, demoPin(u"op03"_s)));
    desk.press(Qt::Key_F1);
    REQUIRE(deskShows(desk, u"called"_s));
    for (int i = 0; i < 3; ++i) {
        desk.press(Qt::Key_F2);
        REQUIRE(desk.settle());
    }
    ActionBar *bar = desk.app().window()->deskView()->actionBar();
    REQUIRE(waitUntil([&] { return !bar->button(DeskAction::Recall)->isEnabled(); }));
    CHECK(bar->button(DeskAction::Recall)->note() == u"none left"_s);
    desk.press(Qt::Key_F2); // refused locally with a reason, nothing sent
    CHECK_FALSE(desk.app().session()->isBusy());
    CHECK(desk.bannerText().contains(u"No recalls left"_s));
    CHECK(hall.ticket(desk.currentId()).value(u"recalls"_s).toInt() == 3);
}

TEST_CASE("transfer with placement, park and call back, pause and resume", "[gui][counter]")
{
    setupDeskTestApplication();
    EngineHall hall;
    REQUIRE(hall.start());
    const QJsonObject a = hall.issue(u"idCard"_s);
    const QJsonObject waitingPassport = hall.issue(u"passport"_s);
    REQUIRE_FALSE(a.isEmpty());
    REQUIRE_FALSE(waitingPassport.isEmpty());

    // c03 serves idCard first (weight 2); it transfers the idCard ticket to passport.
    Desk desk(hall.port(), u"desk-03"_s, u"c03"_s);
    REQUIRE(desk.login(u"op03"_s, demoPin(u"op03"_s)));
    desk.press(Qt::Key_F1);
    REQUIRE(deskShows(desk, u"called"_s));
    const QString moved = desk.currentId();
    CHECK(moved == a.value(u"id"_s).toString());

    DeskView *view = desk.app().window()->deskView();
    desk.press(Qt::Key_F6);
    REQUIRE(view->panelOpen());
    TransferPanel *transfer = view->transferPanel();
    REQUIRE(transfer->choose(u"passport"_s, Placement::First, u"needs the old passport"_s));
    QTest::mouseClick(transfer->confirmButton(), Qt::LeftButton);
    REQUIRE(
        waitUntil([&] { return desk.currentId().isEmpty() && !desk.app().session()->isBusy(); }));
    const QJsonObject after = hall.ticket(moved);
    CHECK(after.value(u"state"_s).toString() == u"waiting"_s);
    CHECK(after.value(u"service"_s).toString() == u"passport"_s);
    CHECK(after.value(u"number"_s).toString() == a.value(u"number"_s).toString());
    CHECK(after.value(u"note"_s).toString() == u"needs the old passport"_s);
    // "first": ahead of the passport ticket that was already waiting.
    CHECK(waitingIds(hall.snapshot(), u"passport"_s)
          == QStringList{moved, waitingPassport.value(u"id"_s).toString()});

    desk.press(Qt::Key_F1);
    REQUIRE(deskShows(desk, u"called"_s));
    CHECK(desk.currentId() == moved);
    desk.press(Qt::Key_F7); // park
    REQUIRE(
        waitUntil([&] { return desk.currentId().isEmpty() && !desk.app().session()->isBusy(); }));
    CHECK(hall.ticket(moved).value(u"state"_s).toString() == u"parked"_s);
    QueuePanel *queue = view->queuePanel();
    REQUIRE(waitUntil([&] { return queue->parkedList()->rowCount() == 1; }));

    REQUIRE(queue->selectTicket(a.value(u"number"_s).toString()));
    desk.press(Qt::Key_F9); // call the parked ticket back
    REQUIRE(deskShows(desk, u"called"_s));
    CHECK(desk.currentId() == moved);
    desk.press(Qt::Key_F5); // no-show: the counter is free again
    REQUIRE(
        waitUntil([&] { return desk.currentId().isEmpty() && !desk.app().session()->isBusy(); }));
    CHECK(hall.ticket(moved).value(u"state"_s).toString() == u"noShow"_s);

    desk.press(Qt::Key_F8);
    REQUIRE(view->panelOpen());
    REQUIRE(view->choicePanel()->choose(u"lunch"_s));
    REQUIRE(waitUntil([&] { return desk.app().model()->counterState() == CounterState::Paused; }));
    REQUIRE(desk.settle());
    const QJsonObject paused = hall.counter(u"c03"_s);
    CHECK(paused.value(u"state"_s).toString() == u"paused"_s);
    CHECK(paused.value(u"pauseReason"_s).toString() == u"lunch"_s);
    desk.press(Qt::Key_F1); // refused while paused
    CHECK_FALSE(desk.app().session()->isBusy());
    CHECK(desk.bannerText().contains(u"paused"_s));
    CHECK(waitingIds(hall.snapshot(), u"passport"_s).size() == 1);

    desk.press(Qt::Key_F8); // resume
    REQUIRE(waitUntil([&] { return desk.app().model()->counterState() == CounterState::Idle; }));
    CHECK(hall.counter(u"c03"_s).value(u"state"_s).toString() == u"idle"_s);
}

TEST_CASE("wrong PIN and lockout are explained in plain words", "[gui][counter]")
{
    setupDeskTestApplication();
    EngineHall hall;
    REQUIRE(hall.start());
    Desk desk(hall.port(), u"desk-05"_s, u"c05"_s);
    LoginView *login = desk.app().window()->loginView();
    REQUIRE(desk.submitLogin(u"op05"_s, u"9999"_s));
    CHECK(desk.app().session()->phase() == DeskSession::Phase::LoggedOut);
    CHECK(login->message().contains(u"Wrong operator ID or PIN"_s));
    for (int i = 0; i < 5 && !login->message().contains(u"locked"_s); ++i) {
        QTest::keyClicks(login->pinField(), u"0000"_s);
        QTest::mouseClick(login->loginButton(), Qt::LeftButton);
        REQUIRE(desk.settle());
    }
    CHECK(login->message().contains(u"locked"_s));
    CHECK(login->message().contains(u"minute"_s));
    CHECK_FALSE(login->loginButton()->isEnabled());
}

TEST_CASE("a counter busy at another desk is refused", "[gui][counter]")
{
    setupDeskTestApplication();
    EngineHall hall;
    REQUIRE(hall.start());
    Desk first(hall.port(), u"desk-07"_s, u"c07"_s);
    REQUIRE(first.login(u"op07"_s, demoPin(u"op07"_s)));
    Desk second(hall.port(), u"desk-08"_s, u"c07"_s);
    REQUIRE(second.submitLogin(u"op08"_s, demoPin(u"op08"_s)));
    CHECK(second.app().session()->phase() != DeskSession::Phase::Open);
    CHECK(
        second.app().window()->loginView()->message().contains(u"already open at another desk"_s));
    CHECK(first.app().session()->phase() == DeskSession::Phase::Open);
}

TEST_CASE("close counter keeps the operator; log out ends the session", "[gui][counter]")
{
    setupDeskTestApplication();
    EngineHall hall;
    REQUIRE(hall.start());
    Desk desk(hall.port(), u"desk-09"_s, u"c09"_s);
    REQUIRE(desk.login(u"op09"_s, demoPin(u"op09"_s)));
    desk.press(Qt::Key_F10);
    REQUIRE(
        waitUntil([&] { return desk.app().session()->phase() == DeskSession::Phase::LoggedIn; }));
    CHECK(hall.counter(u"c09"_s).value(u"state"_s).toString() == u"closed"_s);
    LoginView *login = desk.app().window()->loginView();
    CHECK_FALSE(login->pinField()->isVisibleTo(login)); // only the counter is asked for
    login->setCounter(u"c10"_s);
    QTest::mouseClick(login->loginButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return desk.app().session()->phase() == DeskSession::Phase::Open; }));
    CHECK(hall.counter(u"c10"_s).value(u"operator"_s).toObject().value(u"id"_s).toString()
          == u"op09"_s);

    desk.press(Qt::Key_F12);
    REQUIRE(
        waitUntil([&] { return desk.app().session()->phase() == DeskSession::Phase::LoggedOut; }));
    REQUIRE(waitUntil(
        [&] { return hall.counter(u"c10"_s).value(u"state"_s).toString() == u"closed"_s; }));
    CHECK(login->pinField()->isVisibleTo(login));
}

TEST_CASE("logging in at another desk logs the first desk out", "[gui][counter]")
{
    setupDeskTestApplication();
    EngineHall hall;
    REQUIRE(hall.start());
    Desk first(hall.port(), u"desk-15"_s, u"c15"_s);
    REQUIRE(first.login(u"op15"_s, demoPin(u"op15"_s)));
    Desk second(hall.port(), u"desk-14"_s, u"c14"_s);
    REQUIRE(second.login(u"op15"_s, demoPin(u"op15"_s)));
    REQUIRE(
        waitUntil([&] { return first.app().session()->phase() == DeskSession::Phase::LoggedOut; }));
    CHECK(first.app().window()->loginView()->message().contains(u"closed from another place"_s));
    CHECK(second.app().session()->phase() == DeskSession::Phase::Open);
}

TEST_CASE("the waiting table shows the category's short code in the desk's language",
          "[gui][counter]")
{
    setupDeskTestApplication();
    EngineHall hall;
    REQUIRE(hall.start());
    REQUIRE_FALSE(hall.issue(u"passport"_s, u"disability"_s).isEmpty());
    REQUIRE_FALSE(hall.issue(u"passport"_s, u"elderly"_s).isEmpty());
    REQUIRE_FALSE(hall.issue(u"passport"_s).isEmpty());
    Desk desk(hall.port(), u"desk-01"_s, u"c01"_s);
    REQUIRE(desk.login(u"op01"_s, demoPin(u"op01"_s)));
    QTableWidget *list = desk.app().window()->deskView()->queuePanel()->waitingList();
    const auto codes = [list] {
        QStringList out;
        for (int row = 0; row < list->rowCount(); ++row) {
            for (int column = 0; column < list->columnCount(); ++column) {
                const QTableWidgetItem *item = list->item(row, column);
                if (item && item->text().startsWith(u"★"_s))
                    out << item->text();
            }
        }
        return out;
    };
    REQUIRE(waitUntil([list] { return list->rowCount() == 3; }));
    // The config's "short" per language (resources/centres/baku-1.json);
    // the standard ticket has none.
    const QList<std::pair<QString, QStringList>> expected{{u"az"_s, {u"★ƏLİL"_s, u"★70+"_s}},
                                                          {u"ru"_s, {u"★ИНВ"_s, u"★70+"_s}},
                                                          {u"en"_s, {u"★DIS"_s, u"★70+"_s}}};
    for (const auto &[lang, shown] : expected) {
        INFO(lang.toStdString());
        setUiLanguage(lang); // the tables refill on the LanguageChange event
        CHECK(waitUntil([&] { return codes() == shown; }));
        INFO(codes().join(u' ').toStdString());
        CHECK(codes() == shown);
    }
}
