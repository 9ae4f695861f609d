#pragma once

// Announces calls one at a time: chime, then the call in each configured
// language in turn. A queue makes sure announcements never overlap; a call
// older than maxAgeSec when its turn comes is dropped; a recall of a queued
// ticket replaces its queued announcement.

#include "displaycall.h"
#include "speaker.h"

#include "core/clock.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace novbe {

inline constexpr int ANNOUNCE_MAX_AGE_SEC = 60;
inline constexpr int SPEAKER_STEP_TIMEOUT_MS = 20000;

class Announcer : public QObject
{
    Q_OBJECT

public:
    // `clock` is engine time (call.at is compared against it).
    Announcer(Speaker &speaker, const Clock &clock, QObject *parent = nullptr);

    // Languages in speaking order; those without a template are skipped (logged).
    void setLanguages(const QStringList &languages);
    QStringList languages() const { return m_languages; }
    void setMaxAgeSec(int seconds) { m_maxAgeSec = seconds; }
    void setEnabled(bool enabled);
    // A speaker step that does not finish within this is abandoned.
    void setStepTimeoutMs(int ms) { m_watchdog.setInterval(ms); }

    // Queues `call`; starts speaking when idle.
    void announce(const DisplayCall &call);
    // Drops the queue and stops the current announcement.
    void clear();

    bool isBusy() const { return m_step >= 0; }
    int queued() const { return int(m_queue.size()); }

signals:
    // One per announcement started / dropped (for logs and tests).
    void started(const novbe::DisplayCall &call);
    void dropped(const novbe::DisplayCall &call, const QString &reason);
    void idle();

private:
    void startNext();
    void runStep();
    void handleFinished();
    bool isTooOld(const DisplayCall &call) const;

    Speaker &m_speaker;
    const Clock &m_clock;
    QStringList m_languages;
    QList<DisplayCall> m_queue;
    DisplayCall m_current;
    int m_step = -1; // -1 idle, 0 chime, 1.. languages
    int m_maxAgeSec = ANNOUNCE_MAX_AGE_SEC;
    bool m_enabled = true;
    QTimer m_watchdog;
};

} // namespace novbe
