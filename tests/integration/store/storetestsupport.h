#pragma once

// Helpers for the store tests: a small centre, a hand-made journal of
// realistic outcomes with consecutive seqs, the state those outcomes leave,
// field-by-field comparisons, and raw file / SQLite helpers.

#include "core/centreconfig.h"
#include "core/queueengine.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <vector>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace novbe::test {

// Two services (A passport, B idcard), two counters, Asia/Baku.
CentreConfig storeTestConfig();

// Hand-made outcomes as the core would produce them, seqs continuing from
// `lastSeq`. Times start at 09:00 Baku on `serviceDay`.
class SampleJournal
{
public:
    SampleJournal(QString serviceDay, qint64 lastSeq);

    // A day's worth: `tickets` tickets through every end state, counters,
    // feedback, a device change, a booked and a checked-in appointment.
    std::vector<Outcome> day(int tickets);
    // One ticket.issued outcome (ticket + queue.changed).
    Outcome issue(const QString &service, const QString &note = {});
    // A centre alert raised, acknowledged and cleared (alert.* events).
    Outcome alerts();
    // A booked appointment; with `checkedIn`, already checked in for that ticket.
    Outcome book(int minutesFromStart, const Ticket *checkedIn = nullptr);
    qint64 lastSeq() const { return m_seq; }

private:
    Outcome issueTicket(int i);
    void advance(Outcome &out, Ticket &ticket, int i);
    DomainEvent event(EventType type);
    Outcome counterOpened(const QString &counter);
    Outcome deviceChanged();

    QString m_day;
    qint64 m_seq = 0;
    QDateTime m_now;
    QMap<QString, int> m_numbers;
    int m_ids = 0;
};

// The final state a list of outcomes leaves (last version of each object).
struct FoldedState
{
    QMap<QString, Ticket> tickets;
    QMap<QString, CounterStatus> counters;
    QMap<QString, Appointment> appointments;
    QMap<QString, Feedback> feedback;
    qint64 lastSeq = 0;
    std::vector<Ticket> ticketsOfDay(const QString &day) const;
};
FoldedState fold(const std::vector<Outcome> &outcomes);
std::vector<const Outcome *> pointers(const std::vector<Outcome> &outcomes);

// Empty when equal, else "field: a != b" lines.
QString diff(const Ticket &a, const Ticket &b);
QString diff(const CounterStatus &a, const CounterStatus &b);
QString diff(const Appointment &a, const Appointment &b);
QString diff(const Feedback &a, const Feedback &b);
// Compares a restored state with the folded expectation for `day`.
void requireStateMatches(const RestoredState &state, const FoldedState &expected,
                         const QString &day);

QByteArray fileSha256(const QString &path);
// Runs SQL on a separate raw sqlite3 connection; returns the SQLite code.
int rawExec(const QString &path, const QString &sql);
// First column of the first row as text (empty on error / no row).
QString rawQuery(const QString &path, const QString &sql);

} // namespace novbe::test
