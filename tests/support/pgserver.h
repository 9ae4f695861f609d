#pragma once

// A private PostgreSQL for the HQ tests (docs/testing.md): initdb in a fresh
// temporary folder, postgres on 127.0.0.1:<a free port> and a Unix socket in
// that folder; as the `postgres` user when the test runs as root (PostgreSQL
// refuses root). The server is a child of the test (setpriv --pdeathsig): it
// dies with the test, even a crashed one. Trust authentication: any role
// logs in without a password, so each role's rights are what is tested.

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <sys/types.h>

namespace novbe::test {

class PgServer
{
public:
    // The binary's one server, started at the first call and stopped at exit;
    // nullptr when PostgreSQL is not installed here (unavailableReason()).
    static PgServer *shared();
    static QString unavailableReason();

    ~PgServer();
    bool start(); // (re)starts on the same folder and port; true once it answers
    void stop();  // fast shutdown: open transactions are rolled back
    bool running() const { return m_pid > 0; }
    int port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    // A libpq connection string over TCP for `user` and `database`.
    QString conninfo(const QString &user, const QString &database) const;
    // A new empty database owned by the superuser "novbe"; its name.
    QString createDatabase(const QString &name);
    // The superuser ("novbe") connection string of `database`.
    QString admin(const QString &database) const
    {
        return conninfo(QStringLiteral("novbe"), database);
    }

private:
    PgServer() = default;
    bool init();

    QTemporaryDir m_dir;
    QString m_bin; // PostgreSQL's bin folder
    int m_port = 0;
    pid_t m_pid = 0;
    QString m_error;
};

} // namespace novbe::test
