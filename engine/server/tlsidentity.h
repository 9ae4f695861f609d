#pragma once

#include "tlssettings.h"

#include "core/result.h"

#include <QDateTime>
#include <QSslConfiguration>
#include <QStringList>

namespace novbe {

// The engine's TLS identity read from the files TlsSettings names: its
// certificate (then the chain), its private key, TLS 1.2 or later, no
// client certificates (devices prove who they are with session.hello).
struct ServerTls
{
    QSslConfiguration configuration;
    QString summary;      // "CN=engine.centre, DNS:engine.centre, IP:10.0.0.5, until 2027-12-04"
    QStringList warnings; // a key others can read, a certificate about to expire
};

// Refuses unreadable files, files without PEM, a certificate outside its
// validity at `now` and an encrypted or unknown key, naming the file.
Result<ServerTls> loadServerTls(const TlsSettings &settings, const QDateTime &now);

} // namespace novbe
