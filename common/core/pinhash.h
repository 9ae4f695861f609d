#pragma once

#include <QByteArray>
#include <QString>

namespace novbe {

// Operator PINs are stored as "pbkdf2-sha256$ITER$SALT_B64$HASH_B64":
// PBKDF2-HMAC-SHA256 over the PIN's UTF-8 bytes, 32-byte key, standard base64 with padding.

inline constexpr int DEFAULT_PIN_ITERATIONS = 20000;
inline constexpr int PIN_HASH_BYTES = 32;

// PBKDF2-HMAC-SHA256 (RFC 8018) derived key of `keyLen` bytes.
// Requires: iterations >= 1, keyLen >= 1.
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int keyLen);

// Encoded hash of `pin` with the given salt and iteration count.
// Requires: salt not empty, iterations >= 1.
QString hashPin(const QString &pin, const QByteArray &salt, int iterations);

// `bytes` random bytes from the system CSPRNG, for a fresh salt.
QByteArray randomSalt(int bytes = 16);

// True when `encoded` is well formed: positive ITER, non-empty canonical base64 salt,
// canonical base64 hash of exactly 32 bytes.
bool isValidPinHash(const QString &encoded);

// True when `pin` matches `encoded`; false for a wrong PIN or a malformed hash.
// The final comparison takes the same time wherever the bytes differ.
bool verifyPin(const QString &pin, const QString &encoded);

} // namespace novbe
