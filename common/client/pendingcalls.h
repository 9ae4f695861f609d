#pragma once

// Internal to EngineClient: calls awaiting an answer, keyed by request id,
// with one timer armed for the earliest deadline.

#include "rpcreply.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <map>
#include <optional>
#include <vector>

namespace novbe {

struct PendingCall
{
    qint64 id = 0;
    QString method;
    RpcCallback callback;
    QPointer<QObject> context; // when guarded: no callback once it is gone
    bool guarded = false;
    int timeoutMs = 0;
    QDeadlineTimer deadline;

    // Calls the callback unless its context object was destroyed.
    void invoke(const RpcReply &reply) const;
};

class PendingCalls : public QObject
{
    Q_OBJECT

public:
    explicit PendingCalls(QObject *parent = nullptr);

    // Registers a call and returns its fresh id (ids are never reused).
    qint64 add(const QString &method, RpcCallback callback, QObject *context, int timeoutMs);
    // Removes and returns the call with `id`, if still pending.
    std::optional<PendingCall> take(qint64 id);
    // Removes and returns every pending call, oldest first.
    std::vector<PendingCall> takeAll();
    int count() const;

signals:
    // Emitted once per call whose deadline passed; the call was removed.
    void callExpired(const novbe::PendingCall &call);

private:
    void handleTimer();
    void rearm();

    std::map<qint64, PendingCall> m_calls;
    qint64 m_nextId = 1;
    QTimer m_timer;
};

} // namespace novbe
