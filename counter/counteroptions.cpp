#include "counteroptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

ParsedCounterOptions failure(const QString &message)
{
    return {std::nullopt, message, 2};
}

} // namespace

ParsedCounterOptions parseCounterOptions(const QStringList &arguments, const QString &tokenFromEnv)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Növbə counter desk: the operator's screen, or with "
                                "--rating-pad the citizen's rating screen at the same counter."_s);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption host(u"host"_s, u"Engine host (default 127.0.0.1)."_s, u"host"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"Engine port (default 7400)."_s, u"port"_s, u"7400"_s);
    const QCommandLineOption device(u"device"_s, u"Device id of this desk (role counter)."_s, u"id"_s);
    const QCommandLineOption token(u"token"_s, u"Device token (or set NOVBE_TOKEN)."_s, u"token"_s);
    const QCommandLineOption counter(u"counter"_s, u"Counter id, e.g. c07 (required with --rating-pad)."_s, u"id"_s);
    const QCommandLineOption lang(u"lang"_s, u"Interface language: az, en or ru."_s, u"lang"_s);
    const QCommandLineOption pad(u"rating-pad"_s, u"Run the citizen-facing rating pad."_s);
    const QCommandLineOption full(u"fullscreen"_s, u"Fill the screen."_s);
    const QCommandLineOption reset(u"reset-sec"_s, u"Rating pad: seconds before it resets (default 30)."_s, u"sec"_s, u"30"_s);
    p.addOptions({help, host, port, device, token, counter, lang, pad, full, reset});
    QString helpText = p.helpText();
    helpText.replace(u"<executable_name>"_s, u"novbe-counter"_s);
    if (!p.parse(arguments))
        return failure(p.errorText() + u"\n"_s + helpText);
    if (p.isSet(help))
        return {std::nullopt, helpText, 0};
    CounterOptions o;
    bool ok = false;
    o.host = p.value(host);
    const uint portValue = p.value(port).toUInt(&ok);
    if (!ok || portValue == 0 || portValue > 65535)
        return failure(u"--port must be a number from 1 to 65535"_s);
    o.port = quint16(portValue);
    o.device = p.value(device);
    o.token = p.isSet(token) ? p.value(token) : tokenFromEnv;
    o.counter = p.value(counter);
    o.language = p.value(lang);
    o.ratingPad = p.isSet(pad);
    o.fullScreen = p.isSet(full);
    o.resetSec = p.value(reset).toInt(&ok);
    if (!ok || o.resetSec < 3)
        return failure(u"--reset-sec must be a number of seconds >= 3"_s);
    if (o.device.isEmpty() || o.token.isEmpty())
        return failure(u"--device and --token (or NOVBE_TOKEN) are required"_s);
    if (!o.language.isEmpty() && !QStringList{u"az"_s, u"en"_s, u"ru"_s}.contains(o.language))
        return failure(u"--lang must be az, en or ru"_s);
    if (o.ratingPad && o.counter.isEmpty())
        return failure(u"--rating-pad needs --counter"_s);
    return {o, {}, 0};
}

} // namespace novbe
