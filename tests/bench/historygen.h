#pragma once

// Writes past service days into an engine database with the engine's own
// core and store: each ticket is issued (with a kiosk's request id), called,
// served and finished by the real QueueEngine, and every outcome is written
// by Store::writeBatch, so the file holds exactly what the engine would have
// written (9 journal events a ticket, a day.rollover a day).

#include <QString>
#include <QStringList>

namespace novbe::bench {

struct HistorySpec
{
    qint64 tickets = 0;
    int ticketsPerDay = 2500;
    QStringList services; // ids
    QStringList prefixes; // number prefix of each service
    QStringList counters; // ids of the centre's counters
    QString timezone;     // IANA id of the centre
};

struct HistoryResult
{
    qint64 tickets = 0;
    qint64 events = 0;
    int days = 0;
    double seconds = 0;
    QString error;
};

// Appends the history ending yesterday (centre time) to the database at
// `dbPath`, for the centre config at `configPath`.
HistoryResult generateHistory(const QString &dbPath, const QString &configPath,
                              const HistorySpec &spec);

} // namespace novbe::bench
