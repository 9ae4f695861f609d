#include "logging.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace novbe {

Q_LOGGING_CATEGORY(lcServer, "novbe.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "novbe.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFanout, "novbe.fanout", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBatch, "novbe.batch", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "novbe.store", QtInfoMsg)

bool applyLogLevel(const QString &level)
{
    QString rules;
    if (level == "debug"_L1)
        rules = u"novbe.*.debug=true\nnovbe.*.info=true"_s;
    else if (level == "info"_L1)
        rules = u"novbe.*.debug=false\nnovbe.*.info=true"_s;
    else if (level == "warning"_L1)
        rules = u"novbe.*.debug=false\nnovbe.*.info=false"_s;
    else
        return false;
    QLoggingCategory::setFilterRules(rules);
    qSetMessagePattern(u"%{time yyyy-MM-ddTHH:mm:ss.zzz} %{if-debug}debug%{endif}"
                       "%{if-info}info%{endif}%{if-warning}warning%{endif}"
                       "%{if-critical}critical%{endif}%{if-fatal}fatal%{endif} "
                       "%{category}: %{message}"_s);
    return true;
}

} // namespace novbe
