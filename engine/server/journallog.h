#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace novbe {

// Logging to the systemd journal over its native protocol, without
// libsystemd: one datagram per message to /run/systemd/journal/socket with
// MESSAGE, PRIORITY, SYSLOG_IDENTIFIER and NOVBE_CATEGORY (the Qt logging
// category, e.g. novbe.store), so `journalctl NOVBE_CATEGORY=novbe.store` filters.

// The journal's native socket.
inline constexpr const char *JOURNAL_SOCKET = "/run/systemd/journal/socket";

// One entry in the native protocol: "KEY=value\n" per field; values holding a
// newline as "KEY\n", 64-bit little-endian length, value, "\n".
QByteArray journalEntry(QtMsgType type, const char *category, const QString &message,
                        const QByteArray &identifier);

// Sends one entry to the datagram socket at `socketPath`; false when it cannot.
bool sendJournalEntry(const QByteArray &entry, const char *socketPath = JOURNAL_SOCKET);

// True when stderr is connected to the journal ($JOURNAL_STREAM names its device and inode,
// as systemd sets it for StandardError=journal).
bool stderrIsJournal();

// When stderr goes to the journal, log through the native protocol instead
// (each message falls back to stderr when the socket refuses it).
void logToJournalWhenConnected(const QByteArray &identifier);

} // namespace novbe
