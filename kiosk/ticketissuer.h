#pragma once

// Issue first, then print (docs/kiosk.md "Issue, then print"):
//  1. ticket.issue {service, category, lang, requestId} (or appointment.checkin);
//     an answer lost to a timeout or a dropped connection is retried with the
//     SAME requestId until the retry window ends, so the engine never makes a
//     second ticket;
//  2. only a ticket the engine confirmed is printed;
//  3. a print failure after the issue is reported (printFailed) with the ticket,
//     so the screen can show its number and send the citizen to reception.

#include "core/centreconfig.h"
#include "protocol/errors.h"
#include "protocol/readmodel.h"
#include "ticketrenderer.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace novbe {

class CentreModel;
class EngineClient;
class Printer;
struct RpcReply;

class TicketIssuer : public QObject
{
    Q_OBJECT

public:
    enum class Stage {
        Idle,
        Issuing,  // waiting for the engine (retrying while within the window)
        Printing, // the engine issued the ticket; the printer has it
    };

    TicketIssuer(EngineClient *client, Printer *printer, const CentreModel *model,
                 QObject *parent = nullptr);

    // Starts a walk-in ticket. Requires: stage() == Idle.
    void issue(const QString &service, const QString &category, const QString &lang);
    // Starts an appointment check-in with its code. Requires: stage() == Idle.
    void checkIn(const QString &code, const QString &lang);

    Stage stage() const { return m_stage; }
    // requestId of the current (or last) ticket.issue.
    QString requestId() const { return m_requestId; }
    // Sends of the current (or last) request, retries included.
    int attempts() const { return m_attempts; }
    // How long a lost answer is retried (default 30 s) and the per-call timeout.
    void setRetryWindow(int ms) { m_retryWindowMs = ms; }
    void setCallTimeout(int ms) { m_callTimeoutMs = ms; }
    // The last line printed on tickets, per language.
    void setFooter(const LocalizedText &footer) { m_footer = footer; }

    // What gets printed for `ticket` in `lang`.
    // `tracking`: the engine's tracking token of the ticket (empty: its id).
    TicketPrintData printData(const TicketView &ticket, const QString &lang,
                              const QString &tracking) const;

signals:
    void printing(const novbe::TicketView &ticket);  // issued; printing now
    void completed(const novbe::TicketView &ticket); // issued and printed
    void printFailed(const novbe::TicketView &ticket, const QString &reason); // issued, NOT printed
    void refused(const novbe::WireError &error, bool retried); // nothing issued (engine said no)
    void unreachable();                                        // no answer in the retry window

private:
    void start(const QString &method, const QJsonObject &params, const QString &lang);
    void send();
    void handleReply(const RpcReply &reply);
    void handleReady();
    void print(const TicketView &ticket);
    void handlePrinted();
    void handlePrintFailed(const QString &reason);

    EngineClient *m_client;
    Printer *m_printer;
    const CentreModel *m_model;
    Stage m_stage = Stage::Idle;
    QString m_method;
    QJsonObject m_params;
    QString m_lang;
    QString m_requestId;
    TicketView m_ticket;
    QString m_tracking; // the answer's tracking token
    int m_attempts = 0;
    bool m_inFlight = false;
    int m_retryWindowMs = 30000;
    int m_callTimeoutMs = 8000;
    QTimer m_retryTimer;
    QTimer m_windowTimer;
    LocalizedText m_footer;
};

} // namespace novbe
