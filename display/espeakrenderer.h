#pragma once

// Pre-renders an announcement to a WAV file with the espeak-ng command, for
// hall PCs without a speech daemon (and to prove a language is pronounceable).

#include <QString>
#include <QStringList>

namespace novbe {

class EspeakRenderer
{
public:
    // Path of the espeak-ng (or espeak) program, or empty when none is installed.
    static QString program();
    // espeak-ng voice for a display language ("az", "en-gb", "ru").
    static QString voiceFor(const QString &lang);
    // Command-line arguments that render `text` in `lang` to `wavPath`.
    static QStringList arguments(const QString &text, const QString &lang, const QString &wavPath);
    // Renders synchronously (waits up to `timeoutMs`); false with `error` set on failure.
    static bool render(const QString &text, const QString &lang, const QString &wavPath,
                       QString *error, int timeoutMs = 20000);
};

// Basic facts about a PCM WAV file, enough to check rendered speech.
struct WavInfo
{
    bool valid = false;
    int channels = 0;
    int sampleRate = 0;
    int bitsPerSample = 0;
    qint64 frames = 0;
    double durationSec = 0;
    double rms = 0; // 0..1 over all samples (16-bit PCM only)
    QString error;

    static WavInfo read(const QString &path);
};

} // namespace novbe
