#pragma once

// The announcer's output device. Implementations: SystemSpeaker (Qt
// TextToSpeech, espeak-ng WAV fallback, chime sound) and test fakes.
// Every request ends with exactly one finished(), also when it failed.

#include <QObject>
#include <QString>

namespace novbe {

class Speaker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Speaker() override = default;

    // Plays the chime; finished() when it has ended (or could not play).
    virtual void playChime() = 0;
    // Speaks `text` in `lang`; finished() when done (or when no voice could say it).
    virtual void say(const QString &text, const QString &lang) = 0;
    // Stops whatever is playing; no finished() follows.
    virtual void stop() = 0;

signals:
    void finished();
};

} // namespace novbe
