#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace novbe {

// Everything the engine takes from its command line.
struct EngineOptions
{
    QString configPath;
    QString dbPath;
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 7400;
    QString portFile;
    QString logLevel = QStringLiteral("info");
    QString backupDest;              // non-empty: make a backup of dbPath and exit
    QDateTime clockStart;            // valid: the engine's clock starts here (demos, tests)
    int helloTimeoutMs = 10000;      // unauthenticated connections are closed after this
    int checkIntervalSec = 6 * 3600; // background quick_check; 0 = never
    bool check = false;              // --check: integrity_check of --db, then exit
    QString checkConfigPath;         // --check-config: validate this config file, then exit
    QString migrateBackupDir; // --migrate-backup-dir: back up an older --db there, migrate, exit
    int stallTimeoutMs =
        60000; // connections that read nothing of their output for this long are closed
};

// Result of parsing: options, or a message and exit code (0 for --help/--version).
struct ParsedOptions
{
    std::optional<EngineOptions> options;
    QString message;
    int exitCode = 0;
};

// Parses `arguments` (argv including the program name).
ParsedOptions parseEngineOptions(const QStringList &arguments);

// Parses "HOST:PORT" ("[::1]:7400" for IPv6); false when malformed.
bool parseListenAddress(const QString &text, QHostAddress &host, quint16 &port);

} // namespace novbe
