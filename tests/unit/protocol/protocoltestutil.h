#pragma once

// Shared helpers of the protocol unit tests.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <catch2/catch.hpp>

namespace novbe::test {

inline QJsonObject readGolden(const QString &name)
{
    QFile file(QStringLiteral(NOVBE_SOURCE_DIR "/tests/data/protocol/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(name.toStdString() << ": " << error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

inline std::string dump(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented).toStdString();
}

// encode -> decode gives the value back, and encodes to the same JSON again.
// Needs protocol/readmodelcodec.h included before.
template <typename T> void checkRoundTrip(const T &value)
{
    const QJsonObject json = encode(value);
    INFO(dump(json));
    const std::optional<T> back = decode<T>(json);
    REQUIRE(back.has_value());
    CHECK(*back == value);
    CHECK(encode(*back) == json);
}

} // namespace novbe::test

#include "core/centreconfig.h"
#include "core/records.h"
#include "core/ticket.h"

#include <QTimeZone>

namespace novbe::test {

inline QDateTime utc(int h, int m, int s = 0, int ms = 0)
{
    return QDateTime(QDate(2026, 11, 28), QTime(h, m, s, ms), Qt::UTC);
}

inline CentreConfig sampleConfig()
{
    CentreConfig config;
    config.centre.id = QStringLiteral("baku-1");
    CounterConfig c07;
    c07.id = QStringLiteral("c07");
    c07.name = {{QStringLiteral("az"), QStringLiteral("7")},
                {QStringLiteral("en"), QStringLiteral("7")},
                {QStringLiteral("ru"), QStringLiteral("7")}};
    c07.services = {{QStringLiteral("passport"), 2.0}, {QStringLiteral("idcard"), 1.0}};
    config.counters.push_back(c07);
    return config;
}

inline Ticket waitingTicket()
{
    Ticket t;
    t.id = QStringLiteral("t_abc");
    t.number = QStringLiteral("A007");
    t.numberValue = 7;
    t.service = QStringLiteral("passport");
    t.category = QStringLiteral("disability");
    t.issuedAt = utc(9, 15, 2, 123);
    t.queuedAt = t.issuedAt;
    t.lang = QStringLiteral("en");
    t.issueSeq = 41;
    t.orderKey = 41;
    t.serviceDay = QStringLiteral("2026-11-28");
    t.device = QStringLiteral("kiosk-1");
    t.requestId = QStringLiteral("req-9");
    t.originalService = QStringLiteral("passport");
    return t;
}

inline Ticket calledTicket()
{
    Ticket t = waitingTicket();
    t.state = TicketState::Called;
    t.calledAt = utc(9, 40);
    t.firstCalledAt = t.calledAt;
    t.counter = QStringLiteral("c07");
    return t;
}

inline Ticket servingTicket()
{
    Ticket t = calledTicket();
    t.state = TicketState::Serving;
    // Given in Baku time (+04:00): the wire carries UTC.
    t.calledAt = QDateTime(QDate(2026, 11, 28), QTime(13, 40), QTimeZone(4 * 3600));
    t.firstCalledAt = utc(9, 38);
    t.startedAt = utc(9, 41, 10, 500);
    t.recalls = 1;
    return t;
}

inline CounterStatus servingCounter()
{
    CounterStatus c;
    c.id = QStringLiteral("c07");
    c.state = CounterState::Serving;
    c.operatorId = QStringLiteral("op01");
    c.operatorName = QStringLiteral("Leyla");
    c.ticket = QStringLiteral("t_abc");
    c.changedAt = utc(9, 41, 10, 500);
    return c;
}

} // namespace novbe::test
