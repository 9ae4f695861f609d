#pragma once

// DeskSession: the counter desk's conversation with the engine. Logs the
// operator in and opens the counter, sends the desk actions (refusing, with a
// notice, any action the policy or the link does not allow: nothing is sent
// silently or lost), keeps DeskModel current from answers and events, and
// after a reconnect logs in again, reopens the counter and restores a pause.

#include "actionpolicy.h"
#include "notice.h"

#include "app/applink.h"
#include "core/ticket.h"

#include <QObject>
#include <QTimer>

namespace novbe {

class DeskModel;

class DeskSession : public QObject
{
    Q_OBJECT

public:
    enum class Phase {
        LoggedOut,
        LoggedIn, // operator logged in, no counter open
        Open,     // counter open: the desk works
    };
    Q_ENUM(Phase)

    // Requires: `link` and `model` outlive this.
    DeskSession(AppLink *link, DeskModel *model, QObject *parent = nullptr);

    // Starts the link (connect, subscribe); idempotent.
    void start();

    Phase phase() const;
    LinkState link() const;
    bool isBusy() const; // a request of this desk is awaiting its answer
    QString operatorId() const;
    QString operatorName() const;
    // The policy's actions, none while a request is pending.
    DeskActions enabled() const;

    // operator.login then counter.open; loginFailed or phaseChanged(Open) follows.
    void login(const QString &operatorId, const QString &pin, const QString &counterId);
    // counter.open for an operator already logged in (after Close counter).
    void openCounter(const QString &counterId);
    // Logs the operator out from any phase (Logout action when the counter is open).
    void logoutOperator();

    // Runs `action` with no extra input, or refuses it with a notice. Finish
    // without outcome, Pause with no reason and Transfer/CallSpecific need
    // the calls below.
    void trigger(DeskAction action);
    void finish(const QString &outcome);
    void transfer(const QString &service, Placement placement, const QString &note);
    void callTicket(const QString &ticketId, const QString &number);
    void pause(const QString &reason);

    // True, or a notice saying why `action` cannot run now.
    bool checkAllowed(DeskAction action);

signals:
    void phaseChanged(novbe::DeskSession::Phase phase);
    void linkChanged(novbe::LinkState link);
    void busyChanged(bool busy);
    void loginFailed(const QString &message, int retryAfterSec);
    void noticeRaised(const novbe::Notice &notice);
    // An action was answered successfully (tests, the rating flow).
    void actionDone(novbe::DeskAction action);

private:
    friend class DeskActionRunner;
    void handleReady();
    void handleConnectionLost();
    void handleEvent(const EventView &event);
    void setPhase(Phase phase);
    void setLink(LinkState link);
    void setBusy(bool busy);
    void restoreAfterReconnect();
    void openAfterLogin(const QString &counterId, bool restoring);
    void restorePause();
    void refreshQueues();
    void failLogin(const WireError &error);
    void loggedOutElsewhere();
    // The {counter} of an answer into the model.
    void applyCounterAnswer(const QJsonObject &result);
    void send(DeskAction action, const QString &method, const QJsonObject &params);
    void handleAnswer(DeskAction action, const RpcReply &reply);
    void announce(DeskAction action, const std::optional<Ticket> &ticket);
    void raise(Notice::Kind kind, std::function<QString()> text);

    AppLink *m_appLink;
    EngineClient *m_client;
    DeskModel *m_model;
    Phase m_phase = Phase::LoggedOut;
    LinkState m_link = LinkState::Disconnected;
    bool m_busy = false;
    bool m_started = false;
    bool m_restoring = false;
    bool m_leaving = false; // our own close / logout is on its way
    QString m_operatorId;
    QString m_operatorName;
    QString m_pin;           // kept in memory only, to log in again after a reconnect
    QString m_pauseReason;   // the pause to restore after a reconnect
    QString m_closingTicket; // number of the ticket the pending action concerns
    QTimer m_refreshDebounce;
    QTimer m_refreshTick;
};

} // namespace novbe
