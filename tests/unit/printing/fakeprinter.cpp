#include "fakeprinter.h"

#include "escposdecoder.h"

#include <QTcpSocket>

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace novbe::test {

PrinterScript okScript(bool asb)
{
    return {asb ? QByteArray("\x10\x00\x00\x00", 4) : QByteArray(),
            {{1, 0x12}, {2, 0x12}, {4, 0x12}},
            true};
}

PrinterScript paperOutScript(bool asb)
{
    return {asb ? QByteArray("\x18\x00\x0C\x00", 4) : QByteArray(),
            {{1, 0x1A}, {2, 0x32}, {4, 0x72}},
            true};
}

PrinterScript coverOpenScript(bool asb)
{
    return {asb ? QByteArray("\x38\x00\x00\x00", 4) : QByteArray(),
            {{1, 0x1A}, {2, 0x16}, {4, 0x12}},
            true};
}

PrinterScript silentScript()
{
    return {QByteArray(), {}, false};
}

QByteArray FakePrinterLogic::feed(const QByteArray &bytes)
{
    m_received += bytes;
    m_pending += bytes;
    QByteArray answer;
    qsizetype pos = 0;
    while (pos < m_pending.size()) {
        const qsizetype length = escPosCommandLength(m_pending, pos);
        if (length < 0)
            break; // wait for the rest of the command
        const QByteArray command = m_pending.mid(pos, std::max<qsizetype>(length, 1));
        pos += command.size();
        const QByteArray head = command.left(2);
        if (head == "\x10\x04") {
            m_counts[command] += 1;
            if (m_script.realTime.contains(quint8(command.at(2))))
                answer.append(char(m_script.realTime.value(quint8(command.at(2)))));
        } else if (head == "\x1D\x61") {
            m_counts[command] += 1;
            answer += m_script.asbFrame;
        } else if (command == "\x1D\x72\x01") {
            m_counts[command] += 1;
            if (m_script.answerProcessed)
                answer.append('\0');
        } else if (head == "\x1D\x56" || command.startsWith("\x1D\x76\x30")) {
            m_counts[head] += 1;
        }
    }
    m_pending.remove(0, pos);
    return answer;
}

TcpFakePrinter::TcpFakePrinter(PrinterScript script) : m_logic(std::move(script))
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        QTcpSocket *socket = m_server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray answer = m_logic.feed(socket->readAll());
            if (!answer.isEmpty())
                socket->write(answer);
            emit received();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });
}

QString TcpFakePrinter::url() const
{
    return u"tcp://127.0.0.1:%1"_s.arg(m_server.serverPort());
}

PtyFakePrinter::PtyFakePrinter(PrinterScript script, bool reading) : m_logic(std::move(script))
{
    termios raw{};
    cfmakeraw(&raw);
    char name[128] = {};
    if (openpty(&m_master, &m_slave, name, &raw, nullptr) != 0) {
        m_master = m_slave = -1;
        return;
    }
    m_slavePath = QString::fromLocal8Bit(name);
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    if (!reading)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PtyFakePrinter::handleReadable);
}

PtyFakePrinter::~PtyFakePrinter()
{
    m_notifier.reset();
    if (m_master >= 0)
        ::close(m_master);
    if (m_slave >= 0)
        ::close(m_slave);
}

void PtyFakePrinter::handleReadable()
{
    char buffer[4096];
    const ssize_t n = ::read(m_master, buffer, sizeof buffer);
    if (n <= 0)
        return;
    const QByteArray answer = m_logic.feed(QByteArray(buffer, n));
    if (!answer.isEmpty() && ::write(m_master, answer.constData(), size_t(answer.size())) < 0)
        qWarning("fake printer: cannot answer on the pty");
    emit received();
}

} // namespace novbe::test
