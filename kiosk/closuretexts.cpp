// Why a service takes no new tickets, in the kiosk's words: closed by the
// manager for today, past today's cut-off, or outside its opening hours
// (kioskmessages.h).
#include "kioskmessages.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

QString hhmm(const QTime &t)
{
    return t.toString(u"HH:mm"_s);
}

KioskMessage warning(const QString &title, const QString &body)
{
    return {u"warning"_s,
            title,
            body,
            {},
            QCoreApplication::translate("novbe::KioskMessages", "Choose another service"),
            u"services"_s};
}

} // namespace

QString closedLine(const ServiceView &s)
{
    if (s.closed)
        return QCoreApplication::translate("novbe::KioskMessages", "Closed today");
    if (s.cutoff)
        return QCoreApplication::translate("novbe::KioskMessages", "No new tickets after %1")
            .arg(hhmm(*s.cutoff));
    return closedText(s.hours);
}

KioskMessage closedServiceMessage(const QString &name, const ServiceView &s)
{
    if (s.closed)
        return closedTodayMessage(name);
    if (s.cutoff)
        return cutoffMessage(name, hhmm(*s.cutoff));
    return closedMessage(name, s.hours);
}

KioskMessage closedTodayMessage(const QString &name)
{
    return warning(
        QCoreApplication::translate("novbe::KioskMessages", "This service is closed today"),
        name.isEmpty() ? QCoreApplication::translate(
            "novbe::KioskMessages",
            "No new tickets are given for this service today. Please choose another "
            "service or ask at the reception desk.")
                       : QCoreApplication::translate(
                             "novbe::KioskMessages",
                             "No new tickets are given for %1 today. Please choose another service "
                             "or ask at the reception desk.")
                             .arg(name));
}

KioskMessage cutoffMessage(const QString &name, const QString &cutoff)
{
    return warning(
        QCoreApplication::translate("novbe::KioskMessages", "No new tickets after %1").arg(cutoff),
        name.isEmpty() ? QCoreApplication::translate(
                             "novbe::KioskMessages",
                             "Today this service gives no new tickets after %1. Please come back "
                             "tomorrow or ask at the reception desk.")
                             .arg(cutoff)
                       : QCoreApplication::translate(
                             "novbe::KioskMessages",
                             "Today %1 gives no new tickets after %2. Please come back tomorrow or "
                             "ask at the reception desk.")
                             .arg(name, cutoff));
}

} // namespace novbe
