#include "historygen.h"

#include "historyjson.h"
#include "waiter.h"

#include <QDateTime>
#include <QTimeZone>

#include <sqlite3.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

constexpr qint64 TICKETS_PER_TRANSACTION = 20000;
constexpr qint64 MINUTE_MS = 60 * 1000;

const char *const INSERT_EVENT =
    "INSERT INTO events(seq, at, service_day, type, ticket, counter, payload) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)";
const char *const INSERT_TICKET =
    "INSERT INTO tickets(id, number, number_value, service, category, state, issued_at, "
    "queued_at, called_at, started_at, ended_at, counter, recalls, lang, issue_seq, order_key, "
    "service_day, device, original_service, first_called_at) "
    "VALUES(?1, ?2, ?3, ?4, 'standard', 'done', ?5, ?5, ?6, ?7, ?8, ?9, 0, 'az', ?10, ?10, "
    "?11, ?12, ?4, ?6)";

void bind(sqlite3_stmt *s, int i, const std::string &text)
{
    if (text.empty())
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_text(s, i, text.data(), int(text.size()), SQLITE_STATIC);
}

class Writer
{
public:
    sqlite3 *db = nullptr;
    sqlite3_stmt *event = nullptr;
    sqlite3_stmt *ticket = nullptr;
    qint64 seq = 0;
    qint64 events = 0;
    bool ok = true;

    void step(sqlite3_stmt *s)
    {
        if (ok && sqlite3_step(s) != SQLITE_DONE)
            ok = false;
        sqlite3_reset(s);
    }

    void addEvent(const std::string &at, const std::string &day, const char *type,
                  const std::string &ticketId, const std::string &counter, const std::string &payload)
    {
        sqlite3_bind_int64(event, 1, ++seq);
        bind(event, 2, at);
        bind(event, 3, day);
        sqlite3_bind_text(event, 4, type, -1, SQLITE_STATIC);
        bind(event, 5, ticketId);
        bind(event, 6, counter);
        bind(event, 7, payload);
        step(event);
        ++events;
    }

    std::string envelope(const std::string &at, const std::string &body, const char *type) const
    {
        return "{\"at\":\"" + at + "\"," + body + ",\"seq\":" + std::to_string(seq + 1)
            + ",\"type\":\"" + type + "\"}";
    }

    void ticketEvent(const PastTicket &t, const std::string &at, const char *type, const char *state)
    {
        std::string body = "\"ticket\":";
        appendTicket(body, t, state);
        const std::string env = "{\"at\":\"" + at + "\",\"seq\":" + std::to_string(seq + 1) + ','
            + body + ",\"type\":\"" + type + "\"}";
        addEvent(at, t.serviceDay, type, t.id, t.counter, env);
    }

    void queueEvent(const PastTicket &t, const std::string &at, int waiting)
    {
        const std::string env = "{\"at\":\"" + at + "\",\"etaSec\":" + std::to_string(waiting * 300)
            + ",\"seq\":" + std::to_string(seq + 1) + ",\"service\":\"" + t.service
            + "\",\"type\":\"queue.changed\",\"waitingCount\":" + std::to_string(waiting) + '}';
        addEvent(at, t.serviceDay, "queue.changed", {}, {}, env);
    }

    void counterEvent(const PastTicket &t, const std::string &at, const char *state,
                      const char *ticketState)
    {
        std::string body = "\"counter\":";
        appendCounter(body, t, at, state, ticketState);
        addEvent(at, t.serviceDay, "counter.changed", {}, t.counter, envelope(at, body, "counter.changed"));
    }

    void calledEvent(const PastTicket &t)
    {
        const std::string n = t.counter.substr(1);
        std::string body = "\"counter\":{\"id\":\"" + t.counter + "\",\"name\":{\"az\":\"" + n
            + "\",\"en\":\"" + n + "\",\"ru\":\"" + n + "\"},\"operator\":{\"id\":\"bop" + n
            + "\",\"name\":\"Operator " + n + "\"}},\"recall\":false,\"seq\":"
            + std::to_string(seq + 1) + ",\"ticket\":";
        appendTicket(body, t, "called");
        addEvent(t.calledAt, t.serviceDay, "ticket.called", t.id, t.counter,
                 "{\"at\":\"" + t.calledAt + "\"," + body + ",\"type\":\"ticket.called\"}");
    }

    void lifecycle(PastTicket &t)
    {
        t.issueSeq = seq + 1;
        ticketEvent(t, t.issuedAt, "ticket.issued", "waiting");
        queueEvent(t, t.issuedAt, 3);
        calledEvent(t);
        queueEvent(t, t.calledAt, 2);
        counterEvent(t, t.calledAt, "calling", "called");
        ticketEvent(t, t.startedAt, "ticket.serving", "serving");
        counterEvent(t, t.startedAt, "serving", "serving");
        ticketEvent(t, t.endedAt, "ticket.finished", "done");
        counterEvent(t, t.endedAt, "idle", nullptr);
    }

    void ticketRow(const PastTicket &t, int numberValue)
    {
        bind(ticket, 1, t.id);
        bind(ticket, 2, t.number);
        sqlite3_bind_int(ticket, 3, numberValue);
        bind(ticket, 4, t.service);
        bind(ticket, 5, t.issuedAt);
        bind(ticket, 6, t.calledAt);
        bind(ticket, 7, t.startedAt);
        bind(ticket, 8, t.endedAt);
        bind(ticket, 9, t.counter);
        sqlite3_bind_int64(ticket, 10, t.issueSeq);
        bind(ticket, 11, t.serviceDay);
        bind(ticket, 12, t.device);
        step(ticket);
    }
};

std::string base36(qint64 v, int width)
{
    std::string s(std::size_t(width), '0');
    for (int i = width - 1; i >= 0 && v > 0; --i, v /= 36)
        s[std::size_t(i)] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % 36];
    return s;
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// One service day's tickets; `index` counts tickets over all days.
void writeDay(Writer &w, const HistorySpec &spec, const QDate &date, const QTimeZone &zone,
              int count, qint64 &index)
{
    const std::string day = date.toString(Qt::ISODate).toStdString();
    const qint64 midnight = QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();
    const std::string midnightText = isoUtc(midnight);
    w.addEvent(midnightText, day, "day.rollover", {}, {},
               "{\"at\":\"" + midnightText + "\",\"seq\":" + std::to_string(w.seq + 1)
                   + ",\"serviceDay\":\"" + day + "\",\"type\":\"day.rollover\"}");
    const qint64 opening = midnight + 9 * 60 * MINUTE_MS;
    const qint64 step = 9 * 60 * MINUTE_MS / std::max(count, 1);
    std::vector<int> numbers(std::size_t(spec.services.size()), 0);
    PastTicket t;
    t.serviceDay = day;
    for (int j = 0; j < count; ++j, ++index) {
        const auto s = std::size_t(j % spec.services.size());
        const int number = numbers[s] = numbers[s] % 999 + 1;
        char numberText[16];
        std::snprintf(numberText, sizeof numberText, "%s%03d", qPrintable(spec.prefixes[qsizetype(s)]), number);
        const qint64 issued = opening + j * step;
        t.id = "t_h" + base36(index, 7);
        t.number = numberText;
        t.service = spec.services[qsizetype(s)].toStdString();
        // A counter serves a few services (the sample centre: one to three).
        t.counterServices = "[\"" + t.service + "\",\""
            + spec.services[qsizetype((s + 1) % std::size_t(spec.services.size()))].toStdString() + "\"]";
        t.counter = spec.counters[j % spec.counters.size()].toStdString();
        t.device = "bench-kiosk-000" + std::to_string(1 + j % 3);
        t.issuedAt = isoUtc(issued);
        t.calledAt = isoUtc(issued + 12 * MINUTE_MS);
        t.startedAt = isoUtc(issued + 12 * MINUTE_MS + 25000);
        t.endedAt = isoUtc(issued + 21 * MINUTE_MS);
        w.lifecycle(t);
        w.ticketRow(t, number);
    }
}

bool prepare(Writer &w, HistoryResult &r)
{
    if (!exec(w.db, "PRAGMA synchronous = OFF") || !exec(w.db, "PRAGMA cache_size = -262144")
        || sqlite3_prepare_v2(w.db, INSERT_EVENT, -1, &w.event, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(w.db, INSERT_TICKET, -1, &w.ticket, nullptr) != SQLITE_OK) {
        r.error = QString::fromUtf8(sqlite3_errmsg(w.db));
        return false;
    }
    sqlite3_stmt *max = nullptr;
    sqlite3_prepare_v2(w.db, "SELECT coalesce(max(seq), 0) FROM events", -1, &max, nullptr);
    if (sqlite3_step(max) == SQLITE_ROW)
        w.seq = sqlite3_column_int64(max, 0);
    sqlite3_finalize(max);
    return true;
}

} // namespace

HistoryResult generateHistory(const QString &dbPath, const HistorySpec &spec)
{
    HistoryResult r;
    const qint64 started = nowNs();
    Writer w;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &w.db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
        || !prepare(w, r)) {
        if (r.error.isEmpty())
            r.error = u"cannot open "_s + dbPath;
        sqlite3_close_v2(w.db);
        return r;
    }
    const QTimeZone zone(spec.timezone.toUtf8());
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    r.days = int((spec.tickets + spec.ticketsPerDay - 1) / spec.ticketsPerDay);
    qint64 index = 0;
    qint64 sinceCommit = 0;
    w.ok = exec(w.db, "BEGIN");
    for (int d = r.days; d >= 1 && w.ok; --d) {
        const int count = int(std::min<qint64>(spec.ticketsPerDay, spec.tickets - index));
        writeDay(w, spec, today.addDays(-d), zone, count, index);
        sinceCommit += count;
        if (sinceCommit >= TICKETS_PER_TRANSACTION && w.ok) {
            w.ok = exec(w.db, "COMMIT") && exec(w.db, "BEGIN");
            sinceCommit = 0;
        }
    }
    w.ok = w.ok && exec(w.db, "COMMIT") && exec(w.db, "PRAGMA wal_checkpoint(TRUNCATE)");
    if (!w.ok)
        r.error = QString::fromUtf8(sqlite3_errmsg(w.db));
    sqlite3_finalize(w.event);
    sqlite3_finalize(w.ticket);
    sqlite3_close_v2(w.db);
    r.tickets = index;
    r.events = w.events;
    r.seconds = double(nowNs() - started) / 1e9;
    return r;
}

} // namespace novbe::bench
