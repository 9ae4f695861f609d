#include "trackingtokens.h"

#include "auth.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace novbe {

namespace {

constexpr auto BASE64URL = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

TrackingTokens::TrackingTokens(QByteArray secret) : m_secret(std::move(secret))
{
    Q_ASSERT(m_secret.size() >= MIN_SECRET_BYTES);
}

QByteArray TrackingTokens::mac(const QString &ticketId) const
{
    return QMessageAuthenticationCode::hash(ticketId.toUtf8(), m_secret, QCryptographicHash::Sha256)
        .left(MAC_BYTES);
}

QString TrackingTokens::tokenFor(const QString &ticketId) const
{
    return ticketId + QLatin1Char('.') + QString::fromLatin1(mac(ticketId).toBase64(BASE64URL));
}

std::optional<QString> TrackingTokens::ticketOf(const QString &token) const
{
    // Ticket ids as the core makes them ("t_" and base-36 digits), a dot, the MAC.
    static const QRegularExpression pattern(
        QStringLiteral("^(t_[0-9a-z]{1,40})\\.([A-Za-z0-9_-]{12})$"));
    const QRegularExpressionMatch m = pattern.match(token);
    if (!m.hasMatch())
        return std::nullopt;
    const QByteArray given = QByteArray::fromBase64(m.captured(2).toLatin1(), BASE64URL);
    if (!constantTimeEquals(given, mac(m.captured(1))))
        return std::nullopt;
    return m.captured(1);
}

} // namespace novbe
