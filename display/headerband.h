#pragma once

#include "core/clock.h"

#include <QTimeZone>
#include <QWidget>

namespace novbe {

// Top band: the centre's name on the left, the clock on the right, and the
// small offline dot in the corner while the engine is unreachable.
class HeaderBand : public QWidget
{
    Q_OBJECT

public:
    HeaderBand(const Clock &clock, QWidget *parent = nullptr);

    void setCentreName(const QString &name);
    void setTimeZone(const QTimeZone &zone);
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    // True when the centre's name is drawn whole (not elided).
    bool nameFits() const;
    QString clockText() const;
    QRect nameRect() const;
    QString centreName() const { return m_name; }
    // The dot's rectangle (empty while online).
    QRect offlineDotRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const Clock &m_clock;
    QString m_name;
    QTimeZone m_zone;
    bool m_online = true;
};

} // namespace novbe
