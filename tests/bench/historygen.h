#pragma once

// Writes past service days into an engine database (already created by the
// engine, so the schema is the engine's own) with the sqlite3 C API: ticket
// rows in their final state and the journal the engine writes for each
// (issued, queue.changed, called, queue.changed, counter.changed, serving,
// counter.changed, finished, counter.changed), plus one day.rollover a day.

#include <QString>
#include <QStringList>

namespace novbe::bench {

struct HistorySpec
{
    qint64 tickets = 0;
    int ticketsPerDay = 2500;
    QStringList services;   // ids
    QStringList prefixes;   // number prefix of each service
    QStringList counters;   // ids of the centre's counters
    QString timezone;       // IANA id of the centre
};

struct HistoryResult
{
    qint64 tickets = 0;
    qint64 events = 0;
    int days = 0;
    double seconds = 0;
    QString error;
};

// Appends the history ending yesterday (centre time) to the database at `dbPath`.
HistoryResult generateHistory(const QString &dbPath, const HistorySpec &spec);

} // namespace novbe::bench
