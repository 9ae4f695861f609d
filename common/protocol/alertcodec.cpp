// Encoder and decoder of the managers' alerts.

#include "readmodelutil.h"

#include "codec.h"

using namespace Qt::StringLiterals;

namespace novbe {

using detail::FieldReader;

QJsonObject encode(const AlertView &a)
{
    return QJsonObject{{u"id"_s, a.id},
                       {u"code"_s, a.code},
                       {u"severity"_s, a.severity},
                       {u"message"_s, a.message},
                       {u"at"_s, isoTime(a.at)},
                       {u"subject"_s, a.subject},
                       {u"value"_s, a.value},
                       {u"limit"_s, a.limit},
                       {u"detail"_s, a.detail},
                       {u"clearedAt"_s, isoTimeOrNull(a.clearedAt)},
                       {u"ackedBy"_s, a.ackedBy.isEmpty() ? QJsonValue() : QJsonValue(a.ackedBy)},
                       {u"ackedAt"_s, isoTimeOrNull(a.ackedAt)}};
}

template <> std::optional<AlertView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    AlertView a;
    a.id = in.integer(u"id"_s, 0, true);
    a.code = in.string(u"code"_s, true);
    a.severity = in.string(u"severity"_s);
    a.message = in.string(u"message"_s);
    a.at = in.time(u"at"_s);
    a.subject = in.string(u"subject"_s);
    a.value = in.integer(u"value"_s);
    a.limit = in.integer(u"limit"_s);
    a.detail = in.string(u"detail"_s);
    a.clearedAt = in.time(u"clearedAt"_s);
    a.ackedBy = in.string(u"ackedBy"_s);
    a.ackedAt = in.time(u"ackedAt"_s);
    return in.malformed() ? std::nullopt : std::optional(a);
}

} // namespace novbe
