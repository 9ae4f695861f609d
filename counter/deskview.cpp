#include "deskview.h"

#include "actionbar.h"
#include "banner.h"
#include "choicepanel.h"
#include "deskkeys.h"
#include "deskmodel.h"
#include "desksession.h"
#include "desktext.h"

#include "app/pausereasons.h"
#include "queuepanel.h"
#include "ticketcard.h"
#include "transferpanel.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {
const QString FINISH = u"finish"_s;
const QString PAUSE = u"pause"_s;
} // namespace

DeskView::DeskView(DeskModel *model, DeskSession *session, QWidget *parent)
    : QFrame(parent), m_model(model), m_session(session)
{
    setObjectName(u"deskView"_s);
    setupUi();
    setupConnections();
    qApp->installEventFilter(this);
    relabel();
    refreshActions();
}

DeskView::~DeskView()
{
    qApp->removeEventFilter(this);
}

void DeskView::setupUi()
{
    m_banner = new Banner(this);
    m_stack = new QStackedWidget(this);
    m_card = new TicketCard(m_model, m_stack);
    m_transfer = new TransferPanel(m_model, m_stack);
    m_choice = new ChoicePanel(m_stack);
    m_stack->addWidget(m_card);
    m_stack->addWidget(m_transfer);
    m_stack->addWidget(m_choice);
    m_actions = new ActionBar(this);
    m_queue = new QueuePanel(m_model, this);
    m_queue->setFixedWidth(470);
    m_close = new QPushButton(this);
    m_close->setObjectName(u"closeCounter"_s);
    m_logout = new QPushButton(this);
    m_logout->setObjectName(u"logout"_s);
    for (QPushButton *b : {m_close, m_logout})
        b->setFocusPolicy(Qt::NoFocus);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(12, 10, 12, 10);
    grid->setSpacing(10);
    grid->addWidget(m_banner, 0, 0, 1, 2);
    grid->addWidget(m_stack, 1, 0);
    grid->addWidget(m_queue, 1, 1, 2, 1);
    auto *leave = new QHBoxLayout;
    leave->addStretch(1);
    leave->addWidget(m_close);
    leave->addWidget(m_logout);
    grid->addLayout(leave, 2, 0);
    m_compactInfo = new QLabel(this);
    m_compactInfo->setObjectName(u"compactInfo"_s);
    m_compactInfo->setMinimumWidth(230);
    m_compactInfo->hide();
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(10);
    bottom->addWidget(m_compactInfo);
    bottom->addWidget(m_actions, 1);
    grid->addLayout(bottom, 3, 0, 1, 2);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
}

void DeskView::setupConnections()
{
    connect(m_actions, &ActionBar::actionClicked, this, &DeskView::request);
    connect(m_close, &QPushButton::clicked, this, [this] { request(DeskAction::Close); });
    connect(m_logout, &QPushButton::clicked, this, [this] { request(DeskAction::Logout); });
    connect(m_session, &DeskSession::noticeRaised, m_banner, &Banner::showNotice);
    connect(m_session, &DeskSession::busyChanged, this, &DeskView::refreshActions);
    connect(m_session, &DeskSession::linkChanged, this, &DeskView::refreshActions);
    connect(m_session, &DeskSession::phaseChanged, this, &DeskView::refreshActions);
    connect(m_model, &DeskModel::counterChanged, this, &DeskView::refreshActions);
    connect(m_model, &DeskModel::queuesChanged, this, &DeskView::refreshCompact);
    connect(m_session, &DeskSession::actionDone, this, &DeskView::showCard);
    connect(m_transfer, &TransferPanel::transferRequested, m_session, &DeskSession::transfer);
    connect(m_transfer, &TransferPanel::cancelled, this, &DeskView::showCard);
    connect(m_choice, &ChoicePanel::chosen, this, &DeskView::handleChoice);
    connect(m_choice, &ChoicePanel::cancelled, this, &DeskView::showCard);
    connect(m_queue, &QueuePanel::callRequested, m_session, &DeskSession::callTicket);
    connect(m_queue, &QueuePanel::hintRequested, this, [this](const QString &text) {
        m_banner->showNotice({Notice::Kind::Info, [text] { return text; }});
    });
}

void DeskView::request(DeskAction action)
{
    if (action == DeskAction::Pause && m_model->counterState() == CounterState::Paused)
        action = DeskAction::Resume;
    if (!m_session->checkAllowed(action))
        return;
    switch (action) {
        case DeskAction::Transfer:
            m_transfer->begin();
            showPanel(m_transfer);
            return;
        case DeskAction::Finish: beginFinish(); return;
        case DeskAction::Pause: beginPause(); return;
        case DeskAction::CallSpecific: m_queue->activateCall(); return;
        default: showCard(); m_session->trigger(action);
    }
}

void DeskView::beginFinish()
{
    const std::optional<Ticket> t = m_model->currentTicket();
    const DeskService *s = t ? m_model->service(t->service) : nullptr;
    if (!s || s->outcomes.isEmpty()) {
        m_session->finish({});
        return;
    }
    QList<ChoicePanel::Choice> choices;
    for (const QString &code : s->outcomes)
        choices.append({code, outcomeLabel(code)});
    choices.append({QString(), tr("Finish without an outcome")});
    m_choice->begin(FINISH, tr("Finish %1: what was the outcome?").arg(t->number), choices);
    showPanel(m_choice);
}

void DeskView::beginPause()
{
    QList<ChoicePanel::Choice> choices;
    for (const QString &code : PauseReasons::codes())
        choices.append({code, PauseReasons::label(code)});
    m_choice->begin(PAUSE, tr("Pause the counter: why?"), choices);
    showPanel(m_choice);
}

void DeskView::handleChoice(const QString &purpose, const QString &code)
{
    showCard();
    if (purpose == FINISH)
        m_session->finish(code);
    else if (purpose == PAUSE)
        m_session->pause(code);
}

void DeskView::showCard()
{
    showPanel(m_card);
}

void DeskView::showPanel(QWidget *panel)
{
    m_stack->setCurrentWidget(panel);
    if (!m_compact)
        return;
    m_stack->setVisible(panel != m_card);
    emit compactLayoutChanged();
}

void DeskView::setCompact(bool compact)
{
    m_compact = compact;
    for (QWidget *w : {static_cast<QWidget *>(m_queue), static_cast<QWidget *>(m_close),
                       static_cast<QWidget *>(m_logout)})
        w->setVisible(!compact);
    m_compactInfo->setVisible(compact);
    m_stack->setVisible(!compact || panelOpen());
    refreshCompact();
    emit compactLayoutChanged();
}

QString DeskView::compactText() const
{
    return m_compactInfo->text();
}

void DeskView::refreshCompact()
{
    const std::optional<Ticket> t = m_model->currentTicket();
    int waiting = 0;
    for (const DeskQueue &q : m_model->servedQueues())
        waiting += q.waitingCount;
    QString state;
    if (m_model->counterState() == CounterState::Paused)
        state = tr("Paused");
    else if (t && t->state == TicketState::Serving)
        state = tr("Serving");
    else if (t)
        state = tr("Calling");
    else
        state = tr("Free");
    m_compactInfo->setText((t ? t->number : u"—"_s) + u"\n"_s + state + u" · "_s
                           + tr("%n waiting", nullptr, waiting));
    m_compactInfo->setProperty(
        "state", m_model->counterState() == CounterState::Paused ? u"paused"_s : QString());
}

DeskAction DeskView::panelAction() const
{
    if (m_stack->currentWidget() == m_transfer)
        return DeskAction::Transfer;
    return m_choice->purpose() == FINISH ? DeskAction::Finish : DeskAction::Pause;
}

bool DeskView::panelOpen() const
{
    return m_stack->currentWidget() != m_card;
}

void DeskView::refreshActions()
{
    const DeskActions enabled = m_session->enabled();
    const DeskSituation s = m_model->situation(m_session->link());
    std::optional<DeskAction> primary;
    if (s.counter == CounterState::Idle)
        primary = DeskAction::CallNext;
    else if (s.ticket == TicketState::Called)
        primary = DeskAction::Start;
    else if (s.ticket == TicketState::Serving)
        primary = DeskAction::Finish;
    else if (s.counter == CounterState::Paused)
        primary = DeskAction::Resume;
    const int recalls = s.ticket == TicketState::Called ? s.recallsLeft : -1;
    m_actions->update(enabled, recalls, s.counter == CounterState::Paused, primary);
    m_queue->setCallAllowed(enabled.contains(DeskAction::CallSpecific));
    m_close->setEnabled(enabled.contains(DeskAction::Close));
    m_logout->setEnabled(enabled.contains(DeskAction::Logout));
    if (panelOpen() && !m_session->isBusy() && !enabled.contains(panelAction()))
        showCard(); // the ticket moved on (e.g. finished elsewhere): the panel is stale
    refreshCompact();
}

bool DeskView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && isVisible()) {
        auto *w = qobject_cast<QWidget *>(watched);
        auto *key = static_cast<QKeyEvent *>(event);
        if (w && (w == this || isAncestorOf(w)) && handleKey(w, key->key(), key->modifiers()))
            return true;
    }
    return QFrame::eventFilter(watched, event);
}

bool DeskView::handleKey(QObject *receiver, int key, Qt::KeyboardModifiers modifiers)
{
    const bool typing = qobject_cast<QLineEdit *>(receiver) != nullptr;
    const std::optional<DeskAction> action = deskActionForKey(key, modifiers,
                                                              typing || panelOpen());
    if (!action)
        return false;
    request(*action);
    return true;
}

void DeskView::relabel()
{
    m_close->setText(tr("F10  Close counter"));
    m_logout->setText(tr("F12  Log out"));
}

void DeskView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        relabel();
        refreshCompact();
        if (m_stack->currentWidget() == m_choice) { // re-label the open list, keep the choice
            const int row = m_choice->list()->currentRow();
            if (m_choice->purpose() == FINISH)
                beginFinish();
            else
                beginPause();
            m_choice->list()->setCurrentRow(row);
        }
    }
    QFrame::changeEvent(event);
}

} // namespace novbe
