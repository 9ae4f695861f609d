#include "tlsidentity.h"

#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr int EXPIRY_WARNING_DAYS = 30;

DomainError tlsError(const QString &message)
{
    return makeError(ErrorCode::InvalidParams, u"tls: "_s + message);
}

Result<QByteArray> readFile(const QString &what, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tlsError(u"cannot read %1 %2: %3"_s.arg(what, path, file.errorString()));
    return file.readAll();
}

Result<QList<QSslCertificate>> readCertificates(const QString &what, const QString &path)
{
    Result<QByteArray> pem = readFile(what, path);
    if (!pem.ok())
        return pem.error();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(*pem, QSsl::Pem);
    if (certificates.isEmpty())
        return tlsError(u"%1 %2 holds no PEM certificate"_s.arg(what, path));
    return certificates;
}

Result<QSslKey> readKey(const QString &path)
{
    Result<QByteArray> pem = readFile(u"key"_s, path);
    if (!pem.ok())
        return pem.error();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        const QSslKey key(*pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return tlsError(u"key %1 is not an unencrypted PEM private key (RSA, EC or DSA)"_s.arg(path));
}

QString describe(const QSslCertificate &c)
{
    QStringList parts = c.subjectInfo(QSslCertificate::CommonName);
    const auto names = c.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        parts << (it.key() == QSsl::DnsEntry ? u"DNS:"_s : u"IP:"_s) + it.value();
    parts << u"until "_s + c.expiryDate().toUTC().toString(Qt::ISODate);
    return parts.join(u", "_s);
}

QStringList warningsFor(const QSslCertificate &c, const QString &keyPath, const QDateTime &now)
{
    QStringList warnings;
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (QFileInfo(keyPath).permissions() & others)
        warnings << u"tls: key %1 is readable by other users; make it 0600 and owned by the "
                    "engine's user (docs/security.md)"_s.arg(keyPath);
    if (now.daysTo(c.expiryDate()) < EXPIRY_WARNING_DAYS)
        warnings << u"tls: certificate expires on %1; renew it (docs/security.md, rotation)"_s.arg(
            c.expiryDate().toUTC().toString(Qt::ISODate));
    if (c.subjectAlternativeNames().isEmpty())
        warnings << u"tls: certificate has no subjectAltName; clients will refuse it"_s;
    return warnings;
}

} // namespace

Result<ServerTls> loadServerTls(const TlsSettings &settings, const QDateTime &now)
{
    Result<QList<QSslCertificate>> chain = readCertificates(u"certificate"_s, settings.certificate);
    if (!chain.ok())
        return chain.error();
    const QSslCertificate leaf = chain->constFirst();
    if (now > leaf.expiryDate() || now < leaf.effectiveDate())
        return tlsError(u"certificate %1 is valid from %2 to %3 only"_s.arg(
            settings.certificate, leaf.effectiveDate().toUTC().toString(Qt::ISODate),
            leaf.expiryDate().toUTC().toString(Qt::ISODate)));
    if (!settings.chain.isEmpty()) {
        Result<QList<QSslCertificate>> more = readCertificates(u"chain"_s, settings.chain);
        if (!more.ok())
            return more.error();
        chain.value() += *more;
    }
    Result<QSslKey> key = readKey(settings.key);
    if (!key.ok())
        return key.error();
    ServerTls tls;
    tls.configuration = QSslConfiguration::defaultConfiguration();
    tls.configuration.setProtocol(QSsl::TlsV1_2OrLater);
    tls.configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.configuration.setLocalCertificateChain(*chain);
    tls.configuration.setPrivateKey(*key);
    tls.summary = describe(leaf);
    tls.warnings = warningsFor(leaf, settings.key, now);
    return tls;
}

} // namespace novbe
