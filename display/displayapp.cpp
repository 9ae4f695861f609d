#include "displayapp.h"

#include "announcer.h"
#include "deskwindow.h"
#include "displaymodel.h"
#include "displaywindow.h"
#include "systemspeaker.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDisplay, "novbe.display")

namespace novbe {

DisplayApp::DisplayApp(const DisplaySettings &settings, std::unique_ptr<Speaker> speaker,
                       QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_link(settings.connection, u"novbe-display"_s)
    , m_model(std::make_unique<DisplayModel>(m_link.clock(), settings.model))
    , m_speaker(speaker ? std::move(speaker) : std::make_unique<SystemSpeaker>(settings.chime))
    , m_announcer(std::make_unique<Announcer>(*m_speaker, m_link.clock()))
{
    if (settings.deskCounter.isEmpty())
        m_window = std::make_unique<DisplayWindow>(*m_model, m_link.clock());
    else
        m_desk = std::make_unique<DeskWindow>(*m_model, m_link.clock(), settings.deskCounter);
    if (auto *system = qobject_cast<SystemSpeaker *>(m_speaker.get()))
        system->setTextToSpeechEnabled(settings.textToSpeech);
    m_announcer->setEnabled(settings.voice);
    setOnline(false);
    setupConnections();
}

DisplayApp::~DisplayApp() = default;

void DisplayApp::setupConnections()
{
    connect(&m_link, &AppLink::ready, this, &DisplayApp::handleReady);
    connect(&m_link, &AppLink::stateChanged, this, &DisplayApp::handleStateChanged);
    connect(&m_link, &AppLink::sessionRefused, this, [](const WireError &e) {
        qCWarning(lcDisplay).noquote()
            << "the engine refused this display:" << e.message << "- check --device and --token";
    });
    connect(&m_link, &AppLink::centreLoaded, this, &DisplayApp::handleCentre);
    connect(&m_link, &AppLink::snapshotReceived, m_model.get(), &DisplayModel::applySnapshot);
    connect(&m_link, &AppLink::eventReceived, m_model.get(),
            [this](const EventView &e) { m_model->applyEvent(e); });
    connect(m_model.get(), &DisplayModel::callArrived, m_announcer.get(), &Announcer::announce);
}

QWidget &DisplayApp::screen() const
{
    return m_desk ? static_cast<QWidget &>(*m_desk) : static_cast<QWidget &>(*m_window);
}

void DisplayApp::setOnline(bool online)
{
    if (m_desk)
        m_desk->setOnline(online);
    else
        m_window->setOnline(online);
}

void DisplayApp::start()
{
    screen().resize(m_settings.size);
    if (m_settings.windowed)
        screen().show();
    else
        screen().showFullScreen();
    m_link.start();
}

void DisplayApp::stop()
{
    m_link.stop();
    m_announcer->clear();
}

void DisplayApp::handleStateChanged()
{
    const bool online = m_link.isReady();
    if (!online && m_online)
        qCWarning(lcDisplay) << "engine lost; keeping the last calls on screen, reconnecting";
    m_online = online;
    setOnline(online);
}

void DisplayApp::handleReady()
{
    qCInfo(lcDisplay).noquote() << "connected to" << m_settings.connection.host
                                << m_settings.connection.port << "as"
                                << m_settings.connection.device;
}

void DisplayApp::handleCentre(const CentreView &centre)
{
    m_model->setCentre(centre);
    if (m_desk && !m_model->desk(m_settings.deskCounter).known)
        qCWarning(lcDisplay).noquote() << "counter" << m_settings.deskCounter
                                       << "is not in this display's zone (config devices[].zone)";
    m_model->tick();
    applyLanguages();
    emit centreLoaded();
}

void DisplayApp::applyLanguages()
{
    const QStringList centreLanguages = m_model->centre().centre.languages;
    const QStringList labels = m_settings.labelLanguages.isEmpty() ? centreLanguages
                                                                   : m_settings.labelLanguages;
    if (m_desk) {
        m_desk->setLabelRotation(labels, m_settings.rotateSec);
        return;
    }
    if (m_window->language() != labels.value(0) || labels.size() > 1)
        m_window->setLabelRotation(labels, m_settings.rotateSec);
    m_window->setTickerLanguages(labels);
    m_announcer->setLanguages(m_settings.voiceLanguages.isEmpty() ? centreLanguages
                                                                  : m_settings.voiceLanguages);
}

} // namespace novbe
