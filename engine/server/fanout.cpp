#include "fanout.h"

#include "logging.h"
#include "roles.h"
#include "session.h"
#include "sessionregistry.h"

#include "core/queueengine.h"
#include "protocol/codec.h"
#include "protocol/eventwire.h"
#include "protocol/framing.h"
#include "protocol/readmodelcodec.h"
#include "protocol/rpc.h"
#include "protocol/wire.h"
#include "store/journal.h"

using namespace Qt::StringLiterals;

namespace novbe {

Fanout::Fanout(const QueueEngine &core, const Journal &journal, SessionRegistry &sessions)
    : m_core(core), m_journal(journal), m_sessions(sessions)
{
}

void Fanout::publishAlert(const AlertView &alert)
{
    const QByteArray line = encodeLine(alertNotification(QJsonObject{{u"alert"_s, encode(alert)}}));
    for (const QPointer<Session> &session : m_sessions.all()) {
        if (session && session->wantsAlerts() && !session->isClosing())
            session->sendLine(line);
    }
}

bool Fanout::displayGets(const DeviceConfig *device, const DomainEvent &event)
{
    if (!isDisplayEvent(event.type))
        return false;
    if (!device)
        return true;
    const Zone zone{device->zoneServices, device->zoneCounters}; // the one rule, wire.h
    switch (event.type) {
        case EventType::TicketCalled:
            return (!event.ticket || zone.showsService(event.ticket->service))
                && (!event.counter || zone.showsCounter(event.counter->id));
        case EventType::CounterChanged:
            return !event.counter || zone.showsCounter(event.counter->id);
        default: return true;
    }
}

QJsonObject Fanout::subscribe(Session &session, std::optional<qint64> sinceSeq)
{
    const qint64 last = m_core.query().lastSeq();
    if (!sinceSeq) {
        session.subscribe(last, {});
        return {{u"seq"_s, last}, {u"replayed"_s, 0}};
    }
    const qint64 oldest = m_journal.oldestSeq();
    const bool lost = *sinceSeq < last && (oldest == 0 || *sinceSeq + 1 < oldest);
    if (*sinceSeq > last || lost) {
        qCInfo(lcFanout).noquote() << "session" << session.id() << "resync: sinceSeq" << *sinceSeq
                                   << "last" << last << "oldest" << oldest;
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
    const DeviceConfig *device = m_core.query().index().device(session.device());
    std::deque<QByteArray> lines;
    qint64 cursor = sinceSeq;
    while (cursor < lastSeq) {
        const std::vector<DomainEvent> chunk = m_journal.eventsAfter(cursor, 10000);
        if (chunk.empty())
            break;
        for (const DomainEvent &event : chunk) {
            if (event.seq > lastSeq)
                break;
            cursor = event.seq;
            if (!display)
                lines.push_back(eventLine(event, m_core.query().index()));
            else if (displayGets(device, event))
                lines.push_back(eventLine(event, m_core.query().index(), true));
        }
    }
    return lines;
}

void Fanout::publish(const std::vector<const DomainEvent *> &events)
{
    const std::vector<QPointer<Session>> sessions = m_sessions.all();
    const CentreIndex &index = m_core.query().index();
    for (const DomainEvent *event : events) {
        QByteArray full;
        QByteArray display; // the reduced line is the same for every display
        for (const QPointer<Session> &s : sessions) {
            if (!s || !s->isSubscribed() || s->deliveredSeq() >= event->seq)
                continue;
            if (s->role() == Role::Display) {
                if (!displayGets(index.device(s->device()), *event)) {
                    s->pushEvent(event->seq, {});
                    continue;
                }
                if (display.isEmpty())
                    display = eventLine(*event, index, true);
                s->pushEvent(event->seq, display);
                continue;
            }
            if (full.isEmpty())
                full = eventLine(*event, index);
            s->pushEvent(event->seq, full);
        }
    }
}

} // namespace novbe
