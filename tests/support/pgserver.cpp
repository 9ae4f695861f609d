#include "pgserver.h"

#include "waiting.h"

#include <QDir>
#include <QFileInfo>
#include <QTcpServer>
#include <QVersionNumber>

#include <libpq-fe.h>

#include <csignal>
#include <cstdlib>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace novbe::test {

namespace {

QString g_unavailable;

// The newest /usr/lib/postgresql/<n>/bin with a postgres binary.
QString findBinDir()
{
    if (const QByteArray env = qgetenv("NOVBE_PG_BIN"); !env.isEmpty())
        return QString::fromLocal8Bit(env);
    QString best;
    QVersionNumber bestVersion;
    const QDir root(u"/usr/lib/postgresql"_s);
    for (const QString &v : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber n = QVersionNumber::fromString(v);
        if (QFileInfo::exists(root.filePath(v + u"/bin/postgres"_s)) && n > bestVersion) {
            bestVersion = n;
            best = root.filePath(v + u"/bin"_s);
        }
    }
    return best;
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// argv for `program args...`, run as `postgres` when we are root.
std::vector<QByteArray> asServerUser(const QString &program, const QStringList &args,
                                     bool dieWithParent)
{
    std::vector<QByteArray> argv{"setpriv"};
    if (geteuid() == 0) {
        argv.insert(argv.end(), {"--reuid=postgres", "--regid=postgres", "--init-groups"});
    }
    if (dieWithParent)
        argv.push_back("--pdeathsig=KILL");
    argv.push_back("--");
    argv.push_back(program.toLocal8Bit());
    for (const QString &a : args)
        argv.push_back(a.toLocal8Bit());
    return argv;
}

pid_t spawn(const std::vector<QByteArray> &args, const QString &logPath)
{
    std::vector<char *> argv;
    for (const QByteArray &a : args)
        argv.push_back(const_cast<char *>(a.constData()));
    argv.push_back(nullptr);
    const QByteArray log = logPath.toLocal8Bit();
    const pid_t pid = fork();
    if (pid == 0) {
        std::freopen(log.constData(), "a", stdout);
        std::freopen(log.constData(), "a", stderr);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    return pid;
}

int runAndWait(const std::vector<QByteArray> &args, const QString &logPath)
{
    const pid_t pid = spawn(args, logPath);
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

PgServer *g_shared = nullptr;

void stopShared()
{
    delete g_shared; // stops the server, removes its folder
    g_shared = nullptr;
}

} // namespace

PgServer *PgServer::shared()
{
    static bool tried = false;
    if (!tried) {
        tried = true;
        std::unique_ptr<PgServer> server(new PgServer);
        if (server->init() && server->start()) {
            g_shared = server.release();
            std::atexit(stopShared);
        } else {
            g_unavailable = server->m_error;
        }
    }
    return g_shared;
}

QString PgServer::unavailableReason()
{
    return g_unavailable;
}

PgServer::~PgServer()
{
    stop();
}

bool PgServer::init()
{
    m_bin = findBinDir();
    if (m_bin.isEmpty()) {
        m_error = u"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/postgres; "
                  "scripts/deps.sh installs postgresql-15)"_s;
        return false;
    }
    if (geteuid() == 0) {
        const passwd *pw = getpwnam("postgres");
        if (!pw
            || chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = u"running as root needs the `postgres` user (postgresql-15 creates it)"_s;
            return false;
        }
    }
    m_port = freePort();
    const int rc = runAndWait(
        asServerUser(m_bin + u"/initdb"_s,
                     {u"-D"_s, m_dir.filePath(u"data"_s), u"-A"_s, u"trust"_s, u"-U"_s, u"novbe"_s,
                      u"-E"_s, u"UTF8"_s, u"--locale=C"_s, u"--no-sync"_s},
                     false),
        m_dir.filePath(u"initdb.log"_s));
    if (rc != 0)
        m_error = u"initdb failed (%1): see %2"_s.arg(rc).arg(m_dir.filePath(u"initdb.log"_s));
    m_dir.setAutoRemove(true);
    return rc == 0;
}

bool PgServer::start()
{
    if (m_pid > 0)
        return true;
    m_pid = spawn(asServerUser(m_bin + u"/postgres"_s,
                               {u"-D"_s, m_dir.filePath(u"data"_s), u"-p"_s,
                                QString::number(m_port), u"-k"_s, m_dir.path(), u"-c"_s,
                                u"listen_addresses=127.0.0.1"_s, u"-c"_s, u"fsync=off"_s, u"-c"_s,
                                u"full_page_writes=off"_s, u"-c"_s, u"max_connections=200"_s},
                               true),
                  m_dir.filePath(u"postgres.log"_s));
    const QByteArray info = admin(u"postgres"_s).toUtf8();
    const bool up = m_pid > 0
        && waitUntil([&] { return PQping(info.constData()) == PQPING_OK; }, 30000);
    if (!up) {
        m_error = u"postgres did not start: see %1"_s.arg(m_dir.filePath(u"postgres.log"_s));
        stop();
    }
    return up;
}

void PgServer::stop()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGINT); // fast shutdown
    int status = 0;
    waitpid(m_pid, &status, 0);
    m_pid = 0;
}

QString PgServer::conninfo(const QString &user, const QString &database) const
{
    return u"host=127.0.0.1 port=%1 user=%2 dbname=%3 connect_timeout=5"_s.arg(m_port).arg(
        user, database);
}

QString PgServer::createDatabase(const QString &name)
{
    const QByteArray info = admin(u"postgres"_s).toUtf8();
    PGconn *conn = PQconnectdb(info.constData());
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    const QByteArray sql = "CREATE DATABASE \"" + name.toUtf8() + "\" TEMPLATE template0";
    const QByteArray drop = "DROP DATABASE IF EXISTS \"" + name.toUtf8() + "\" WITH (FORCE)";
    PQclear(PQexec(conn, drop.constData()));
    PGresult *r = PQexec(conn, sql.constData());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    PQfinish(conn);
    return ok ? name : QString();
}

} // namespace novbe::test
