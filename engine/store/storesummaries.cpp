// Kept day summaries (schema 5, table day_summaries): a cache of
// summarizeDay over a closed day's journal, never a record of its own. A row
// is used only while the day's journal span and the summary's inputs are the
// ones it was derived from, and its body reads back intact; anything else is
// derived again from the journal (ReportCache) and written over.

#include "store.h"

#include "daysummarycodec.h"
#include "storeprivate.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

// The day's first and last journal seq, {0, 0} when the journal has none.
constexpr const char *DAY_SPAN =
    "SELECT d.first_seq, coalesce((SELECT min(first_seq) FROM days d2 "
    "WHERE d2.first_seq > d.first_seq) - 1, (SELECT last_seq FROM journal "
    "ORDER BY first_seq DESC LIMIT 1)) FROM days d WHERE d.day = ?1";
constexpr const char *GET_SUMMARY =
    "SELECT inputs, first_seq, last_seq, body FROM day_summaries WHERE day = ?1";
constexpr const char *PUT_SUMMARY =
    "INSERT OR REPLACE INTO day_summaries(day, inputs, first_seq, last_seq, body) "
    "VALUES(?1, ?2, ?3, ?4, ?5)";

std::pair<qint64, qint64> daySpan(Database &db, const QString &day)
{
    Statement q = db.prepare(DAY_SPAN);
    q.bind(1, day);
    if (q.step() != SQLITE_ROW)
        return {0, 0};
    return {q.integer(0), q.integer(1)};
}

int putSummary(Database &db, const DaySummary &s, const QByteArray &inputs)
{
    const auto [first, last] = daySpan(db, s.day);
    Statement q = db.prepare(PUT_SUMMARY);
    q.bind(1, s.day);
    q.bind(2, inputs);
    q.bind(3, first);
    q.bind(4, last);
    q.bindBlob(5, encodeDaySummary(s));
    return q.run();
}

} // namespace

std::optional<DaySummary> Store::keptDaySummary(const QString &day, const QByteArray &inputs) const
{
    Statement q = d->db.prepare(GET_SUMMARY);
    q.bind(1, day);
    if (q.step() != SQLITE_ROW || q.bytes(0) != inputs)
        return std::nullopt;
    const std::pair<qint64, qint64> kept{q.integer(1), q.integer(2)};
    const QByteArray body = q.bytes(3);
    if (kept != daySpan(d->db, day))
        return std::nullopt;
    std::optional<DaySummary> summary = decodeDaySummary(body);
    if (!summary || summary->day != day)
        return std::nullopt;
    return summary;
}

Status Store::keepDaySummaries(const std::vector<DaySummary> &days, const QByteArray &inputs)
{
    const QString what = u"cannot keep the day summaries"_s;
    if (days.empty())
        return okStatus();
    if (!d->writesStopped.isEmpty() || d->options.readOnly || d->db.inTransaction())
        return makeError(ErrorCode::StorageUnavailable, what + u": the store takes no writes"_s);
    int rc = d->db.exec("BEGIN IMMEDIATE");
    for (const DaySummary &s : days) {
        if (rc == SQLITE_OK)
            rc = putSummary(d->db, s, inputs) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    }
    if (rc == SQLITE_OK)
        rc = d->db.exec("COMMIT");
    if (rc != SQLITE_OK) {
        DomainError error = storageError(what, sqlite3_extended_errcode(d->db.handle()), d->db);
        d->db.rollbackIfOpen();
        return error;
    }
    return okStatus();
}

} // namespace novbe
