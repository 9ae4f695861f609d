#pragma once

// The desk's window (from 1366×768): header band (centre, clock, AZ·EN·RU),
// the login screen or the desk, and a status bar with the operator, the
// counter and the connection state. Compact (--compact): once the counter is
// open, a slim always-on-top strip with the number, the state and the keys.

#include "actionpolicy.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace novbe {

class DeskModel;
class DeskSession;
class DeskView;
class LoginView;

class CounterWindow : public QMainWindow
{
    Q_OBJECT

public:
    CounterWindow(DeskModel *model, DeskSession *session, QWidget *parent = nullptr);

    LoginView *loginView() const { return m_login; }
    DeskView *deskView() const { return m_desk; }
    QString connectionText() const;
    QString operatorText() const;
    QString counterText() const;
    // Switches the UI language and remembers it for this machine.
    void chooseLanguage(const QString &lang);
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupUi();
    QWidget *makeHeader();
    void setupConnections();
    void showPhase();
    void refreshHeader();
    void refreshStatus();
    void fitCompact();

    DeskModel *m_model;
    DeskSession *m_session;
    QLabel *m_centre;
    QLabel *m_clock;
    QList<QPushButton *> m_langButtons;
    QStackedWidget *m_pages;
    LoginView *m_login;
    DeskView *m_desk;
    QLabel *m_operator;
    QLabel *m_counter;
    QLabel *m_connection;
    QTimer m_clockTick;
    QWidget *m_header = nullptr;
    bool m_compact = false;
};

} // namespace novbe
