#include "displaysettings.h"

#include <QCommandLineParser>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        out.append(part.trimmed());
    out.removeAll(QString());
    return out;
}

QStringList listValue(const QSettings &ini, const QString &key)
{
    const QVariant v = ini.value(key);
    return v.typeId() == QMetaType::QStringList ? v.toStringList() : listOf(v.toString());
}

bool readInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

bool readSize(const QString &text, QSize *out)
{
    const QStringList parts = text.split(u'x');
    int w = 0;
    int h = 0;
    if (parts.size() != 2 || !readInt(parts[0], 320, 16384, &w)
        || !readInt(parts[1], 200, 16384, &h))
        return false;
    *out = QSize(w, h);
    return true;
}

} // namespace

void DisplaySettings::readIni(const QSettings &ini, DisplaySettings *out)
{
    out->labelLanguages = listValue(ini, u"display/languages"_s);
    out->rotateSec = ini.value(u"display/rotateSec"_s, out->rotateSec).toInt();
    out->model.zone.services = listValue(ini, u"display/zoneServices"_s);
    out->model.zone.counters = listValue(ini, u"display/zoneCounters"_s);
    out->deskCounter = ini.value(u"display/counter"_s, out->deskCounter).toString();
    out->model.currentMax = ini.value(u"display/current"_s, out->model.currentMax).toInt();
    out->model.historyMax = ini.value(u"display/history"_s, out->model.historyMax).toInt();
    out->model.staleSec = 60
        * ini.value(u"display/staleMinutes"_s, out->model.staleSec / 60).toInt();
    out->voice = ini.value(u"voice/enabled"_s, out->voice).toBool();
    out->voiceLanguages = listValue(ini, u"voice/languages"_s);
    out->textToSpeech = ini.value(u"voice/tts"_s, out->textToSpeech).toBool();
    out->chime = ini.value(u"voice/chime"_s, out->chime).toString();
}

namespace {

QList<QCommandLineOption> commandLineOptions()
{
    return {
        {u"languages"_s, u"Label languages in turn, e.g. az,en,ru."_s, u"list"_s},
        {u"voice-languages"_s, u"Announcement languages in turn."_s, u"list"_s},
        {u"zone-services"_s, u"Only these services."_s, u"list"_s},
        {u"zone-counters"_s, u"Only these counters."_s, u"list"_s},
        {u"counter"_s,
         u"Desk display of this one counter (e.g. c07) instead of the hall display."_s, u"id"_s},
        {u"mute"_s, u"No chime, no speech."_s},
        {u"no-tts"_s, u"Speak through espeak-ng WAV files only."_s},
        {u"windowed"_s, u"A window instead of full screen."_s},
        {u"size"_s, u"Window or screenshot size, e.g. 1920x1080."_s, u"WxH"_s},
        {u"screenshot"_s, u"Render a demo screen to this PNG and exit."_s, u"png"_s},
        {u"demo-config"_s, u"Centre config JSON for --screenshot."_s, u"file"_s},
        {u"demo-state"_s,
         u"calls, flash, offline, empty, paused, closed or ticker (a manager's message)."_s,
         u"state"_s},
    };
}

void applyStrings(const QCommandLineParser &p, DisplaySettings *out)
{
    const auto set = [&p](const QString &name, QString &field) {
        if (p.isSet(name))
            field = p.value(name);
    };
    const auto setList = [&p](const QString &name, QStringList &field) {
        if (p.isSet(name))
            field = listOf(p.value(name));
    };
    set(u"screenshot"_s, out->screenshot);
    set(u"demo-config"_s, out->demoConfig);
    set(u"demo-state"_s, out->demoState);
    set(u"counter"_s, out->deskCounter);
    setList(u"languages"_s, out->labelLanguages);
    setList(u"voice-languages"_s, out->voiceLanguages);
    setList(u"zone-services"_s, out->model.zone.services);
    setList(u"zone-counters"_s, out->model.zone.counters);
    out->voice = out->voice && !p.isSet(u"mute"_s);
    out->textToSpeech = out->textToSpeech && !p.isSet(u"no-tts"_s);
    out->windowed = out->windowed || p.isSet(u"windowed"_s) || p.isSet(u"screenshot"_s);
}

} // namespace

bool DisplaySettings::parse(const QStringList &arguments, DisplaySettings *out, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Növbə hall display"_s);
    p.addHelpOption();
    p.addOption({u"version"_s, u"Print the version and exit."_s});
    ConnectionOptions::addTo(p);
    p.addOptions(commandLineOptions());
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(u"help"_s) || p.isSet(u"version"_s)) {
        out->infoOnly = true;
        *error = p.isSet(u"help"_s) ? p.helpText()
                                    : u"novbe-display "_s + QString::fromLatin1(NOVBE_VERSION);
        return false;
    }
    const std::optional<ConnectionOptions> connection = ConnectionOptions::read(p, error);
    if (!connection)
        return false;
    out->connection = *connection;
    if (const std::unique_ptr<QSettings> ini = connection->settings())
        readIni(*ini, out);
    applyStrings(p, out);
    if (p.isSet(u"size"_s) && !readSize(p.value(u"size"_s), &out->size)) {
        *error = u"--size must look like 1920x1080"_s;
        return false;
    }
    if (!out->deskCounter.isEmpty()) {
        if (out->model.zone.counters.isEmpty())
            out->model.zone.counters = {out->deskCounter};
        out->voice = false; // the hall speakers announce; the desk only shows
    }
    if (out->screenshot.isEmpty() && !out->connection.missingCredentials().isEmpty()) {
        *error = out->connection.missingCredentials();
        return false;
    }
    return true;
}

} // namespace novbe
