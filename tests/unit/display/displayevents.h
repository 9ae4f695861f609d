#pragma once

// Builders for the display's wire events (protocol.md section 7, reduced
// tickets) used by the display unit tests.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include "protocol/readmodelcodec.h"

#include <catch2/catch.hpp>

#include <ostream>

// Lets Catch print QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << '"' << s.toStdString() << '"';
}

namespace novbe::testevents {

inline const QDateTime T0 = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

inline QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QString serviceOf(const QString &number)
{
    return number.startsWith(QLatin1Char('B')) ? QStringLiteral("passport")
                                               : QStringLiteral("idCard");
}

inline QJsonObject reducedTicket(const QString &number, const QString &counter, int recalls,
                                 const QString &state = QStringLiteral("called"))
{
    return {{QStringLiteral("id"), QString(QStringLiteral("t_") + number)},
            {QStringLiteral("number"), number},
            {QStringLiteral("service"), serviceOf(number)},
            {QStringLiteral("state"), state},
            {QStringLiteral("counter"), counter},
            {QStringLiteral("recalls"), recalls}};
}

inline QJsonObject counterRef(const QString &counter)
{
    const QString name = QString::number(counter.mid(1).toInt());
    return {{QStringLiteral("id"), counter},
            {QStringLiteral("name"),
             QJsonObject{{QStringLiteral("az"), name},
                         {QStringLiteral("en"), name},
                         {QStringLiteral("ru"), name}}}};
}

// ticket.called for `number` at `counter` ("c07"), `atSec` seconds after T0.
inline QJsonObject called(qint64 seq, const QString &number, const QString &counter, int atSec,
                          bool recall = false)
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("type"), QStringLiteral("ticket.called")},
            {QStringLiteral("at"), iso(T0.addSecs(atSec))},
            {QStringLiteral("ticket"), reducedTicket(number, counter, recall ? 1 : 0)},
            {QStringLiteral("counter"), counterRef(counter)},
            {QStringLiteral("recall"), recall}};
}

// counter.changed: `ticketNumber` empty = no current ticket.
inline QJsonObject counterChanged(qint64 seq, const QString &counter, const QString &state,
                                  const QString &ticketNumber, int atSec)
{
    QJsonObject c = counterRef(counter);
    c.insert(QStringLiteral("state"), state);
    c.insert(QStringLiteral("ticket"),
             ticketNumber.isEmpty()
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(reducedTicket(ticketNumber, counter, 0, QStringLiteral("serving"))));
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("type"), QStringLiteral("counter.changed")},
            {QStringLiteral("at"), iso(T0.addSecs(atSec))},
            {QStringLiteral("counter"), c}};
}

// The wire event as the display receives it: decoded with the read model.
inline EventView view(const QJsonObject &event)
{
    const std::optional<EventView> decoded = decode<EventView>(event);
    REQUIRE(decoded.has_value());
    return *decoded;
}

inline QJsonObject rollover(qint64 seq, int atSec)
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("type"), QStringLiteral("day.rollover")},
            {QStringLiteral("at"), iso(T0.addSecs(atSec))},
            {QStringLiteral("serviceDay"), QStringLiteral("2026-11-29")}};
}

inline QJsonObject recentCall(const QString &number, const QString &counter, int atSec,
                              int recalls = 0)
{
    return {{QStringLiteral("ticket"), reducedTicket(number, counter, recalls)},
            {QStringLiteral("counter"), counterRef(counter)},
            {QStringLiteral("at"), iso(T0.addSecs(atSec))}};
}

} // namespace novbe::testevents
