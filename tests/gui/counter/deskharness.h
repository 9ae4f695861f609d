#pragma once

// Test and screenshot helpers for the counter desk: the engine under test, a
// kiosk and a manager over TestClient, and desks/pads built from the real app
// classes. Every wait is bounded and event driven (waitUntil).

#include "actionpolicy.h"
#include "counterapp.h"

#include "engineprocess.h"
#include "samplecentre.h"
#include "testclient.h"
#include "waiting.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace novbe::test {

// QSettings in a temp dir, English UI, the desk style: once per process.
void setupDeskTestApplication(const QString &lang = QStringLiteral("en"));

// A running engine with a kiosk (kiosk-1) and a manager (dashboard-1) attached.
class EngineHall
{
public:
    EngineHall();
    bool start();
    // A ticket issued at the kiosk; {} on failure.
    QJsonObject issue(const QString &service, const QString &category = QStringLiteral("standard"),
                      const QString &lang = QStringLiteral("az"));
    // ticket.get by the manager; {} on failure.
    QJsonObject ticket(const QString &id);
    // queue.snapshot by the manager.
    QJsonObject snapshot();
    // The counter object of `id` from centre.get.
    QJsonObject counter(const QString &id);
    // Moves the engine's clock on by `sec`.
    bool advanceClock(int sec);
    // Kills the engine and starts it again on the same database (new port).
    bool restart();

    EngineProcess &engine() { return m_engine; }
    TestClient &kiosk() { return m_kiosk; }
    TestClient &manager() { return m_manager; }
    quint16 port() const { return m_engine.port(); }

private:
    bool attachClients();

    EngineProcess m_engine;
    TestClient m_kiosk;
    TestClient m_manager;
};

// Desk options for `device` on the hall's engine.
CounterOptions deskOptions(quint16 port, const QString &device, const QString &counter);

// A desk (window shown offscreen) driven like an operator would.
class Desk
{
public:
    Desk(quint16 port, const QString &device, const QString &counter);
    ~Desk();

    DeskApp &app() { return *m_app; }
    // Types operator id and PIN, picks the counter, clicks Log in and waits for
    // the answer; false if the login screen never became usable.
    bool submitLogin(const QString &operatorId, const QString &pin);
    // submitLogin; true once the desk is open.
    bool login(const QString &operatorId, const QString &pin);
    // Presses `key` on the desk view (F-keys, keypad with Qt::KeypadModifier).
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Clicks the action button of `action`.
    void click(DeskAction action);
    // Waits until no request of this desk is pending.
    bool settle();
    // The current ticket's id, or empty.
    QString currentId() const;
    QString currentState() const;
    QString bannerText() const;

private:
    std::unique_ptr<DeskApp> m_app;
    QString m_counter;
};

} // namespace novbe::test
