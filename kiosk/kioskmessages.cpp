#include "kioskmessages.h"

#include "ticketstrings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

// "10:00–17:00" that never breaks at its dash (word joiners either side).
QString hoursText(const OpeningHours &hours)
{
    return hours.open.toString(u"HH:mm"_s) + u"\u2060–\u2060"_s + hours.close.toString(u"HH:mm"_s);
}

// A phrase that must stay on one line ("təxminən 60 dəq", "13 gözləyir").
QString together(QString text)
{
    return text.replace(u' ', u'\u00A0');
}

KioskMessage checkinRefusal(const WireError &error, bool retried, const QString &opensAt)
{
    const QString reception = QCoreApplication::translate(
        "novbe::KioskMessages", "If you need help, please go to the reception desk.");
    if (error.code == wirecode::TOO_EARLY)
        return {u"warning"_s,
                QCoreApplication::translate("novbe::KioskMessages", "It is too early to check in"),
                QCoreApplication::translate(
                    "novbe::KioskMessages",
                    "Your check-in opens at %1. Please come back to this kiosk then.")
                    .arg(opensAt),
                opensAt,
                {},
                {}};
    if (error.code == wirecode::TOO_LATE)
        return {
            u"warning"_s,
            QCoreApplication::translate("novbe::KioskMessages", "Your appointment time has passed"),
            QCoreApplication::translate("novbe::KioskMessages",
                                        "You can no longer check in for this appointment. Please "
                                        "take a walk-in ticket instead."),
            {},
            QCoreApplication::translate("novbe::KioskMessages", "Take a walk-in ticket"),
            u"walkIn"_s};
    if (error.code == wirecode::NOT_FOUND)
        return {u"warning"_s,
                QCoreApplication::translate("novbe::KioskMessages", "We could not find this code"),
                QCoreApplication::translate("novbe::KioskMessages",
                                            "Please check the 6 digits and try again.")
                    + u' ' + reception,
                {},
                QCoreApplication::translate("novbe::KioskMessages", "Enter the code again"),
                u"checkin"_s};
    if (error.code == wirecode::INVALID_STATE)
        return {
            u"warning"_s,
            QCoreApplication::translate("novbe::KioskMessages", "This code has already been used"),
            retried ? QCoreApplication::translate(
                "novbe::KioskMessages",
                "Your check-in may have gone through while the connection was lost. Please go to "
                "the reception desk.")
                    : QCoreApplication::translate("novbe::KioskMessages",
                                                  "This appointment was already checked in or "
                                                  "cancelled. Please go to the reception desk."),
            {},
            {},
            {}};
    return {
        u"fault"_s,
        QCoreApplication::translate("novbe::KioskMessages", "Check-in is not possible right now"),
        reception,
        {},
        {},
        {}};
}

} // namespace

KioskMessage refusalMessage(const WireError &error, bool checkin, bool retried,
                            const QString &opensAtLocal)
{
    if (checkin)
        return checkinRefusal(error, retried, opensAtLocal);
    if (error.code == wirecode::SERVICE_CLOSED
        && error.data.value("closedBy"_L1).toString() == "manager"_L1)
        return closedTodayMessage({});
    if (error.code == wirecode::SERVICE_CLOSED
        && error.data.value("closedBy"_L1).toString() == "cutoff"_L1)
        return cutoffMessage({}, error.data.value("cutoff"_L1).toString());
    if (error.code == wirecode::SERVICE_CLOSED)
        return {u"warning"_s,
                QCoreApplication::translate("novbe::KioskMessages", "This service is closed now"),
                QCoreApplication::translate(
                    "novbe::KioskMessages",
                    "No more tickets are given for this service now. Please choose another service "
                    "or come back during its opening hours."),
                {},
                QCoreApplication::translate("novbe::KioskMessages", "Choose another service"),
                u"services"_s};
    if (error.code == wirecode::LIMIT_REACHED)
        return {
            u"warning"_s,
            QCoreApplication::translate("novbe::KioskMessages",
                                        "No more tickets for this service today"),
            QCoreApplication::translate("novbe::KioskMessages",
                                        "Today's tickets for this service are all given out. "
                                        "Please come back tomorrow or ask at the reception desk."),
            {},
            QCoreApplication::translate("novbe::KioskMessages", "Choose another service"),
            u"services"_s};
    return {u"fault"_s,
            QCoreApplication::translate("novbe::KioskMessages", "We could not give you a ticket"),
            QCoreApplication::translate(
                "novbe::KioskMessages",
                "Nothing was printed. Please try again, or go to the reception desk."),
            {},
            {},
            {}};
}

KioskMessage unreachableMessage()
{
    return {
        u"fault"_s,
        QCoreApplication::translate("novbe::KioskMessages", "We could not reach the queue system"),
        QCoreApplication::translate(
            "novbe::KioskMessages",
            "No ticket was printed. Please try again in a moment, or go to the reception desk."),
        {},
        {},
        {}};
}

KioskMessage printFailedMessage(const QString &number, const QString &service)
{
    QString body = QCoreApplication::translate(
                       "novbe::KioskMessages",
                       "Your number is %1 and your place in the queue is kept. Please remember "
                       "this number and go to the reception desk: they will give you your ticket.")
                       .arg(number);
    if (!service.isEmpty())
        body = service + u"\n"_s + body;
    return {u"fault"_s,
            QCoreApplication::translate("novbe::KioskMessages", "Your ticket could not be printed"),
            body,
            number,
            QCoreApplication::translate("novbe::KioskMessages", "I have noted my number"),
            u"home"_s};
}

KioskMessage progressMessage(const QString &number)
{
    if (number.isEmpty())
        return {
            u"info"_s,
            QCoreApplication::translate("novbe::KioskMessages", "One moment, please"),
            QCoreApplication::translate("novbe::KioskMessages", "Your ticket is being prepared."),
            {},
            {},
            {}};
    return {u"info"_s,
            QCoreApplication::translate("novbe::KioskMessages", "Printing your ticket"),
            QCoreApplication::translate("novbe::KioskMessages", "Please wait a moment."),
            number,
            {},
            {}};
}

KioskMessage closedMessage(const QString &service, const std::optional<OpeningHours> &hours)
{
    const QString body = hours
        ? QCoreApplication::translate(
              "novbe::KioskMessages",
              "%1 is open %2. Please choose another service or come back then.")
              .arg(service, hoursText(*hours))
        : QCoreApplication::translate("novbe::KioskMessages",
                                      "%1 is closed now. Please choose another service.")
              .arg(service);
    return {u"warning"_s,
            QCoreApplication::translate("novbe::KioskMessages", "This service is closed now"),
            body,
            {},
            QCoreApplication::translate("novbe::KioskMessages", "Choose another service"),
            u"services"_s};
}

QString loadText(int waiting, int etaSec)
{
    if (waiting <= 0)
        return QCoreApplication::translate("novbe::KioskMessages", "No one waiting");
    return together(
               QCoreApplication::translate("novbe::KioskMessages", "%n waiting", nullptr, waiting))
        + u" · "_s
        + together(QCoreApplication::translate("novbe::KioskMessages", "about %n min", nullptr,
                                               etaMinutes(etaSec)));
}

QString closedText(const std::optional<OpeningHours> &hours)
{
    if (!hours)
        return QCoreApplication::translate("novbe::KioskMessages", "Closed now");
    return QCoreApplication::translate("novbe::KioskMessages", "Closed · open %1")
        .arg(hoursText(*hours));
}

} // namespace novbe
