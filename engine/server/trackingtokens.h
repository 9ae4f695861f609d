#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace novbe {

// The tracking page's ticket tokens (docs/security.md, Tracking page): the
// printed QR leads to /t/<token>, where the token is the ticket id and a
// MAC of it (HMAC-SHA256, cut to MAC_BYTES) keyed with the centre's secret
// (kept in the database, Store::secret). Ticket ids are no secret (displays
// and dashboards see them); without the secret a token cannot be made from
// an id, so another citizen's page cannot be guessed.
class TrackingTokens
{
public:
    static constexpr int MAC_BYTES = 9; // 72 bits: 12 base64url characters
    static constexpr int MIN_SECRET_BYTES = 32;

    // Requires: `secret` has at least MIN_SECRET_BYTES bytes.
    explicit TrackingTokens(QByteArray secret);

    // "<ticket id>.<MAC, base64url>"
    QString tokenFor(const QString &ticketId) const;
    // The ticket id of a well-formed token whose MAC matches; none otherwise.
    std::optional<QString> ticketOf(const QString &token) const;

private:
    QByteArray mac(const QString &ticketId) const;

    QByteArray m_secret;
};

} // namespace novbe
