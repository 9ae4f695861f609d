#include "headlessbrowser.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::StringLiterals;

namespace novbe::test {

namespace {

QByteArrayList chromiumArguments(const QString &profile)
{
    return {HeadlessBrowser::binary().toLocal8Bit(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--remote-debugging-pipe",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--mute-audio",
            "--user-data-dir=" + profile.toLocal8Bit(),
            "about:blank"};
}

} // namespace

HeadlessBrowser::HeadlessBrowser() = default;

HeadlessBrowser::~HeadlessBrowser()
{
    if (m_pid > 0) {
        command(u"Browser.close"_s, {}, false);
        QDeadlineTimer deadline(5000);
        int status = 0;
        while (waitpid(m_pid, &status, WNOHANG) == 0 && !deadline.hasExpired())
            pump(50);
        if (waitpid(m_pid, &status, WNOHANG) == 0) {
            ::kill(m_pid, SIGKILL);
            waitpid(m_pid, &status, 0);
        }
    }
    if (m_toBrowser >= 0)
        ::close(m_toBrowser);
    if (m_fromBrowser >= 0)
        ::close(m_fromBrowser);
}

QString HeadlessBrowser::binary()
{
    const QString own = qEnvironmentVariable("NOVBE_CHROMIUM");
    return own.isEmpty() ? u"/usr/bin/chromium"_s : own;
}

QByteArray HeadlessBrowser::log() const
{
    QFile file(m_profile.filePath(u"chromium.log"_s));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool HeadlessBrowser::launch()
{
    int commands[2];
    int answers[2];
    if (pipe2(commands, O_CLOEXEC) != 0 || pipe2(answers, O_CLOEXEC) != 0)
        return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // dup2 clears FD_CLOEXEC on the copies: the browser keeps fds 3 and 4.
    posix_spawn_file_actions_adddup2(&actions, commands[0], 3);
    posix_spawn_file_actions_adddup2(&actions, answers[1], 4);
    const QByteArray logPath = m_profile.filePath(u"chromium.log"_s).toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, logPath.constData(), O_WRONLY | O_CREAT, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    QByteArrayList args = chromiumArguments(m_profile.path());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const int rc = posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(commands[0]);
    ::close(answers[1]);
    m_toBrowser = commands[1];
    m_fromBrowser = answers[0];
    if (rc != 0) {
        m_pid = 0;
        m_error = u"cannot start "_s + binary();
        return false;
    }
    return true;
}

bool HeadlessBrowser::start(int width, int height)
{
    m_width = width;
    m_height = height;
    if (!m_profile.isValid() || !launch())
        return false;
    const QJsonObject target = command(u"Target.createTarget"_s, {{u"url"_s, u"about:blank"_s}},
                                       false);
    const QJsonObject attached = command(
        u"Target.attachToTarget"_s,
        {{u"targetId"_s, target.value(u"targetId"_s)}, {u"flatten"_s, true}}, false);
    m_session = attached.value(u"sessionId"_s).toString();
    if (m_session.isEmpty())
        return false;
    command(u"Page.enable"_s);
    command(u"Network.enable"_s);
    command(u"Emulation.setDeviceMetricsOverride"_s,
            {{u"width"_s, width},
             {u"height"_s, height},
             {u"deviceScaleFactor"_s, 2},
             {u"mobile"_s, true}});
    return m_error.isEmpty();
}

bool HeadlessBrowser::setAcceptLanguage(const QByteArray &languages)
{
    command(u"Network.setExtraHTTPHeaders"_s,
            {{u"headers"_s, QJsonObject{{u"Accept-Language"_s, QString::fromLatin1(languages)}}}});
    return m_error.isEmpty();
}

bool HeadlessBrowser::open(const QString &url)
{
    const QJsonObject nav = command(u"Page.navigate"_s, {{u"url"_s, url}});
    if (!m_error.isEmpty() || nav.contains(u"errorText"_s))
        return false;
    return waitUntil(u"document.readyState === 'complete'"_s);
}

QJsonValue HeadlessBrowser::evaluate(const QString &expression)
{
    const QJsonObject r = command(
        u"Runtime.evaluate"_s,
        {{u"expression"_s, expression}, {u"returnByValue"_s, true}, {u"awaitPromise"_s, true}});
    if (r.contains(u"exceptionDetails"_s))
        return QJsonValue(QJsonValue::Undefined);
    return r.value(u"result"_s).toObject().value(u"value"_s);
}

bool HeadlessBrowser::waitUntil(const QString &expression, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (evaluate(expression).toBool())
            return true;
        if (deadline.hasExpired())
            return false;
        if (!pump(100))
            return false;
    }
}

QByteArray HeadlessBrowser::screenshot(bool fullPage)
{
    if (fullPage) {
        const int height = evaluate(u"document.documentElement.scrollHeight"_s).toInt(m_height);
        command(u"Emulation.setDeviceMetricsOverride"_s,
                {{u"width"_s, m_width},
                 {u"height"_s, std::max(height, m_height)},
                 {u"deviceScaleFactor"_s, 2},
                 {u"mobile"_s, true}});
    }
    const QJsonObject shot = command(u"Page.captureScreenshot"_s, {{u"format"_s, u"png"_s}});
    if (fullPage) {
        command(u"Emulation.setDeviceMetricsOverride"_s,
                {{u"width"_s, m_width},
                 {u"height"_s, m_height},
                 {u"deviceScaleFactor"_s, 2},
                 {u"mobile"_s, true}});
    }
    return QByteArray::fromBase64(shot.value(u"data"_s).toString().toLatin1());
}

QJsonObject HeadlessBrowser::command(const QString &method, const QJsonObject &params, bool onPage)
{
    m_error.clear();
    const qint64 id = m_nextId++;
    QJsonObject message{{u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}};
    if (onPage)
        message.insert(u"sessionId"_s, m_session);
    if (!writeMessage(message)) {
        m_error = u"cannot write to the browser"_s;
        return {};
    }
    const std::optional<QJsonObject> answer = awaitAnswer(id, TIMEOUT_MS);
    if (!answer) {
        m_error = method + u": no answer"_s;
        return {};
    }
    if (answer->contains(u"error"_s)) {
        m_error = method + u": "_s
            + answer->value(u"error"_s).toObject().value(u"message"_s).toString();
        return {};
    }
    return answer->value(u"result"_s).toObject();
}

bool HeadlessBrowser::writeMessage(const QJsonObject &message)
{
    const QByteArray bytes = QJsonDocument(message).toJson(QJsonDocument::Compact) + '\0';
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_toBrowser, bytes.constData() + done,
                                  size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

std::optional<QJsonObject> HeadlessBrowser::awaitAnswer(qint64 id, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (qsizetype i = 0; i < m_answers.size(); ++i) {
            if (m_answers[i].value(u"id"_s).toInteger() == id)
                return m_answers.takeAt(i);
        }
        if (deadline.hasExpired() || !pump(int(std::max<qint64>(1, deadline.remainingTime()))))
            return std::nullopt;
    }
}

bool HeadlessBrowser::pump(int timeoutMs)
{
    pollfd fd{m_fromBrowser, POLLIN, 0};
    const int ready = ::poll(&fd, 1, timeoutMs);
    if (ready < 0)
        return errno == EINTR;
    if (ready == 0)
        return true;
    char chunk[65536];
    const ssize_t n = ::read(m_fromBrowser, chunk, sizeof chunk);
    if (n <= 0)
        return false;
    m_buffer.append(chunk, n);
    qsizetype end;
    while ((end = m_buffer.indexOf('\0')) >= 0) {
        const QJsonObject message = QJsonDocument::fromJson(m_buffer.left(end)).object();
        m_buffer.remove(0, end + 1);
        if (message.contains(u"id"_s)) // events (no id) are not kept
            m_answers.append(message);
    }
    return true;
}

} // namespace novbe::test
