// The centre's secrets in the meta table (Store::secret).

#include "store.h"

#include "storeprivate.h"

#include <QRandomGenerator>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr int SECRET_BYTES = 32;
constexpr const char *GET_META = "SELECT value FROM meta WHERE key = ?1";
constexpr const char *ADD_META = "INSERT OR IGNORE INTO meta(key, value) VALUES(?1, ?2)";

QByteArray newSecret()
{
    QByteArray bytes(SECRET_BYTES, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + SECRET_BYTES));
    return bytes;
}

} // namespace

Result<QByteArray> Store::secret(const QString &name)
{
    const QString key = u"secret."_s + name;
    for (int attempt = 0; attempt < 2; ++attempt) {
        Statement get = d->db.prepare(GET_META);
        get.bind(1, key);
        const int rc = get.step();
        if (rc == SQLITE_ROW) {
            const QByteArray stored = QByteArray::fromHex(get.bytes(0));
            if (stored.size() >= SECRET_BYTES)
                return stored;
            return makeError(ErrorCode::StorageUnavailable,
                             u"the stored secret %1 is damaged"_s.arg(name));
        }
        if (rc != SQLITE_DONE || attempt > 0)
            break;
        Statement add = d->db.prepare(ADD_META); // autocommit: its own transaction
        add.bind(1, key);
        add.bind(2, newSecret().toHex());
        if (add.run() != SQLITE_DONE)
            break;
    }
    return storageError(u"cannot read or store the secret %1"_s.arg(name),
                        sqlite3_extended_errcode(d->db.handle()), d->db);
}

} // namespace novbe
