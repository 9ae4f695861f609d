#include "displaymodel.h"

#include "protocol/codec.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr int KEEP_EXTRA = 4;   // calls kept beyond what is shown (for counter changes)

DisplayCall callFromJson(const QJsonObject &ticket, const QJsonObject &counter, const QString &at)
{
    DisplayCall call;
    call.ticketId = ticket.value(u"id"_s).toString();
    call.number = ticket.value(u"number"_s).toString();
    call.service = ticket.value(u"service"_s).toString();
    call.recalls = ticket.value(u"recalls"_s).toInt();
    call.counterId = counter.value(u"id"_s).toString();
    if (call.counterId.isEmpty())
        call.counterId = ticket.value(u"counter"_s).toString();
    call.counterName = localizedFromJson(counter.value(u"name"_s).toObject());
    call.at = parseIsoTime(at);
    return call;
}

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

void DisplayModel::setCentre(const DisplayCentre &centre)
{
    m_centre = centre;
    m_lastVisible = visibleState();
    emit changed();
}

bool DisplayModel::applyEvent(const QJsonObject &event)
{
    const qint64 seq = event.value(u"seq"_s).toInteger();
    if (seq <= 0 || seq <= m_lastSeq)
        return false;
    m_lastSeq = seq;
    const QString type = event.value(u"type"_s).toString();
    bool applied = false;
    if (type == u"ticket.called")
        applied = applyCall(event);
    else if (type == u"counter.changed")
        applied = applyCounter(event.value(u"counter"_s).toObject());
    else if (type == u"day.rollover") {
        applyDayRollover(event);
        applied = true;
    }
    if (applied) {
        m_lastVisible = visibleState();
        emit changed();
    }
    return applied;
}

bool DisplayModel::applyCall(const QJsonObject &event)
{
    DisplayCall call = callFromJson(event.value(u"ticket"_s).toObject(),
                                    event.value(u"counter"_s).toObject(),
                                    event.value(u"at"_s).toString());
    if (!isUsable(call) || !m_settings.zone.shows(call.service, call.counterId))
        return false;
    call.seq = event.value(u"seq"_s).toInteger();
    call.recall = event.value(u"recall"_s).toBool();
    if (call.counterName.isEmpty())
        call.counterName = m_centre.counterNames.value(call.counterId);
    if (isFresh(call.at))
        call.shownAt = m_clock.now();
    m_counterTicket.insert(call.counterId, call.ticketId);
    insertCall(call);
    emit callArrived(call);
    return true;
}

bool DisplayModel::applyCounter(const QJsonObject &counter)
{
    const QString id = counter.value(u"id"_s).toString();
    if (id.isEmpty() || !m_settings.zone.showsCounter(id))
        return false;
    const QJsonValue name = counter.value(u"name"_s);
    if (name.isObject())
        m_centre.counterNames.insert(id, localizedFromJson(name.toObject()));
    const bool closed = counter.value(u"state"_s).toString() == u"closed";
    const QString ticket = counter.value(u"ticket"_s).toObject().value(u"id"_s).toString();
    m_counterTicket.insert(id, closed ? QString() : ticket);
    return true;
}

void DisplayModel::applyDayRollover(const QJsonObject &event)
{
    m_calls.clear();
    m_counterTicket.clear();
    m_serviceDay = event.value(u"serviceDay"_s).toString();
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

void DisplayModel::applySnapshot(const QJsonObject &snapshot)
{
    QHash<QString, QDateTime> known;
    for (const DisplayCall &c : std::as_const(m_calls))
        known.insert(c.ticketId, c.at);
    m_calls.clear();
    m_counterTicket.clear();
    for (const QJsonValue &v : snapshot.value(u"counters"_s).toArray()) {
        const QJsonObject counter = v.toObject();
        applyCounter(counter);
    }
    QList<DisplayCall> arrived;
    for (const QJsonValue &v : snapshot.value(u"recentCalls"_s).toArray()) {
        const QJsonObject entry = v.toObject();
        DisplayCall call = callFromJson(entry.value(u"ticket"_s).toObject(),
                                        entry.value(u"counter"_s).toObject(),
                                        entry.value(u"at"_s).toString());
        if (!isUsable(call) || !m_settings.zone.shows(call.service, call.counterId))
            continue;
        call.recall = call.recalls > 0;
        if (call.counterName.isEmpty())
            call.counterName = m_centre.counterNames.value(call.counterId);
        const bool isNew = !known.contains(call.ticketId) || known.value(call.ticketId) < call.at;
        if (isNew && isFresh(call.at)) {
            call.shownAt = m_clock.now();
            arrived.prepend(call);
        }
        insertCall(call);
    }
    m_lastSeq = snapshot.value(u"seq"_s).toInteger();
    m_serviceDay = snapshot.value(u"serviceDay"_s).toString();
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
    return out;
}

} // namespace novbe
