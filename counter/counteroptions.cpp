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

ParsedCounterOptions parseCounterOptions(const QStringList &arguments,
                                         const QProcessEnvironment &env)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Növbə counter desk: the operator's screen, or with "
                                "--rating-pad the citizen's rating screen at the same counter."_s);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption counter(
        u"counter"_s, u"Counter id, e.g. c07 (required with --rating-pad)."_s, u"id"_s);
    const QCommandLineOption lang(u"lang"_s, u"Interface language: az, en or ru."_s, u"lang"_s);
    const QCommandLineOption pad(u"rating-pad"_s, u"Run the citizen-facing rating pad."_s);
    const QCommandLineOption full(u"fullscreen"_s, u"Fill the screen."_s);
    const QCommandLineOption compact(
        u"compact"_s, u"Desk as a slim always-on-top strip (number, state, action keys)."_s);
    const QCommandLineOption reset(
        u"reset-sec"_s, u"Rating pad: seconds before it resets (default 30)."_s, u"sec"_s, u"30"_s);
    p.addOption(help);
    ConnectionOptions::addTo(p);
    p.addOptions({counter, lang, pad, full, compact, reset});
    QString helpText = p.helpText();
    helpText.replace(u"<executable_name>"_s, u"novbe-counter"_s);
    if (!p.parse(arguments))
        return failure(p.errorText() + u"\n"_s + helpText);
    if (p.isSet(help))
        return {std::nullopt, helpText, 0};
    QString error;
    const std::optional<ConnectionOptions> connection = ConnectionOptions::read(p, &error, env);
    if (!connection)
        return failure(error);
    CounterOptions o;
    bool ok = false;
    o.connection = *connection;
    o.counter = p.value(counter);
    o.language = p.value(lang);
    o.ratingPad = p.isSet(pad);
    o.fullScreen = p.isSet(full);
    o.compact = p.isSet(compact);
    o.resetSec = p.value(reset).toInt(&ok);
    if (!ok || o.resetSec < 3)
        return failure(u"--reset-sec must be a number of seconds >= 3"_s);
    if (!connection->missingCredentials().isEmpty())
        return failure(connection->missingCredentials());
    if (!o.language.isEmpty() && !QStringList{u"az"_s, u"en"_s, u"ru"_s}.contains(o.language))
        return failure(u"--lang must be az, en or ru"_s);
    if (o.ratingPad && o.counter.isEmpty())
        return failure(u"--rating-pad needs --counter"_s);
    return {o, {}, 0};
}

} // namespace novbe
