#pragma once

// Wiring of the two programs in novbe-counter: the operator's desk
// (DeskApp) and the citizen-facing rating pad (RatingPadApp). Tests build
// them directly; main() only calls runCounterApp().

#include "counteroptions.h"

#include <QObject>

#include <memory>

namespace novbe {

class AppLink;
class CounterWindow;
class DeskModel;
class DeskSession;
class EngineClient;
class RatingPad;
class RatingSession;

class DeskApp : public QObject
{
    Q_OBJECT

public:
    explicit DeskApp(const CounterOptions &options, QObject *parent = nullptr);
    ~DeskApp() override;

    // Connects and shows the window.
    void start();

    EngineClient *client() const;
    AppLink *link() const { return m_link.get(); }
    DeskModel *model() const { return m_model.get(); }
    DeskSession *session() const { return m_session.get(); }
    CounterWindow *window() const { return m_window.get(); }

private:
    std::unique_ptr<AppLink> m_link;
    std::unique_ptr<DeskModel> m_model;
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<CounterWindow> m_window;
    CounterOptions m_options;
};

class RatingPadApp : public QObject
{
    Q_OBJECT

public:
    explicit RatingPadApp(const CounterOptions &options, QObject *parent = nullptr);
    ~RatingPadApp() override;

    void start();

    EngineClient *client() const;
    RatingSession *session() const { return m_session.get(); }
    RatingPad *pad() const { return m_pad.get(); }

private:
    std::unique_ptr<AppLink> m_link;
    std::unique_ptr<RatingSession> m_session;
    std::unique_ptr<RatingPad> m_pad;
    CounterOptions m_options;
};

// Sets the application names, style and language; the language is `lang`,
// else the one last chosen on this machine, else "az".
void setupDeskApplication(const QString &lang);
// The whole program: parses the command line, runs the desk or the pad.
int runCounterApp(int argc, char **argv);

} // namespace novbe
