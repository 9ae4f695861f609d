#include "ratingsession.h"

#include "app/applink.h"
#include "protocol/wire.h"

using namespace Qt::StringLiterals;

namespace novbe {

RatingSession::RatingSession(AppLink *link, const QString &counterId, int resetSec, QObject *parent)
    : QObject(parent), m_link(link), m_counterId(counterId), m_resetMs(resetSec * 1000)
{
    m_reset.setSingleShot(true);
    connect(&m_reset, &QTimer::timeout, this, [this] {
        m_ticket.reset();
        setPhase(Phase::Idle);
    });
    connect(link, &AppLink::eventReceived, this, &RatingSession::handleEvent);
    connect(link, &AppLink::stateChanged, this, [this](EngineClient::State s) {
        emit connectionChanged(s == EngineClient::State::Ready);
    });
    connect(link, &AppLink::centreLoaded, this, [this] {
        const CounterView *counter = m_link->centre().counter(m_counterId);
        m_operator = counter && counter->op ? counter->op->name : QString();
        emit connectionChanged(m_link->isReady());
    });
}

void RatingSession::start()
{
    m_link->start();
}

void RatingSession::setTimeouts(int resetMs, int thanksMs)
{
    m_resetMs = resetMs;
    m_thanksMs = thanksMs;
}

QString RatingSession::counterName(const QString &lang) const
{
    const CounterView *counter = m_link->centre().counter(m_counterId);
    const QString name = counter ? localized(counter->name, lang) : QString();
    return name.isEmpty() ? m_counterId : name;
}

bool RatingSession::isConnected() const
{
    return m_link->isReady();
}

int RatingSession::secondsLeft() const
{
    return m_reset.isActive() ? (m_reset.remainingTime() + 999) / 1000 : 0;
}

void RatingSession::handleEvent(const EventView &event)
{
    if (const auto *changed = event.as<CounterChangedEvent>()) {
        if (changed->counter.id == m_counterId) {
            m_operator = changed->counter.op ? changed->counter.op->name : QString();
            emit connectionChanged(m_link->isReady()); // the pad re-labels
        }
        return;
    }
    const TicketView *t = event.type == EventType::TicketFinished ? event.ticket() : nullptr;
    if (!t || t->counter != m_counterId || m_rated.contains(t->id))
        return;
    if (event.at.isValid() && event.at.msecsTo(m_link->clock().now()) > m_resetMs)
        return; // replayed after a reconnect: that citizen has left
    ask(*t);
}

void RatingSession::ask(const Ticket &ticket)
{
    m_ticket = ticket;
    m_rating = 0;
    m_reset.start(m_resetMs);
    setPhase(Phase::Asking);
}

void RatingSession::rate(int rating)
{
    if (m_phase != Phase::Asking || !m_ticket || rating < 1 || rating > 5
        || m_rated.contains(m_ticket->id))
        return;
    const QString id = m_ticket->id;
    m_rated.insert(id);
    m_rating = rating;
    ++m_submissions;
    m_reset.stop();
    setPhase(Phase::Sending);
    const QJsonObject params{{u"ticket"_s, id}, {u"rating"_s, rating}};
    m_link->client()->call(QString(method::FEEDBACK_SUBMIT), params, this,
                           [this, id, rating](const RpcReply &r) {
                               if (r.ok)
                                   emit submitted(id, rating);
                               if (!m_ticket || m_ticket->id != id)
                                   return; // the next citizen is already being asked
                               setPhase(r.ok ? Phase::Thanked : Phase::Failed);
                               m_reset.start(m_thanksMs);
                           });
}

void RatingSession::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

} // namespace novbe
