// EngineClient: event subscription, snapshots and in-order delivery.

#include "engineclient.h"

using namespace Qt::StringLiterals;

namespace novbe {

void EngineClient::subscribe()
{
    if (m_subscribed)
        return;
    m_subscribed = true;
    if (m_state == State::Ready)
        startSubscription();
}

void EngineClient::startSubscription()
{
    if (m_lastSeq == 0)
        takeSnapshot(true);
    else
        requestEvents();
}

void EngineClient::requestEvents()
{
    send(
        u"events.subscribe"_s, {{u"sinceSeq"_s, m_lastSeq}}, nullptr,
        [this](const RpcReply &reply) {
            if (!reply.ok) {
                if (reply.error.reason != clientreason::DISCONNECTED)
                    emit subscriptionFailed(reply.error);
                return;
            }
            emit subscribed(reply.result);
            if (reply.result.value(u"resync"_s).toBool() && m_state == State::Ready)
                takeSnapshot(false);
        },
        DEFAULT_TIMEOUT_MS);
}

void EngineClient::takeSnapshot(bool thenSubscribe)
{
    send(
        u"queue.snapshot"_s, {}, nullptr,
        [this, thenSubscribe](const RpcReply &reply) {
            if (!reply.ok) {
                if (reply.error.reason != clientreason::DISCONNECTED)
                    emit subscriptionFailed(reply.error);
                return;
            }
            // The snapshot is the truth up to its seq, even a lower one.
            m_lastSeq = reply.result.value(u"seq"_s).toInteger();
            emit snapshotReceived(reply.result);
            if (thenSubscribe && m_state == State::Ready)
                requestEvents();
        },
        DEFAULT_TIMEOUT_MS);
}

void EngineClient::handleEvent(const QJsonObject &params)
{
    const qint64 seq = params.value(u"seq"_s).toInteger();
    if (seq <= m_lastSeq)
        return; // already delivered (replay after a reconnect) or covered by a snapshot
    m_lastSeq = seq;
    emit eventReceived(params);
}

} // namespace novbe
