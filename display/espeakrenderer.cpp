#include "espeakrenderer.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtEndian>

#include <cmath>

using namespace Qt::StringLiterals;

namespace novbe {

QString EspeakRenderer::program()
{
    for (const QString &name : {u"espeak-ng"_s, u"espeak"_s}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

QString EspeakRenderer::voiceFor(const QString &lang)
{
    if (lang == u"en")
        return u"en-gb"_s;
    return lang;
}

QStringList EspeakRenderer::arguments(const QString &text, const QString &lang,
                                      const QString &wavPath)
{
    return {u"-v"_s, voiceFor(lang), u"-s"_s, u"150"_s, u"-w"_s, wavPath, u"--"_s, text};
}

bool EspeakRenderer::render(const QString &text, const QString &lang, const QString &wavPath,
                            QString *error, int timeoutMs)
{
    const QString exe = program();
    if (exe.isEmpty()) {
        *error = u"espeak-ng is not installed (Debian package espeak-ng)"_s;
        return false;
    }
    QProcess process;
    process.start(exe, arguments(text, lang, wavPath));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = u"espeak-ng did not finish: "_s + process.errorString();
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"espeak-ng failed: "_s + QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    }
    return true;
}

namespace {

double rmsOf16Bit(const QByteArray &data)
{
    const qsizetype samples = data.size() / 2;
    if (samples == 0)
        return 0;
    double sum = 0;
    for (qsizetype i = 0; i < samples; ++i) {
        const double v = qFromLittleEndian<qint16>(data.constData() + 2 * i) / 32768.0;
        sum += v * v;
    }
    return std::sqrt(sum / double(samples));
}

} // namespace

WavInfo WavInfo::read(const QString &path)
{
    WavInfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.error = file.errorString();
        return info;
    }
    const QByteArray all = file.readAll();
    if (all.size() < 12 || !all.startsWith("RIFF") || all.mid(8, 4) != "WAVE") {
        info.error = u"not a RIFF/WAVE file"_s;
        return info;
    }
    qsizetype pos = 12;
    QByteArray data;
    while (pos + 8 <= all.size()) {
        const QByteArray id = all.mid(pos, 4);
        qint64 size = qFromLittleEndian<quint32>(all.constData() + pos + 4);
        // espeak-ng writing to a pipe leaves 0x7fffffff-style sizes: clamp to the file.
        size = std::min<qint64>(size, all.size() - pos - 8);
        if (id == "fmt " && size >= 16) {
            const char *f = all.constData() + pos + 8;
            info.channels = qFromLittleEndian<quint16>(f + 2);
            info.sampleRate = int(qFromLittleEndian<quint32>(f + 4));
            info.bitsPerSample = qFromLittleEndian<quint16>(f + 14);
        } else if (id == "data") {
            data = all.mid(pos + 8, size);
        }
        pos += 8 + size + (size % 2);
    }
    if (info.channels <= 0 || info.sampleRate <= 0 || info.bitsPerSample <= 0) {
        info.error = u"no usable fmt chunk"_s;
        return info;
    }
    const int frameBytes = info.channels * info.bitsPerSample / 8;
    info.frames = frameBytes > 0 ? data.size() / frameBytes : 0;
    info.durationSec = double(info.frames) / info.sampleRate;
    info.rms = info.bitsPerSample == 16 ? rmsOf16Bit(data) : 0;
    info.valid = true;
    return info;
}

} // namespace novbe
