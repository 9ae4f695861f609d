#pragma once

// The plain-words messages the kiosk shows after a ticket or check-in attempt,
// in the installed language (QCoreApplication::translate, context
// "novbe::KioskMessages").

#include "core/centreconfig.h"
#include "protocol/errors.h"
#include "protocol/readmodel.h"

#include <QString>

namespace novbe {

struct KioskMessage
{
    QString tone; // info | warning | fault
    QString title;
    QString body;
    QString number;   // a ticket number to show big, if any
    QString action;   // the action button's label ("" = none)
    QString actionId; // "walkIn", "checkin", "services"
};

// The engine said no to ticket.issue or appointment.checkin. `retried`: the
// request had been sent again after a lost answer. `opensAtLocal` is the
// Baku "HH:mm" of data.opensAt for TOO_EARLY.
KioskMessage refusalMessage(const WireError &error, bool checkin, bool retried,
                            const QString &opensAtLocal);
// No answer from the engine within the retry window: nothing was printed.
KioskMessage unreachableMessage();
// The engine issued `number` for `service` (its name) but the printer failed.
KioskMessage printFailedMessage(const QString &number, const QString &service);
// The ticket is being issued / printed.
KioskMessage progressMessage(const QString &number);
// A closed service was touched.
KioskMessage closedMessage(const QString &service, const std::optional<OpeningHours> &hours);

// "12 waiting · about 18 min" / "No one waiting".
QString loadText(int waiting, int etaSec);
// "Closed · opens 09:00–18:00" / "Closed now".
QString closedText(const std::optional<OpeningHours> &hours);

// closuretexts.cpp: the manager's controls of the day (docs/kiosk.md).
// The tile line of a closed service: "Closed today" (the manager closed it),
// "No new tickets after 16:30" (today's cut-off), else closedText(hours).
QString closedLine(const ServiceView &service);
// A closed service was touched: why, as closedLine() says.
KioskMessage closedServiceMessage(const QString &name, const ServiceView &service);
KioskMessage closedTodayMessage(const QString &name);
KioskMessage cutoffMessage(const QString &name, const QString &cutoff);

} // namespace novbe
