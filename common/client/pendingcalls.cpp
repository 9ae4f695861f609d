#include "pendingcalls.h"

#include <algorithm>
#include <limits>

namespace novbe {

RpcReply RpcReply::success(const QJsonObject &result)
{
    return RpcReply{true, result, {}};
}

RpcReply RpcReply::failure(const WireError &error)
{
    return RpcReply{false, {}, error};
}

RpcReply RpcReply::localFailure(QLatin1String reason, const QString &message)
{
    return RpcReply{false, {}, WireError{LOCAL_ERROR_CODE, reason, message, {}}};
}

void PendingCall::invoke(const RpcReply &reply) const
{
    if (guarded && !context)
        return;
    if (callback)
        callback(reply);
}

PendingCalls::PendingCalls(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PendingCalls::handleTimer);
}

qint64 PendingCalls::add(const QString &method, RpcCallback callback, QObject *context,
                         int timeoutMs)
{
    PendingCall call;
    call.id = m_nextId++;
    call.method = method;
    call.callback = std::move(callback);
    call.context = context;
    call.guarded = context != nullptr;
    call.timeoutMs = timeoutMs;
    call.deadline = QDeadlineTimer(timeoutMs, Qt::PreciseTimer);
    const qint64 id = call.id;
    m_calls.emplace(id, std::move(call));
    rearm();
    return id;
}

std::optional<PendingCall> PendingCalls::take(qint64 id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return std::nullopt;
    PendingCall call = std::move(it->second);
    m_calls.erase(it);
    rearm();
    return call;
}

std::vector<PendingCall> PendingCalls::takeAll()
{
    std::vector<PendingCall> calls;
    calls.reserve(m_calls.size());
    for (auto &[id, call] : m_calls)
        calls.push_back(std::move(call));
    m_calls.clear();
    m_timer.stop();
    return calls;
}

int PendingCalls::count() const
{
    return int(m_calls.size());
}

void PendingCalls::handleTimer()
{
    std::vector<PendingCall> expired;
    for (auto it = m_calls.begin(); it != m_calls.end();) {
        if (it->second.deadline.hasExpired()) {
            expired.push_back(std::move(it->second));
            it = m_calls.erase(it);
        } else {
            ++it;
        }
    }
    rearm();
    const QPointer<PendingCalls> self(this);
    for (const PendingCall &call : expired) {
        emit callExpired(call);
        if (!self)
            return; // a callback destroyed the client
    }
}

void PendingCalls::rearm()
{
    if (m_calls.empty()) {
        m_timer.stop();
        return;
    }
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const auto &[id, call] : m_calls)
        earliest = std::min(earliest, call.deadline.remainingTime());
    m_timer.start(int(std::clamp<qint64>(earliest, 0, std::numeric_limits<int>::max())));
}

} // namespace novbe
