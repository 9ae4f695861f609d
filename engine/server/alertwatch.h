#pragma once

#include "core/alerts.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace novbe {

struct EngineContext;

// Gathers the facts the centre alerts look at (queues, counters, devices, the
// last integrity check), runs the rules (common/core/alerts.h) every
// CHECK_MS and on check(), and for every alert raised or cleared tells the
// managers (AlertBoard) at once and journals alert.raised / alert.cleared.
class AlertWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int CHECK_MS = 15000;

    AlertWatch(EngineContext &context, QObject *parent = nullptr);
    // Counts offline time from now on; `timer`: also check every CHECK_MS.
    void start(bool timer = true);
    // Runs the rules now (the timer, a moved test clock, an integrity check).
    void check();
    // The problems of the last integrity check (empty: it passed).
    void setStorageProblems(const QStringList &problems);

private:
    AlertFacts facts(const QDateTime &now) const;
    void addServices(AlertFacts &facts) const;
    void addCounters(AlertFacts &facts) const;
    void addDevices(AlertFacts &facts) const;

    EngineContext &m_ctx;
    QTimer m_timer;
    QStringList m_storageProblems;
    QDateTime m_startedAt;
};

} // namespace novbe
