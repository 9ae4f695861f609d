#include "uplink.h"

#include "hqrow.h"

#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <set>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace novbe::hq {

Uplink::Uplink(CentreConfig config, UplinkOptions options)
    : m_config(std::move(config)), m_options(std::move(options))
{
}

Uplink::~Uplink() = default;

UplinkStep Uplink::down(const QString &why, bool dropLink)
{
    if (dropLink)
        m_db.reset();
    m_error = why;
    m_backoffMs = std::clamp(m_backoffMs * 2, m_options.minBackoffMs, m_options.maxBackoffMs);
    // +-20 %: a national outage does not bring every centre back in lockstep.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    m_delayMs = int(m_backoffMs * jitter);
    return UplinkStep::Down;
}

namespace {

// Device and inode of the database's -wal and -shm files (0, 0 when absent).
std::vector<quint64> walFiles(const QString &dbPath)
{
    std::vector<quint64> ids;
    for (const char *suffix : {"-wal", "-shm"}) {
        struct stat st
        {
        };
        const bool found = ::stat((dbPath + QLatin1String(suffix)).toLocal8Bit().constData(), &st)
            == 0;
        ids.push_back(found ? quint64(st.st_dev) : 0);
        ids.push_back(found ? quint64(st.st_ino) : 0);
    }
    return ids;
}

} // namespace

bool Uplink::open()
{
    if (m_store)
        return true;
    StoreOptions options;
    options.readOnly = true;
    Result<std::unique_ptr<Store>> store = Store::open(m_options.dbPath, options);
    if (!store) {
        m_error = store.error().message;
        return false;
    }
    m_store = std::move(store.value());
    m_walFiles = walFiles(m_options.dbPath);
    return true;
}

bool Uplink::greet()
{
    if (m_db)
        return true;
    Result<std::unique_ptr<PgConnection>> db = PgConnection::connect(m_options.conninfo);
    if (!db) {
        m_error = db.error().message;
        return false;
    }
    const CentreInfo &c = m_config.centre;
    const PgResult hello = db.value()->exec("SELECT hq.hello($1, $2, $3, $4)",
                                            {c.id.toUtf8(), localized(c.name, u"az"_s).toUtf8(),
                                             c.timezone.toUtf8(),
                                             QByteArray(c.mobile ? "true" : "false")});
    if (!hello.ok()) {
        m_error = u"HQ refused the centre %1: %2"_s.arg(c.id, hello.error());
        return false;
    }
    m_position = hello.integer(0, 0);
    m_db = std::move(db.value());
    return true;
}

UplinkStep Uplink::step()
{
    // Checked before each read: between reads the uplink holds no lock, and
    // an engine that stops as the last writer removes the files.
    if (m_store && walFiles(m_options.dbPath) != m_walFiles)
        m_store.reset(); // the engine made new -wal/-shm files: open those
    if (!open())
        return down(m_error, false);
    if (!greet())
        return down(m_error, true);
    return ship();
}

UplinkStep Uplink::ship()
{
    Result<std::vector<DayEvent>> events = m_store->followAfter(m_position, m_options.batchEvents);
    if (!events)
        return down(events.error().message, false);
    if (events->empty()) {
        const qint64 last = m_store->lastSeq();
        if (last < m_position)
            return down(
                u"HQ has centre %1 up to event %2 but its journal ends at %3: a "
                "replaced or restored database? Nothing is shipped"_s.arg(m_config.centre.id)
                    .arg(m_position)
                    .arg(last),
                true);
        m_backoffMs = 0;
        m_delayMs = m_options.pollMs;
        return UplinkStep::Idle;
    }
    QJsonArray rows;
    std::set<QString> days;
    for (const DayEvent &e : *events) {
        rows.append(eventRow(m_config, e.day, e.event));
        days.insert(e.day);
    }
    QStringList dayList(days.begin(), days.end());
    const QByteArray centre = m_config.centre.id.toUtf8();
    const PgResult r = m_db->pipeline({
        // One uplink per centre at a time, even when two were started.
        {"SELECT pg_advisory_xact_lock(hashtext('novbe-uplink:' || $1))", {centre}},
        {"SELECT hq.ensure_months($1::date[])", {(u"{"_s + dayList.join(u',') + u"}"_s).toUtf8()}},
        {INSERT_EVENTS_SQL, {centre, QJsonDocument(rows).toJson(QJsonDocument::Compact)}},
        {"SELECT last_seq FROM hq.centres WHERE centre_id = $1", {centre}},
    });
    if (!r.ok() || r.rows() != 1)
        return down(u"HQ did not take the batch: "_s + r.error(), true);
    m_shipped += r.integer(0, 0) - m_position;
    m_position = r.integer(0, 0);
    m_backoffMs = 0;
    m_delayMs = 0;
    m_error.clear();
    return UplinkStep::Shipped;
}

} // namespace novbe::hq
