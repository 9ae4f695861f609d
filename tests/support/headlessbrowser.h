#pragma once

// A real headless Debian chromium for tests of the engine's citizen pages,
// driven over the DevTools protocol through --remote-debugging-pipe (the
// browser reads commands on fd 3 and writes answers and events on fd 4,
// each a JSON message ended by NUL): no WebSocket, no node. Blocking: the
// engine under test runs in another process.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <optional>

#include <sys/types.h>

namespace novbe::test {

class HeadlessBrowser
{
public:
    static constexpr int TIMEOUT_MS = 30000;

    HeadlessBrowser();
    ~HeadlessBrowser(); // closes the browser (SIGKILL if it does not go)
    HeadlessBrowser(const HeadlessBrowser &) = delete;
    HeadlessBrowser &operator=(const HeadlessBrowser &) = delete;

    // $NOVBE_CHROMIUM or /usr/bin/chromium.
    static QString binary();

    // Starts chromium and opens one page (tab) emulating a phone screen of
    // `width` x `height` CSS pixels at 2x; false when the browser did not answer.
    bool start(int width = 360, int height = 740);
    // Sends Accept-Language: `languages` with every request of the page.
    bool setAcceptLanguage(const QByteArray &languages);
    // Navigates and waits until the document has loaded.
    bool open(const QString &url);
    // The value of a JavaScript expression (promises awaited); undefined on error.
    QJsonValue evaluate(const QString &expression);
    // Waits until `expression` is true, evaluating it again whenever the
    // browser reports something or 100 ms passed; false on timeout.
    bool waitUntil(const QString &expression, int timeoutMs = TIMEOUT_MS);
    // The page as PNG: the viewport, or (`fullPage`) its whole height.
    QByteArray screenshot(bool fullPage = false);

    // One DevTools command on the page's session (or the browser's); its
    // `result`, or an empty object with `error` set on failure or timeout.
    QJsonObject command(const QString &method, const QJsonObject &params = {}, bool onPage = true);
    QString lastError() const { return m_error; }
    // What chromium printed (its log file).
    QByteArray log() const;

private:
    bool launch();
    bool writeMessage(const QJsonObject &message);
    // Reads messages until one has `id`, or until `timeoutMs`.
    std::optional<QJsonObject> awaitAnswer(qint64 id, int timeoutMs);
    // Reads what arrives within `timeoutMs`; false when the pipe closed.
    bool pump(int timeoutMs);

    QTemporaryDir m_profile;
    pid_t m_pid = 0;
    int m_toBrowser = -1;
    int m_fromBrowser = -1;
    QByteArray m_buffer;
    QList<QJsonObject> m_answers;
    qint64 m_nextId = 1;
    QString m_session;
    int m_width = 360;
    int m_height = 740;
    QString m_error;
};

} // namespace novbe::test
