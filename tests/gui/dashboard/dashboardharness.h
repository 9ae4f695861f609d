#pragma once

// A dashboard against a real engine (novbe-engine-testing on the sample
// centre, manual clock at 10:00 Baku): a scripted morning with queues in
// several services, counters serving, pausing and idle, a kiosk low on
// paper; then the real DashboardWindow on that engine. With
// History::LastWeek the engine's clock starts a week earlier and the same
// day of last week is played first (citizens 09:00-12:30, served at three
// counters, the queue cleared by 13:00), so the week-ago trends and chart lines have data; the
// clock then moves on to this morning. Catch REQUIREs inside.

#include "dashboardwindow.h"

#include "app/applink.h"
#include "engineprocess.h"
#include "testclient.h"

#include <memory>
#include <vector>

namespace novbe::test {

enum class History { None, LastWeek };

class DashboardHall
{
public:
    explicit DashboardHall(History history = History::None);
    ~DashboardHall();

    // Starts the engine and plays the morning; false on failure.
    bool start();
    // Opens the dashboard (1920×1080, shown offscreen) in `lang` and waits
    // until it shows services, counters, operators and devices.
    DashboardWindow &openDashboard(const QString &lang);
    bool advanceClock(int sec);
    // Waits until the window has had one full refresh after now.
    bool refreshed();

    EngineProcess &engine() { return m_engine; }
    TestClient &kiosk() { return *m_kiosk; }
    TestClient &manager() { return *m_manager; }
    TestClient &desk(size_t i) { return *m_desks.at(i); }

private:
    void playLastWeek();
    void playMorning();

    History m_history;
    EngineProcess m_engine;
    std::unique_ptr<TestClient> m_kiosk;
    std::unique_ptr<TestClient> m_manager;
    std::vector<std::unique_ptr<TestClient>> m_desks;
    std::unique_ptr<AppLink> m_link;
    std::unique_ptr<DashboardWindow> m_window;
};

} // namespace novbe::test
