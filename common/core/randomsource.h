#pragma once

#include <QRandomGenerator64>

#include <memory>

namespace novbe {

// Where the core draws the random parts of ticket and appointment ids and
// booking codes. The core does no I/O, so the source comes from outside: the
// engine gives it the system's cryptographic generator (systemrandom.h), so a
// booking code or id says nothing about another; tests, the simulator and
// benches give it a SeededRandom and get the same ids for the same seed.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    // A number in [0, bound); bound > 0.
    virtual quint64 bounded(quint64 bound) = 0;
    // A source for a copy of the engine: a seeded one goes on from the same
    // position, the system's draws afresh.
    virtual std::unique_ptr<RandomSource> clone() const = 0;
    // The core's undo log: draws since the last commit() are taken back by
    // rollback() where the source can repeat itself (a seeded one).
    virtual void commit() {}
    virtual void rollback() {}
};

// A deterministic source: the same seed gives the same numbers, and a
// rolled-back command's draws are drawn again by the next one.
class SeededRandom final : public RandomSource
{
public:
    explicit SeededRandom(quint64 seed) : m_rng(seed), m_committed(seed) {}
    quint64 bounded(quint64 bound) override { return m_rng.bounded(bound); }
    std::unique_ptr<RandomSource> clone() const override
    {
        return std::make_unique<SeededRandom>(*this);
    }
    void commit() override { m_committed = m_rng; }
    void rollback() override { m_rng = m_committed; }

private:
    QRandomGenerator64 m_rng;
    QRandomGenerator64 m_committed;
};

} // namespace novbe
