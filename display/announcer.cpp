#include "announcer.h"

#include "announcementtext.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAnnounce, "novbe.display.announce")

namespace novbe {

Announcer::Announcer(Speaker &speaker, const Clock &clock, QObject *parent)
    : QObject(parent), m_speaker(speaker), m_clock(clock), m_languages(announcementLanguages())
{
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(SPEAKER_STEP_TIMEOUT_MS);
    connect(&m_speaker, &Speaker::finished, this, &Announcer::handleFinished);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        qCWarning(lcAnnounce) << "speaker did not finish within" << m_watchdog.interval()
                              << "ms; moving on";
        m_speaker.stop();
        handleFinished();
    });
}

void Announcer::setLanguages(const QStringList &languages)
{
    m_languages.clear();
    for (const QString &lang : languages) {
        if (announcementLanguages().contains(lang) && !m_languages.contains(lang))
            m_languages.append(lang);
        else if (!announcementLanguages().contains(lang))
            qCWarning(lcAnnounce) << "no announcement template for language" << lang
                                  << "; it is skipped";
    }
}

void Announcer::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        clear();
}

void Announcer::announce(const DisplayCall &call)
{
    if (!m_enabled)
        return;
    for (DisplayCall &queued : m_queue) {
        if (queued.ticketId == call.ticketId) {
            queued = call;
            return;
        }
    }
    m_queue.append(call);
    if (!isBusy())
        startNext();
}

void Announcer::clear()
{
    m_queue.clear();
    if (isBusy()) {
        m_step = -1;
        m_watchdog.stop();
        m_speaker.stop();
        emit idle();
    }
}

void Announcer::startNext()
{
    while (!m_queue.isEmpty()) {
        const DisplayCall call = m_queue.takeFirst();
        if (isTooOld(call)) {
            qCInfo(lcAnnounce).noquote()
                << "dropped" << call.number << "called at" << call.at.toString(Qt::ISODate)
                << "(older than" << m_maxAgeSec << "s)";
            emit dropped(call, u"older than %1 s"_s.arg(m_maxAgeSec));
            continue;
        }
        m_current = call;
        m_step = 0;
        emit started(call);
        runStep();
        return;
    }
    m_step = -1;
    emit idle();
}

void Announcer::runStep()
{
    m_watchdog.start();
    if (m_step == 0) {
        m_speaker.playChime();
        return;
    }
    const QString lang = m_languages.value(m_step - 1);
    const QString text = announcementText(m_current.number, m_current.counterLabel(lang), lang,
                                          m_current.recall);
    qCInfo(lcAnnounce).noquote() << "say" << lang << ":" << text;
    m_speaker.say(text, lang);
}

void Announcer::handleFinished()
{
    if (!isBusy())
        return;
    m_watchdog.stop();
    ++m_step;
    if (m_step <= m_languages.size())
        runStep();
    else
        startNext();
}

bool Announcer::isTooOld(const DisplayCall &call) const
{
    return !call.at.isValid() || call.at.secsTo(m_clock.now()) > m_maxAgeSec;
}

} // namespace novbe
