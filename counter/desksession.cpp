#include "desksession.h"

#include "deskmodel.h"
#include "plainerrors.h"

#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"

using namespace Qt::StringLiterals;

namespace novbe {

namespace {
constexpr int REFRESH_DEBOUNCE_MS = 200;
constexpr int REFRESH_PERIOD_MS = 30000;
} // namespace

DeskSession::DeskSession(AppLink *link, DeskModel *model, QObject *parent)
    : QObject(parent), m_appLink(link), m_client(link->client()), m_model(model)
{
    m_refreshDebounce.setSingleShot(true);
    m_refreshDebounce.setInterval(REFRESH_DEBOUNCE_MS);
    m_refreshTick.setInterval(REFRESH_PERIOD_MS);
    connect(&m_refreshDebounce, &QTimer::timeout, this, &DeskSession::refreshQueues);
    connect(&m_refreshTick, &QTimer::timeout, this, &DeskSession::refreshQueues);
    connect(link, &AppLink::ready, this, &DeskSession::handleReady);
    connect(link, &AppLink::connectionLost, this, &DeskSession::handleConnectionLost);
    connect(link, &AppLink::stateChanged, this, [this](EngineClient::State s) {
        if (s != EngineClient::State::Ready)
            setLink(s == EngineClient::State::Connecting ? LinkState::Connecting
                                                         : LinkState::Disconnected);
    });
    connect(link, &AppLink::centreLoaded, m_model, &DeskModel::applyCentre);
    connect(link, &AppLink::eventReceived, this, &DeskSession::handleEvent);
    connect(link, &AppLink::snapshotReceived, m_model, &DeskModel::applySnapshot);
    connect(link, &AppLink::sessionRefused, this, [this](const WireError &e) {
        raise(Notice::Kind::Error, [e] { return plainActionError(e); });
    });
    connect(link, &AppLink::connectionFailed, this,
            [this] { raise(Notice::Kind::Error, [] { return plainTlsError(); }); });
}

void DeskSession::start()
{
    if (m_started)
        return;
    m_started = true;
    m_appLink->start();
    m_refreshTick.start();
}

DeskSession::Phase DeskSession::phase() const
{
    return m_phase;
}
LinkState DeskSession::link() const
{
    return m_link;
}
bool DeskSession::isBusy() const
{
    return m_busy;
}
QString DeskSession::operatorId() const
{
    return m_operatorId;
}
QString DeskSession::operatorName() const
{
    return m_operatorName;
}

DeskActions DeskSession::enabled() const
{
    if (m_busy || m_phase != Phase::Open)
        return {};
    return enabledActions(m_model->situation(m_link));
}

void DeskSession::handleReady()
{
    if (m_phase == Phase::LoggedOut || m_pin.isEmpty()) {
        setLink(LinkState::Connected);
        return;
    }
    restoreAfterReconnect();
}

void DeskSession::handleConnectionLost()
{
    setLink(LinkState::Disconnected);
    raise(Notice::Kind::Warning, [] {
        return tr("Connection to the queue server lost. Reconnecting by itself; "
                  "your ticket stays with your counter. Actions are not sent until it is back.");
    });
}

void DeskSession::restoreAfterReconnect()
{
    m_restoring = true;
    const QJsonObject params{{u"operator"_s, m_operatorId}, {u"pin"_s, m_pin}};
    m_client->call(QString(method::OPERATOR_LOGIN), params, this, [this](const RpcReply &r) {
        if (!r.ok) {
            m_restoring = false;
            failLogin(r.error);
            return;
        }
        if (m_phase == Phase::Open)
            openAfterLogin(m_model->counterId(), true);
        else {
            m_restoring = false;
            setLink(LinkState::Connected);
        }
    });
}

void DeskSession::login(const QString &operatorId, const QString &pin, const QString &counterId)
{
    if (m_link != LinkState::Connected) {
        emit loginFailed(
            plainLoginError(RpcReply::localFailure(clientreason::NOT_CONNECTED, {}).error), 0);
        return;
    }
    setBusy(true);
    const QJsonObject params{{u"operator"_s, operatorId}, {u"pin"_s, pin}};
    m_client->call(QString(method::OPERATOR_LOGIN), params, this, [=, this](const RpcReply &r) {
        if (!r.ok) {
            setBusy(false);
            emit loginFailed(plainLoginError(r.error),
                             r.error.data.value(u"retryAfterSec"_s).toInt());
            return;
        }
        m_operatorId = operatorId;
        const auto op = decode<OperatorRef>(r.result.value(u"operator"_s).toObject());
        m_operatorName = op ? op->name : QString();
        m_pin = pin;
        m_pauseReason.clear();
        setPhase(Phase::LoggedIn);
        openAfterLogin(counterId, false);
    });
}

void DeskSession::openCounter(const QString &counterId)
{
    if (m_phase != Phase::LoggedIn || m_link != LinkState::Connected) {
        emit loginFailed(
            plainLoginError(RpcReply::localFailure(clientreason::NOT_CONNECTED, {}).error), 0);
        return;
    }
    setBusy(true);
    openAfterLogin(counterId, false);
}

void DeskSession::openAfterLogin(const QString &counterId, bool restoring)
{
    m_client->call(
        QString(method::COUNTER_OPEN), {{u"counter"_s, counterId}}, this,
        [=, this](const RpcReply &r) {
            setBusy(false);
            m_restoring = false;
            if (!r.ok) {
                if (restoring)
                    setPhase(Phase::LoggedIn);
                emit loginFailed(plainLoginError(r.error), 0);
                return;
            }
            m_model->setCounterId(counterId);
            applyCounterAnswer(r.result);
            setPhase(Phase::Open);
            if (restoring)
                restorePause();
            refreshQueues();
            setLink(LinkState::Connected);
            if (restoring)
                raise(Notice::Kind::Success, [] {
                    return tr(
                        "Connected again. Your counter and its ticket are back as they were.");
                });
        });
}

void DeskSession::restorePause()
{
    if (m_pauseReason.isEmpty() || m_model->counterState() != CounterState::Idle)
        return;
    m_client->call(QString(method::COUNTER_PAUSE), {{u"reason"_s, m_pauseReason}}, this,
                   [this](const RpcReply &r) {
                       if (r.ok)
                           applyCounterAnswer(r.result);
                   });
}

void DeskSession::failLogin(const WireError &error)
{
    m_pin.clear();
    m_model->clearCounter();
    setPhase(Phase::LoggedOut);
    setLink(m_client->isReady() ? LinkState::Connected : m_link);
    emit loginFailed(plainLoginError(error), error.data.value(u"retryAfterSec"_s).toInt());
}

void DeskSession::refreshQueues()
{
    if (m_phase != Phase::Open || !m_client->isReady())
        return;
    m_client->call(QString(method::QUEUE_SNAPSHOT), {}, this, [this](const RpcReply &r) {
        if (const auto snapshot = r.ok ? decode<QueueSnapshot>(r.result) : std::nullopt)
            m_model->applySnapshot(*snapshot);
    });
}

void DeskSession::handleEvent(const EventView &event)
{
    if (m_phase != Phase::Open)
        return;
    const auto *changed = event.as<CounterChangedEvent>();
    const CounterView *counter = changed ? &changed->counter : nullptr;
    if (counter && counter->id == m_model->counterId() && !m_restoring && !m_leaving
        && (counter->op ? counter->op->id : QString()) != m_operatorId) {
        loggedOutElsewhere();
        return;
    }
    if (m_model->applyEvent(event))
        m_refreshDebounce.start();
    if (m_model->counterState() == CounterState::Paused)
        m_pauseReason = m_model->pauseReason();
}

void DeskSession::applyCounterAnswer(const QJsonObject &result)
{
    if (const auto counter = decode<CounterView>(result.value(u"counter"_s).toObject()))
        m_model->applyCounter(*counter);
}

void DeskSession::loggedOutElsewhere()
{
    m_pin.clear();
    m_model->clearCounter();
    setPhase(Phase::LoggedOut);
    raise(Notice::Kind::Warning, [] {
        return tr("Your counter was closed from another place (for example you logged in at "
                  "another desk). Log in again to continue here.");
    });
}

void DeskSession::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    if (phase == Phase::LoggedOut) {
        m_operatorId.clear();
        m_operatorName.clear();
        m_pauseReason.clear();
    }
    emit phaseChanged(phase);
}

void DeskSession::setLink(LinkState link)
{
    if (link == m_link)
        return;
    m_link = link;
    emit linkChanged(link);
}

void DeskSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void DeskSession::raise(Notice::Kind kind, std::function<QString()> text)
{
    emit noticeRaised(Notice{kind, std::move(text)});
}

} // namespace novbe
