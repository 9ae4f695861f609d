#pragma once

// An in-memory Journal for in-process server tests: keeps the events it is
// given, checks that their seqs continue without a gap, and fails the next
// `failNext` writes as a full or broken disk would (nothing is kept).

#include "store/journal.h"

#include <algorithm>

namespace novbe::test {

class MemoryJournal : public Journal
{
public:
    explicit MemoryJournal(qint64 lastSeq) : m_base(lastSeq) {}

    int failNext = 0;
    int batches = 0; // committed writeBatch calls
    std::vector<DomainEvent> events;

    Status writeBatch(const std::vector<const Outcome *> &batch, const CentreConfig &) override
    {
        if (failNext > 0) {
            --failNext;
            return DomainError{ErrorCode::StorageUnavailable,
                               QStringLiteral("the test journal refused the batch"),
                               {}};
        }
        qint64 seq = lastSeq();
        for (const Outcome *outcome : batch) {
            for (const DomainEvent &e : outcome->events) {
                if (e.seq != ++seq)
                    return DomainError{ErrorCode::Internal, QStringLiteral("seq gap"), {}};
            }
        }
        for (const Outcome *outcome : batch)
            events.insert(events.end(), outcome->events.begin(), outcome->events.end());
        ++batches;
        return okStatus();
    }

    std::vector<DomainEvent> eventsAfter(qint64 seq, int limit) const override
    {
        std::vector<DomainEvent> out;
        for (const DomainEvent &e : events) {
            if (e.seq > seq && int(out.size()) < limit)
                out.push_back(e);
        }
        return out;
    }

    qint64 oldestSeq() const override { return events.empty() ? 0 : events.front().seq; }
    qint64 lastSeq() const override { return events.empty() ? m_base : events.back().seq; }

private:
    qint64 m_base;
};

} // namespace novbe::test
