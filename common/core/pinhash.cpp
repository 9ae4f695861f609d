#include "pinhash.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

#include <array>
#include <optional>

namespace novbe {

namespace {

constexpr int SHA256_BYTES = 32;
constexpr int SHA256_BLOCK = 64;
constexpr QLatin1StringView SCHEME("pbkdf2-sha256");

// HMAC-SHA256 with the key blocks (key ^ ipad, key ^ opad) derived once and two hash
// objects reused for every message, so an iteration allocates nothing.
class HmacSha256
{
public:
    explicit HmacSha256(const QByteArray &key)
    {
        QByteArray block = key.size() > SHA256_BLOCK
            ? QCryptographicHash::hash(key, QCryptographicHash::Sha256)
            : key;
        block.resize(SHA256_BLOCK, '\0');
        m_ipad = block;
        m_opad = block;
        for (int i = 0; i < SHA256_BLOCK; ++i) {
            m_ipad[i] = char(block[i] ^ 0x36);
            m_opad[i] = char(block[i] ^ 0x5c);
        }
    }

    // Writes HMAC(key, a || b) to `out`.
    void mac(QByteArrayView a, QByteArrayView b, std::array<char, SHA256_BYTES> &out)
    {
        m_inner.reset();
        m_inner.addData(m_ipad);
        m_inner.addData(a);
        m_inner.addData(b);
        m_outer.reset();
        m_outer.addData(m_opad);
        m_outer.addData(m_inner.resultView());
        const QByteArrayView digest = m_outer.resultView();
        std::copy(digest.begin(), digest.end(), out.begin());
    }

private:
    QByteArray m_ipad;
    QByteArray m_opad;
    QCryptographicHash m_inner{QCryptographicHash::Sha256};
    QCryptographicHash m_outer{QCryptographicHash::Sha256};
};

struct ParsedHash
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

// Decodes standard base64 with padding; nullopt unless `text` is its canonical encoding.
std::optional<QByteArray> decodeCanonicalBase64(const QString &text)
{
    const QByteArray ascii = text.toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(ascii,
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.toBase64() != ascii)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<int> parseIterations(const QString &text)
{
    if (text.isEmpty() || text.size() > 10 || text.front() == u'0')
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

std::optional<ParsedHash> parsePinHash(const QString &encoded)
{
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 4 || parts[0] != SCHEME)
        return std::nullopt;
    const auto iterations = parseIterations(parts[1]);
    const auto salt = decodeCanonicalBase64(parts[2]);
    const auto hash = decodeCanonicalBase64(parts[3]);
    if (!iterations || !salt || !hash || hash->size() != PIN_HASH_BYTES)
        return std::nullopt;
    return ParsedHash{*iterations, *salt, *hash};
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int keyLen)
{
    Q_ASSERT(iterations >= 1 && keyLen >= 1);
    HmacSha256 hmac(password);
    QByteArray key;
    key.reserve(keyLen);
    std::array<char, SHA256_BYTES> u{};
    std::array<char, SHA256_BYTES> t{};
    for (quint32 block = 1; key.size() < keyLen; ++block) {
        const char index[4] = {char(block >> 24), char(block >> 16), char(block >> 8), char(block)};
        hmac.mac(salt, QByteArrayView(index, 4), u);
        t = u;
        for (int i = 1; i < iterations; ++i) {
            hmac.mac(QByteArrayView(u.data(), SHA256_BYTES), {}, u);
            for (int k = 0; k < SHA256_BYTES; ++k)
                t[k] ^= u[k];
        }
        key.append(t.data(), std::min<qsizetype>(SHA256_BYTES, keyLen - key.size()));
    }
    return key;
}

QString hashPin(const QString &pin, const QByteArray &salt, int iterations)
{
    const QByteArray key = pbkdf2Sha256(pin.toUtf8(), salt, iterations, PIN_HASH_BYTES);
    return SCHEME + u'$' + QString::number(iterations) + u'$' + QString::fromLatin1(salt.toBase64())
        + u'$' + QString::fromLatin1(key.toBase64());
}

QByteArray randomSalt(int bytes)
{
    QList<quint32> words(qsizetype((bytes + 3) / 4));
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), bytes);
}

bool isValidPinHash(const QString &encoded)
{
    return parsePinHash(encoded).has_value();
}

bool verifyPin(const QString &pin, const QString &encoded)
{
    const auto parsed = parsePinHash(encoded);
    if (!parsed)
        return false;
    const QByteArray key = pbkdf2Sha256(pin.toUtf8(), parsed->salt, parsed->iterations,
                                        PIN_HASH_BYTES);
    return constantTimeEquals(key, parsed->hash);
}

} // namespace novbe
