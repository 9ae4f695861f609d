#include "systemspeaker.h"

#include "espeakrenderer.h"

#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QProcess>
#include <QTimer>

#ifdef NOVBE_HAVE_TTS
#include <QTextToSpeech>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSpeech, "novbe.display.speech")

static void initSpeakerResources()
{
    Q_INIT_RESOURCE(display);
}

namespace novbe {

SystemSpeaker::SystemSpeaker(const QString &chimePath, QObject *parent)
    : Speaker(parent), m_chimePath(chimePath)
{
    initSpeakerResources();
    if (m_chimePath.isEmpty()) {
        m_chimePath = m_tmp.filePath(u"chime.wav"_s);
        QFile::copy(u":/novbe/display/sounds/chime.wav"_s, m_chimePath);
    }
    connect(&m_player, &SoundPlayer::finished, this, &Speaker::finished);
    setupTextToSpeech();
}

SystemSpeaker::~SystemSpeaker() = default;

void SystemSpeaker::setupTextToSpeech()
{
#ifdef NOVBE_HAVE_TTS
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        m_ttsProblem = u"Qt TextToSpeech has no engine plugin (install qt6-speech-speechd-plugin,"
                       " speech-dispatcher and speech-dispatcher-espeak-ng)"_s;
    } else {
        const QString engine = engines.contains(u"speechd"_s) ? u"speechd"_s : engines.first();
        m_tts = new QTextToSpeech(engine, this);
        if (m_tts->state() == QTextToSpeech::Error) {
            m_ttsProblem = u"Qt TextToSpeech engine \""_s + engine
                + u"\" failed to start "
                  "(is speech-dispatcher running?)"_s;
            delete m_tts;
            m_tts = nullptr;
        } else {
            connect(m_tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State s) {
                if (s == QTextToSpeech::Speaking)
                    m_ttsSpeaking = true;
                if (m_ttsSpeaking && (s == QTextToSpeech::Ready || s == QTextToSpeech::Error)) {
                    m_ttsSpeaking = false;
                    finishSoon();
                }
            });
            qCInfo(lcSpeech).noquote() << "Qt TextToSpeech engine" << engine;
        }
    }
#else
    m_ttsProblem = u"built without Qt TextToSpeech (qt6-speech-dev)"_s;
#endif
    if (!m_ttsProblem.isEmpty())
        qCWarning(lcSpeech).noquote() << m_ttsProblem;
}

void SystemSpeaker::setTextToSpeechEnabled(bool enabled)
{
    m_ttsEnabled = enabled;
}

bool SystemSpeaker::ttsHasVoice(const QString &lang) const
{
#ifdef NOVBE_HAVE_TTS
    if (!m_tts || !m_ttsEnabled)
        return false;
    const QLocale::Language wanted = QLocale(lang).language();
    const QList<QLocale> locales = m_tts->availableLocales();
    return std::any_of(locales.begin(), locales.end(),
                       [&](const QLocale &l) { return l.language() == wanted; });
#else
    Q_UNUSED(lang);
    return false;
#endif
}

QString SystemSpeaker::voiceFor(const QString &lang) const
{
    if (ttsHasVoice(lang))
        return u"tts"_s;
    if (!EspeakRenderer::program().isEmpty())
        return u"espeak-ng wav"_s;
    return u"none ("_s + (m_ttsProblem.isEmpty() ? u"no voice for "_s + lang : m_ttsProblem)
        + u"; espeak-ng is not installed)"_s;
}

void SystemSpeaker::playChime()
{
    ++m_generation;
    m_player.play(m_chimePath);
}

void SystemSpeaker::say(const QString &text, const QString &lang)
{
    ++m_generation;
    if (ttsHasVoice(lang)) {
        sayWithTts(text, lang);
        return;
    }
    if (!EspeakRenderer::program().isEmpty()) {
        sayWithEspeak(text, lang);
        return;
    }
    if (!m_warned.value(lang)) {
        qCWarning(lcSpeech).noquote()
            << "no voice for" << lang << ":" << voiceFor(lang) << "- only the chime plays";
        m_warned.insert(lang, true);
    }
    finishSoon();
}

void SystemSpeaker::sayWithTts(const QString &text, const QString &lang)
{
#ifdef NOVBE_HAVE_TTS
    m_tts->setLocale(QLocale(lang));
    m_ttsSpeaking = false;
    m_tts->say(text);
#else
    Q_UNUSED(text);
    Q_UNUSED(lang);
#endif
}

void SystemSpeaker::sayWithEspeak(const QString &text, const QString &lang)
{
    if (!m_render) {
        m_render = new QProcess(this);
        connect(m_render, &QProcess::finished, this, [this](int code) {
            if (m_render->property("generation").toInt() != m_generation)
                return;
            if (code != 0) {
                qCWarning(lcSpeech).noquote()
                    << "espeak-ng failed:" << m_render->readAllStandardError();
                finishSoon();
                return;
            }
            m_player.play(m_render->property("wav").toString());
        });
    }
    const QString wav = m_tmp.filePath(u"say-%1.wav"_s.arg(m_generation % 2));
    m_render->setProperty("wav", wav);
    m_render->setProperty("generation", m_generation);
    m_render->start(EspeakRenderer::program(), EspeakRenderer::arguments(text, lang, wav));
}

void SystemSpeaker::stop()
{
    ++m_generation;
    m_player.stop();
#ifdef NOVBE_HAVE_TTS
    if (m_tts)
        m_tts->stop();
#endif
    m_ttsSpeaking = false;
    if (m_render && m_render->state() != QProcess::NotRunning)
        m_render->kill();
}

void SystemSpeaker::finishSoon()
{
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            emit finished();
    });
}

} // namespace novbe
