#include "soundplayer.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#ifdef NOVBE_HAVE_MULTIMEDIA
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSound, "novbe.sound")

namespace novbe {

SoundPlayer::SoundPlayer(QObject *parent) : QObject(parent)
{
    chooseBackend();
}

SoundPlayer::~SoundPlayer() = default;

void SoundPlayer::chooseBackend()
{
    m_aplay = QStandardPaths::findExecutable(u"aplay"_s);
#ifdef NOVBE_HAVE_MULTIMEDIA
    if (!QMediaDevices::audioOutputs().isEmpty()) {
        m_backend = u"QSoundEffect"_s;
        m_effect = new QSoundEffect(this);
        connect(m_effect, &QSoundEffect::playingChanged, this, [this] {
            if (m_active && !m_effect->isPlaying())
                finishSoon();
        });
        connect(m_effect, &QSoundEffect::statusChanged, this, [this] {
            if (m_active && m_effect->status() == QSoundEffect::Error) {
                qCWarning(lcSound) << "QSoundEffect could not play" << m_effect->source();
                finishSoon();
            }
        });
        return;
    }
    qCInfo(lcSound) << "Qt Multimedia sees no audio output device";
#else
    qCInfo(lcSound) << "built without Qt Multimedia";
#endif
    m_backend = m_aplay.isEmpty() ? u"none"_s : u"aplay"_s;
    if (m_aplay.isEmpty())
        qCWarning(lcSound) << "no sound output: no audio device for Qt Multimedia and no aplay"
                              " (Debian package alsa-utils); chimes and WAV speech are silent";
}

void SoundPlayer::play(const QString &wavPath)
{
    ++m_generation;
    m_active = true;
    if (m_effect)
        playWithEffect(wavPath);
    else if (!m_aplay.isEmpty())
        playWithAplay(wavPath);
    else {
        qCInfo(lcSound).noquote() << "would play" << wavPath << "(no sound output)";
        finishSoon();
    }
}

void SoundPlayer::playWithEffect(const QString &wavPath)
{
#ifdef NOVBE_HAVE_MULTIMEDIA
    m_effect->setSource(QUrl());
    m_effect->setSource(QUrl::fromLocalFile(wavPath));
    m_effect->play();
#else
    Q_UNUSED(wavPath);
#endif
}

void SoundPlayer::playWithAplay(const QString &wavPath)
{
    if (!m_process) {
        m_process = new QProcess(this);
        connect(m_process, &QProcess::finished, this, [this](int code) {
            if (code != 0)
                qCWarning(lcSound).noquote()
                    << "aplay failed:" << m_process->readAllStandardError();
            if (m_active)
                finishSoon();
        });
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart && m_active) {
                qCWarning(lcSound) << "aplay did not start";
                finishSoon();
            }
        });
    }
    m_process->start(m_aplay, {u"-q"_s, wavPath});
}

void SoundPlayer::stop()
{
    ++m_generation;
    m_active = false;
#ifdef NOVBE_HAVE_MULTIMEDIA
    if (m_effect)
        m_effect->stop();
#endif
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->kill();
}

void SoundPlayer::finishSoon()
{
    m_active = false;
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            emit finished();
    });
}

} // namespace novbe
