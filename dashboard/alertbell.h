#pragma once

// The dashboard's alert sound: a chime when a new alert comes, and again
// every REPEAT_MS while an alert is not acknowledged.

#include "app/soundplayer.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

namespace novbe {

class AlertBell : public QObject
{
    Q_OBJECT

public:
    static constexpr int REPEAT_MS = 60 * 1000;

    explicit AlertBell(QObject *parent = nullptr);
    // A new alert came: ring now.
    void ring();
    // Whether some alert waits for an acknowledgement (rings on every REPEAT_MS).
    void setUnacknowledged(bool any);
    // How often it rang (tests).
    int rings() const { return m_rings; }
    bool repeating() const { return m_repeat.isActive(); }

private:
    SoundPlayer m_player;
    QTemporaryDir m_tmp;
    QString m_chime;
    QTimer m_repeat;
    int m_rings = 0;
};

} // namespace novbe
