#include "storetestsupport.h"

#include <QCryptographicHash>
#include <QFile>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe::test {

FoldedState fold(const std::vector<Outcome> &outcomes)
{
    FoldedState state;
    for (const Outcome &out : outcomes) {
        for (const Appointment &a : out.appointments)
            state.appointments.insert(a.id, a);
        for (const DomainEvent &e : out.events) {
            state.lastSeq = std::max(state.lastSeq, e.seq);
            if (e.ticket && e.type != EventType::CounterChanged)
                state.tickets.insert(e.ticket->id, *e.ticket);
            if (e.counter && e.type == EventType::CounterChanged)
                state.counters.insert(e.counter->id, *e.counter);
            if (e.feedback)
                state.feedback.insert(e.feedback->ticket, *e.feedback);
        }
    }
    return state;
}

std::vector<Ticket> FoldedState::ticketsOfDay(const QString &day) const
{
    std::vector<Ticket> result;
    for (const Ticket &t : tickets)
        if (t.serviceDay == day)
            result.push_back(t);
    std::sort(result.begin(), result.end(),
              [](const Ticket &a, const Ticket &b) { return a.issueSeq < b.issueSeq; });
    return result;
}

std::vector<const Outcome *> pointers(const std::vector<Outcome> &outcomes)
{
    std::vector<const Outcome *> result;
    for (const Outcome &out : outcomes)
        result.push_back(&out);
    return result;
}

namespace {

class Differ
{
public:
    template <typename T> void field(const char *name, const T &a, const T &b)
    {
        if (!(a == b))
            m_text += QString::fromLatin1(name) + u" differs\n"_s;
    }
    void time(const char *name, const QDateTime &a, const QDateTime &b)
    {
        if (a.isValid() != b.isValid() || (a.isValid() && a != b))
            m_text += QString::fromLatin1(name) + u": "_s + a.toString(Qt::ISODateWithMs)
                + u" != "_s + b.toString(Qt::ISODateWithMs) + u"\n"_s;
    }
    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace

QString diff(const Ticket &a, const Ticket &b)
{
    static_assert(sizeof(Ticket) == 408,
                  "Ticket changed: persist the new field in engine/store, then update diff()");
    Differ d;
    d.field("id", a.id, b.id);
    d.field("number", a.number, b.number);
    d.field("numberValue", a.numberValue, b.numberValue);
    d.field("service", a.service, b.service);
    d.field("category", a.category, b.category);
    d.field("state", a.state, b.state);
    d.time("issuedAt", a.issuedAt, b.issuedAt);
    d.time("queuedAt", a.queuedAt, b.queuedAt);
    d.time("calledAt", a.calledAt, b.calledAt);
    d.time("firstCalledAt", a.firstCalledAt, b.firstCalledAt);
    d.time("startedAt", a.startedAt, b.startedAt);
    d.time("endedAt", a.endedAt, b.endedAt);
    d.field("counter", a.counter, b.counter);
    d.field("recalls", a.recalls, b.recalls);
    d.field("lang", a.lang, b.lang);
    d.field("appointment", a.appointment, b.appointment);
    d.time("slotStart", a.slotStart, b.slotStart);
    d.field("issueSeq", a.issueSeq, b.issueSeq);
    d.field("orderKey", a.orderKey, b.orderKey);
    d.field("serviceDay", a.serviceDay, b.serviceDay);
    d.field("device", a.device, b.device);
    d.field("requestId", a.requestId, b.requestId);
    d.field("outcome", a.outcome, b.outcome);
    d.field("note", a.note, b.note);
    d.field("originalService", a.originalService, b.originalService);
    return d.text();
}

QString diff(const CounterStatus &a, const CounterStatus &b)
{
    Differ d;
    d.field("id", a.id, b.id);
    d.field("state", a.state, b.state);
    d.field("operatorId", a.operatorId, b.operatorId);
    d.field("operatorName", a.operatorName, b.operatorName);
    d.field("ticket", a.ticket, b.ticket);
    d.field("pauseReason", a.pauseReason, b.pauseReason);
    d.time("changedAt", a.changedAt, b.changedAt);
    return d.text();
}

QString diff(const Appointment &a, const Appointment &b)
{
    Differ d;
    d.field("id", a.id, b.id);
    d.field("code", a.code, b.code);
    d.field("service", a.service, b.service);
    d.time("start", a.start, b.start);
    d.time("end", a.end, b.end);
    d.field("state", a.state, b.state);
    d.field("citizenName", a.citizenName, b.citizenName);
    d.field("citizenPhone", a.citizenPhone, b.citizenPhone);
    d.field("ticket", a.ticket, b.ticket);
    d.time("bookedAt", a.bookedAt, b.bookedAt);
    d.field("lang", a.lang, b.lang);
    return d.text();
}

QString diff(const Feedback &a, const Feedback &b)
{
    Differ d;
    d.field("ticket", a.ticket, b.ticket);
    d.field("rating", a.rating, b.rating);
    d.field("comment", a.comment, b.comment);
    d.field("counter", a.counter, b.counter);
    d.field("operatorId", a.operatorId, b.operatorId);
    d.field("service", a.service, b.service);
    d.time("at", a.at, b.at);
    return d.text();
}

void requireStateMatches(const RestoredState &state, const FoldedState &expected,
                         const QString &day)
{
    CHECK(state.serviceDay == day);
    CHECK(state.lastSeq == expected.lastSeq);
    const std::vector<Ticket> tickets = expected.ticketsOfDay(day);
    REQUIRE(state.tickets.size() == tickets.size());
    for (size_t i = 0; i < tickets.size(); ++i) {
        INFO("ticket " << tickets[i].id.toStdString());
        CHECK(diff(state.tickets[i], tickets[i]) == QString());
    }
    REQUIRE(state.counters.size() == size_t(expected.counters.size()));
    for (const CounterStatus &c : state.counters)
        CHECK(diff(c, expected.counters.value(c.id)) == QString());
    QStringList feedback;
    for (const Feedback &f : expected.feedback)
        if (expected.tickets.value(f.ticket).serviceDay == day)
            feedback << f.ticket;
    CHECK(QStringList(state.feedbackTickets.begin(), state.feedbackTickets.end()) == feedback);
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

int rawExec(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    sqlite3_close_v2(db);
    return rc;
}

QString rawQuery(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            result = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return result;
}

} // namespace novbe::test
