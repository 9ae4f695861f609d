#include "backup.h"

#include "exitcodes.h"

#include "store/store.h"

using namespace Qt::StringLiterals;

namespace novbe {

int runBackup(const QString &dbPath, const QString &dest, QString *message)
{
    StoreOptions options;
    options.readOnly = true;
    Result<std::unique_ptr<Store>> store = Store::open(dbPath, options);
    if (!store.ok()) {
        *message = u"cannot open %1: %2"_s.arg(dbPath, store.error().message);
        return EXIT_STORAGE;
    }
    const Status done = store.value()->backup(dest);
    if (!done.ok()) {
        *message = u"backup to %1 failed: %2"_s.arg(dest, done.error().message);
        return EXIT_STORAGE;
    }
    *message = u"backup of %1 written to %2"_s.arg(dbPath, dest);
    return EXIT_OK;
}

} // namespace novbe
