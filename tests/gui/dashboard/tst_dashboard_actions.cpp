// The manager's actions from the dashboard's Actions tab against a real
// engine: close and reopen a service, a cut-off, cancelling a waiting ticket
// picked from its queue, the ticker message — each after a confirmation,
// answered in the status line (refusals in words), seen by a kiosk and in the
// audit trail; nothing cut in az, en or ru.
#include "actionspanel.h"
#include "app/textfit.h"
#include "dashboardharness.h"
#include "testcentre.h"
#include "ticketpickdialog.h"
#include "waiting.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>

#include <map>

#include <catch2/catch.hpp>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

// Asks nothing: records each question and answers `yes`.
struct Confirmations
{
    QStringList asked;
    bool yes = true;
    ActionsPanel::Confirm hook()
    {
        return [this](QWidget *, const QString &question) {
            asked << question;
            return yes;
        };
    }
};

// The ticket pick dialog on screen, if any.
TicketPickDialog *openDialog(const ActionsPanel &panel)
{
    for (TicketPickDialog *d : panel.findChildren<TicketPickDialog *>()) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

ActionsPanel &openActions(DashboardWindow &w)
{
    ActionsPanel *panel = w.actionsPanel();
    REQUIRE(panel);
    w.tabs()->setCurrentWidget(panel);
    QApplication::processEvents();
    REQUIRE(waitUntil([panel] { return panel->table()->rowCount() > 0; }));
    return *panel;
}

void select(ActionsPanel &panel, const QString &service)
{
    panel.table()->selectService(service);
    REQUIRE(panel.table()->selectedService() == service);
}

// Clicks `button` and waits for the engine's answer in the status line.
bool answered(ActionsPanel &panel, QPushButton *button)
{
    bool done = false;
    QObject context;
    QObject::connect(&panel, &ActionsPanel::answered, &context, [&done] { done = true; });
    button->click();
    return waitUntil([&done] { return done; });
}

ControlRow rowOf(const ActionsPanel &panel, const QString &id)
{
    for (const ControlRow &r : panel.rows()) {
        if (r.id == id)
            return r;
    }
    FAIL("no row " << id.toStdString());
    return {};
}

QStringList auditActions(quint16 port)
{
    auto manager = connectAs(port, u"dashboard-1"_s);
    QStringList out;
    const QJsonArray entries = okCall(*manager, u"audit.list"_s,
                                      {{u"since"_s, u"2000-01-01T00:00:00.000Z"_s}})
                                   .value(u"entries"_s)
                                   .toArray();
    for (const QJsonValue &e : entries) {
        if (e[u"device"_s].toString() == u"dashboard-1"_s)
            out << e[u"action"_s].toString();
    }
    return out;
}

void saveShot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("NOVBE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(u"%1/%2.png"_s.arg(dir, name));
}

} // namespace

TEST_CASE("the manager closes, cuts off and reopens a service from the dashboard",
          "[gui][dashboard][actions]")
{
    DashboardHall hall;
    REQUIRE(hall.start());
    DashboardWindow &w = hall.openDashboard(u"en"_s);
    ActionsPanel &panel = openActions(w);
    Confirmations confirm;
    panel.setConfirm(confirm.hook());

    select(panel, u"passport"_s);
    CHECK(panel.toggleButton()->text() == u"Close for new tickets"_s);
    REQUIRE(answered(panel, panel.toggleButton()));
    CHECK(confirm.asked.last().startsWith(u"Close Passport for new tickets"_s));
    CHECK(panel.statusLabel()->text().startsWith(u"Closed: the kiosks show it closed"_s));
    REQUIRE(waitUntil([&panel] { return rowOf(panel, u"passport"_s).closed; }));
    CHECK(ControlsTable::stateText(rowOf(panel, u"passport"_s))
          == u"Closed by the manager for today"_s);
    CHECK(panel.toggleButton()->text() == u"Reopen for new tickets"_s);
    const QJsonObject refused = hall.kiosk().call(u"ticket.issue"_s,
                                                  {{u"service"_s, u"passport"_s}});
    CHECK(refused[u"error"_s][u"data"_s][u"closedBy"_s].toString() == u"manager"_s);

    // A cut-off already past (it is 10:22): no new tickets from now on.
    select(panel, u"taxpayerRegistration"_s);
    panel.cutoffEdit()->setTime(QTime(10, 15));
    REQUIRE(answered(panel, panel.setCutoffButton()));
    CHECK(confirm.asked.last().contains(u"after 10:15 today"_s));
    REQUIRE(
        waitUntil([&panel] { return rowOf(panel, u"taxpayerRegistration"_s).cutoff.has_value(); }));
    CHECK(ControlsTable::stateText(rowOf(panel, u"taxpayerRegistration"_s))
          == u"No new tickets after 10:15"_s);
    CHECK(hall.kiosk()
              .call(u"ticket.issue"_s,
                    {{u"service"_s, u"taxpayerRegistration"_s}})[u"error"_s][u"data"_s][u"cutoff"_s]
              .toString()
          == u"10:15"_s);
    w.setLanguage(u"en"_s);
    saveShot(w, u"dashboard-actions-en"_s);

    // Said no: nothing is sent.
    confirm.yes = false;
    select(panel, u"passport"_s);
    panel.toggleButton()->click();
    QApplication::processEvents();
    CHECK(rowOf(panel, u"passport"_s).closed);
    confirm.yes = true;
    REQUIRE(answered(panel, panel.toggleButton()));
    REQUIRE(waitUntil([&panel] { return !rowOf(panel, u"passport"_s).closed; }));
    CHECK(hall.kiosk()
              .call(u"ticket.issue"_s, {{u"service"_s, u"passport"_s}})
              .contains(u"result"_s));
    select(panel, u"taxpayerRegistration"_s);
    REQUIRE(answered(panel, panel.clearCutoffButton()));
    REQUIRE(waitUntil([&panel] { return !rowOf(panel, u"taxpayerRegistration"_s).cutoff; }));

    CHECK(auditActions(hall.engine().port())
          == QStringList{u"service.setOpen"_s, u"service.setCutoff"_s, u"service.setOpen"_s,
                         u"service.setCutoff"_s});
}

TEST_CASE("the manager cancels a waiting ticket picked from its queue", "[gui][dashboard][actions]")
{
    DashboardHall hall;
    REQUIRE(hall.start());
    DashboardWindow &w = hall.openDashboard(u"en"_s);
    ActionsPanel &panel = openActions(w);
    Confirmations confirm;
    panel.setConfirm(confirm.hook());
    select(panel, u"passport"_s);
    const int before = rowOf(panel, u"passport"_s).waiting;
    REQUIRE(before == 4);

    panel.cancelTicketButton()->click();
    TicketPickDialog *dialog = nullptr;
    REQUIRE(waitUntil([&] { return (dialog = openDialog(panel)) != nullptr; }));
    REQUIRE(dialog->list()->count() == 4);
    CHECK(dialog->list()->item(0)->text().startsWith(u"B0"_s)); // numbers, not ids
    CHECK(dialog->list()->item(0)->text().contains(u"waiting 22 min"_s));
    dialog->list()->setCurrentRow(0);
    const QString number = dialog->list()->item(0)->text().section(u" · "_s, 0, 0);
    REQUIRE(answered(panel, dialog->cancelButton()));
    CHECK(confirm.asked.last()
          == u"Cancel ticket %1? The citizen loses the place in the queue."_s.arg(number));
    CHECK(panel.statusLabel()->text() == u"Ticket %1 is cancelled."_s.arg(number));
    REQUIRE(waitUntil([&] { return rowOf(panel, u"passport"_s).waiting == before - 1; }));

    // Called at a desk meanwhile: the refusal says so.
    panel.cancelTicketButton()->click();
    REQUIRE(waitUntil([&] {
        dialog = openDialog(panel);
        return dialog && dialog->list()->count() == before - 1;
    }));
    dialog->list()->setCurrentRow(0);
    const QString id = dialog->list()->item(0)->data(Qt::UserRole).toString();
    confirm.yes = true;
    panel.setConfirm([&](QWidget *, const QString &) {
        okCall(hall.desk(2), u"counter.callTicket"_s, {{u"id"_s, id}});
        return true;
    });
    REQUIRE(answered(panel, dialog->cancelButton()));
    CHECK(
        panel.statusLabel()->text()
        == u"Refused: the ticket is no longer waiting (called, served or cancelled meanwhile)."_s);
    CHECK(auditActions(hall.engine().port()).count(u"ticket.cancel"_s) == 1);
}

TEST_CASE("the manager puts a message on the hall displays' ticker", "[gui][dashboard][actions]")
{
    DashboardHall hall;
    REQUIRE(hall.start());
    auto display = connectAs(hall.engine().port(), u"display-hall"_s);
    okCall(*display, u"events.subscribe"_s);
    DashboardWindow &w = hall.openDashboard(u"en"_s);
    ActionsPanel &panel = openActions(w);
    Confirmations confirm;
    panel.setConfirm(confirm.hook());
    CHECK_FALSE(panel.sendButton()->isEnabled());
    CHECK(panel.currentMessageLabel()->text() == u"No message on the displays now."_s);

    panel.messageEdit()->setText(u"  The notary service closes at 16:00 today  "_s);
    panel.expiryMinutes()->setValue(90);
    REQUIRE(answered(panel, panel.sendButton()));
    CHECK(confirm.asked.last().endsWith(u"The notary service closes at 16:00 today"_s));
    const std::optional<QJsonObject> event = display->awaitEvent(u"display.message"_s);
    REQUIRE(event);
    CHECK(event->value(u"message"_s)[u"text"_s].toString()
          == u"The notary service closes at 16:00 today"_s);
    const QDateTime expires = QDateTime::fromString(
        event->value(u"message"_s)[u"expiresAt"_s].toString(), Qt::ISODateWithMs);
    const QDateTime setAt = QDateTime::fromString(event->value(u"at"_s).toString(),
                                                  Qt::ISODateWithMs);
    INFO(expires.toString(Qt::ISODateWithMs).toStdString());
    CHECK(std::abs(setAt.addSecs(90 * 60).msecsTo(expires)) < 5000); // now + 90 min, engine time
    REQUIRE(waitUntil([&panel] {
        return panel.currentMessageLabel()->text()
            == u"Showing now (until 11:52): The notary service closes at 16:00 today"_s;
    }));
    REQUIRE(answered(panel, panel.clearMessageButton()));
    REQUIRE(display->awaitEvent(u"display.message"_s));
    REQUIRE(waitUntil([&panel] {
        return panel.currentMessageLabel()->text() == u"No message on the displays now."_s;
    }));
    CHECK(auditActions(hall.engine().port())
          == QStringList{u"display.message"_s, u"display.message"_s});
}

TEST_CASE("the actions tab cuts no text in az, en or ru", "[gui][dashboard][actions]")
{
    DashboardHall hall;
    REQUIRE(hall.start());
    DashboardWindow &w = hall.openDashboard(u"az"_s);
    ActionsPanel &panel = openActions(w);
    Confirmations confirm;
    panel.setConfirm(confirm.hook());
    select(panel, u"notary"_s);
    REQUIRE(answered(panel, panel.toggleButton()));
    select(panel, u"residencePermit"_s);
    panel.cutoffEdit()->setTime(QTime(16, 30));
    REQUIRE(answered(panel, panel.setCutoffButton()));
    panel.messageEdit()->setText(u"Notariat bu gün 16:00-dək işləyir"_s);
    REQUIRE(answered(panel, panel.sendButton()));
    select(panel, u"passport"_s);
    const std::map<QString, QString> tabName{
        {u"az"_s, u"Əməliyyatlar"_s}, {u"en"_s, u"Actions"_s}, {u"ru"_s, u"Действия"_s}};
    for (const QString &lang : QStringList{u"az"_s, u"en"_s, u"ru"_s}) {
        INFO("language " << lang.toStdString());
        w.setLanguage(lang);
        QApplication::processEvents();
        CHECK(w.tabs()->tabText(w.tabs()->indexOf(&panel)) == tabName.at(lang));
        if (lang != u"en"_s)
            CHECK(panel.toggleButton()->text() != u"Close for new tickets"_s); // translated
        const QStringList cut = cutTexts(&w);
        INFO(cut.join(u'\n').toStdString());
        CHECK(cut.isEmpty());
        if (lang != u"en"_s)
            saveShot(w, u"dashboard-actions-"_s + lang);

        panel.cancelTicketButton()->click();
        TicketPickDialog *dialog = nullptr;
        REQUIRE(waitUntil([&] { return (dialog = openDialog(panel)) != nullptr; }));
        QApplication::processEvents();
        const QStringList cutDialog = cutTexts(dialog);
        INFO(cutDialog.join(u'\n').toStdString());
        CHECK(cutDialog.isEmpty());
        dialog->reject(); // deleted on close
    }
}
