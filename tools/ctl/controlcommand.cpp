// novbe-ctl close | reopen | cutoff | message: the manager's controls of the
// day (service.setOpen, service.setCutoff, display.message; docs/dashboard.md).

#include "ctlclient.h"
#include "ctlcommands.h"

#include "protocol/wire.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

// The request of a control command; `method` empty when its argument is bad.
std::pair<QString, QJsonObject> controlRequest(const CtlOptions &o)
{
    if (o.command == "close"_L1 || o.command == "reopen"_L1)
        return {QString(method::SERVICE_SET_OPEN),
                {{u"service"_s, o.service}, {u"open"_s, o.command == "reopen"_L1}}};
    if (o.command == "cutoff"_L1)
        return {QString(method::SERVICE_SET_CUTOFF),
                {{u"service"_s, o.service},
                 {u"cutoff"_s, o.text == "none"_L1 ? QJsonValue() : QJsonValue(o.text)}}};
    return {QString(method::DISPLAY_MESSAGE), {{u"text"_s, o.text}}};
}

} // namespace

bool isControlCommand(const QString &command)
{
    return QStringList{u"close"_s, u"reopen"_s, u"cutoff"_s, u"message"_s}.contains(command);
}

int runControl(CtlClient &client, const CtlOptions &options, QTextStream &out)
{
    const auto [method, params] = controlRequest(options);
    const std::optional<QJsonObject> result = client.call(method, params);
    if (!result) {
        out.flush();
        QTextStream(stderr) << "novbe-ctl: " << client.error() << '\n';
        return CTL_REFUSED;
    }
    if (options.json)
        out << QJsonDocument(*result).toJson(QJsonDocument::Compact) << '\n';
    else if (options.command == "message"_L1)
        out << (options.text.isEmpty() ? "Ticker cleared\n" : "Ticker message set\n");
    else
        out << options.service << ": " << options.command << " done\n";
    return CTL_OK;
}

} // namespace novbe
