#pragma once

#include "iodevicetransport.h"

#include <QTcpSocket>
#include <QTimer>

namespace novbe {

// A network printer on a raw TCP port (9100). Connect and writes time out.
class TcpTransport : public IoDeviceTransport
{
    Q_OBJECT

public:
    TcpTransport(const QString &host, quint16 port, QObject *parent = nullptr);

    void open() override;
    void close() override;
    bool isOpen() const override;

private:
    void handleError(QAbstractSocket::SocketError error);
    void markClosed();

    QTcpSocket m_socket;
    QTimer m_connectTimer;
    QString m_host;
    quint16 m_port = 9100;
    bool m_open = false;
};

} // namespace novbe
