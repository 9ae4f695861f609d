#include "fanout.h"

#include "logging.h"
#include "roles.h"
#include "session.h"
#include "sessionregistry.h"

#include "core/queueengine.h"
#include "protocol/codec.h"
#include "protocol/framing.h"
#include "protocol/rpc.h"
#include "store/store.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

QByteArray notificationFromPayload(const QByteArray &payload)
{
    return R"({"jsonrpc":"2.0","method":"event","params":)" + payload + "}\n";
}

bool inZone(const QStringList &zone, const QString &id)
{
    return zone.isEmpty() || zone.contains(id);
}

} // namespace

Fanout::Fanout(const QueueEngine &core, Store &store, SessionRegistry &sessions)
    : m_core(core), m_store(store), m_sessions(sessions)
{
}

bool Fanout::displayGets(const DeviceConfig *device, const DomainEvent &event)
{
    if (!isDisplayEvent(event.type))
        return false;
    if (!device)
        return true;
    switch (event.type) {
    case EventType::TicketCalled:
        return (!event.ticket || inZone(device->zoneServices, event.ticket->service))
            && (!event.counter || inZone(device->zoneCounters, event.counter->id));
    case EventType::CounterChanged:
        return !event.counter || inZone(device->zoneCounters, event.counter->id);
    default:
        return true;
    }
}

QByteArray Fanout::displayLine(const DeviceConfig *device, const DomainEvent &event) const
{
    if (!displayGets(device, event))
        return {};
    const std::optional<QJsonObject> json = displayEventJson(event, m_core.config());
    return json ? encodeLine(eventNotification(*json)) : QByteArray();
}

QJsonObject Fanout::subscribe(Session &session, std::optional<qint64> sinceSeq)
{
    const qint64 last = m_core.lastSeq();
    if (!sinceSeq) {
        session.subscribe(last, {});
        return {{u"seq"_s, last}, {u"replayed"_s, 0}};
    }
    const qint64 oldest = m_store.oldestSeq();
    const bool lost = *sinceSeq < last && (oldest == 0 || *sinceSeq + 1 < oldest);
    if (*sinceSeq > last || lost) {
        qCInfo(lcFanout).noquote() << "session" << session.id() << "resync: sinceSeq"
                                   << *sinceSeq << "last" << last << "oldest" << oldest;
        session.subscribe(last, {});
        return {{u"seq"_s, last}, {u"resync"_s, true}};
    }
    std::deque<QByteArray> lines = replayLines(session, *sinceSeq, last);
    const qint64 replayed = qint64(lines.size());
    qCDebug(lcFanout).noquote() << "session" << session.id() << "replays" << replayed
                                << "events after" << *sinceSeq;
    session.subscribe(last, std::move(lines));
    return {{u"seq"_s, last}, {u"replayed"_s, replayed}};
}

std::deque<QByteArray> Fanout::replayLines(const Session &session, qint64 sinceSeq, qint64 lastSeq)
{
    const bool display = session.role() == Role::Display;
    const DeviceConfig *device = m_core.config().device(session.device());
    std::deque<QByteArray> lines;
    qint64 cursor = sinceSeq;
    while (cursor < lastSeq) {
        const std::vector<StoredEvent> chunk = m_store.eventsAfter(cursor, 10000);
        if (chunk.empty())
            break;
        for (const StoredEvent &stored : chunk) {
            if (stored.seq > lastSeq)
                break;
            cursor = stored.seq;
            if (!display) {
                lines.push_back(notificationFromPayload(stored.payload));
                continue;
            }
            const auto event = eventFromJson(QJsonDocument::fromJson(stored.payload).object());
            if (event) {
                QByteArray line = displayLine(device, *event);
                if (!line.isEmpty())
                    lines.push_back(std::move(line));
            }
        }
    }
    return lines;
}

void Fanout::publish(const std::vector<DomainEvent> &events,
                     const std::vector<StoredEvent> &payloads)
{
    QHash<qint64, QByteArray> payloadOf;
    for (const StoredEvent &stored : payloads)
        payloadOf.insert(stored.seq, stored.payload);
    const std::vector<QPointer<Session>> sessions = m_sessions.all();
    QHash<QString, const DeviceConfig *> byId;   // CentreConfig::device() is a linear search
    auto deviceOf = [&](const QString &id) {
        if (byId.isEmpty()) {
            for (const DeviceConfig &d : m_core.config().devices)
                byId.insert(d.id, &d);
        }
        return byId.value(id, nullptr);
    };
    for (const DomainEvent &event : events) {
        QByteArray full;
        std::optional<QByteArray> display;   // the reduced line is the same for every display
        for (const QPointer<Session> &s : sessions) {
            if (!s || !s->isSubscribed() || s->deliveredSeq() >= event.seq)
                continue;
            if (s->role() == Role::Display) {
                if (!displayGets(deviceOf(s->device()), event)) {
                    s->pushEvent(event.seq, {});
                    continue;
                }
                if (!display)
                    display = displayLine(nullptr, event);
                s->pushEvent(event.seq, *display);
                continue;
            }
            if (full.isEmpty()) {
                const QByteArray payload = payloadOf.value(event.seq);
                full = payload.isEmpty()
                    ? encodeLine(eventNotification(eventToJson(event, m_core.config())))
                    : notificationFromPayload(payload);
            }
            s->pushEvent(event.seq, full);
        }
    }
}

} // namespace novbe
