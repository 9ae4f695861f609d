#pragma once

// The rating pad's logic: watches ticket.finished for one counter, asks the
// citizen of that ticket, sends feedback.submit exactly once per ticket,
// thanks, and goes back to idle after a timeout. No widgets.

#include "core/centreconfig.h"
#include "core/ticket.h"
#include "protocol/readmodel.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace novbe {

class AppLink;

class RatingSession : public QObject
{
    Q_OBJECT

public:
    enum class Phase {
        Idle,    // waiting for the next finished ticket
        Asking,  // five faces for `ticket()`
        Sending, // the rating is on its way
        Thanked, // thank-you, then Idle
        Failed,  // not saved (link down); then Idle
    };
    Q_ENUM(Phase)

    static constexpr int THANKS_MS = 6000;

    // Requires: `link` outlives this.
    RatingSession(AppLink *link, const QString &counterId, int resetSec, QObject *parent = nullptr);

    void start();
    // Replaces the reset timeout (`resetSec` of the constructor) and THANKS_MS (tests).
    void setTimeouts(int resetMs, int thanksMs);
    Phase phase() const { return m_phase; }
    std::optional<Ticket> ticket() const { return m_ticket; }
    bool isConnected() const;
    // The counter's short name in `lang` (from centre.get), or its id until known.
    QString counterName(const QString &lang) const;
    // The operator at the counter now (centre.get, then counter.changed); empty when none.
    QString operatorName() const { return m_operator; }
    // The rating given for the current ticket (0 before one is given).
    int rating() const { return m_rating; }
    // Whole seconds until the pad goes back to idle (0 when no reset is due).
    int secondsLeft() const;
    // The citizen's answer (1..5); ignored unless Asking.
    void rate(int rating);
    // Number of feedback.submit calls sent (tests).
    int submissions() const { return m_submissions; }

signals:
    void phaseChanged(novbe::RatingSession::Phase phase);
    void connectionChanged(bool connected);
    void submitted(const QString &ticketId, int rating);

private:
    void handleEvent(const EventView &event);
    void ask(const Ticket &ticket);
    void setPhase(Phase phase);

    AppLink *m_link;
    QString m_counterId;
    int m_resetMs;
    int m_thanksMs = THANKS_MS;
    Phase m_phase = Phase::Idle;
    std::optional<Ticket> m_ticket;
    QSet<QString> m_rated; // tickets already sent: never twice
    QTimer m_reset;
    int m_submissions = 0;
    int m_rating = 0;
    QString m_operator;
};

} // namespace novbe
