#include "loginview.h"

#include "deskmodel.h"
#include "desktranslations.h"
#include "plainerrors.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

LoginView::LoginView(DeskModel *model, QWidget *parent) : QFrame(parent), m_model(model)
{
    setObjectName(u"loginView"_s);
    setupUi();
    m_lockTimer.setInterval(1000);
    connect(&m_lockTimer, &QTimer::timeout, this, &LoginView::tickLock);
    connect(m_model, &DeskModel::centreChanged, this, &LoginView::fillCounters);
    m_wantedCounter = QSettings().value(u"counter/id"_s).toString();
    relabel();
    updateButton();
}

void LoginView::setupUi()
{
    auto *box = new QFrame(this);
    box->setObjectName(u"loginBox"_s);
    m_title = new QLabel(box);
    m_title->setProperty("role", u"panelHeading"_s);
    m_who = new QLabel(box);
    m_who->setObjectName(u"loginWho"_s);
    m_who->setWordWrap(true);
    m_operatorLabel = new QLabel(box);
    m_operator = new QLineEdit(box);
    m_operator->setObjectName(u"operatorField"_s);
    m_operator->setMaxLength(64);
    m_pinLabel = new QLabel(box);
    m_pin = new QLineEdit(box);
    m_pin->setObjectName(u"pinField"_s);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(32);
    m_counterLabel = new QLabel(box);
    m_counter = new QComboBox(box);
    m_counter->setObjectName(u"counterBox"_s);
    m_counter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_counter->setMinimumContentsLength(40);
    m_login = new QPushButton(box);
    m_login->setObjectName(u"loginButton"_s);
    m_login->setProperty("primary", true);
    m_login->setDefault(true);
    m_logout = new QPushButton(box);
    m_logout->setObjectName(u"loginLogout"_s);
    m_message = new QLabel(box);
    m_message->setObjectName(u"loginMessage"_s);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(m_operatorLabel, m_operator);
    form->addRow(m_pinLabel, m_pin);
    form->addRow(m_counterLabel, m_counter);
    auto *inner = new QVBoxLayout(box);
    inner->setContentsMargins(36, 28, 36, 28);
    inner->setSpacing(12);
    inner->addWidget(m_title);
    inner->addWidget(m_who);
    inner->addLayout(form);
    inner->addWidget(m_message);
    inner->addWidget(m_login);
    inner->addWidget(m_logout);
    box->setFixedWidth(760);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_login, &QPushButton::clicked, this, &LoginView::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginView::submit);
    connect(m_operator, &QLineEdit::returnPressed, m_pin, qOverload<>(&QWidget::setFocus));
    connect(m_logout, &QPushButton::clicked, this, &LoginView::logoutRequested);
    connect(m_operator, &QLineEdit::textChanged, this, &LoginView::updateButton);
    connect(m_pin, &QLineEdit::textChanged, this, &LoginView::updateButton);
}

void LoginView::fillCounters()
{
    const QString keep = counterId().isEmpty() ? m_wantedCounter : counterId();
    m_counter->clear();
    for (const DeskCounter &c : m_model->counters()) {
        QStringList services;
        for (const QString &id : c.services) {
            const DeskService *s = m_model->service(id);
            services << (s ? localized(s->name, uiLanguage()) : id);
        }
        m_counter->addItem(
            tr("Counter %1 — %2").arg(localized(c.name, uiLanguage()), services.join(u", "_s)),
            c.id);
    }
    setCounter(keep);
    m_counter->view()->setMinimumWidth(m_counter->view()->sizeHintForColumn(0) + 40);
    updateButton();
}

void LoginView::setCounter(const QString &counterId)
{
    m_wantedCounter = counterId;
    const int index = m_counter->findData(counterId);
    if (index >= 0)
        m_counter->setCurrentIndex(index);
}

QString LoginView::counterId() const
{
    return m_counter->currentData().toString();
}
QString LoginView::message() const
{
    return m_message->text();
}

void LoginView::setLoggedIn(const QString &operatorName)
{
    m_loggedInName = operatorName;
    m_pin->clear();
    m_message->clear();
    relabel();
    updateButton();
    if (operatorName.isEmpty())
        m_operator->setFocus();
}

void LoginView::setConnected(bool connected)
{
    m_connected = connected;
    updateButton();
}

void LoginView::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void LoginView::submit()
{
    if (!m_login->isEnabled())
        return;
    QSettings().setValue(u"counter/id"_s, counterId());
    m_message->clear();
    if (m_loggedInName.isEmpty())
        emit loginRequested(m_operator->text().trimmed(), m_pin->text(), counterId());
    else
        emit openRequested(counterId());
    m_pin->clear();
}

void LoginView::showError(const QString &message, int retryAfterSec)
{
    setMessageKind("error");
    m_message->setText(message);
    m_lockMessage = message;
    m_lockLeft = std::max(retryAfterSec, 0);
    if (m_lockLeft > 0)
        m_lockTimer.start();
    updateButton();
}

void LoginView::showInfo(const QString &message)
{
    setMessageKind("info");
    m_message->setText(message);
}

void LoginView::setMessageKind(const char *kind)
{
    m_message->setProperty("kind", QString::fromLatin1(kind));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
}

void LoginView::tickLock()
{
    if (--m_lockLeft <= 0) {
        m_lockTimer.stop();
        m_message->setText(tr("You can try again now."));
    } else {
        m_message->setText(tr("Too many wrong PINs: logging in is locked. Try again in %1.")
                               .arg(plainWait(m_lockLeft)));
    }
    updateButton();
}

void LoginView::updateButton()
{
    const bool fields = !m_loggedInName.isEmpty()
        || (!m_operator->text().trimmed().isEmpty() && !m_pin->text().isEmpty());
    m_login->setEnabled(m_connected && !m_busy && m_lockLeft <= 0 && fields
                        && !counterId().isEmpty());
    if (!m_connected && m_message->text().isEmpty())
        m_message->setText(tr("Connecting to the queue server…"));
    else if (m_connected && m_message->text() == tr("Connecting to the queue server…"))
        m_message->clear();
}

void LoginView::relabel()
{
    const bool in = !m_loggedInName.isEmpty();
    m_title->setText(in ? tr("Open a counter") : tr("Log in to your counter"));
    m_who->setText(in ? tr("Logged in as %1.").arg(m_loggedInName) : QString());
    m_who->setVisible(in);
    for (QWidget *w : {static_cast<QWidget *>(m_operatorLabel), static_cast<QWidget *>(m_operator),
                       static_cast<QWidget *>(m_pinLabel), static_cast<QWidget *>(m_pin)})
        w->setVisible(!in);
    m_logout->setVisible(in);
    m_operatorLabel->setText(tr("Operator ID"));
    m_operator->setPlaceholderText(tr("for example op07"));
    m_pinLabel->setText(tr("PIN"));
    m_counterLabel->setText(tr("Counter"));
    m_login->setText(in ? tr("Open counter") : tr("Log in"));
    m_logout->setText(tr("Log out"));
}

void LoginView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        relabel();
        fillCounters();
        if (!m_connected)
            m_message->setText(tr("Connecting to the queue server…"));
    }
    QFrame::changeEvent(event);
}

} // namespace novbe
