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
                       {u"at"_s, isoTime(a.at)}};
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
    return in.malformed() ? std::nullopt : std::optional(a);
}

} // namespace novbe
