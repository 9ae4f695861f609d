#pragma once

// ClientTls: how a client reaches a TLS engine (docs/security.md, TLS). It
// pins the centre's CA: only certificates that CA signed are accepted (not
// the system's CAs), and the certificate must name the host connected to
// (subjectAltName DNS or IP entry, the usual rules) or `peerName` when set.
// There is no fallback to plain TCP: a client set up for TLS speaks nothing
// else.

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <optional>

class QSslSocket;

namespace novbe {

struct ClientTls
{
    bool enabled = false;
    QString caFile;            // for messages
    QList<QSslCertificate> ca; // the pinned CA certificate(s), read from caFile
    QString peerName;          // empty: the host connected to

    // TLS 1.2 or later, the engine's certificate verified against `ca` alone.
    QSslConfiguration configuration() const;
};

// The certificates of a PEM file; nullopt with `error` naming the file when
// it cannot be read or holds none.
std::optional<QList<QSslCertificate>> readPinnedCa(const QString &path, QString *error);

// Starts connecting `socket` to host:port, with a TLS handshake when `tls` is enabled.
void connectToEngine(QSslSocket &socket, const QString &host, quint16 port, const ClientTls &tls);

// For blocking command-line clients: connectToEngine(), then waits for the
// connection (and the handshake); false with `error` (describeTlsErrors()
// for a refused certificate) on failure.
bool openEngineSocket(QSslSocket &socket, const QString &host, quint16 port, const ClientTls &tls,
                      int timeoutMs, QString *error);

// One line for the user: why the engine's certificate was refused, e.g.
// "the engine's certificate is not signed by the pinned CA /etc/novbe/tls/ca.crt".
QString describeTlsErrors(const QList<QSslError> &errors, const ClientTls &tls,
                          const QString &host);

} // namespace novbe
