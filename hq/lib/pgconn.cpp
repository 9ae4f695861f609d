#include "pgconn.h"

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace novbe::hq {

PgResult::PgResult(pg_result *res) : m_res(res) {}

PgResult::~PgResult()
{
    PQclear(m_res);
}

PgResult::PgResult(PgResult &&other) noexcept : m_res(std::exchange(other.m_res, nullptr)) {}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        PQclear(m_res);
        m_res = std::exchange(other.m_res, nullptr);
    }
    return *this;
}

bool PgResult::ok() const
{
    const ExecStatusType s = m_res ? PQresultStatus(m_res) : PGRES_FATAL_ERROR;
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

QString PgResult::error() const
{
    if (!m_res)
        return u"no answer from the server (the connection is gone)"_s;
    return QString::fromUtf8(PQresultErrorMessage(m_res)).trimmed();
}

QString PgResult::sqlState() const
{
    const char *state = m_res ? PQresultErrorField(m_res, PG_DIAG_SQLSTATE) : nullptr;
    return state ? QString::fromLatin1(state) : QString();
}

int PgResult::rows() const
{
    return m_res ? PQntuples(m_res) : 0;
}

int PgResult::columns() const
{
    return m_res ? PQnfields(m_res) : 0;
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_res, row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    return QByteArray(PQgetvalue(m_res, row, column)).toLongLong();
}

double PgResult::real(int row, int column) const
{
    return QByteArray(PQgetvalue(m_res, row, column)).toDouble();
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_res, row, column) == 1;
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QString &conninfo)
{
    // Defaults for a WAN link (docs/hq.md, Failure behaviour): a refused or
    // unanswered connect gives up after 15 s, and a dead or black-holed link
    // (no ACKs, no keepalive answers) is dropped within about a minute instead
    // of the kernel's ~15 minutes. Keywords after "dbname" override the ones
    // before it, so a value given in `conninfo` wins.
    const QByteArray info = conninfo.toUtf8();
    const char *const keywords[] = {
        "connect_timeout",  "keepalives",       "keepalives_idle", "keepalives_interval",
        "keepalives_count", "tcp_user_timeout", "dbname",          nullptr};
    const char *const values[] = {"15", "1", "30", "10", "3", "60000", info.constData(), nullptr};
    pg_conn *conn = PQconnectdbParams(keywords, values, 1);
    if (!conn)
        return makeError(ErrorCode::StorageUnavailable, u"cannot connect to HQ: out of memory"_s);
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return makeError(ErrorCode::StorageUnavailable, u"cannot connect to HQ: "_s + why);
    }
    PQclear(PQexec(conn, "SET client_min_messages = warning"));
    return std::unique_ptr<PgConnection>(new PgConnection(conn));
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

namespace {

struct RawParams
{
    explicit RawParams(const PgParams &params)
    {
        for (const auto &p : params)
            values.push_back(p ? p->constData() : nullptr);
    }
    int count() const { return int(values.size()); }
    const char *const *data() const { return values.empty() ? nullptr : values.data(); }
    std::vector<const char *> values;
};

} // namespace

PgResult PgConnection::exec(const char *sql, const PgParams &params)
{
    if (params.empty()) // the simple protocol: a script of several statements may run
        return PgResult(PQexec(m_conn, sql));
    const RawParams raw(params);
    return PgResult(
        PQexecParams(m_conn, sql, raw.count(), nullptr, raw.data(), nullptr, nullptr, 0));
}

PgResult PgConnection::pipeline(const std::vector<std::pair<const char *, PgParams>> &statements)
{
    if (PQenterPipelineMode(m_conn) != 1)
        return PgResult();
    bool sent = true;
    for (const auto &[sql, params] : statements) {
        const RawParams raw(params);
        sent = sent
            && PQsendQueryParams(m_conn, sql, raw.count(), nullptr, raw.data(), nullptr, nullptr, 0)
                == 1;
    }
    sent = sent && PQpipelineSync(m_conn) == 1;
    PgResult last;
    PgResult failure;
    bool failed = false;
    bool synced = false;
    // Each statement's result is followed by a NULL; the sync ends the run.
    while (sent) {
        pg_result *res = PQgetResult(m_conn);
        if (!res) {
            if (PQstatus(m_conn) != CONNECTION_OK)
                break;
            continue;
        }
        const ExecStatusType s = PQresultStatus(res);
        if (s == PGRES_PIPELINE_SYNC) {
            PQclear(res);
            synced = true;
            break;
        }
        PgResult r(res);
        if (!failed && !r.ok() && s != PGRES_PIPELINE_ABORTED) {
            failed = true;
            failure = std::move(r);
        } else if (!failed) {
            last = std::move(r);
        }
    }
    PQexitPipelineMode(m_conn);
    if (!synced)
        return PgResult(); // the connection is gone: the server rolls back
    return failed ? std::move(failure) : std::move(last);
}

QString PgConnection::option(const char *keyword) const
{
    QString value;
    PQconninfoOption *options = PQconninfo(m_conn);
    for (PQconninfoOption *o = options; o && o->keyword; ++o) {
        if (qstrcmp(o->keyword, keyword) == 0 && o->val)
            value = QString::fromUtf8(o->val);
    }
    PQconninfoFree(options);
    return value;
}

bool PgConnection::broken() const
{
    return PQstatus(m_conn) != CONNECTION_OK;
}

QString PgConnection::serverVersion() const
{
    return QString::number(PQserverVersion(m_conn));
}

} // namespace novbe::hq
