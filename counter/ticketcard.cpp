#include "ticketcard.h"

#include "deskmodel.h"
#include "desktext.h"

#include "app/pausereasons.h"
#include "desktranslations.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

QLabel *label(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    return l;
}

void repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}

} // namespace

TicketCard::TicketCard(DeskModel *model, QWidget *parent) : QFrame(parent), m_model(model)
{
    setObjectName(u"ticketCard"_s);
    setupUi();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &TicketCard::refresh);
    connect(m_model, &DeskModel::counterChanged, this, &TicketCard::refresh);
    connect(m_model, &DeskModel::queuesChanged, this, &TicketCard::refresh);
    connect(m_model, &DeskModel::centreChanged, this, &TicketCard::refresh);
    m_tick.start();
    refresh();
}

void TicketCard::setupUi()
{
    m_state = label(u"cardState"_s, this);
    m_state->setWordWrap(false);
    m_number = label(u"cardNumber"_s, this);
    m_number->setWordWrap(false);
    m_service = label(u"cardService"_s, this);
    m_badge = label(u"cardBadge"_s, this);
    m_badge->setWordWrap(false);
    m_proof = label(u"cardProof"_s, this);
    m_timer = label(u"cardTimer"_s, this);
    m_detail = label(u"cardDetail"_s, this);
    m_note = label(u"cardNote"_s, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 20, 28, 20);
    layout->setSpacing(8);
    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 0, Qt::AlignLeft | Qt::AlignVCenter);
    top->addStretch(1);
    top->addWidget(m_timer, 0, Qt::AlignRight | Qt::AlignVCenter);
    m_timer->setWordWrap(false);
    layout->addLayout(top);
    layout->addWidget(m_number);
    layout->addWidget(m_service);
    auto *category = new QHBoxLayout;
    category->setSpacing(14);
    category->addWidget(m_badge, 0, Qt::AlignVCenter);
    category->addWidget(m_proof, 1, Qt::AlignVCenter);
    layout->addLayout(category);
    layout->addWidget(m_detail);
    layout->addWidget(m_note);
    layout->addStretch(1);
}

void TicketCard::refresh()
{
    if (const std::optional<Ticket> t = m_model->currentTicket())
        showTicket(*t);
    else
        showNoTicket();
}

void TicketCard::showTicket(const Ticket &t)
{
    const bool serving = t.state == TicketState::Serving;
    setMode(serving ? "serving" : "calling");
    m_state->setText(serving ? tr("SERVING") : tr("CALLING"));
    m_number->setText(t.number);
    const DeskService *service = m_model->service(t.service);
    m_service->setText(service ? localized(service->name, uiLanguage()) : t.service);
    const DeskCategory *category = m_model->category(t.category);
    const bool priority = t.category != u"standard" && category;
    m_badge->setVisible(priority);
    m_proof->setVisible(priority && category->needsProof);
    if (priority) {
        m_badge->setText(u"★ "_s + localized(category->name, uiLanguage()));
        m_proof->setText(tr("Check the document for this category before serving."));
    }
    m_timer->setText(timerText(t));
    m_detail->setText(detailText(t));
    m_note->setVisible(!t.note.isEmpty());
    m_note->setText(tr("Note from the previous counter: %1").arg(t.note));
}

QString TicketCard::timerText(const Ticket &t) const
{
    const QDateTime now = m_model->engineNow();
    if (t.state == TicketState::Serving && t.startedAt.isValid())
        return tr("Serving for %1").arg(clockDuration(t.startedAt.secsTo(now)));
    if (t.calledAt.isValid())
        return tr("Called %1 ago").arg(clockDuration(t.calledAt.secsTo(now)));
    return {};
}

QString TicketCard::detailText(const Ticket &t) const
{
    QStringList parts;
    if (!t.appointment.isEmpty())
        parts << tr("Appointment");
    if (t.state == TicketState::Called) {
        parts << tr("Recalls used: %1 of %2").arg(t.recalls).arg(m_model->maxRecalls());
    }
    const QDateTime waitedFrom = t.issuedAt;
    const QDateTime firstCall = t.firstCalledAt.isValid() ? t.firstCalledAt : t.calledAt;
    if (waitedFrom.isValid() && firstCall.isValid())
        parts << tr("Waited %1").arg(shortWait(waitedFrom.secsTo(firstCall)));
    if (!t.originalService.isEmpty() && t.originalService != t.service) {
        const DeskService *from = m_model->service(t.originalService);
        parts << tr("Transferred from %1")
                     .arg(from ? localized(from->name, uiLanguage()) : t.originalService);
    }
    return parts.join(u"   ·   "_s);
}

void TicketCard::showNoTicket()
{
    m_number->clear();
    m_badge->hide();
    m_proof->hide();
    m_note->hide();
    m_timer->clear();
    int waiting = 0;
    for (const DeskQueue &q : m_model->servedQueues())
        waiting += q.waitingCount;
    switch (m_model->counterState()) {
        case CounterState::Paused:
            setMode("paused");
            m_state->setText(tr("PAUSED"));
            m_service->setText(tr("Paused: %1").arg(PauseReasons::label(m_model->pauseReason())));
            m_detail->setText(
                tr("Citizens are not sent to you. Press Resume (F8) to take them again."));
            if (m_model->stateSince().isValid())
                m_timer->setText(
                    tr("Paused for %1")
                        .arg(clockDuration(m_model->stateSince().secsTo(m_model->engineNow()))));
            break;
        case CounterState::Closed:
            setMode("closed");
            m_state->setText(tr("CLOSED"));
            m_service->setText(tr("The counter is closed."));
            m_detail->clear();
            break;
        default:
            setMode("idle");
            m_state->setText(tr("FREE"));
            m_service->setText(tr("No citizen at your counter."));
            m_detail->setText(
                waiting > 0 ? tr("%n citizen(s) waiting for your services. Press Call next (F1).",
                                 nullptr, waiting)
                            : tr("Nobody is waiting for your services right now."));
            break;
    }
}

void TicketCard::setMode(const char *mode)
{
    if (property("mode").toString() == QLatin1String(mode))
        return;
    setProperty("mode", QString::fromLatin1(mode));
    for (QWidget *w : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_state)})
        repolish(w);
}

QString TicketCard::numberText() const
{
    return m_number->text();
}
QString TicketCard::stateText() const
{
    return m_state->text();
}
QString TicketCard::badgeText() const
{
    return m_badge->isVisibleTo(this) ? m_badge->text() : QString();
}
QString TicketCard::proofText() const
{
    return m_proof->isVisibleTo(this) ? m_proof->text() : QString();
}

void TicketCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace novbe
