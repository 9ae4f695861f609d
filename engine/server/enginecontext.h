#pragma once

#include "core/clock.h"
#include "core/queueengine.h"

namespace novbe {

class AlertBoard;
class OperatorDay;
class ReportCache;
class Authenticator;
class Batcher;
class Fanout;
class SessionRegistry;
class Store;

// What request handlers work with. Owned by EngineServer.
struct EngineContext
{
    QueueEngine &core;
    Store &store;
    const Clock &clock;
    Authenticator &auth;
    SessionRegistry &sessions;
    Fanout &fanout;
    Batcher &batcher;
    AlertBoard &alerts;
    // Today's operator figures, kept up to date with every committed event.
    const OperatorDay *operatorDay = nullptr;
    // The day summaries behind reports.range.
    ReportCache *reports = nullptr;

    QDateTime now() const { return clock.now(); }
    const CentreConfig &config() const { return core.query().config(); }
};

} // namespace novbe
