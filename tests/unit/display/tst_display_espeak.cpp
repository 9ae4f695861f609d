#include "announcementtext.h"
#include "espeakrenderer.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace novbe;
using namespace Qt::StringLiterals;

TEST_CASE("espeak-ng renders each announcement to real audio", "[display][announce][espeak]")
{
    if (EspeakRenderer::program().isEmpty()) {
        WARN("espeak-ng is not installed (Debian package espeak-ng): WAV rendering not checked");
        return;
    }
    const QString lang = GENERATE(u"az"_s, u"en"_s, u"ru"_s);
    INFO("language " << lang.toStdString());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString wav = dir.filePath(u"call-"_s + lang + u".wav"_s);
    const QString text = announcementText(u"A042"_s, u"7"_s, lang, false);
    QString error;
    REQUIRE(EspeakRenderer::render(text, lang, wav, &error));
    INFO(error.toStdString());
    const WavInfo info = WavInfo::read(wav);
    INFO(info.error.toStdString());
    REQUIRE(info.valid);
    CHECK(info.channels == 1);
    CHECK(info.bitsPerSample == 16);
    CHECK(info.sampleRate >= 16000);
    // A sentence of about a dozen words: seconds of speech, not a click or silence.
    CHECK(info.durationSec > 2.0);
    CHECK(info.durationSec < 15.0);
    CHECK(info.rms > 0.02);
}

TEST_CASE("espeak-ng: the Azerbaijani voice differs from a silent render",
          "[display][announce][espeak]")
{
    if (EspeakRenderer::program().isEmpty()) {
        WARN("espeak-ng is not installed: skipped");
        return;
    }
    QTemporaryDir dir;
    QString error;
    const QString shortWav = dir.filePath(u"short.wav"_s);
    const QString longWav = dir.filePath(u"long.wav"_s);
    REQUIRE(EspeakRenderer::render(u"A"_s, u"az"_s, shortWav, &error));
    REQUIRE(EspeakRenderer::render(announcementText(u"NA005"_s, u"13"_s, u"az"_s, true), u"az"_s,
                                   longWav, &error));
    CHECK(WavInfo::read(longWav).durationSec > 3 * WavInfo::read(shortWav).durationSec);
}

TEST_CASE("WavInfo rejects what is not a WAV", "[display][announce]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.wav"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("RIFF\x10\0\0\0TEXT", 12);
    f.close();
    CHECK_FALSE(WavInfo::read(path).valid);
    CHECK_FALSE(WavInfo::read(dir.filePath(u"missing.wav"_s)).valid);
    const WavInfo chime = WavInfo::read(
        QStringLiteral(NOVBE_SOURCE_DIR "/resources/sounds/chime.wav"));
    CHECK(chime.valid);
    CHECK(chime.durationSec > 0.8);
    CHECK(chime.durationSec < 2.0);
    CHECK(chime.rms > 0.02);
}
