#include "batcher.h"

#include "logging.h"
#include "session.h"

#include "core/queueengine.h"
#include "protocol/framing.h"
#include "protocol/rpc.h"
#include "store/journal.h"

#include <QTimer>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace novbe {

Batcher::Batcher(QueueEngine &core, Journal &journal, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_journal(journal)
    , m_timer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &Batcher::flush);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(RETRY_MS);
    connect(m_retryTimer, &QTimer::timeout, this, &Batcher::retryInternals);
}

Batcher::~Batcher() = default;

void Batcher::setPublisher(Publisher publisher)
{
    m_publisher = std::move(publisher);
}

void Batcher::schedule()
{
    if (!m_timer->isActive())
        m_timer->start();
}

bool Batcher::isEmpty() const
{
    return m_entries.empty() && m_internals.empty() && m_audit.empty();
}

void Batcher::addAudit(AuditEntryView entry)
{
    m_audit.push_back(std::move(entry));
    schedule();
}

std::vector<AuditEntryView> Batcher::auditOfBatch() const
{
    std::vector<AuditEntryView> audit = m_audit;
    for (const Entry &e : m_entries) {
        if (e.reply.audit)
            audit.push_back(*e.reply.audit);
    }
    return audit;
}

void Batcher::add(Session *session, const QJsonValue &id, bool respond, Reply reply,
                  const QString &method)
{
    Entry entry{session, id, respond, std::move(reply), {}, method};
    if (!method.isEmpty())
        entry.since.start();
    m_entries.push_back(std::move(entry));
    schedule();
}

void Batcher::add(Reply reply, Completion done)
{
    m_entries.push_back(Entry{nullptr, QJsonValue(), true, std::move(reply), std::move(done)});
    schedule();
}

void Batcher::addInternal(const QString &what, Action action)
{
    runInternal(Internal{what, std::move(action), std::nullopt});
}

void Batcher::runInternal(Internal internal)
{
    Result<Outcome> result = internal.action();
    if (!result.ok()) {
        qCDebug(lcBatch).noquote() << internal.what << "not applied:" << result.error().message;
        return;
    }
    if (result.value().empty())
        return;
    internal.outcome = std::move(result).value();
    m_internals.push_back(std::move(internal));
    schedule();
}

void Batcher::retryInternals()
{
    std::vector<Internal> again;
    again.swap(m_failedInternals);
    for (Internal &internal : again)
        runInternal(Internal{internal.what, std::move(internal.action), std::nullopt});
    if (!m_audit.empty())
        schedule();
}

std::vector<StoredAnswer> Batcher::answersOfBatch() const
{
    std::vector<StoredAnswer> answers;
    for (const Entry &e : m_entries) {
        if (e.reply.answer && e.reply.outcome)
            answers.push_back(*e.reply.answer);
    }
    return answers;
}

std::vector<const Outcome *> Batcher::outcomesInSeqOrder() const
{
    std::vector<const Outcome *> outcomes;
    for (const Entry &e : m_entries) {
        if (e.reply.outcome && !e.reply.outcome->empty())
            outcomes.push_back(&*e.reply.outcome);
    }
    for (const Internal &i : m_internals)
        outcomes.push_back(&*i.outcome);
    std::sort(outcomes.begin(), outcomes.end(), [](const Outcome *a, const Outcome *b) {
        return a->events.front().seq < b->events.front().seq;
    });
    return outcomes;
}

bool Batcher::commit()
{
    const std::vector<const Outcome *> outcomes = outcomesInSeqOrder();
    const std::vector<AuditEntryView> audit = auditOfBatch();
    const std::vector<StoredAnswer> answers = answersOfBatch();
    if (outcomes.empty() && audit.empty()) {
        m_core.commit();
        return true;
    }
    QElapsedTimer took;
    took.start();
    const Status status = m_journal.writeAudited(outcomes, m_core.query().config(), audit, answers);
    m_commitLatency.record({}, {}, double(took.nsecsElapsed()) / 1e9);
    if (status.ok()) {
        m_audit.clear();
        m_core.commit();
        qCDebug(lcBatch) << "committed" << outcomes.size() << "changes";
        return true;
    }
    qCWarning(lcStore).noquote() << "commit of" << outcomes.size()
                                 << "changes failed, rolled back:" << status.error().message;
    m_core.rollback();
    if (m_onFailure)
        m_onFailure(status.error().message);
    return false;
}

bool Batcher::flush()
{
    m_timer->stop();
    if (isEmpty())
        return true;
    const bool committed = commit();
    std::vector<Entry> entries;
    std::vector<Internal> internals;
    entries.swap(m_entries);
    internals.swap(m_internals);
    if (!committed)
        undoSessionEffects(entries);
    for (Entry &entry : entries)
        answer(entry, committed);
    if (!committed) {
        for (Internal &i : internals)
            m_failedInternals.push_back(Internal{i.what, std::move(i.action), std::nullopt});
        m_retryTimer->start();
        return false;
    }
    publish(entries, internals);
    return true;
}

void Batcher::undoSessionEffects(std::vector<Entry> &entries)
{
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (it->reply.undo && it->reply.outcome && !it->reply.outcome->empty())
            it->reply.undo();
    }
}

void Batcher::publish(const std::vector<Entry> &entries, const std::vector<Internal> &internals)
{
    std::vector<const DomainEvent *> events;
    for (const Entry &e : entries) {
        if (e.reply.outcome) {
            for (const DomainEvent &event : e.reply.outcome->events)
                events.push_back(&event);
        }
    }
    for (const Internal &i : internals) {
        for (const DomainEvent &event : i.outcome->events)
            events.push_back(&event);
    }
    std::sort(events.begin(), events.end(),
              [](const DomainEvent *a, const DomainEvent *b) { return a->seq < b->seq; });
    if (m_publisher && !events.empty())
        m_publisher(events);
}

Answer Batcher::evaluate(const Reply &reply)
{
    try {
        return reply.read();
    } catch (const std::exception &e) {
        qCCritical(lcBatch).noquote() << "read failed:" << e.what();
    } catch (...) {
        qCCritical(lcBatch) << "read failed with an unknown exception";
    }
    return internalError();
}

Answer Batcher::answerOf(const Reply &reply, bool committed)
{
    if (reply.error)
        return *reply.error;
    if (reply.outcome && !reply.outcome->empty() && !committed)
        return storageUnavailable();
    if (reply.read)
        return evaluate(reply);
    return reply.result;
}

void Batcher::answer(Entry &entry, bool committed)
{
    if (entry.done) {
        entry.done(answerOf(entry.reply, committed));
        return;
    }
    Session *session = entry.session.data();
    if (!session)
        return;
    const Reply &reply = entry.reply;
    const Answer answer = answerOf(reply, committed);
    if (!entry.method.isEmpty()) {
        m_rpcLatency.record(entry.method,
                            std::holds_alternative<WireError>(answer) ? u"error"_s : u"ok"_s,
                            double(entry.since.nsecsElapsed()) / 1e9);
    }
    QByteArray line;
    if (const auto *error = std::get_if<WireError>(&answer))
        line = encodeLine(errorResponse(entry.id, *error));
    else if (const auto *encoded = std::get_if<QByteArray>(&answer))
        line = resultLine(entry.id, *encoded);
    else
        line = encodeLine(resultResponse(entry.id, std::get<QJsonObject>(answer)));
    if (entry.respond)
        session->sendLine(line);
    if (reply.closeAfter)
        session->closeGracefully();
}

} // namespace novbe
