// Encoder and decoder of the audit trail's entries (audit.list).

#include "readmodelutil.h"

#include "codec.h"

using namespace Qt::StringLiterals;

namespace novbe {

using detail::FieldReader;

QJsonObject encode(const AuditEntryView &a)
{
    return QJsonObject{{u"id"_s, a.id},        {u"at"_s, isoTime(a.at)}, {u"action"_s, a.action},
                       {u"actor"_s, a.actor},  {u"device"_s, a.device},  {u"address"_s, a.address},
                       {u"detail"_s, a.detail}};
}

template <> std::optional<AuditEntryView> decode(const QJsonObject &json)
{
    FieldReader in(json);
    AuditEntryView a;
    a.id = in.integer(u"id"_s, 0, true);
    a.at = in.time(u"at"_s);
    a.action = in.string(u"action"_s, true);
    a.actor = in.string(u"actor"_s);
    a.device = in.string(u"device"_s);
    a.address = in.string(u"address"_s);
    a.detail = in.string(u"detail"_s);
    return in.malformed() ? std::nullopt : std::optional(a);
}

} // namespace novbe
