#include "serialtransport.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace novbe {

SerialTransport::SerialTransport(const QString &portName, int baud, QObject *parent)
    : IoDeviceTransport(parent), m_baud(baud)
{
    m_port.setPortName(portName);
    attachDevice(&m_port);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialTransport::handleError);
}

void SerialTransport::open()
{
    if (m_port.isOpen()) {
        QTimer::singleShot(0, this, &PrinterTransport::opened);
        return;
    }
    const bool ok = m_port.open(QIODevice::ReadWrite) && m_port.setBaudRate(m_baud)
        && m_port.setDataBits(QSerialPort::Data8) && m_port.setParity(QSerialPort::NoParity)
        && m_port.setStopBits(QSerialPort::OneStop)
        && m_port.setFlowControl(QSerialPort::HardwareControl);
    if (!ok) {
        const QString message = u"cannot open serial port %1: %2"_s.arg(m_port.portName(),
                                                                        m_port.errorString());
        m_port.close();
        QTimer::singleShot(0, this, [this, message] { emit errorOccurred(message); });
        return;
    }
    m_port.clear();
    QTimer::singleShot(0, this, &PrinterTransport::opened);
}

void SerialTransport::close()
{
    resetWriter();
    if (!m_port.isOpen())
        return;
    m_port.close();
    emit closed();
}

bool SerialTransport::isOpen() const
{
    return m_port.isOpen();
}

void SerialTransport::handleError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || !m_port.isOpen())
        return;
    if (error == QSerialPort::ResourceError || error == QSerialPort::WriteError
        || error == QSerialPort::ReadError)
        fail(u"serial port %1: %2"_s.arg(m_port.portName(), m_port.errorString()));
}

} // namespace novbe
