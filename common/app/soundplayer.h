#pragma once

#include <QObject>
#include <QString>

class QProcess;
class QSoundEffect;

namespace novbe {

// Plays a WAV file: Qt Multimedia's QSoundEffect when an audio output exists,
// else the `aplay` command, else it only logs why. finished() follows every
// play(), also when nothing could play.
class SoundPlayer : public QObject
{
    Q_OBJECT

public:
    explicit SoundPlayer(QObject *parent = nullptr);
    ~SoundPlayer() override;

    void play(const QString &wavPath);
    void stop();
    // "QSoundEffect", "aplay" or "none" (with the reason in the log).
    QString backend() const { return m_backend; }

signals:
    void finished();

private:
    void chooseBackend();
    void finishSoon();
    void playWithEffect(const QString &wavPath);
    void playWithAplay(const QString &wavPath);

    QString m_backend;
    QString m_aplay;
    QSoundEffect *m_effect = nullptr;
    QProcess *m_process = nullptr;
    bool m_active = false;
    int m_generation = 0; // a stop() or new play() cancels pending finishes
};

} // namespace novbe
