#pragma once

#include "iodevicetransport.h"

#include <QSerialPort>

namespace novbe {

// A printer on a serial port: 8N1 at the given baud, RTS/CTS hardware flow
// control (works with Epson's DTR/DSR cable wiring), chunked writes.
class SerialTransport : public IoDeviceTransport
{
    Q_OBJECT

public:
    SerialTransport(const QString &portName, int baud, QObject *parent = nullptr);

    void open() override;
    void close() override;
    bool isOpen() const override;
    QString portName() const { return m_port.portName(); }

private:
    void handleError(QSerialPort::SerialPortError error);

    QSerialPort m_port;
    int m_baud = 115200;
};

} // namespace novbe
