#include "daysummarycodec.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

namespace novbe {

namespace {

constexpr quint32 FORMAT = 1;
constexpr qsizetype DIGEST_BYTES = 32;

QByteArray digest(QByteArrayView payload)
{
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
}

template <typename K, typename V> void put(QDataStream &out, const std::map<K, V> &m)
{
    out << quint32(m.size());
    for (const auto &[key, value] : m)
        out << key << value;
}

template <typename K, typename V> void get(QDataStream &in, std::map<K, V> &m)
{
    quint32 n = 0;
    in >> n;
    for (quint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        K key{};
        V value{};
        in >> key >> value;
        m.emplace_hint(m.end(), std::move(key), value);
    }
}

// The waits histogram, the bulk of a summary, as one block of little-endian
// (seconds, tickets) int32 pairs in ascending order.
void putWaits(QDataStream &out, const std::map<int, int> &waits)
{
    QByteArray block(qsizetype(waits.size()) * 8, Qt::Uninitialized);
    char *at = block.data();
    for (const auto &[sec, n] : waits) {
        qToLittleEndian<qint32>(sec, at);
        qToLittleEndian<qint32>(n, at + 4);
        at += 8;
    }
    out << block;
}

void getWaits(QDataStream &in, std::map<int, int> &waits)
{
    QByteArray block;
    in >> block;
    if (block.size() % 8 != 0) {
        in.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    for (const char *at = block.constData(); at < block.constData() + block.size(); at += 8)
        waits.emplace_hint(waits.end(), qFromLittleEndian<qint32>(at),
                           qFromLittleEndian<qint32>(at + 4));
}

void put(QDataStream &out, const Tally &t)
{
    out << qint32(t.issued) << qint32(t.served) << qint32(t.noShow) << qint32(t.cancelled)
        << qint32(t.called) << qint32(t.calledInTarget) << qint64(t.waitSum) << qint32(t.waitMax)
        << qint64(t.serviceSum) << qint32(t.feedbackCount) << qint64(t.ratingSum);
    putWaits(out, t.waits);
    put(out, t.pauses);
}

void get(QDataStream &in, Tally &t)
{
    in >> t.issued >> t.served >> t.noShow >> t.cancelled >> t.called >> t.calledInTarget
        >> t.waitSum >> t.waitMax >> t.serviceSum >> t.feedbackCount >> t.ratingSum;
    getWaits(in, t.waits);
    get(in, t.pauses);
}

void putGroup(QDataStream &out, const std::map<QString, Tally> &group)
{
    out << quint32(group.size());
    for (const auto &[key, tally] : group) {
        out << key;
        put(out, tally);
    }
}

void getGroup(QDataStream &in, std::map<QString, Tally> &group)
{
    quint32 n = 0;
    in >> n;
    for (quint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        QString key;
        in >> key;
        get(in, group[key]);
    }
}

QByteArray payload(const DaySummary &s)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << FORMAT << s.day;
    for (const auto *group : {&s.services, &s.categories, &s.counters, &s.operators})
        putGroup(out, *group);
    for (const Tally &hour : s.hours)
        put(out, hour);
    for (const QuarterTally &q : s.quarters)
        out << qint32(q.issued) << qint32(q.served) << qint32(q.waiting);
    return bytes;
}

} // namespace

QByteArray encodeDaySummary(const DaySummary &summary)
{
    const QByteArray bytes = payload(summary);
    return digest(bytes) + bytes;
}

std::optional<DaySummary> decodeDaySummary(const QByteArray &body)
{
    const QByteArrayView bytes = QByteArrayView(body).sliced(std::min(DIGEST_BYTES, body.size()));
    if (body.size() <= DIGEST_BYTES || digest(bytes) != body.first(DIGEST_BYTES))
        return std::nullopt;
    const QByteArray copy = bytes.toByteArray();
    QDataStream in(copy);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 format = 0;
    DaySummary s;
    in >> format >> s.day;
    if (format != FORMAT)
        return std::nullopt;
    for (auto *group : {&s.services, &s.categories, &s.counters, &s.operators})
        getGroup(in, *group);
    for (Tally &hour : s.hours)
        get(in, hour);
    for (QuarterTally &q : s.quarters)
        in >> q.issued >> q.served >> q.waiting;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return s;
}

} // namespace novbe
