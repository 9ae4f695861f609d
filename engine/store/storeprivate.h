#pragma once

// Store internals shared by store.cpp (open, checks, backup), storereads.cpp
// and storewrite.cpp.

#include "journalcodec.h"
#include "sqlitedb.h"
#include "store.h"
#include "walcheckpointer.h"

#include <QTimeZone>

#include <memory>

namespace novbe {

struct StoreData
{
    QString path;
    StoreOptions options;
    Database db;
    NameTable names;
    QString currentDay; // service day of the newest journal event
    std::unique_ptr<WalCheckpointer> checkpointer;
    QByteArray zoneId; // cached centre time zone (first journal day)
    QTimeZone zone;
    QString writesStopped; // why writes are refused for good (writeguard.h); empty = writable

    // The day of `at` in the centre's time zone.
    QString localDay(const QDateTime &at, const CentreConfig &config);
};

// Inserts the audit entries (storeaudit.cpp); SQLITE_OK or the error code.
int writeAudit(Database &db, const std::vector<AuditEntryView> &audit);
// Inserts the stored HTTP answers and deletes those older than
// Store::ANSWER_TTL_SEC before the newest (storeanswers.cpp).
int writeAnswers(Database &db, const std::vector<StoredAnswer> &answers);

struct Store::Private : StoreData
{
};

} // namespace novbe
