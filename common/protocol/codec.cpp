#include "codec.h"

#include <cstdio>

#include "jsonfields.h"
#include "readmodelcodec.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace novbe {

QString isoTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    // Formatted by hand: QDateTime::toString was a fifth of the engine's CPU
    // per request in the benchmark profile.
    const qint64 ms = t.toMSecsSinceEpoch();
    constexpr qint64 DAY_MS = 86400000;
    const qint64 days = ms >= 0 ? ms / DAY_MS : -((-ms + DAY_MS - 1) / DAY_MS);
    const qint64 msOfDay = ms - days * DAY_MS;
    int year = 0, month = 0, day = 0;
    QDate(1970, 1, 1).addDays(days).getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return t.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month,
                                day, int(msOfDay / 3600000), int(msOfDay / 60000 % 60),
                                int(msOfDay / 1000 % 60), int(msOfDay % 1000));
    return QString::fromLatin1(buf, n);
}

QJsonValue isoTimeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoTime(t)) : QJsonValue(QJsonValue::Null);
}

QDateTime parseIsoTime(const QString &text)
{
    static const QRegularExpression pattern(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"_s);
    if (!pattern.match(text).hasMatch())
        return {};
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    // The result must print back in the same four-digit-year form.
    const bool printable = parsed.isValid() && parsed.date().year() >= 1
        && parsed.date().year() <= 9999;
    return printable ? parsed : QDateTime();
}

QJsonObject localizedToJson(const LocalizedText &text)
{
    QJsonObject json;
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

LocalizedText localizedFromJson(const QJsonObject &json)
{
    LocalizedText text;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.value().isString())
            text.insert(it.key(), it.value().toString());
    }
    return text;
}

// The decoders below are the read model's (readmodelcodec.h) seen through
// the core's types.

std::optional<Ticket> ticketFromJson(const QJsonObject &json)
{
    const std::optional<TicketView> view = decode<TicketView>(json);
    if (!view || view->reduced)
        return std::nullopt;
    return Ticket(*view);
}

std::optional<CounterStatus> counterFromJson(const QJsonObject &json)
{
    const std::optional<CounterView> view = decode<CounterView>(json);
    if (!view)
        return std::nullopt;
    CounterStatus c;
    c.id = view->id;
    c.state = view->state;
    c.operatorId = view->op ? view->op->id : QString();
    c.operatorName = view->op ? view->op->name : QString();
    c.ticket = view->ticketId;
    if (c.ticket.isEmpty() && view->ticket)
        c.ticket = view->ticket->id;
    c.pauseReason = view->pauseReason;
    c.changedAt = view->changedAt;
    return c;
}

std::optional<Appointment> appointmentFromJson(const QJsonObject &json)
{
    return decode<Appointment>(json);
}

std::optional<Feedback> feedbackFromJson(const QJsonObject &json)
{
    return decode<Feedback>(json);
}

} // namespace novbe
