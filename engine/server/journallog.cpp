#include "journallog.h"

#include <QtEndian>

#include <cstdio>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace novbe {

namespace {

QByteArray g_identifier;

int priorityOf(QtMsgType type)
{
    switch (type) {
        case QtDebugMsg: return 7;
        case QtInfoMsg: return 6;
        case QtWarningMsg: return 4;
        case QtCriticalMsg: return 3;
        case QtFatalMsg: return 2;
    }
    return 6;
}

void appendField(QByteArray &entry, const char *key, const QByteArray &value)
{
    entry += key;
    if (!value.contains('\n')) {
        entry += '=' + value + '\n';
        return;
    }
    entry += '\n';
    const quint64 size = qToLittleEndian(quint64(value.size()));
    entry.append(reinterpret_cast<const char *>(&size), sizeof size);
    entry += value + '\n';
}

void journalHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *category = context.category ? context.category : "default";
    if (!sendJournalEntry(journalEntry(type, category, message, g_identifier))) {
        std::fputs(qPrintable(qFormatLogMessage(type, context, message) + u'\n'), stderr);
        std::fflush(stderr);
    }
}

} // namespace

QByteArray journalEntry(QtMsgType type, const char *category, const QString &message,
                        const QByteArray &identifier)
{
    QByteArray entry;
    appendField(entry, "MESSAGE", message.toUtf8());
    appendField(entry, "PRIORITY", QByteArray::number(priorityOf(type)));
    appendField(entry, "SYSLOG_IDENTIFIER", identifier);
    appendField(entry, "NOVBE_CATEGORY", QByteArray(category));
    return entry;
}

bool sendJournalEntry(const QByteArray &entry, const char *socketPath)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (std::strlen(socketPath) >= sizeof(address.sun_path))
        return false;
    std::strcpy(address.sun_path, socketPath);
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const ssize_t sent = ::sendto(fd, entry.constData(), size_t(entry.size()), MSG_NOSIGNAL,
                                  reinterpret_cast<const sockaddr *>(&address), sizeof address);
    ::close(fd);
    return sent == entry.size();
}

bool stderrIsJournal()
{
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    const qsizetype colon = stream.indexOf(':');
    struct stat st = {};
    if (colon <= 0 || ::fstat(STDERR_FILENO, &st) != 0)
        return false;
    return stream.left(colon).toULongLong() == st.st_dev
        && stream.mid(colon + 1).toULongLong() == st.st_ino;
}

void logToJournalWhenConnected(const QByteArray &identifier)
{
    if (!stderrIsJournal())
        return;
    g_identifier = identifier;
    qInstallMessageHandler(journalHandler);
}

} // namespace novbe
