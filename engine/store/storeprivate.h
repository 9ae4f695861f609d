#pragma once

// Store internals shared by store.cpp (open, backup), storereads.cpp and
// storewrite.cpp.

#include "store.h"
#include "sqlitedb.h"

#include <QTimeZone>

namespace novbe {

struct StoreData
{
    QString path;
    StoreOptions options;
    Database db;
    QByteArray zoneId;   // cached centre time zone for event service days
    QTimeZone zone;

    Status writeOutcome(const Outcome &outcome, const CentreConfig &config, qint64 &nextSeq);
    Status writeEvent(const DomainEvent &event, const CentreConfig &config);
    std::vector<StoredEvent> *written = nullptr;   // payloads of the batch being written
    QString serviceDayOf(const DomainEvent &event, const CentreConfig &config);
};

struct Store::Private : StoreData
{
};

} // namespace novbe
