#pragma once

// The store's compact binary form of events and objects (schema 2). Repeated
// identifiers (services, counters, categories, devices, operators, languages,
// days, outcome codes) are numbers into the database's `names` table; times
// are milliseconds, stored as differences where that is shorter; optional
// fields cost one bit when absent. A ticket snapshot takes ~50 bytes where
// its JSON took ~700.
//
// Decoding checks every length and number: a damaged row gives an error,
// never a crash or an invented value.

#include "core/domainevent.h"
#include "core/records.h"
#include "core/ticket.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace novbe {

// The `names` dictionary: text <-> number (0 is the empty text). New names
// are pending until the transaction that writes them commits.
class NameTable
{
public:
    NameTable();
    // Loads a stored entry (open).
    void load(qint64 id, const QString &text);
    // The number of `text`, adding a pending entry when it is new.
    qint64 idOf(const QString &text);
    // The text of `id`; nullopt for an unknown number (a damaged row).
    std::optional<QString> text(qint64 id) const;
    // Entries added since the last commit, to insert with the batch.
    std::vector<std::pair<qint64, QString>> pending() const;
    void commitPending();
    void dropPending();

private:
    QHash<QString, qint64> m_ids;
    std::vector<QString> m_texts; // by id; [0] is ""
    size_t m_committed = 1;
};

class JournalWriter
{
public:
    explicit JournalWriter(NameTable &names) : m_names(names) {}
    // Appends one event (its seq is implied by its place in the row).
    void event(const DomainEvent &e);
    void ticket(const Ticket &t);
    void counter(const CounterStatus &c, qint64 baseMs);
    void appointment(const Appointment &a);
    void feedback(const Feedback &f);
    void alert(const AlertRecord &a);
    // journalcodec_controls.cpp
    void control(const ServiceControl &c);
    void message(const DisplayMessage &m);
    QByteArrayView bytes() const { return QByteArrayView(m_out.data(), qsizetype(m_out.size())); }
    void clear();

private:
    void varint(quint64 v);
    void zigzag(qint64 v);
    void name(const QString &text);
    void text(const QString &text);
    void time(const QDateTime &t, qint64 baseMs);

    NameTable &m_names;
    // std::string, not QByteArray: Qt 6.4's QByteArray::append goes through
    // the general insert(), 7 % of the engine's instructions for the varints.
    std::string m_out;
    std::optional<Ticket> m_lastTicket; // the last ticket written in this row
    qint64 m_lastAt = 0;
};

class JournalReader
{
public:
    JournalReader(const NameTable &names, const QByteArray &bytes) : m_names(names), m_bytes(bytes)
    {
    }
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    bool failed() const { return m_failed; }
    // Each returns nullopt (and sets failed()) on damaged input.
    std::optional<DomainEvent> event(qint64 seq);
    std::optional<Ticket> ticket();
    std::optional<CounterStatus> counter(qint64 baseMs);
    std::optional<Appointment> appointment();
    std::optional<Feedback> feedback();
    std::optional<AlertRecord> alert();
    // journalcodec_controls.cpp
    std::optional<ServiceControl> control();
    std::optional<DisplayMessage> message();

private:
    quint64 varint();
    qint64 zigzag();
    QString name();
    QString text();
    QString uuid();
    QDateTime time(qint64 baseMs);
    template <typename T> std::optional<T> done(T value)
    {
        return m_failed ? std::nullopt : std::optional<T>(std::move(value));
    }

    const NameTable &m_names;
    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
    qint64 m_lastAt = 0;
    std::optional<Ticket> m_lastTicket;
    bool m_failed = false;
};

// Whole rows.
QByteArray encodeTicket(NameTable &names, const Ticket &t);
std::optional<Ticket> decodeTicket(const NameTable &names, const QByteArray &bytes);
QByteArray encodeCounter(NameTable &names, const CounterStatus &c);
std::optional<CounterStatus> decodeCounter(const NameTable &names, const QByteArray &bytes);
// Every event of a journal row whose first event has `firstSeq`.
std::optional<std::vector<DomainEvent>> decodeEvents(const NameTable &names,
                                                     const QByteArray &bytes, qint64 firstSeq);

} // namespace novbe
