#include "displaysettings.h"

#include <QCommandLineParser>
#include <QFileInfo>
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
    if (parts.size() != 2 || !readInt(parts[0], 320, 16384, &w) || !readInt(parts[1], 200, 16384, &h))
        return false;
    *out = QSize(w, h);
    return true;
}

} // namespace

bool DisplaySettings::readIni(const QString &path, DisplaySettings *out, QString *error)
{
    if (!QFileInfo(path).isReadable()) {
        *error = u"cannot read "_s + path;
        return false;
    }
    QSettings ini(path, QSettings::IniFormat);
    out->host = ini.value(u"engine/host"_s, out->host).toString();
    out->device = ini.value(u"engine/device"_s, out->device).toString();
    out->token = ini.value(u"engine/token"_s, out->token).toString();
    int port = out->port;
    if (ini.contains(u"engine/port"_s) && !readInt(ini.value(u"engine/port"_s).toString(), 1, 65535, &port)) {
        *error = path + u": engine/port must be 1..65535"_s;
        return false;
    }
    out->port = quint16(port);
    out->labelLanguages = listValue(ini, u"display/languages"_s);
    out->rotateSec = ini.value(u"display/rotateSec"_s, out->rotateSec).toInt();
    out->model.zone.services = listValue(ini, u"display/zoneServices"_s);
    out->model.zone.counters = listValue(ini, u"display/zoneCounters"_s);
    out->model.currentMax = ini.value(u"display/current"_s, out->model.currentMax).toInt();
    out->model.historyMax = ini.value(u"display/history"_s, out->model.historyMax).toInt();
    out->model.staleSec = 60 * ini.value(u"display/staleMinutes"_s, out->model.staleSec / 60).toInt();
    out->voice = ini.value(u"voice/enabled"_s, out->voice).toBool();
    out->voiceLanguages = listValue(ini, u"voice/languages"_s);
    out->textToSpeech = ini.value(u"voice/tts"_s, out->textToSpeech).toBool();
    out->chime = ini.value(u"voice/chime"_s, out->chime).toString();
    if (ini.status() != QSettings::NoError) {
        *error = path + u": not a valid ini file"_s;
        return false;
    }
    return true;
}

namespace {

QList<QCommandLineOption> commandLineOptions()
{
    return {
        {u"config"_s, u"Display ini file."_s, u"file"_s},
        {u"host"_s, u"Engine host."_s, u"host"_s},
        {u"port"_s, u"Engine port."_s, u"port"_s},
        {u"device"_s, u"Display device id in the centre config."_s, u"id"_s},
        {u"token"_s, u"The device's token."_s, u"token"_s},
        {u"languages"_s, u"Label languages in turn, e.g. az,en,ru."_s, u"list"_s},
        {u"voice-languages"_s, u"Announcement languages in turn."_s, u"list"_s},
        {u"zone-services"_s, u"Only these services."_s, u"list"_s},
        {u"zone-counters"_s, u"Only these counters."_s, u"list"_s},
        {u"mute"_s, u"No chime, no speech."_s},
        {u"no-tts"_s, u"Speak through espeak-ng WAV files only."_s},
        {u"windowed"_s, u"A window instead of full screen."_s},
        {u"size"_s, u"Window or screenshot size, e.g. 1920x1080."_s, u"WxH"_s},
        {u"screenshot"_s, u"Render a demo screen to this PNG and exit."_s, u"png"_s},
        {u"demo-config"_s, u"Centre config JSON for --screenshot."_s, u"file"_s},
        {u"demo-state"_s, u"calls, flash, offline or empty."_s, u"state"_s},
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
    set(u"host"_s, out->host);
    set(u"device"_s, out->device);
    set(u"token"_s, out->token);
    set(u"screenshot"_s, out->screenshot);
    set(u"demo-config"_s, out->demoConfig);
    set(u"demo-state"_s, out->demoState);
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
    p.addOptions(commandLineOptions());
    if (!p.parse(arguments) || p.isSet(u"help"_s)) {
        *error = p.isSet(u"help"_s) ? p.helpText() : p.errorText();
        return false;
    }
    if (p.isSet(u"config"_s) && !readIni(p.value(u"config"_s), out, error))
        return false;
    applyStrings(p, out);
    int port = out->port;
    if (p.isSet(u"port"_s) && !readInt(p.value(u"port"_s), 1, 65535, &port)) {
        *error = u"--port must be 1..65535"_s;
        return false;
    }
    out->port = quint16(port);
    if (p.isSet(u"size"_s) && !readSize(p.value(u"size"_s), &out->size)) {
        *error = u"--size must look like 1920x1080"_s;
        return false;
    }
    if (out->screenshot.isEmpty() && out->token.isEmpty()) {
        *error = u"no device token: pass --token or [engine] token= in --config"_s;
        return false;
    }
    return true;
}

} // namespace novbe
