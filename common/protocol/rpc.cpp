#include "rpc.h"

#include "jsonwriter.h"

#include <QVariant>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

// Any single JSON value (RFC 8259), not only objects and arrays.
std::optional<QJsonValue> parseJsonValue(const QByteArray &line)
{
    if (!isValidUtf8(line))
        return std::nullopt;
    const QByteArray trimmed = line.trimmed();
    const bool container = trimmed.startsWith('{') || trimmed.startsWith('[');
    QJsonParseError error{};
    if (container) {
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            return std::nullopt;
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    const QJsonDocument doc = QJsonDocument::fromJson('[' + line + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

bool validId(const QJsonValue &id)
{
    return id.isDouble() || id.isString();
}

ParsedRequest requestError(const QJsonValue &id, WireError error)
{
    ParsedRequest parsed;
    parsed.request.id = id;
    parsed.error = std::move(error);
    return parsed;
}

int utf8SequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// Allowed range of the second byte (RFC 3629 table), excluding overlongs,
// surrogates and code points above U+10FFFF.
bool validSecondByte(unsigned char lead, unsigned char second)
{
    switch (lead) {
        case 0xE0: return second >= 0xA0 && second <= 0xBF;
        case 0xED: return second >= 0x80 && second <= 0x9F;
        case 0xF0: return second >= 0x90 && second <= 0xBF;
        case 0xF4: return second >= 0x80 && second <= 0x8F;
        default: return second >= 0x80 && second <= 0xBF;
    }
}

} // namespace

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const int length = utf8SequenceLength(p[i]);
        if (length == 0 || i + length > size)
            return false;
        if (length > 1 && !validSecondByte(p[i], p[i + 1]))
            return false;
        for (int k = 2; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += length;
    }
    return true;
}

ParsedRequest parseRequest(const QByteArray &line)
{
    const std::optional<QJsonValue> value = parseJsonValue(line);
    if (!value)
        return requestError(QJsonValue::Null, parseError());
    if (!value->isObject())
        return requestError(QJsonValue::Null, invalidRequest(u"the message is not an object"_s));
    const QJsonObject object = value->toObject();
    const bool hasId = object.contains(u"id"_s);
    const QJsonValue id = object.value(u"id"_s);
    if (hasId && !validId(id))
        return requestError(QJsonValue::Null, invalidRequest(u"id must be a number or a string"_s));
    const QJsonValue echo = hasId ? id : QJsonValue(QJsonValue::Null);
    if (object.value(u"jsonrpc"_s) != QJsonValue(u"2.0"_s))
        return requestError(echo, invalidRequest(u"jsonrpc must be \"2.0\""_s));
    if (!object.value(u"method"_s).isString())
        return requestError(echo, invalidRequest(u"method must be a string"_s));
    const QJsonValue params = object.value(u"params"_s);
    if (object.contains(u"params"_s) && !params.isObject() && !params.isArray())
        return requestError(echo, invalidRequest(u"params must be an object"_s));
    ParsedRequest parsed;
    parsed.request.positionalParams = params.isArray();
    parsed.request.id = echo;
    parsed.request.method = object.value(u"method"_s).toString();
    parsed.request.params = object.value(u"params"_s).toObject();
    parsed.request.isNotification = !hasId;
    return parsed;
}

IncomingMessage parseIncoming(const QByteArray &line)
{
    IncomingMessage message;
    const std::optional<QJsonValue> value = parseJsonValue(line);
    if (!value || !value->isObject())
        return message;
    const QJsonObject object = value->toObject();
    if (object.value(u"jsonrpc"_s) != QJsonValue(u"2.0"_s))
        return message;
    if (object.value(u"method"_s).isString() && !object.contains(u"id"_s)) {
        message.kind = IncomingMessage::Kind::Notification;
        message.method = object.value(u"method"_s).toString();
        message.params = object.value(u"params"_s).toObject();
        return message;
    }
    const bool hasResult = object.value(u"result"_s).isObject();
    const bool hasError = object.value(u"error"_s).isObject();
    if (!object.contains(u"id"_s) || hasResult == hasError)
        return message;
    message.kind = IncomingMessage::Kind::Response;
    message.id = object.value(u"id"_s);
    if (hasError)
        message.error = wireErrorFromJson(object.value(u"error"_s).toObject());
    else
        message.result = object.value(u"result"_s).toObject();
    return message;
}

QJsonObject requestMessage(const QJsonValue &id, const QString &method, const QJsonObject &params)
{
    return QJsonObject{
        {u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}};
}

QJsonObject resultResponse(const QJsonValue &id, const QJsonObject &result)
{
    return QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"result"_s, result}};
}

QJsonObject errorResponse(const QJsonValue &id, const WireError &error)
{
    return QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"error"_s, error.toJson()}};
}

QByteArray resultLine(const QJsonValue &id, QByteArrayView encodedResult)
{
    JsonWriter w(encodedResult.size() + 48);
    w.beginObject().key("id");
    if (id.isString()) {
        w.value(id.toString());
    } else if (id.isDouble()) {
        const QVariant number = id.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            w.value(number.toLongLong());
        else
            w.value(id.toDouble());
    } else {
        w.null();
    }
    w.field("jsonrpc", "2.0").key("result").raw(encodedResult).endObject().literal("\n");
    return w.take();
}

QJsonObject eventNotification(const QJsonObject &params)
{
    return QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"event"_s}, {u"params"_s, params}};
}

QJsonObject alertNotification(const QJsonObject &params)
{
    return QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"alert"_s}, {u"params"_s, params}};
}

} // namespace novbe
