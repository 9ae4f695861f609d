#pragma once

// Wires one hall display: the engine connection (EngineClient), the model,
// the window and the announcer. The connection measures the engine's clock
// (session.ping), loads centre.get, then subscribes; snapshots and events go
// to the model; accepted calls go to the announcer; the window shows the
// offline dot whenever the connection is not Ready.

#include "displaysettings.h"
#include "serverclock.h"
#include "speaker.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace novbe {

class Announcer;
class DisplayModel;
class DisplayWindow;
class EngineClient;

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
    DisplayWindow &window() const { return *m_window; }
    EngineClient &client() const { return *m_client; }
    Announcer &announcer() const { return *m_announcer; }
    const ServerClock &clock() const { return m_clock; }

signals:
    // centre.get was applied (after each connect).
    void centreLoaded();

private:
    void setupConnections();
    void handleReady();
    void handleStateChanged();
    void syncClock(bool thenLoadCentre);
    void loadCentre();
    void applyLanguages();

    DisplaySettings m_settings;
    ServerClock m_clock;
    std::unique_ptr<EngineClient> m_client;
    std::unique_ptr<DisplayModel> m_model;
    std::unique_ptr<Speaker> m_speaker;
    std::unique_ptr<Announcer> m_announcer;
    std::unique_ptr<DisplayWindow> m_window;
    QTimer m_clockSync;
    bool m_online = false;
};

} // namespace novbe
