#pragma once

#include "core/queueengine.h"
#include "core/result.h"

#include <QDateTime>

namespace novbe {

class Store;

// Rebuilds the core from the store: the stored service day, then (if that day
// is over) the rollover, then every counter left bound by the previous run is
// released. The resulting changes are written before returning.
Status restoreCore(QueueEngine &core, Store &store, const QDateTime &now);

} // namespace novbe
