#include "iodevicetransport.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace novbe {

IoDeviceTransport::IoDeviceTransport(QObject *parent) : PrinterTransport(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IoDeviceTransport::handleTimeout);
}

void IoDeviceTransport::attachDevice(QIODevice *device)
{
    m_device = device;
    connect(device, &QIODevice::readyRead, this, &IoDeviceTransport::handleReadyRead);
    connect(device, &QIODevice::bytesWritten, this, &IoDeviceTransport::handleBytesWritten);
}

void IoDeviceTransport::write(const QByteArray &bytes)
{
    if (!isOpen()) {
        emit errorOccurred(u"cannot write: the printer connection is not open"_s);
        return;
    }
    m_queue += bytes;
    pump();
}

qint64 IoDeviceTransport::pendingBytes() const
{
    return m_queue.size() + (m_device ? m_device->bytesToWrite() : 0);
}

void IoDeviceTransport::resetWriter()
{
    m_queue.clear();
    m_timer.stop();
}

void IoDeviceTransport::fail(const QString &message)
{
    resetWriter();
    emit errorOccurred(message);
    close();
}

void IoDeviceTransport::handleReadyRead()
{
    const QByteArray data = m_device->readAll();
    if (!data.isEmpty())
        emit bytesReceived(data);
}

void IoDeviceTransport::handleBytesWritten(qint64)
{
    m_timer.start(writeTimeout());
    pump();
}

void IoDeviceTransport::handleTimeout()
{
    fail(u"write timed out after %1 ms (printer busy or offline?)"_s.arg(writeTimeout()));
}

void IoDeviceTransport::pump()
{
    if (!m_device || !isOpen() || m_device->bytesToWrite() > 0)
        return;
    if (m_queue.isEmpty()) {
        m_timer.stop();
        emit allWritten();
        return;
    }
    const QByteArray chunk = m_queue.left(CHUNK_BYTES);
    const qint64 written = m_device->write(chunk);
    if (written < 0) {
        fail(u"write failed: %1"_s.arg(m_device->errorString()));
        return;
    }
    m_queue.remove(0, written);
    m_timer.start(writeTimeout());
}

} // namespace novbe
