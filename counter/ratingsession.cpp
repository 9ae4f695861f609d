#include "ratingsession.h"

#include "client/engineclient.h"
#include "protocol/codec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace novbe {

RatingSession::RatingSession(EngineClient *client, const QString &counterId, int resetSec,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_counterId(counterId)
    , m_resetMs(resetSec * 1000)
{
    m_reset.setSingleShot(true);
    connect(&m_reset, &QTimer::timeout, this, [this] {
        m_ticket.reset();
        setPhase(Phase::Idle);
    });
    connect(m_client, &EngineClient::eventReceived, this, &RatingSession::handleEvent);
    connect(m_client, &EngineClient::stateChanged, this,
            [this](EngineClient::State s) { emit connectionChanged(s == EngineClient::State::Ready); });
    connect(m_client, &EngineClient::ready, this, [this] {
        m_client->call(u"session.ping"_s, {}, this, [this](const RpcReply &r) {
            const QDateTime now = parseIsoTime(r.result.value(u"now"_s).toString());
            if (r.ok && now.isValid())
                m_engineOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(now);
        });
        m_client->call(u"centre.get"_s, {}, this, [this](const RpcReply &r) {
            for (const QJsonValue &v : r.result.value(u"counters"_s).toArray()) {
                if (v.toObject().value(u"id"_s).toString() == m_counterId)
                    m_counterName = localizedFromJson(v.toObject().value(u"name"_s).toObject());
            }
            emit connectionChanged(m_client->isReady());
        });
    });
}

void RatingSession::start()
{
    m_client->subscribe();
    m_client->start();
}

void RatingSession::setTimeouts(int resetMs, int thanksMs)
{
    m_resetMs = resetMs;
    m_thanksMs = thanksMs;
}

QString RatingSession::counterName(const QString &lang) const
{
    const QString name = localized(m_counterName, lang);
    return name.isEmpty() ? m_counterId : name;
}

bool RatingSession::isConnected() const
{
    return m_client->isReady();
}

void RatingSession::handleEvent(const QJsonObject &params)
{
    if (params.value(u"type"_s).toString() != u"ticket.finished")
        return;
    const std::optional<Ticket> t = ticketFromJson(params.value(u"ticket"_s).toObject());
    if (!t || t->counter != m_counterId || m_rated.contains(t->id))
        return;
    const QDateTime at = parseIsoTime(params.value(u"at"_s).toString());
    const QDateTime engineNow = QDateTime::currentDateTimeUtc().addMSecs(m_engineOffsetMs);
    if (at.isValid() && at.msecsTo(engineNow) > m_resetMs)
        return;   // replayed after a reconnect: that citizen has left
    ask(*t);
}

void RatingSession::ask(const Ticket &ticket)
{
    m_ticket = ticket;
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
    ++m_submissions;
    m_reset.stop();
    setPhase(Phase::Sending);
    const QJsonObject params{{u"ticket"_s, id}, {u"rating"_s, rating}};
    m_client->call(u"feedback.submit"_s, params, this, [this, id, rating](const RpcReply &r) {
        if (r.ok)
            emit submitted(id, rating);
        if (!m_ticket || m_ticket->id != id)
            return;   // the next citizen is already being asked
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
