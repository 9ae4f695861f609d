#include "deskmodel.h"

#include "protocol/codec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

std::vector<Ticket> ticketsOf(const QJsonArray &list)
{
    std::vector<Ticket> out;
    for (const QJsonValue &v : list) {
        if (std::optional<Ticket> t = ticketFromJson(v.toObject()))
            out.push_back(*t);
    }
    return out;
}

QStringList stringsOf(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &v : list)
        out << (v.isObject() ? v.toObject().value(u"service"_s).toString() : v.toString());
    return out;
}

bool isCurrentState(TicketState s)
{
    return s == TicketState::Called || s == TicketState::Serving;
}

} // namespace

WaitLevel waitLevel(qint64 waitSec, int targetMin)
{
    const qint64 target = qint64(std::max(targetMin, 0)) * 60;
    if (waitSec > target)
        return WaitLevel::OverTarget;
    if (2 * waitSec > target)
        return WaitLevel::PastHalfTarget;
    return WaitLevel::Ok;
}

DeskModel::DeskModel(QObject *parent) : QObject(parent) {}

void DeskModel::setCounterId(const QString &id)
{
    if (id == m_counterId)
        return;
    m_counterId = id;
    clearCounter();
}

QString DeskModel::counterId() const { return m_counterId; }

void DeskModel::applyCentre(const QJsonObject &centreGet)
{
    const QJsonObject centre = centreGet.value(u"centre"_s).toObject();
    m_centreName = localizedFromJson(centre.value(u"name"_s).toObject());
    m_maxRecalls = centre.value(u"maxRecalls"_s).toInt(3);
    const QTimeZone zone(centre.value(u"timezone"_s).toString().toUtf8());
    if (zone.isValid())
        m_timeZone = zone;
    m_services.clear();
    for (const QJsonValue &v : centreGet.value(u"services"_s).toArray()) {
        const QJsonObject s = v.toObject();
        m_services.push_back({s.value(u"id"_s).toString(), s.value(u"prefix"_s).toString(),
                              localizedFromJson(s.value(u"name"_s).toObject()),
                              s.value(u"targetWaitMin"_s).toInt(15),
                              stringsOf(s.value(u"outcomes"_s).toArray())});
    }
    m_categories.clear();
    for (const QJsonValue &v : centreGet.value(u"categories"_s).toArray()) {
        const QJsonObject c = v.toObject();
        m_categories.push_back({c.value(u"id"_s).toString(),
                                localizedFromJson(c.value(u"name"_s).toObject()),
                                c.value(u"boostMin"_s).toInt(),
                                c.value(u"needsProof"_s).toBool()});
    }
    m_counters.clear();
    for (const QJsonValue &v : centreGet.value(u"counters"_s).toArray()) {
        const QJsonObject c = v.toObject();
        m_counters.push_back({c.value(u"id"_s).toString(),
                              localizedFromJson(c.value(u"name"_s).toObject()),
                              stringsOf(c.value(u"services"_s).toArray())});
        if (c.value(u"id"_s).toString() == m_counterId)
            readCounterJson(c);
    }
    m_hasCentre = true;
    emit centreChanged();
    emit counterChanged();
}

void DeskModel::applySnapshot(const QJsonObject &snapshot)
{
    const QDateTime now = engineNow();
    m_queues.clear();
    for (const QJsonValue &v : snapshot.value(u"services"_s).toArray()) {
        const QJsonObject s = v.toObject();
        DeskQueue q;
        q.service = s.value(u"id"_s).toString();
        q.waitingCount = s.value(u"waitingCount"_s).toInt();
        q.longestWaitSec = s.value(u"longestWaitSec"_s).toInteger();
        q.takenAt = now;
        q.waiting = ticketsOf(s.value(u"waiting"_s).toArray());
        q.parked = ticketsOf(s.value(u"parked"_s).toArray());
        m_queues.insert(q.service, q);
    }
    for (const QJsonValue &v : snapshot.value(u"counters"_s).toArray()) {
        if (v.toObject().value(u"id"_s).toString() == m_counterId)
            readCounterJson(v.toObject());
    }
    emit counterChanged();
    emit queuesChanged();
}

void DeskModel::applyCounter(const QJsonObject &counter)
{
    if (counter.value(u"id"_s).toString() != m_counterId)
        return;
    readCounterJson(counter);
    emit counterChanged();
}

void DeskModel::readCounterJson(const QJsonObject &counter)
{
    m_state = counterStateFromName(counter.value(u"state"_s).toString()).value_or(CounterState::Closed);
    m_pauseReason = counter.value(u"pauseReason"_s).toString();
    m_stateSince = parseIsoTime(counter.value(u"changedAt"_s).toString());
    m_operatorName = counter.value(u"operator"_s).toObject().value(u"name"_s).toString();
    const QJsonObject ticket = counter.value(u"ticket"_s).toObject();
    m_ticketId = counter.value(u"ticketId"_s).toString(ticket.value(u"id"_s).toString());
    if (m_ticketId.isEmpty())
        setCurrent(std::nullopt);
    else if (std::optional<Ticket> t = ticketFromJson(ticket))
        setCurrent(t);
    else if (m_current && m_current->id != m_ticketId)
        setCurrent(std::nullopt);
}

void DeskModel::applyTicket(const QJsonObject &json)
{
    const std::optional<Ticket> t = ticketFromJson(json);
    if (!t || m_counterId.isEmpty())
        return;
    dropFromLists(*t);
    if (isCurrentState(t->state) && t->counter == m_counterId) {
        m_ticketId = t->id;
        m_state = t->state == TicketState::Called ? CounterState::Calling : CounterState::Serving;
        setCurrent(t);
    } else if (t->id == m_ticketId) {
        m_ticketId.clear();
        if (m_state == CounterState::Calling || m_state == CounterState::Serving)
            m_state = CounterState::Idle;
        setCurrent(std::nullopt);
    } else {
        return;
    }
    emit counterChanged();
}

void DeskModel::dropFromLists(const Ticket &ticket)
{
    if (ticket.state == TicketState::Waiting || ticket.state == TicketState::Parked)
        return;   // its place is known only from the next snapshot
    bool changed = false;
    for (DeskQueue &q : m_queues) {
        const auto same = [&](const Ticket &t) { return t.id == ticket.id; };
        const auto waiting = std::erase_if(q.waiting, same);
        const auto parked = std::erase_if(q.parked, same);
        q.waitingCount = std::max(0, q.waitingCount - int(waiting));
        changed = changed || waiting > 0 || parked > 0;
    }
    if (changed)
        emit queuesChanged();
}

bool DeskModel::applyEvent(const QJsonObject &params)
{
    noteEngineTime(parseIsoTime(params.value(u"at"_s).toString()));
    const QString type = params.value(u"type"_s).toString();
    if (type == u"counter.changed") {
        applyCounter(params.value(u"counter"_s).toObject());
        return false;
    }
    if (type == u"day.rollover")
        return true;
    const DeskCounter *mine = counterInfo(m_counterId);
    if (!mine)
        return false;
    if (type == u"queue.changed")
        return mine->services.contains(params.value(u"service"_s).toString());
    if (!type.startsWith(u"ticket."))
        return false;
    const QJsonObject ticket = params.value(u"ticket"_s).toObject();
    applyTicket(ticket);
    return mine->services.contains(ticket.value(u"service"_s).toString())
        || mine->services.contains(params.value(u"from"_s).toString());
}

void DeskModel::noteEngineTime(const QDateTime &engineNow)
{
    if (engineNow.isValid())
        m_engineOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(engineNow);
}

void DeskModel::clearCounter()
{
    m_state = CounterState::Closed;
    m_ticketId.clear();
    m_pauseReason.clear();
    m_operatorName.clear();
    m_current.reset();
    emit counterChanged();
}

void DeskModel::setCurrent(const std::optional<Ticket> &ticket)
{
    m_current = ticket;
}

bool DeskModel::hasCentre() const { return m_hasCentre; }
LocalizedText DeskModel::centreName() const { return m_centreName; }
QTimeZone DeskModel::timeZone() const { return m_timeZone; }
int DeskModel::maxRecalls() const { return m_maxRecalls; }
const std::vector<DeskCounter> &DeskModel::counters() const { return m_counters; }
const std::vector<DeskService> &DeskModel::services() const { return m_services; }

const DeskCounter *DeskModel::counterInfo(const QString &id) const
{
    for (const DeskCounter &c : m_counters) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const DeskService *DeskModel::service(const QString &id) const
{
    for (const DeskService &s : m_services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const DeskCategory *DeskModel::category(const QString &id) const
{
    for (const DeskCategory &c : m_categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

CounterState DeskModel::counterState() const { return m_state; }
QString DeskModel::pauseReason() const { return m_pauseReason; }
QDateTime DeskModel::stateSince() const { return m_stateSince; }
QString DeskModel::operatorName() const { return m_operatorName; }

std::optional<Ticket> DeskModel::currentTicket() const
{
    if (m_current && m_current->id == m_ticketId)
        return m_current;
    return std::nullopt;
}

int DeskModel::recallsLeft() const
{
    const std::optional<Ticket> t = currentTicket();
    return t ? std::max(0, m_maxRecalls - t->recalls) : 0;
}

DeskSituation DeskModel::situation(LinkState link) const
{
    DeskSituation s;
    s.counter = m_state;
    s.link = link;
    s.recallsLeft = recallsLeft();
    if (const std::optional<Ticket> t = currentTicket())
        s.ticket = t->state;
    else if (!m_ticketId.isEmpty())
        s.ticket = TicketState::Reset;   // a ticket we cannot see yet: nothing is safe
    return s;
}

std::vector<DeskQueue> DeskModel::servedQueues() const
{
    std::vector<DeskQueue> out;
    const DeskCounter *mine = counterInfo(m_counterId);
    if (!mine)
        return out;
    for (const QString &service : mine->services) {
        DeskQueue q = m_queues.value(service);
        q.service = service;
        out.push_back(q);
    }
    return out;
}

qint64 DeskModel::longestWaitNow(const DeskQueue &queue) const
{
    if (queue.waitingCount == 0 || !queue.takenAt.isValid())
        return 0;
    return queue.longestWaitSec + queue.takenAt.secsTo(engineNow());
}

QDateTime DeskModel::engineNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_engineOffsetMs);
}

} // namespace novbe
