#pragma once

// The kiosk's one full-screen window: header band (centre, clock, AZ · EN ·
// RU), the current screen, footer band ("Back", "I have an appointment",
// "Home"). Flow: start (language) -> group -> service -> issue + print ->
// confirmation -> start: a standard ticket in three taps. "Priority" (on the
// area and service screens) adds the category screen after the service;
// "Search" finds a service by its first letters. Appointment check-in from
// the footer or a scanner. Idle -> start. Out of service whenever the
// controller reports an outage.

#include "kioskmessages.h"
#include "outage.h"

#include "protocol/readmodel.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;

namespace novbe {

class CheckinPage;
class ConfirmationPage;
class FooterBar;
class HeaderBar;
class KioskController;
class Translations;
class MessagePage;
class OutOfServicePage;
class SearchPage;
class StartPage;
class TileGridPage;

class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Page {
        Start,
        Groups,
        Services,
        Categories,
        Progress,
        Confirmation,
        Message,
        Checkin,
        OutOfService,
        Search,
    };
    Q_ENUM(Page)

    KioskWindow(KioskController *controller, Translations *translations, QWidget *parent = nullptr);
    ~KioskWindow() override;

    Page page() const { return m_page; }
    QString language() const { return m_lang; }
    // Re-labels every screen at once.
    void setLanguage(const QString &lang);
    // Back to the start screen (or out of service).
    void goHome();
    void showGroups();
    void showGroup(const QString &group);
    void showService(const QString &service);
    void showCheckin();
    void showSearch();
    // One step back: service -> area -> start, category -> service, etc.
    void goBack();
    // The priority path: the category screen follows the service.
    void setPriority(bool priority);
    bool priority() const { return m_priority; }
    // Shows a refusal exactly as after a real answer (also used for screenshots).
    void showRefusal(const WireError &error, bool checkin, bool retried);
    // The print-failure screen for `number` of `service` (also used for screenshots).
    void showPrintFailed(const QString &number, const QString &service);
    // Shows the out-of-service screen for `outage` now (screenshots only: the
    // real screen follows KioskController::outage()).
    void previewOutage(Outage outage);
    // Lays the screens out for a landscape (4 columns) or portrait (2 columns)
    // screen; done by itself on resize, call it first when turning the window.
    void setLandscape(bool landscape);
    void setIdleTimeout(int ms) { m_idleMs = ms; }
    void setConfirmationSeconds(int seconds) { m_confirmSeconds = seconds; }

    HeaderBar *header() const { return m_header; }
    FooterBar *footer() const { return m_footer; }
    StartPage *startPage() const { return m_start; }
    TileGridPage *groupsPage() const { return m_groups; }
    TileGridPage *servicesPage() const { return m_services; }
    TileGridPage *categoriesPage() const { return m_categories; }
    MessagePage *progressPage() const { return m_progress; }
    ConfirmationPage *confirmationPage() const { return m_confirmation; }
    MessagePage *messagePage() const { return m_message; }
    CheckinPage *checkinPage() const { return m_checkin; }
    OutOfServicePage *outOfServicePage() const { return m_outOfService; }
    SearchPage *searchPage() const { return m_search; }

signals:
    void pageChanged(novbe::KioskWindow::Page page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setupUi();
    void setupConnections();
    void setPage(Page page);
    void retranslate();
    void retranslateActions();
    void updateFooter();
    void refreshTiles();
    void refreshGroups();
    void refreshServices();
    void refreshCategories();
    void handleCategory(const QString &category);
    void handleCode(const QString &code);
    void handlePrinting(const TicketView &ticket);
    void handleCompleted(const TicketView &ticket);
    void handlePrintFailed(const TicketView &ticket);
    void handleRefused(const WireError &error, bool retried);
    void handleUnreachable();
    void handleOutage(Outage outage);
    void handleMessageAction();
    void handleIdle();
    void tickConfirmation();
    void showMessage(std::function<KioskMessage()> build, int timeoutMs);
    bool busy() const;

    KioskController *m_controller;
    Translations *m_translations;
    HeaderBar *m_header = nullptr;
    QLabel *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    FooterBar *m_footer = nullptr;
    StartPage *m_start = nullptr;
    TileGridPage *m_groups = nullptr;
    TileGridPage *m_services = nullptr;
    TileGridPage *m_categories = nullptr;
    MessagePage *m_progress = nullptr;
    ConfirmationPage *m_confirmation = nullptr;
    MessagePage *m_message = nullptr;
    CheckinPage *m_checkin = nullptr;
    OutOfServicePage *m_outOfService = nullptr;
    SearchPage *m_search = nullptr;

    Page m_page = Page::Start;
    QString m_lang = QStringLiteral("az");
    QString m_group;
    QString m_service;
    bool m_checkinFlow = false;
    bool m_priority = false;
    QString m_lastCode;           // the check-in code last sent
    QString m_printFailedService; // the service of the ticket that did not print
    QString m_progressNumber;
    std::function<KioskMessage()> m_messageBuilder;
    QString m_messageAction;
    QTimer m_idle;
    QTimer m_countdown;
    int m_idleMs = 60000;
    int m_messageMs = 30000;
    int m_confirmSeconds = 10;
    int m_secondsLeft = 0;
};

} // namespace novbe
