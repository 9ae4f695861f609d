// audit.list: the audit trail (docs/security.md, Audit).

#include "dispatcher.h"
#include "enginecontext.h"

#include "protocol/params.h"
#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"
#include "store/store.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr int PAGE = 1000;

// The entries at or after `since`, oldest first, at most 1,000 after the
// entry `afterId`; `more` tells the caller to ask again from the last id.
Reply listAudit(EngineContext &ctx, Session &, const QJsonObject &params)
{
    ParamReader r(params);
    const QDateTime since = r.requiredTime(u"since"_s);
    const qint64 afterId = r.optionalInt(u"afterId"_s, 0, 0, std::numeric_limits<qint64>::max());
    if (auto error = r.error())
        return Reply::fail(*error);
    return Reply::deferred([&ctx, since, afterId] {
        const std::vector<AuditEntryView> entries = ctx.store.auditSince(since, afterId, PAGE + 1);
        QJsonArray list;
        for (size_t i = 0; i < entries.size() && i < size_t(PAGE); ++i)
            list.append(encode(entries[i]));
        return Answer(
            QJsonObject{{u"entries"_s, list}, {u"more"_s, entries.size() > size_t(PAGE)}});
    });
}

} // namespace

void registerAuditMethods(Dispatcher &d)
{
    d.add(QString(method::AUDIT_LIST), roleBit(Role::Manager), listAudit);
}

} // namespace novbe
