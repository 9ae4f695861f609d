#include "tcptransport.h"

using namespace Qt::StringLiterals;

namespace novbe {

TcpTransport::TcpTransport(const QString &host, quint16 port, QObject *parent)
    : IoDeviceTransport(parent), m_host(host), m_port(port)
{
    attachDevice(&m_socket);
    m_connectTimer.setSingleShot(true);
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_connectTimer.stop();
        m_open = true;
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        emit opened();
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &TcpTransport::handleError);
    connect(&m_socket, &QTcpSocket::disconnected, this, &TcpTransport::markClosed);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        m_socket.abort();
        emit errorOccurred(u"cannot connect to %1:%2: timed out"_s.arg(m_host).arg(m_port));
    });
}

void TcpTransport::open()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        QTimer::singleShot(0, this, &PrinterTransport::opened);
        return;
    }
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    m_connectTimer.start(writeTimeout());
    m_socket.connectToHost(m_host, m_port);
}

void TcpTransport::close()
{
    resetWriter();
    m_connectTimer.stop();
    m_socket.abort();
    markClosed();
}

bool TcpTransport::isOpen() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void TcpTransport::handleError(QAbstractSocket::SocketError)
{
    m_connectTimer.stop();
    const QString message = u"printer %1:%2: %3"_s.arg(m_host).arg(m_port).arg(
        m_socket.errorString());
    resetWriter();
    emit errorOccurred(message);
    m_socket.abort();
    markClosed();
}

void TcpTransport::markClosed()
{
    resetWriter();
    if (!m_open)
        return;
    m_open = false;
    emit closed();
}

} // namespace novbe
