#include "shapecheck.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace novbe::test {

namespace {

std::string text(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject())
            .toJson(QJsonDocument::Compact)
            .left(500)
            .toStdString();
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).toStdString();
}

bool isTimeOrNull(const QJsonValue &value)
{
    return value.isNull() || isIsoTime(value);
}

bool isStringOrNull(const QJsonValue &value)
{
    return value.isNull() || value.isString();
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
}

// `ahead` / `etaSec` are given for waiting tickets; otherwise absent, null or a number.
void checkWaitingOnly(const QJsonObject &t, const QString &key)
{
    INFO("ticket." << key.toStdString() << " in " << text(t));
    if (t.value(u"state"_s).toString() == u"waiting"_s) {
        CHECK(isWholeNumber(t.value(key)));
        CHECK(t.value(key).toDouble() >= 0);
    } else {
        CHECK((t.value(key).isUndefined() || t.value(key).isNull() || t.value(key).isDouble()));
    }
}

} // namespace

const QStringList &ticketStates()
{
    static const QStringList states{u"waiting"_s, u"called"_s, u"serving"_s,   u"parked"_s,
                                    u"done"_s,    u"noShow"_s, u"cancelled"_s, u"reset"_s};
    return states;
}

bool isIsoTime(const QJsonValue &value)
{
    static const QRegularExpression pattern(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"_s);
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

bool isLocalized(const QJsonValue &value)
{
    if (!value.isObject() || value.toObject().value(u"az"_s).toString().isEmpty())
        return false;
    const QJsonObject names = value.toObject();
    return std::all_of(names.begin(), names.end(),
                       [](const QJsonValue &name) { return name.isString(); });
}

void checkTicket(const QJsonValue &value)
{
    INFO("ticket: " << text(value));
    REQUIRE(value.isObject());
    const QJsonObject t = value.toObject();
    CHECK(!t.value(u"id"_s).toString().isEmpty());
    CHECK(QRegularExpression(u"^[A-Z]{1,3}\\d{3}$"_s)
              .match(t.value(u"number"_s).toString())
              .hasMatch());
    CHECK(!t.value(u"service"_s).toString().isEmpty());
    CHECK(!t.value(u"category"_s).toString().isEmpty());
    CHECK(ticketStates().contains(t.value(u"state"_s).toString()));
    CHECK(isIsoTime(t.value(u"issuedAt"_s)));
    CHECK(isTimeOrNull(t.value(u"calledAt"_s)));
    CHECK(isTimeOrNull(t.value(u"startedAt"_s)));
    CHECK(isTimeOrNull(t.value(u"endedAt"_s)));
    CHECK(isStringOrNull(t.value(u"counter"_s)));
    CHECK(isWholeNumber(t.value(u"recalls"_s)));
    checkWaitingOnly(t, u"ahead"_s);
    checkWaitingOnly(t, u"etaSec"_s);
    CHECK(!t.value(u"lang"_s).toString().isEmpty());
    CHECK(isStringOrNull(t.value(u"appointment"_s)));
}

void checkReducedTicket(const QJsonValue &value)
{
    INFO("display ticket: " << text(value));
    REQUIRE(value.isObject());
    const QJsonObject t = value.toObject();
    CHECK(!t.value(u"id"_s).toString().isEmpty());
    CHECK(t.value(u"number"_s).isString());
    CHECK(t.value(u"service"_s).isString());
    CHECK(ticketStates().contains(t.value(u"state"_s).toString()));
    CHECK(isStringOrNull(t.value(u"counter"_s)));
    CHECK(isWholeNumber(t.value(u"recalls"_s)));
    // Section 4: displays get only these six fields, no citizen data.
    const QStringList allowed{u"id"_s,    u"number"_s,  u"service"_s,
                              u"state"_s, u"counter"_s, u"recalls"_s};
    for (const QString &key : t.keys()) {
        INFO("unexpected field in a display ticket: " << key.toStdString());
        CHECK(allowed.contains(key));
    }
}

void checkCounter(const QJsonValue &value, bool reduced)
{
    INFO("counter: " << text(value));
    REQUIRE(value.isObject());
    const QJsonObject c = value.toObject();
    CHECK(!c.value(u"id"_s).toString().isEmpty());
    CHECK(isLocalized(c.value(u"name"_s)));
    CHECK(c.value(u"services"_s).isArray());
    for (const auto &service : c.value(u"services"_s).toArray())
        CHECK(service.isString());
    const QStringList states{u"closed"_s, u"idle"_s, u"calling"_s, u"serving"_s, u"paused"_s};
    CHECK(states.contains(c.value(u"state"_s).toString()));
    const QJsonValue op = c.value(u"operator"_s);
    CHECK((
        op.isNull()
        || (op.toObject().value(u"id"_s).isString() && op.toObject().value(u"name"_s).isString())));
    CHECK(isStringOrNull(c.value(u"pauseReason"_s)));
    const QJsonValue ticket = c.value(u"ticket"_s);
    CHECK((ticket.isNull() || ticket.isObject()));
    if (ticket.isObject()) {
        if (reduced)
            checkReducedTicket(ticket);
        else
            checkTicket(ticket);
    }
}

void checkError(const QJsonObject &response, int code, const QString &reason)
{
    INFO("expected " << code << " " << reason.toStdString() << ", got " << text(response));
    const QJsonObject error = response.value(u"error"_s).toObject();
    REQUIRE(!error.isEmpty());
    CHECK(!response.contains(u"result"_s));
    CHECK(error.value(u"code"_s).toInt() == code);
    CHECK(error.value(u"data"_s).toObject().value(u"reason"_s).toString() == reason);
    CHECK(!error.value(u"message"_s).toString().isEmpty());
}

void checkDisplayEvent(const QJsonObject &event)
{
    if (event.contains(u"ticket"_s))
        checkReducedTicket(event.value(u"ticket"_s));
    if (event.value(u"type"_s).toString() == u"counter.changed"_s)
        checkCounter(event.value(u"counter"_s), true);
}

} // namespace novbe::test
