#pragma once

// Wires one hall display: the engine link (AppLink: clock, centre.get,
// subscription), the model, the window (the hall window, or the desk window
// with --counter) and the announcer. Snapshots and events go to the model;
// accepted calls go to the announcer; the window shows that it is offline
// whenever the connection is not Ready.

#include "displaysettings.h"
#include "speaker.h"

#include "app/applink.h"

#include <QObject>

#include <memory>

namespace novbe {

class Announcer;
class DeskWindow;
class DisplayModel;
class DisplayWindow;

class DisplayApp : public QObject
{
    Q_OBJECT

public:
    // `speaker`: null = the system speaker (TextToSpeech / espeak-ng / chime).
    explicit DisplayApp(const DisplaySettings &settings, std::unique_ptr<Speaker> speaker = {},
                        QObject *parent = nullptr);
    ~DisplayApp() override;

    // Shows the window (full screen unless windowed) and starts connecting.
    void start();
    void stop();

    DisplayModel &model() const { return *m_model; }
    // The hall display's window. Requires: not a desk display.
    DisplayWindow &window() const { return *m_window; }
    // The desk display's window (--counter); null for a hall display.
    DeskWindow *desk() const { return m_desk.get(); }
    // The screen shown: the hall window or the desk window.
    QWidget &screen() const;
    EngineClient &client() const { return *m_link.client(); }
    Announcer &announcer() const { return *m_announcer; }
    const EngineClock &clock() const { return m_link.clock(); }

signals:
    // centre.get was applied (after each connect).
    void centreLoaded();

private:
    void setupConnections();
    void handleReady();
    void handleStateChanged();
    void handleCentre(const CentreView &centre);
    void applyLanguages();
    void setOnline(bool online);

    DisplaySettings m_settings;
    AppLink m_link;
    std::unique_ptr<DisplayModel> m_model;
    std::unique_ptr<Speaker> m_speaker;
    std::unique_ptr<Announcer> m_announcer;
    std::unique_ptr<DisplayWindow> m_window; // hall mode
    std::unique_ptr<DeskWindow> m_desk;      // desk mode
    bool m_online = false;
};

} // namespace novbe
