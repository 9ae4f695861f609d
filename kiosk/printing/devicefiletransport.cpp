#include "devicefiletransport.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr qsizetype CHUNK_BYTES = 1024;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

DeviceFileTransport::DeviceFileTransport(const QString &path, QObject *parent)
    : PrinterTransport(parent), m_path(path)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(u"write to %1 timed out after %2 ms (printer busy or offline?)"_s.arg(m_path).arg(
            writeTimeout()));
    });
}

DeviceFileTransport::~DeviceFileTransport()
{
    close();
}

void DeviceFileTransport::open()
{
    if (m_fd < 0) {
        const QByteArray path = QFile::encodeName(m_path);
        const int flags = O_NONBLOCK | O_CLOEXEC | O_NOCTTY;
        struct stat info
        {
        };
        const bool device = ::stat(path.constData(), &info) == 0 && S_ISCHR(info.st_mode);
        if (device)
            m_fd = ::open(path.constData(), O_RDWR | flags);
        m_readable = m_fd >= 0;
        if (m_fd < 0)
            m_fd = ::open(path.constData(), O_WRONLY | O_APPEND | flags);
        if (m_fd < 0) {
            const QString message = u"cannot open %1: %2"_s.arg(m_path, systemError(errno));
            QTimer::singleShot(0, this, [this, message] { emit errorOccurred(message); });
            return;
        }
        m_writeNotifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Write);
        m_writeNotifier->setEnabled(false);
        connect(m_writeNotifier.get(), &QSocketNotifier::activated, this,
                &DeviceFileTransport::handleWritable);
        if (m_readable) {
            m_readNotifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
            connect(m_readNotifier.get(), &QSocketNotifier::activated, this,
                    &DeviceFileTransport::handleReadable);
        }
    }
    QTimer::singleShot(0, this, &PrinterTransport::opened);
}

void DeviceFileTransport::write(const QByteArray &bytes)
{
    if (m_fd < 0) {
        emit errorOccurred(u"cannot write: %1 is not open"_s.arg(m_path));
        return;
    }
    m_queue += bytes;
    if (!m_writeNotifier->isEnabled()) {
        m_writeNotifier->setEnabled(true);
        m_timer.start(writeTimeout());
    }
}

void DeviceFileTransport::close()
{
    m_queue.clear();
    m_timer.stop();
    if (m_fd < 0)
        return;
    m_writeNotifier.reset();
    m_readNotifier.reset();
    ::close(m_fd);
    m_fd = -1;
    m_readable = false;
    emit closed();
}

void DeviceFileTransport::handleWritable()
{
    while (!m_queue.isEmpty()) {
        const qsizetype size = std::min(m_queue.size(), CHUNK_BYTES);
        const ssize_t written = ::write(m_fd, m_queue.constData(), size_t(size));
        if (written < 0 && (errno == EAGAIN || errno == EINTR))
            return; // wait for the next notification; the timer keeps running
        if (written < 0) {
            fail(u"write to %1 failed: %2"_s.arg(m_path, systemError(errno)));
            return;
        }
        m_queue.remove(0, written);
        m_timer.start(writeTimeout());
    }
    m_writeNotifier->setEnabled(false);
    m_timer.stop();
    emit allWritten();
}

void DeviceFileTransport::handleReadable()
{
    char buffer[256];
    const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
    if (n > 0) {
        emit bytesReceived(QByteArray(buffer, n));
    } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        // End of file or an error: this device does not talk back.
        m_readNotifier->setEnabled(false);
    }
}

void DeviceFileTransport::fail(const QString &message)
{
    m_queue.clear();
    m_timer.stop();
    emit errorOccurred(message);
    close();
}

} // namespace novbe
