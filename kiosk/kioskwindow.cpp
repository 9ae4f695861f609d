#include "kioskwindow.h"

#include "app/translations.h"
#include "centremodel.h"
#include "checkinpage.h"
#include "confirmationpage.h"
#include "footerbar.h"
#include "headerbar.h"
#include "kioskcontroller.h"
#include "messagepage.h"
#include "outofservicepage.h"
#include "searchpage.h"
#include "startpage.h"
#include "ticketissuer.h"
#include "tilegridpage.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {
constexpr int HEADER_HEIGHT = 124;
constexpr int FOOTER_HEIGHT = 148;
} // namespace

KioskWindow::KioskWindow(KioskController *controller, Translations *translations, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_translations(translations)
{
    setupUi();
    setupConnections();
    m_lang = m_translations->install(m_lang);
    retranslate();
    handleOutage(m_controller->outage());
    qApp->installEventFilter(this);
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

void KioskWindow::setupUi()
{
    setObjectName(u"kioskWindow"_s);
    setAttribute(Qt::WA_StyledBackground);
    m_header = new HeaderBar(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(u"paperBanner"_s);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->hide();
    m_stack = new QStackedWidget(this);
    m_footer = new FooterBar(this);
    m_header->setFixedHeight(HEADER_HEIGHT);
    m_footer->setFixedHeight(FOOTER_HEIGHT);
    m_start = new StartPage(m_translations, m_stack);
    m_groups = new TileGridPage(m_stack);
    m_services = new TileGridPage(m_stack);
    m_categories = new TileGridPage(m_stack);
    m_progress = new MessagePage(m_stack);
    m_confirmation = new ConfirmationPage(m_stack);
    m_message = new MessagePage(m_stack);
    m_checkin = new CheckinPage(m_stack);
    m_outOfService = new OutOfServicePage(m_translations, m_stack);
    m_search = new SearchPage(m_controller->model(), m_stack);
    // Same order as Page.
    for (QWidget *w : {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_groups),
                       static_cast<QWidget *>(m_services), static_cast<QWidget *>(m_categories),
                       static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_confirmation),
                       static_cast<QWidget *>(m_message), static_cast<QWidget *>(m_checkin),
                       static_cast<QWidget *>(m_outOfService), static_cast<QWidget *>(m_search)})
        m_stack->addWidget(w);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The window is the screen: never grow it to a page's wish (the screenshot
    // script checks that every page fits instead).
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_footer);
    m_idle.setSingleShot(true);
    m_countdown.setInterval(1000);
}

void KioskWindow::setupConnections()
{
    connect(m_header, &HeaderBar::languageRequested, this, &KioskWindow::setLanguage);
    connect(m_start, &StartPage::languageChosen, this, [this](const QString &lang) {
        setLanguage(lang);
        showGroups();
    });
    connect(m_footer, &FooterBar::homeRequested, this, &KioskWindow::goHome);
    connect(m_footer, &FooterBar::appointmentRequested, this, &KioskWindow::showCheckin);
    connect(m_footer, &FooterBar::backRequested, this, &KioskWindow::goBack);
    connect(m_search, &SearchPage::serviceChosen, this, &KioskWindow::showService);
    connect(m_groups->action(u"search"_s), &QPushButton::clicked, this, &KioskWindow::showSearch);
    for (TileGridPage *page : {m_groups, m_services}) {
        QPushButton *priority = page->action(u"priority"_s);
        priority->setCheckable(true);
        connect(priority, &QPushButton::clicked, this, &KioskWindow::setPriority);
    }
    connect(m_groups, &TileGridPage::tileClicked, this, &KioskWindow::showGroup);
    connect(m_services, &TileGridPage::tileClicked, this, &KioskWindow::showService);
    connect(m_categories, &TileGridPage::tileClicked, this, &KioskWindow::handleCategory);
    connect(m_checkin, &CheckinPage::codeEntered, this, &KioskWindow::handleCode);
    connect(m_message, &MessagePage::actionClicked, this, &KioskWindow::handleMessageAction);
    connect(&m_idle, &QTimer::timeout, this, &KioskWindow::handleIdle);
    connect(&m_countdown, &QTimer::timeout, this, &KioskWindow::tickConfirmation);
    CentreModel *model = m_controller->model();
    connect(model, &CentreModel::centreChanged, this, &KioskWindow::retranslate);
    connect(model, &CentreModel::loadChanged, this, &KioskWindow::refreshTiles);
    TicketIssuer *issuer = m_controller->issuer();
    connect(issuer, &TicketIssuer::printing, this, &KioskWindow::handlePrinting);
    connect(issuer, &TicketIssuer::completed, this, &KioskWindow::handleCompleted);
    connect(issuer, &TicketIssuer::printFailed, this, &KioskWindow::handlePrintFailed);
    connect(issuer, &TicketIssuer::refused, this, &KioskWindow::handleRefused);
    connect(issuer, &TicketIssuer::unreachable, this, &KioskWindow::handleUnreachable);
    connect(m_controller, &KioskController::outageChanged, this, &KioskWindow::handleOutage);
    connect(m_controller, &KioskController::paperLowChanged, this,
            [this](bool low) { m_banner->setVisible(low); });
}

void KioskWindow::setPage(Page page)
{
    m_page = page;
    m_stack->setCurrentIndex(int(page));
    updateFooter();
    m_countdown.stop();
    const int timeout = page == Page::Message ? m_messageMs : m_idleMs;
    if (page == Page::Start || page == Page::OutOfService || page == Page::Progress
        || page == Page::Confirmation)
        m_idle.stop();
    else
        m_idle.start(timeout);
    emit pageChanged(page);
}

void KioskWindow::setLanguage(const QString &lang)
{
    m_lang = m_translations->install(lang);
    retranslate();
}

void KioskWindow::retranslate()
{
    m_header->setLanguage(m_lang);
    m_header->setCentreName(localized(m_controller->model()->centreName(), m_lang));
    m_header->setTimeZone(m_controller->model()->timeZone());
    m_banner->setText(tr("Printer paper is running low. Staff have been told."));
    m_footer->retranslate();
    m_confirmation->retranslate();
    m_checkin->retranslate();
    m_search->setLanguage(m_lang);
    retranslateActions();
    m_categories->setHeading(
        tr("Do you have priority?"),
        tr("Priority is checked at the counter: please have your document ready."));
    refreshTiles();
    if (m_progress->isVisible() || m_page == Page::Progress) {
        const KioskMessage p = progressMessage(m_progressNumber);
        m_progress->setMessage(p.tone, p.title, p.body, p.number);
    }
    if (m_messageBuilder) {
        const KioskMessage m = m_messageBuilder();
        m_message->setMessage(m.tone, m.title, m.body, m.number, m.action);
    }
}

void KioskWindow::goHome()
{
    if (busy())
        return;
    m_group.clear();
    m_service.clear();
    m_messageBuilder = nullptr;
    m_checkin->clear();
    m_search->clear();
    setPriority(false);
    if (m_lang != "az"_L1)
        setLanguage(u"az"_s);
    if (m_controller->outage() != Outage::None) {
        m_outOfService->setOutage(m_controller->outage());
        setPage(Page::OutOfService);
    } else {
        setPage(Page::Start);
    }
}

void KioskWindow::showGroups()
{
    if (m_controller->outage() != Outage::None)
        return goHome();
    refreshGroups();
    setPage(Page::Groups);
}

void KioskWindow::showCheckin()
{
    if (m_controller->outage() != Outage::None || busy())
        return goHome();
    m_checkin->clear();
    setPage(Page::Checkin);
}

bool KioskWindow::busy() const
{
    return m_controller->issuer()->stage() != TicketIssuer::Stage::Idle;
}

void KioskWindow::handleOutage(Outage outage)
{
    if (outage == Outage::None) {
        if (m_page == Page::OutOfService)
            goHome();
        return;
    }
    m_outOfService->setOutage(outage);
    // A citizen reading a result (number, print failure, refusal) keeps it;
    // the kiosk goes out of service when that screen ends.
    if (!busy() && m_page != Page::Confirmation && m_page != Page::Message
        && m_page != Page::Progress)
        goHome();
}

void KioskWindow::handleIdle()
{
    if (!busy())
        goHome();
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::TouchBegin
        || type == QEvent::KeyPress) {
        if (m_idle.isActive())
            m_idle.start();
    }
    if (type != QEvent::KeyPress || !isVisible())
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool digit = key->text().size() == 1 && key->text().at(0).isDigit();
    if (m_page != Page::Checkin && digit && m_page != Page::OutOfService && !busy()) {
        m_checkin->clear();
        setPage(Page::Checkin); // a scanner typing the code
    }
    if (m_page == Page::Checkin && m_checkin->handleKey(key->key(), key->text()))
        return true;
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setLandscape(width() > height());
}

void KioskWindow::setLandscape(bool landscape)
{
    for (TileGridPage *page : {m_groups, m_services, m_categories})
        page->setGeometryRule(landscape ? 4 : 2, landscape ? 2 : 4);
    m_start->setLandscape(landscape);
    m_checkin->setLandscape(landscape);
    m_outOfService->setLandscape(landscape);
    m_search->setLandscape(landscape);
}

} // namespace novbe
