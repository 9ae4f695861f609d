// QueueEngine: construction, restore, reconfigure and the undo log. The
// operations live in ticketflow.cpp, counterdesks.cpp, bookings.cpp and
// devicereports.cpp, the reads in queuequeries.cpp.
#include "queueengine.h"

#include "queueenginestate.h"

namespace novbe {

QueueEngine::QueueEngine(CentreConfig config, quint64 idSeed)
    : QueueEngine(std::move(config), std::make_unique<SeededRandom>(idSeed))
{
}

QueueEngine::QueueEngine(CentreConfig config, std::unique_ptr<RandomSource> random)
    : d(std::make_unique<QueueEngineState>(std::move(config), std::move(random)))
    , m_flow(*d)
    , m_desks(*d)
    , m_bookings(*d)
    , m_reports(*d)
    , m_controls(*d)
    , m_query(*d)
{
}

QueueEngine::QueueEngine(const QueueEngine &other)
    : d(std::make_unique<QueueEngineState>(*other.d))
    , m_flow(*d)
    , m_desks(*d)
    , m_bookings(*d)
    , m_reports(*d)
    , m_controls(*d)
    , m_query(*d)
{
}

QueueEngine::~QueueEngine() = default;

void QueueEngine::restore(const RestoredState &state)
{
    d->restore(state);
}

void QueueEngine::restoreControls(const std::vector<DomainEvent> &dayEvents)
{
    d->restoreControls(controlsFromEvents(dayEvents));
}

Status QueueEngine::reconfigure(CentreConfig config)
{
    if (hasUncommitted())
        return makeError(ErrorCode::Internal,
                         QStringLiteral("reconfigure with uncommitted changes"));
    d->reconfigure(std::move(config));
    return okStatus();
}

void QueueEngine::commit()
{
    d->commit();
}

void QueueEngine::rollback()
{
    d->rollback();
}

bool QueueEngine::hasUncommitted() const
{
    return d->hasUncommitted();
}

} // namespace novbe
