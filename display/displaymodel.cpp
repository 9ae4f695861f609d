#include "displaymodel.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr int KEEP_EXTRA = 4; // calls kept beyond what is shown (for counter changes)

bool isUsable(const DisplayCall &call)
{
    return !call.ticketId.isEmpty() && !call.number.isEmpty() && !call.counterId.isEmpty()
        && call.at.isValid();
}

} // namespace

DisplayModel::DisplayModel(const Clock &clock, DisplayModelSettings settings, QObject *parent)
    : QObject(parent), m_clock(clock), m_settings(std::move(settings))
{
    m_settings.currentMax = std::clamp(m_settings.currentMax, 1, 3);
    m_settings.historyMax = std::clamp(m_settings.historyMax, 1, 12);
}

void DisplayModel::setCentre(const CentreView &centre)
{
    m_centre = centre;
    for (const CounterView &counter : centre.counters) {
        m_counterNames.insert(counter.id, counter.name);
        if (m_settings.zone.showsCounter(counter.id))
            m_counters.insert(counter.id, counter);
    }
    m_lastVisible = visibleState();
    emit changed();
}

bool DisplayModel::applyEvent(const EventView &event)
{
    if (event.seq <= 0 || event.seq <= m_lastSeq)
        return false;
    m_lastSeq = event.seq;
    m_lastUpdate = m_clock.now();
    bool applied = false;
    if (const auto *called = event.as<TicketCalledEvent>()) {
        applied = applyCall(event, *called);
    } else if (const auto *changed = event.as<CounterChangedEvent>()) {
        applied = applyCounter(changed->counter);
    } else if (const auto *message = event.as<DisplayMessageEvent>()) {
        m_message = message->message;
        applied = true;
    } else if (const auto *rollover = event.as<DayRolloverEvent>()) {
        m_calls.clear();
        m_counterTicket.clear();
        m_serviceDay = rollover->serviceDay;
        applied = true;
    }
    if (applied) {
        m_lastVisible = visibleState();
        emit changed();
    }
    return applied;
}

DisplayCall DisplayModel::callOf(const TicketView &ticket, const CounterRef &counter,
                                 const QDateTime &at) const
{
    DisplayCall call;
    call.ticketId = ticket.id;
    call.number = ticket.number;
    call.service = ticket.service;
    call.recalls = ticket.recalls;
    call.counterId = counter.id.isEmpty() ? ticket.counter : counter.id;
    call.counterName = counter.name.isEmpty() ? m_counterNames.value(call.counterId) : counter.name;
    call.at = at;
    return call;
}

bool DisplayModel::applyCall(const EventView &event, const TicketCalledEvent &called)
{
    DisplayCall call = callOf(called.ticket, called.counter, event.at);
    if (!isUsable(call) || !m_settings.zone.shows(call.service, call.counterId))
        return false;
    call.seq = event.seq;
    call.recall = called.recall;
    if (isFresh(call.at))
        call.shownAt = m_clock.now();
    m_counterTicket.insert(call.counterId, call.ticketId);
    insertCall(call);
    emit callArrived(call);
    return true;
}

bool DisplayModel::applyCounter(const CounterView &counter)
{
    if (counter.id.isEmpty() || !m_settings.zone.showsCounter(counter.id))
        return false;
    if (!counter.name.isEmpty())
        m_counterNames.insert(counter.id, counter.name);
    m_counters.insert(counter.id, counter);
    const bool closed = counter.state == CounterState::Closed;
    m_counterTicket.insert(counter.id, closed || !counter.ticket ? QString() : counter.ticket->id);
    return true;
}

void DisplayModel::insertCall(const DisplayCall &call)
{
    m_calls.removeIf([&](const DisplayCall &c) { return c.ticketId == call.ticketId; });
    const auto pos = std::find_if(m_calls.begin(), m_calls.end(),
                                  [&](const DisplayCall &c) { return c.at <= call.at; });
    m_calls.insert(pos, call);
    const qsizetype keep = m_settings.currentMax + m_settings.historyMax + KEEP_EXTRA;
    if (m_calls.size() > keep)
        m_calls.resize(keep);
}

void DisplayModel::applySnapshot(const QueueSnapshot &snapshot)
{
    QHash<QString, QDateTime> known;
    for (const DisplayCall &c : std::as_const(m_calls))
        known.insert(c.ticketId, c.at);
    m_calls.clear();
    m_counterTicket.clear();
    for (const CounterView &counter : snapshot.counters)
        applyCounter(counter);
    QList<DisplayCall> arrived;
    for (const RecentCallView &entry : snapshot.recentCalls) {
        DisplayCall call = callOf(entry.ticket, entry.counter, entry.at);
        if (!isUsable(call) || !m_settings.zone.shows(call.service, call.counterId))
            continue;
        call.recall = call.recalls > 0;
        const bool isNew = !known.contains(call.ticketId) || known.value(call.ticketId) < call.at;
        if (isNew && isFresh(call.at)) {
            call.shownAt = m_clock.now();
            arrived.prepend(call);
        }
        insertCall(call);
    }
    m_lastSeq = snapshot.seq;
    m_serviceDay = snapshot.serviceDay;
    m_message = snapshot.message;
    m_lastUpdate = m_clock.now();
    m_lastVisible = visibleState();
    emit changed();
    for (const DisplayCall &call : std::as_const(arrived))
        emit callArrived(call);
}

void DisplayModel::tick()
{
    const QString visible = visibleState();
    if (visible == m_lastVisible)
        return;
    m_lastVisible = visible;
    emit changed();
}

QString DisplayModel::message() const
{
    if (!m_message || (m_message->expiresAt.isValid() && m_message->expiresAt <= m_clock.now()))
        return {};
    return m_message->text;
}

QList<DisplayCall> DisplayModel::currentCalls() const
{
    QList<DisplayCall> out;
    QSet<QString> counters;
    for (const DisplayCall &c : m_calls) {
        if (out.size() >= m_settings.currentMax)
            break;
        if (isStale(c) || !isCurrentAtCounter(c) || counters.contains(c.counterId))
            continue;
        counters.insert(c.counterId);
        out.append(c);
    }
    return out;
}

QList<DisplayCall> DisplayModel::history() const
{
    QSet<QString> current;
    for (const DisplayCall &c : currentCalls())
        current.insert(c.ticketId);
    QList<DisplayCall> out;
    for (const DisplayCall &c : m_calls) {
        if (out.size() >= m_settings.historyMax)
            break;
        if (!current.contains(c.ticketId))
            out.append(c);
    }
    return out;
}

bool DisplayModel::isInverse(const DisplayCall &call) const
{
    if (!call.shownAt.isValid())
        return false;
    const qint64 ms = call.shownAt.msecsTo(m_clock.now());
    return ms >= 0 && ms < 2 * FLASH_COUNT * FLASH_HALF_PERIOD_MS
        && (ms / FLASH_HALF_PERIOD_MS) % 2 == 0;
}

bool DisplayModel::isHighlighted(const DisplayCall &call) const
{
    const QList<DisplayCall> current = currentCalls();
    return !current.isEmpty() && current.first().ticketId == call.ticketId && !isInverse(call);
}

bool DisplayModel::isFlashing() const
{
    const QList<DisplayCall> current = currentCalls();
    return std::any_of(current.begin(), current.end(), [this](const DisplayCall &c) {
        if (!c.shownAt.isValid())
            return false;
        const qint64 ms = c.shownAt.msecsTo(m_clock.now());
        return ms >= 0 && ms < 2 * FLASH_COUNT * FLASH_HALF_PERIOD_MS;
    });
}

DeskState DisplayModel::desk(const QString &counterId) const
{
    DeskState out;
    const auto it = m_counters.constFind(counterId);
    if (it == m_counters.cend())
        return out;
    out.known = true;
    out.name = it->name.isEmpty() ? m_counterNames.value(counterId) : it->name;
    out.state = it->state;
    if (out.state == CounterState::Closed)
        return out;
    if (const std::optional<DisplayCall> call = deskCall(counterId)) {
        out.number = call->number;
        out.recall = call->recall;
        out.ticketId = call->ticketId;
    } else if (it->ticket && it->ticket->id == m_counterTicket.value(counterId)) {
        out.number = it->ticket->number;
        out.ticketId = it->ticket->id;
        out.recall = it->ticket->recalls > 0;
    }
    return out;
}

std::optional<DisplayCall> DisplayModel::deskCall(const QString &counterId) const
{
    const QString ticket = m_counterTicket.value(counterId);
    if (ticket.isEmpty())
        return std::nullopt;
    for (const DisplayCall &c : m_calls) {
        if (c.counterId == counterId && c.ticketId == ticket)
            return c;
    }
    return std::nullopt;
}

bool DisplayModel::isStale(const DisplayCall &call) const
{
    return call.at.secsTo(m_clock.now()) > m_settings.staleSec;
}

bool DisplayModel::isCurrentAtCounter(const DisplayCall &call) const
{
    const auto it = m_counterTicket.constFind(call.counterId);
    return it == m_counterTicket.cend() || *it == call.ticketId;
}

bool DisplayModel::isFresh(const QDateTime &at) const
{
    return at.secsTo(m_clock.now()) <= m_settings.freshSec;
}

QString DisplayModel::visibleState() const
{
    QString out;
    for (const DisplayCall &c : currentCalls())
        out += c.ticketId + (isInverse(c) ? u"!"_s : u"."_s);
    out += u'|';
    for (const DisplayCall &c : history())
        out += c.ticketId + u',';
    return out + u'|' + message(); // an expiring message changes what is visible
}

} // namespace novbe
