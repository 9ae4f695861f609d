#pragma once

#include <QDateTime>
#include <QMap>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace novbe {

// The band on top of every screen: centre name, clock (centre time) and the
// AZ · EN · RU buttons, always visible.
class HeaderBar : public QWidget
{
    Q_OBJECT

public:
    explicit HeaderBar(QWidget *parent = nullptr);

    void setCentreName(const QString &name);
    // The zone the clock shows (the centre's).
    void setTimeZone(const QTimeZone &zone);
    // Highlights the button of `lang`.
    void setLanguage(const QString &lang);
    // Off while out of service: the screen speaks all languages at once.
    void setLanguagesEnabled(bool enabled);
    QPushButton *languageButton(const QString &lang) const { return m_buttons.value(lang); }
    // Freezes the clock at `utc` (screenshots); an invalid time unfreezes it.
    void setFixedTime(const QDateTime &utc);
    QString clockText() const;

signals:
    void languageRequested(const QString &lang);

private:
    void updateClock();

    QLabel *m_centre;
    QLabel *m_clock;
    QMap<QString, QPushButton *> m_buttons;
    QTimer m_clockTimer;
    QDateTime m_fixedTime;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace novbe
