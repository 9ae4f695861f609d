#pragma once

// The login screen: operator id, PIN and the counter (remembered per machine
// in QSettings). After "Close counter" the operator stays logged in and the
// same screen offers only the counter choice, Open counter and Log out.
// Lockouts are shown in plain words with a countdown (retryAfterSec).

#include <QFrame>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace novbe {

class DeskModel;

class LoginView : public QFrame
{
    Q_OBJECT

public:
    explicit LoginView(DeskModel *model, QWidget *parent = nullptr);

    // `operatorName` non-empty: the operator is logged in, only a counter is chosen.
    void setLoggedIn(const QString &operatorName);
    // The link is up: logging in is possible.
    void setConnected(bool connected);
    void setBusy(bool busy);
    // Shows why logging in failed; `retryAfterSec` > 0 locks the button that long.
    void showError(const QString &message, int retryAfterSec);
    // Shows a neutral line (e.g. "Logged out.").
    void showInfo(const QString &message);
    // Preselects `counterId` (command line, settings).
    void setCounter(const QString &counterId);
    QString counterId() const;
    QString message() const;

    QLineEdit *operatorField() const { return m_operator; }
    QLineEdit *pinField() const { return m_pin; }
    QComboBox *counterBox() const { return m_counter; }
    QPushButton *loginButton() const { return m_login; }
    QPushButton *logoutButton() const { return m_logout; }

signals:
    void loginRequested(const QString &operatorId, const QString &pin, const QString &counterId);
    void openRequested(const QString &counterId);
    void logoutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupUi();
    void fillCounters();
    void submit();
    void updateButton();
    void tickLock();
    void relabel();
    void setMessageKind(const char *kind);

    DeskModel *m_model;
    QLabel *m_title;
    QLabel *m_who;
    QLabel *m_operatorLabel;
    QLineEdit *m_operator;
    QLabel *m_pinLabel;
    QLineEdit *m_pin;
    QLabel *m_counterLabel;
    QComboBox *m_counter;
    QPushButton *m_login;
    QPushButton *m_logout;
    QLabel *m_message;
    QTimer m_lockTimer;
    int m_lockLeft = 0;
    QString m_lockMessage;
    QString m_loggedInName;
    QString m_wantedCounter;
    bool m_connected = false;
    bool m_busy = false;
};

} // namespace novbe
