#pragma once

#include "core/clock.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

namespace novbe {

class DisplayModel;
class HeaderBand;
class HistoryPanel;
class NowCallingPanel;
class OfflineBanner;
class TickerBar;

// The hall display screen (16:9, 1920×1080 up to 3840×2160): top band with
// the centre and clock, "Now calling" on the left 60 %, recent calls on the
// right 40 %, the ticker at the bottom. Everything scales with the height.
class DisplayWindow : public QWidget
{
    Q_OBJECT

public:
    DisplayWindow(DisplayModel &model, const Clock &clock, QWidget *parent = nullptr);

    // Labels and centre name in `lang`.
    void setLanguage(const QString &lang);
    QString language() const { return m_lang; }
    // Shows labels in each of `languages` in turn, `seconds` each (one language = fixed).
    void setLabelRotation(const QStringList &languages, int seconds);
    // Languages the ticker line shows, one after the other.
    void setTickerLanguages(const QStringList &languages);
    // Offline: the banner "No connection · last updated HH:MM" over the ticker.
    void setOnline(bool online);
    OfflineBanner *offlineBanner() const { return m_offline; }
    // Painted texts that do not fit (the no-clipping check); empty when all fit.
    QStringList cutTexts() const;
    // Timers for the clock, flashing and ticker scrolling (off for screenshots).
    void setAnimated(bool animated);

    HeaderBand *header() const { return m_header; }
    NowCallingPanel *nowCalling() const { return m_nowCalling; }
    HistoryPanel *historyPanel() const { return m_history; }
    TickerBar *ticker() const { return m_ticker; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setupUi();
    void setupConnections();
    void layoutBands();
    void handleModelChanged();
    void handleTick();
    void rotateLanguage();
    void refreshCentre();
    void refreshOffline();

    DisplayModel &m_model;
    const Clock &m_clock;
    HeaderBand *m_header = nullptr;
    NowCallingPanel *m_nowCalling = nullptr;
    HistoryPanel *m_history = nullptr;
    TickerBar *m_ticker = nullptr;
    OfflineBanner *m_offline = nullptr;
    QString m_lang = QStringLiteral("az");
    QStringList m_rotation;
    QStringList m_tickerLanguages;
    QTimer m_tick;
    QTimer m_rotate;
    bool m_animated = true;
};

} // namespace novbe
