#pragma once

// The manager's actions as engine calls (protocol.md section 5):
// service.setOpen, service.setCutoff, display.message, ticket.cancel, and
// the waiting tickets of a service to choose one from (queue.snapshot).
// Every answer comes back as finished(): success, or the refusal in words
// the manager understands.

#include "protocol/readmodel.h"

#include <QDateTime>
#include <QObject>
#include <QTime>

#include <functional>
#include <optional>
#include <vector>

namespace novbe {

class AppLink;
struct WireError;

class ManagerActions : public QObject
{
    Q_OBJECT

public:
    // `link` must outlive the object.
    explicit ManagerActions(AppLink *link, QObject *parent = nullptr);

    void setOpen(const QString &service, bool open);
    // nullopt removes the cut-off.
    void setCutoff(const QString &service, std::optional<QTime> cutoff);
    // An empty `text` clears the ticker; `expiresAt` invalid = until the end of the day.
    void sendMessage(const QString &text, const QDateTime &expiresAt);
    void cancelTicket(const QString &ticketId, const QString &number);
    // `service`'s waiting tickets now, in call order (empty on failure: finished() tells why).
    void waitingTickets(const QString &service,
                        std::function<void(const std::vector<TicketView> &)> done);

    // The refusal `error` as a sentence for the manager (translated).
    static QString errorText(const WireError &error);

signals:
    // `ok`: done; `text`: what happened, or why it was refused.
    void finished(bool ok, const QString &text);

private:
    void call(const QString &method, const QJsonObject &params, const QString &doneText);

    AppLink *m_link;
};

} // namespace novbe
