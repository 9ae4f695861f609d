#pragma once

#include "app/soundplayer.h"
#include "speaker.h"

#include <QHash>
#include <QTemporaryDir>

class QProcess;
class QTextToSpeech;

namespace novbe {

// The hall PC's speaker: the chime through SoundPlayer, speech through Qt
// TextToSpeech when it has a voice for the language, else rendered to WAV
// by espeak-ng and played, else only logged (the chime still plays).
class SystemSpeaker : public Speaker
{
    Q_OBJECT

public:
    // `chimePath`: a WAV file; empty = the built-in chime.
    explicit SystemSpeaker(const QString &chimePath = {}, QObject *parent = nullptr);
    ~SystemSpeaker() override;

    void playChime() override;
    void say(const QString &text, const QString &lang) override;
    void stop() override;

    // How each language will be spoken: "tts", "espeak-ng wav" or "none (reason)".
    QString voiceFor(const QString &lang) const;
    // Turns Qt TextToSpeech off (use the WAV path only).
    void setTextToSpeechEnabled(bool enabled);

private:
    void setupTextToSpeech();
    bool ttsHasVoice(const QString &lang) const;
    void sayWithTts(const QString &text, const QString &lang);
    void sayWithEspeak(const QString &text, const QString &lang);
    void finishSoon();

    SoundPlayer m_player;
    QTemporaryDir m_tmp;
    QString m_chimePath;
    QTextToSpeech *m_tts = nullptr;
    QProcess *m_render = nullptr;
    QString m_ttsProblem;
    bool m_ttsEnabled = true;
    bool m_ttsSpeaking = false;
    QHash<QString, bool> m_warned;
    int m_generation = 0;
};

} // namespace novbe
