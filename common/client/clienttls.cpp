#include "clienttls.h"

#include <QFile>
#include <QSslSocket>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace novbe {

QSslConfiguration ClientTls::configuration() const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setProtocol(QSsl::TlsV1_2OrLater);
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    c.setCaCertificates(ca); // pinned: replaces the system's CAs
    return c;
}

std::optional<QList<QSslCertificate>> readPinnedCa(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the TLS CA file %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = u"the TLS CA file %1 holds no PEM certificate"_s.arg(path);
        return std::nullopt;
    }
    return certificates;
}

void connectToEngine(QSslSocket &socket, const QString &host, quint16 port, const ClientTls &tls)
{
    if (!tls.enabled) {
        socket.connectToHost(host, port);
        return;
    }
    socket.setSslConfiguration(tls.configuration());
    socket.connectToHostEncrypted(host, port, tls.peerName.isEmpty() ? host : tls.peerName);
}

bool openEngineSocket(QSslSocket &socket, const QString &host, quint16 port, const ClientTls &tls,
                      int timeoutMs, QString *error)
{
    connectToEngine(socket, host, port, tls);
    const bool open = tls.enabled ? socket.waitForEncrypted(timeoutMs)
                                  : socket.waitForConnected(timeoutMs);
    if (open)
        return true;
    const QList<QSslError> refused = socket.sslHandshakeErrors();
    *error = u"cannot connect to %1:%2: %3"_s.arg(host).arg(port).arg(
        !refused.isEmpty() ? describeTlsErrors(refused, tls, host) : socket.errorString());
    return false;
}

QString describeTlsErrors(const QList<QSslError> &errors, const ClientTls &tls, const QString &host)
{
    QStringList reasons;
    for (const QSslError &e : errors) {
        switch (e.error()) {
            case QSslError::UnableToGetLocalIssuerCertificate:
            case QSslError::UnableToGetIssuerCertificate:
            case QSslError::SelfSignedCertificateInChain:
            case QSslError::SelfSignedCertificate:
            case QSslError::CertificateUntrusted:
            case QSslError::UnableToVerifyFirstCertificate:
                reasons << u"the engine's certificate is not signed by the pinned CA "_s
                        + tls.caFile;
                break;
            case QSslError::HostNameMismatch:
                reasons << u"the engine's certificate does not name %1 (its subjectAltName "
                           "must list the host or IP address the client connects to)"_s.arg(
                               tls.peerName.isEmpty() ? host : tls.peerName);
                break;
            case QSslError::CertificateExpired:
                reasons << u"the engine's certificate has expired"_s;
                break;
            case QSslError::CertificateNotYetValid:
                reasons << u"the engine's certificate is not valid yet (check the clocks)"_s;
                break;
            default: reasons << e.errorString();
        }
    }
    reasons.removeDuplicates();
    return u"TLS: "_s + reasons.join(u"; "_s) + u"; not connecting"_s;
}

} // namespace novbe
