#pragma once

// A thin layer over libpq: one connection, statements with text parameters
// (never built from values), pipelines of statements sent in one round trip,
// and results that free themselves.

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace novbe::hq {

class PgResult
{
public:
    explicit PgResult(pg_result *res = nullptr);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    bool ok() const; // a command or query that succeeded
    QString error() const;
    QString sqlState() const; // "42501" ... ("" when none)
    int rows() const;
    int columns() const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const;
    double real(int row, int column) const;
    bool isNull(int row, int column) const;

private:
    pg_result *m_res = nullptr;
};

using PgParams = std::vector<std::optional<QByteArray>>; // nullopt: NULL

class PgConnection
{
public:
    // Connects (blocking, libpq's connect_timeout applies); an error with
    // libpq's message when the server cannot be reached or refuses.
    static Result<std::unique_ptr<PgConnection>> connect(const QString &conninfo);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Without parameters `sql` may hold several statements (a schema step);
    // the last one's result.
    PgResult exec(const char *sql, const PgParams &params = {});
    // Runs every statement in one round trip (libpq pipeline mode) as one
    // implicit transaction: all succeed or none. The last statement's result,
    // or the first failure's.
    PgResult pipeline(const std::vector<std::pair<const char *, PgParams>> &statements);
    bool broken() const; // the connection is gone; drop it and connect again
    QString serverVersion() const;
    // The value libpq uses for a connection keyword (e.g. "tcp_user_timeout").
    QString option(const char *keyword) const;

private:
    explicit PgConnection(pg_conn *conn) : m_conn(conn) {}
    pg_conn *m_conn;
};

} // namespace novbe::hq
