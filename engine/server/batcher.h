#pragma once

#include "reply.h"

#include "store/journal.h"

#include "histogram.h"
#include <QJsonValue>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

class QTimer;

namespace novbe {

class QueueEngine;
class Session;

// Group commit. Handlers apply writes to the core at once; the batch collects
// their outcomes and answers. When the event loop has drained the ready
// sockets (a zero-timer) flush() writes every outcome in ONE transaction,
// then answers in arrival order and publishes the events in seq order. A
// failed commit rolls the core back: writes get STORAGE_UNAVAILABLE, reads
// answer from the rolled-back state, internal actions are retried later.
class Batcher : public QObject
{
    Q_OBJECT
public:
    using Action = std::function<Result<Outcome>()>;
    // Events of a committed batch in seq order.
    using Publisher = std::function<void(const std::vector<const DomainEvent *> &events)>;
    // Receives the answer of a request that came without a Session (HTTP).
    using Completion = std::function<void(const Answer &answer)>;

    static constexpr int RETRY_MS = 1000;

    Batcher(QueueEngine &core, Journal &journal, QObject *parent = nullptr);
    ~Batcher() override;

    // Events of every committed batch go here (after the answers).
    void setPublisher(Publisher publisher);
    // Told of every failed commit (the store's message) after the rollback.
    using FailureListener = std::function<void(const QString &message)>;
    void setFailureListener(FailureListener listener) { m_onFailure = std::move(listener); }
    // Queues the answer to one request; `respond` false for JSON-RPC
    // notifications. With a `method`, the time until the answer and its
    // outcome are counted for it (rpcLatency()).
    void add(Session *session, const QJsonValue &id, bool respond, Reply reply,
             const QString &method = {});
    // Queues a request of another front end (engine/http): `done` gets the
    // result, the error, or STORAGE_UNAVAILABLE when the commit failed, after
    // the batch was committed (a write's answer means it is on disk).
    void add(Reply reply, Completion done);
    // Runs an engine-initiated change now (disconnect, device health, rollover)
    // and persists it with the batch; re-run later if the commit fails.
    void addInternal(const QString &what, Action action);
    // Writes an audit entry (a failed login, a lockout, a reload) with the
    // next batch; kept for the next one when that batch's commit fails.
    void addAudit(AuditEntryView entry);
    // Commits and answers the current batch now. Returns false when the commit failed.
    bool flush();
    bool isEmpty() const;

    // Device protocol requests by method ("ok"/"error"), from the parsed
    // request to its answer; journal commits (writes of a batch to disk).
    const LatencyHistograms &rpcLatency() const { return m_rpcLatency; }
    const LatencyHistograms &commitLatency() const { return m_commitLatency; }

private:
    struct Entry
    {
        QPointer<Session> session;
        QJsonValue id;
        bool respond = true;
        Reply reply;
        Completion done = {};
        QString method = {};
        QElapsedTimer since = {};
    };
    struct Internal
    {
        QString what;
        Action action;
        std::optional<Outcome> outcome;
    };

    void schedule();
    std::vector<const Outcome *> outcomesInSeqOrder() const;
    std::vector<AuditEntryView> auditOfBatch() const;
    std::vector<StoredAnswer> answersOfBatch() const; // Reply::answer of the writes
    bool commit();
    void undoSessionEffects(std::vector<Entry> &entries);
    void publish(const std::vector<Entry> &entries, const std::vector<Internal> &internals);
    void answer(Entry &entry, bool committed);
    static Answer evaluate(const Reply &reply);
    static Answer answerOf(const Reply &reply, bool committed);
    void runInternal(Internal internal);
    void retryInternals();

    QueueEngine &m_core;
    Journal &m_journal;
    Publisher m_publisher;
    FailureListener m_onFailure;
    QTimer *m_timer;
    QTimer *m_retryTimer;
    std::vector<Entry> m_entries;
    std::vector<Internal> m_internals;
    std::vector<Internal> m_failedInternals;
    LatencyHistograms m_rpcLatency;
    LatencyHistograms m_commitLatency;
    std::vector<AuditEntryView> m_audit; // standalone entries for the next batch
};

} // namespace novbe
