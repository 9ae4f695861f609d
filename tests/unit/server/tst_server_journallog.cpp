// Journal logging without libsystemd (engine/server/journallog): the native
// protocol's encoding, one datagram per entry to a real socket, and the
// $JOURNAL_STREAM test that decides whether stderr is the journal.

#include "server/journallog.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <cstdio>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

TEST_CASE("a one-line message is KEY=value lines with the category", "[journal]")
{
    const QByteArray entry = novbe::journalEntry(QtWarningMsg, "novbe.store", u"disk nearly full"_s,
                                                 "novbe-engine");
    CHECK(entry
          == "MESSAGE=disk nearly full\nPRIORITY=4\nSYSLOG_IDENTIFIER=novbe-engine\n"
             "NOVBE_CATEGORY=novbe.store\n");
    CHECK(novbe::journalEntry(QtInfoMsg, "a", u"x"_s, "i").contains("PRIORITY=6\n"));
    CHECK(novbe::journalEntry(QtDebugMsg, "a", u"x"_s, "i").contains("PRIORITY=7\n"));
    CHECK(novbe::journalEntry(QtCriticalMsg, "a", u"x"_s, "i").contains("PRIORITY=3\n"));
}

TEST_CASE("a message with a newline is sent with its length", "[journal]")
{
    const QByteArray entry = novbe::journalEntry(QtInfoMsg, "novbe.server", u"two\nlines ə"_s,
                                                 "novbe-engine");
    const QByteArray value = u"two\nlines ə"_s.toUtf8();
    QByteArray expected = "MESSAGE\n";
    for (int i = 0; i < 8; ++i)
        expected += char(i == 0 ? value.size() : 0); // 64-bit little-endian length
    expected += value + "\n";
    CHECK(entry.startsWith(expected));
    CHECK(entry.endsWith("NOVBE_CATEGORY=novbe.server\n"));
}

TEST_CASE("an entry is one datagram on the socket", "[journal]")
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(u"journal"_s).toUtf8();
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::copy(path.begin(), path.end(), address.sun_path);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);

    const QByteArray entry = novbe::journalEntry(QtInfoMsg, "novbe.auth", u"hello"_s, "t");
    REQUIRE(novbe::sendJournalEntry(entry, path.constData()));
    char buffer[1024];
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    CHECK(QByteArray(buffer, int(n)) == entry);
    ::close(fd);
    CHECK_FALSE(novbe::sendJournalEntry(entry, path.constData())); // nobody listens now
}

TEST_CASE("stderr is the journal only when $JOURNAL_STREAM names it", "[journal]")
{
    struct stat st = {};
    REQUIRE(::fstat(STDERR_FILENO, &st) == 0);
    const QByteArray ours = QByteArray::number(quint64(st.st_dev)) + ':'
        + QByteArray::number(quint64(st.st_ino));
    qunsetenv("JOURNAL_STREAM");
    CHECK_FALSE(novbe::stderrIsJournal());
    qputenv("JOURNAL_STREAM", ours);
    CHECK(novbe::stderrIsJournal());
    qputenv("JOURNAL_STREAM",
            QByteArray::number(quint64(st.st_dev)) + ':'
                + QByteArray::number(quint64(st.st_ino) + 1));
    CHECK_FALSE(novbe::stderrIsJournal());
    qunsetenv("JOURNAL_STREAM");
}
