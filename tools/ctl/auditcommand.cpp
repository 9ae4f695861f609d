// novbe-ctl audit: the engine's audit trail (audit.list), page by page.

#include "ctlclient.h"
#include "ctlcommands.h"

#include "protocol/codec.h"
#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace novbe {

QString formatAudit(const AuditEntryView &a)
{
    QString line = a.at.toLocalTime().toString(Qt::ISODate) + u"  "_s + a.action.leftJustified(20)
        + u" by "_s + (a.actor.isEmpty() ? u"-"_s : a.actor);
    if (!a.device.isEmpty())
        line += u" device "_s + a.device;
    if (!a.address.isEmpty())
        line += u" from "_s + a.address;
    if (!a.detail.isEmpty() && a.detail != u"{}")
        line += u"  "_s + a.detail;
    return line;
}

int runAudit(CtlClient &client, const CtlOptions &options, QTextStream &out)
{
    qint64 afterId = 0;
    for (;;) {
        const QJsonObject params{{u"since"_s, isoTime(options.auditSince)},
                                 {u"afterId"_s, afterId}};
        const std::optional<QJsonObject> result = client.call(QString(method::AUDIT_LIST), params);
        if (!result) {
            out.flush();
            QTextStream(stderr) << "novbe-ctl: " << client.error() << '\n';
            return CTL_REFUSED;
        }
        for (const QJsonValue &v : result->value(u"entries"_s).toArray()) {
            const std::optional<AuditEntryView> entry = decode<AuditEntryView>(v.toObject());
            if (!entry) {
                QTextStream(stderr) << "novbe-ctl: the engine's audit.list answer is malformed\n";
                return CTL_REFUSED;
            }
            afterId = entry->id;
            if (options.json)
                out << QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) << '\n';
            else
                out << formatAudit(*entry) << '\n';
        }
        if (!result->value(u"more"_s).toBool())
            return CTL_OK;
    }
}

} // namespace novbe
