#include "plainerrors.h"

#include "client/rpcreply.h"

#include <QCoreApplication>

namespace novbe {

namespace {

class PlainErrors
{
    Q_DECLARE_TR_FUNCTIONS(PlainErrors)
};

// Errors that read the same whatever was attempted; empty when not one of them.
QString commonError(const WireError &e)
{
    if (e.code == LOCAL_ERROR_CODE) {
        if (e.reason == clientreason::TIMEOUT)
            return PlainErrors::tr(
                "The queue server did not answer in time. Look at the ticket card: "
                "it shows what really happened once the answer arrives.");
        if (e.reason == clientreason::DISCONNECTED)
            return PlainErrors::tr("The connection dropped before the queue server answered. "
                                   "The screen shows the real state again once it reconnects.");
        return PlainErrors::tr("Not connected to the queue server, so nothing was sent. "
                               "Try again when the status bar says Connected.");
    }
    switch (e.code) {
        case wirecode::RATE_LIMITED:
            return PlainErrors::tr("Too many attempts. Wait %1, then try again.")
                .arg(plainWait(e.data.value(QStringLiteral("retryAfterSec")).toInt(60)));
        case wirecode::STORAGE_UNAVAILABLE:
            return PlainErrors::tr(
                "The queue server cannot save right now, so nothing was changed. "
                "Try again in a minute; if it repeats, call the manager.");
        case wirecode::FORBIDDEN:
            return PlainErrors::tr("This computer is not registered as a counter desk. "
                                   "Ask the administrator to check its device settings.");
        case wirecode::NO_OPERATOR:
            return PlainErrors::tr("You are no longer logged in. Log in again.");
        case wirecode::NO_COUNTER:
            return PlainErrors::tr("Your counter is no longer open. Log in again to open it.");
        default: return {};
    }
}

} // namespace

QString plainWait(int seconds)
{
    if (seconds < 60)
        return PlainErrors::tr("%n second(s)", nullptr, std::max(seconds, 1));
    return PlainErrors::tr("%n minute(s)", nullptr, (seconds + 59) / 60);
}

QString plainLoginError(const WireError &e)
{
    if (QString common = commonError(e); !common.isEmpty()) {
        if (e.code == wirecode::RATE_LIMITED)
            return PlainErrors::tr("Too many wrong PINs: logging in is locked. Try again in %1.")
                .arg(plainWait(e.data.value(QStringLiteral("retryAfterSec")).toInt(300)));
        return common;
    }
    switch (e.code) {
        case wirecode::UNAUTHENTICATED:
            return PlainErrors::tr("Wrong operator ID or PIN. Check both and try again.");
        case wirecode::NOT_FOUND:
            return PlainErrors::tr(
                "This counter is not known to the queue server. Choose another counter.");
        case wirecode::COUNTER_BUSY:
            return PlainErrors::tr("This counter is already open at another desk. "
                                   "Choose another counter, or ask the manager to close it.");
        case wirecode::INVALID_PARAMS: return PlainErrors::tr("Enter your operator ID and PIN.");
        default:
            return PlainErrors::tr(
                       "Logging in did not work (%1). Try again; if it repeats, call the manager.")
                .arg(e.reason.isEmpty() ? QString::number(e.code) : e.reason);
    }
}

QString plainTlsError()
{
    return PlainErrors::tr("This desk does not trust the queue server's certificate, so it does "
                           "not connect. Call the administrator (the details are in this PC's "
                           "log).");
}

QString plainActionError(const WireError &e, const QString &ticket)
{
    if (QString common = commonError(e); !common.isEmpty())
        return common;
    switch (e.code) {
        case wirecode::INVALID_STATE:
            return ticket.isEmpty() ? PlainErrors::tr(
                       "That is not possible right now; the screen now shows the current state.")
                                    : PlainErrors::tr("That is not possible for %1 right now; the "
                                                      "screen now shows its current state.")
                                          .arg(ticket);
        case wirecode::NOT_FOUND: return PlainErrors::tr("That ticket is no longer in the queue.");
        case wirecode::UNKNOWN_SERVICE:
            return PlainErrors::tr("That service does not exist any more. Choose another one.");
        case wirecode::SERVICE_CLOSED:
            return PlainErrors::tr("That service is closed now. Choose another one.");
        default:
            return PlainErrors::tr("The queue server refused this (%1). Try again; if it repeats, "
                                   "call the manager.")
                .arg(e.reason.isEmpty() ? QString::number(e.code) : e.reason);
    }
}

} // namespace novbe
