#include "journalcodec.h"

namespace novbe {

// ---- NameTable

NameTable::NameTable() : m_texts{QString()}
{
    m_ids.insert(QString(), 0);
}

void NameTable::load(qint64 id, const QString &text)
{
    if (id <= 0 || id > (1 << 24))
        return;
    if (size_t(id) >= m_texts.size())
        m_texts.resize(size_t(id) + 1);
    m_texts[size_t(id)] = text;
    m_ids.insert(text, id);
    m_committed = m_texts.size();
}

qint64 NameTable::idOf(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const auto it = m_ids.constFind(text);
    if (it != m_ids.constEnd())
        return *it;
    const qint64 id = qint64(m_texts.size());
    m_texts.push_back(text);
    m_ids.insert(text, id);
    return id;
}

std::optional<QString> NameTable::text(qint64 id) const
{
    if (id < 0 || size_t(id) >= m_texts.size())
        return std::nullopt;
    return m_texts[size_t(id)];
}

std::vector<std::pair<qint64, QString>> NameTable::pending() const
{
    std::vector<std::pair<qint64, QString>> out;
    for (size_t i = m_committed; i < m_texts.size(); ++i)
        out.emplace_back(qint64(i), m_texts[i]);
    return out;
}

void NameTable::commitPending()
{
    m_committed = m_texts.size();
}

void NameTable::dropPending()
{
    for (size_t i = m_committed; i < m_texts.size(); ++i)
        m_ids.remove(m_texts[i]);
    m_texts.resize(m_committed);
}

// ---- whole rows

QByteArray encodeTicket(NameTable &names, const Ticket &t)
{
    JournalWriter w(names);
    w.ticket(t);
    return w.bytes().toByteArray();
}

std::optional<Ticket> decodeTicket(const NameTable &names, const QByteArray &bytes)
{
    JournalReader r(names, bytes);
    std::optional<Ticket> t = r.ticket();
    return r.atEnd() ? t : std::nullopt;
}

QByteArray encodeCounter(NameTable &names, const CounterStatus &c)
{
    JournalWriter w(names);
    w.counter(c, 0);
    return w.bytes().toByteArray();
}

std::optional<CounterStatus> decodeCounter(const NameTable &names, const QByteArray &bytes)
{
    JournalReader r(names, bytes);
    std::optional<CounterStatus> c = r.counter(0);
    return r.atEnd() ? c : std::nullopt;
}

std::optional<std::vector<DomainEvent>> decodeEvents(const NameTable &names,
                                                     const QByteArray &bytes, qint64 firstSeq)
{
    JournalReader r(names, bytes);
    std::vector<DomainEvent> events;
    while (!r.atEnd()) {
        std::optional<DomainEvent> e = r.event(firstSeq + qint64(events.size()));
        if (!e)
            return std::nullopt;
        events.push_back(std::move(*e));
    }
    return events;
}

} // namespace novbe
