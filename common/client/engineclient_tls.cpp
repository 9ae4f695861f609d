// EngineClient: opening the connection, plain or TLS (clienttls.h), and the
// failures the user must hear about (engineclient.h).

#include "engineclient.h"

#include <QLoggingCategory>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace novbe {

Q_DECLARE_LOGGING_CATEGORY(lcClient)

void EngineClient::setTls(const ClientTls &tls)
{
    m_tls = tls;
}

void EngineClient::connectNow()
{
    if (!m_running || m_socket)
        return;
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    // With TLS, session.hello waits for the handshake: nothing goes out in the clear.
    connect(socket, m_tls.enabled ? &QSslSocket::encrypted : &QSslSocket::connected, this,
            &EngineClient::handleConnected);
    connect(socket, &QSslSocket::sslErrors, this, &EngineClient::noteTlsErrors);
    connect(socket, &QTcpSocket::readyRead, this, &EngineClient::handleReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] { linkDown(); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        noteSocketError(e);
        linkDown();
    });
    m_decoder.reset();
    m_attemptFailure.clear();
    m_attemptStarted.start();
    setState(State::Connecting);
    connectToEngine(*socket, m_host, m_port, m_tls);
}

// The certificate was refused (the socket then fails with SslHandshakeFailedError).
void EngineClient::noteTlsErrors(const QList<QSslError> &errors)
{
    m_attemptFailure = describeTlsErrors(errors, m_tls, m_host);
}

void EngineClient::noteSocketError(QAbstractSocket::SocketError error)
{
    const bool tlsError = error == QAbstractSocket::SslHandshakeFailedError
        || error == QAbstractSocket::SslInternalError
        || error == QAbstractSocket::SslInvalidUserDataError;
    if (tlsError && m_attemptFailure.isEmpty() && m_socket)
        m_attemptFailure = u"TLS: "_s + m_socket->errorString() + u"; not connecting"_s;
}

void EngineClient::reportFailure(const QString &message, bool isNew)
{
    if (message.isEmpty())
        return;
    if (isNew)
        qCWarning(lcClient).noquote() << message;
    emit connectionFailed(message);
}

} // namespace novbe
