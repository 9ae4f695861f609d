#include "counterwindow.h"

#include "deskmodel.h"
#include "desksession.h"
#include "desktext.h"
#include "desktranslations.h"
#include "deskview.h"
#include "loginview.h"
#include "notice.h"
#include "queuepanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

CounterWindow::CounterWindow(DeskModel *model, DeskSession *session, QWidget *parent)
    : QMainWindow(parent), m_model(model), m_session(session)
{
    setObjectName(u"counterWindow"_s);
    setMinimumSize(1366, 768);
    setupUi();
    setupConnections();
    m_clockTick.setInterval(1000);
    connect(&m_clockTick, &QTimer::timeout, this, &CounterWindow::refreshHeader);
    m_clockTick.start();
    showPhase();
    refreshHeader();
    refreshStatus();
}

void CounterWindow::setupUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = makeHeader();
    layout->addWidget(m_header);
    m_pages = new QStackedWidget(central);
    m_login = new LoginView(m_model, m_pages);
    m_desk = new DeskView(m_model, m_session, m_pages);
    m_pages->addWidget(m_login);
    m_pages->addWidget(m_desk);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_operator = new QLabel(this);
    m_counter = new QLabel(this);
    m_connection = new QLabel(this);
    m_connection->setObjectName(u"connectionState"_s);
    statusBar()->setSizeGripEnabled(false);
    statusBar()->addWidget(m_operator, 1);
    statusBar()->addWidget(m_counter, 1);
    statusBar()->addPermanentWidget(m_connection);
}

QWidget *CounterWindow::makeHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(u"header"_s);
    m_centre = new QLabel(header);
    m_centre->setObjectName(u"headerCentre"_s);
    m_clock = new QLabel(header);
    m_clock->setObjectName(u"headerClock"_s);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(16, 6, 16, 6);
    layout->addWidget(m_centre, 1);
    layout->addWidget(m_clock);
    layout->addSpacing(16);
    for (const QString &lang : deskLanguages()) {
        auto *b = new QPushButton(lang.toUpper(), header);
        b->setObjectName(u"lang_"_s + lang);
        b->setProperty("role", u"language"_s);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, [this, lang] { chooseLanguage(lang); });
        m_langButtons << b;
        layout->addWidget(b);
    }
    return header;
}

void CounterWindow::setupConnections()
{
    connect(m_session, &DeskSession::phaseChanged, this, &CounterWindow::showPhase);
    connect(m_desk, &DeskView::compactLayoutChanged, this, &CounterWindow::fitCompact);
    connect(m_session, &DeskSession::linkChanged, this, &CounterWindow::refreshStatus);
    connect(m_session, &DeskSession::linkChanged, this, [this](LinkState link) {
        m_login->setConnected(link == LinkState::Connected);
        m_desk->queuePanel()->setStale(link != LinkState::Connected);
    });
    connect(m_session, &DeskSession::busyChanged, m_login, &LoginView::setBusy);
    connect(m_session, &DeskSession::loginFailed, m_login, &LoginView::showError);
    connect(m_session, &DeskSession::noticeRaised, this, [this](const Notice &notice) {
        if (m_session->phase() == DeskSession::Phase::Open || !notice.text)
            return; // otherwise the desk's banner is not on screen: say it here
        if (notice.kind == Notice::Kind::Error || notice.kind == Notice::Kind::Warning)
            m_login->showError(notice.text(), 0);
        else
            m_login->showInfo(notice.text());
    });
    connect(m_model, &DeskModel::counterChanged, this, &CounterWindow::refreshStatus);
    connect(m_model, &DeskModel::centreChanged, this, &CounterWindow::refreshHeader);
    connect(m_login, &LoginView::loginRequested, m_session, &DeskSession::login);
    connect(m_login, &LoginView::openRequested, m_session, &DeskSession::openCounter);
    connect(m_login, &LoginView::logoutRequested, m_session,
            [this] { m_session->logoutOperator(); });
}

void CounterWindow::showPhase()
{
    const DeskSession::Phase phase = m_session->phase();
    m_login->setLoggedIn(phase == DeskSession::Phase::LoggedIn ? m_session->operatorName()
                                                               : QString());
    m_pages->setCurrentWidget(phase == DeskSession::Phase::Open ? static_cast<QWidget *>(m_desk)
                                                                : m_login);
    refreshStatus();
    fitCompact();
}

void CounterWindow::setCompact(bool compact)
{
    m_compact = compact;
    if (windowFlags().testFlag(Qt::WindowStaysOnTopHint) != compact) {
        const bool shown = isVisible();
        setWindowFlag(Qt::WindowStaysOnTopHint, compact); // hides the window
        if (shown)
            show();
    }
    m_desk->setCompact(compact);
    fitCompact();
}

// Compact and open: the strip, as low as its content; otherwise the full desk.
void CounterWindow::fitCompact()
{
    const bool strip = m_compact && m_session->phase() == DeskSession::Phase::Open;
    m_header->setVisible(!strip);
    const QSize minimum = strip ? QSize(1024, 0) : QSize(1366, 768);
    if (minimumSize() != minimum)
        setMinimumSize(minimum);
    // The login page is not shown in the strip: it must not hold the window tall.
    const QSizePolicy::Policy login = strip ? QSizePolicy::Ignored : QSizePolicy::Preferred;
    m_login->setSizePolicy(login, login);
    if (strip) {
        m_desk->layout()->invalidate();
        const int height = m_desk->minimumSizeHint().height() + statusBar()->sizeHint().height();
        resize(qMax(width(), 1366), height);
    }
}

void CounterWindow::chooseLanguage(const QString &lang)
{
    QSettings().setValue(u"ui/language"_s, setUiLanguage(lang));
    refreshHeader();
}

void CounterWindow::refreshHeader()
{
    m_centre->setText(localized(m_model->centreName(), uiLanguage()));
    m_clock->setText(m_model->engineNow().toTimeZone(m_model->timeZone()).toString(u"HH:mm"_s));
    for (QPushButton *b : std::as_const(m_langButtons))
        b->setChecked(b->objectName() == u"lang_"_s + uiLanguage());
}

void CounterWindow::refreshStatus()
{
    m_operator->setText(operatorText());
    m_counter->setText(counterText());
    m_connection->setText(connectionText());
    m_connection->setMinimumWidth(m_connection->sizeHint().width()); // never "● Нет связи — пере…"
    const char *state = m_session->link() == LinkState::Connected ? "ok"
        : m_session->link() == LinkState::Connecting              ? "connecting"
                                                                  : "down";
    m_connection->setProperty("state", QString::fromLatin1(state));
    m_connection->style()->unpolish(m_connection);
    m_connection->style()->polish(m_connection);
}

QString CounterWindow::operatorText() const
{
    const QString name = m_session->operatorName();
    return name.isEmpty() ? tr("Nobody logged in") : tr("Operator: %1").arg(name);
}

QString CounterWindow::counterText() const
{
    if (m_session->phase() != DeskSession::Phase::Open)
        return tr("No counter open");
    const DeskCounter *c = m_model->counterInfo(m_model->counterId());
    const QString name = c ? localized(c->name, uiLanguage()) : m_model->counterId();
    return tr("Counter %1 · %2").arg(name, counterStateLabel(m_model->counterState()));
}

QString CounterWindow::connectionText() const
{
    switch (m_session->link()) {
        case LinkState::Connected: return tr("● Connected");
        case LinkState::Connecting: return tr("● Connecting…");
        case LinkState::Disconnected: break;
    }
    return tr("● Not connected — reconnecting by itself");
}

void CounterWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refreshHeader();
        refreshStatus();
    }
    QMainWindow::changeEvent(event);
}

} // namespace novbe
