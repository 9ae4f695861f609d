#include "displayapp.h"

#include "announcer.h"
#include "displaymodel.h"
#include "displaywindow.h"
#include "systemspeaker.h"

#include "client/engineclient.h"
#include "protocol/codec.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDisplay, "novbe.display")

namespace novbe {

namespace {

constexpr int CLOCK_SYNC_MS = 5 * 60 * 1000;

} // namespace

DisplayApp::DisplayApp(const DisplaySettings &settings, std::unique_ptr<Speaker> speaker,
                       QObject *parent)
    : QObject(parent), m_settings(settings), m_client(std::make_unique<EngineClient>()),
      m_model(std::make_unique<DisplayModel>(m_clock, settings.model)),
      m_speaker(speaker ? std::move(speaker) : std::make_unique<SystemSpeaker>(settings.chime)),
      m_announcer(std::make_unique<Announcer>(*m_speaker, m_clock)),
      m_window(std::make_unique<DisplayWindow>(*m_model, m_clock))
{
    if (auto *system = qobject_cast<SystemSpeaker *>(m_speaker.get()))
        system->setTextToSpeechEnabled(settings.textToSpeech);
    m_announcer->setEnabled(settings.voice);
    m_client->setEndpoint(settings.host, settings.port);
    m_client->setCredentials(settings.device, settings.token, u"novbe-display"_s);
    m_window->setOnline(false);
    m_clockSync.setInterval(CLOCK_SYNC_MS);
    setupConnections();
}

DisplayApp::~DisplayApp() = default;

void DisplayApp::setupConnections()
{
    connect(m_client.get(), &EngineClient::ready, this, &DisplayApp::handleReady);
    connect(m_client.get(), &EngineClient::stateChanged, this, &DisplayApp::handleStateChanged);
    connect(m_client.get(), &EngineClient::sessionRefused, this, [](const WireError &e) {
        qCWarning(lcDisplay).noquote() << "the engine refused this display:" << e.message
                                       << "- check --device and --token";
    });
    connect(m_client.get(), &EngineClient::snapshotReceived, m_model.get(),
            &DisplayModel::applySnapshot);
    connect(m_client.get(), &EngineClient::eventReceived, m_model.get(),
            [this](const QJsonObject &e) { m_model->applyEvent(e); });
    connect(m_model.get(), &DisplayModel::callArrived, m_announcer.get(), &Announcer::announce);
    connect(&m_clockSync, &QTimer::timeout, this, [this] { syncClock(false); });
}

void DisplayApp::start()
{
    m_window->resize(m_settings.size);
    if (m_settings.windowed)
        m_window->show();
    else
        m_window->showFullScreen();
    m_client->start();
}

void DisplayApp::stop()
{
    m_client->stop();
    m_announcer->clear();
}

void DisplayApp::handleStateChanged()
{
    const bool online = m_client->isReady();
    if (!online && m_online) {
        m_clockSync.stop();
        qCWarning(lcDisplay) << "engine lost; keeping the last calls on screen, reconnecting";
    }
    m_online = online;
    m_window->setOnline(online);
}

void DisplayApp::handleReady()
{
    qCInfo(lcDisplay).noquote() << "connected to" << m_settings.host << m_settings.port << "as"
                                << m_settings.device;
    syncClock(true);
    m_clockSync.start();
}

void DisplayApp::syncClock(bool thenLoadCentre)
{
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    m_client->call(u"session.ping"_s, {}, this, [this, sent, thenLoadCentre](const RpcReply &r) {
        const QDateTime serverNow = parseIsoTime(r.result.value(u"now"_s).toString());
        if (r.ok && serverNow.isValid()) {
            m_clock.setOffsetMs(
                ServerClock::offsetFrom(sent, QDateTime::currentDateTimeUtc(), serverNow));
            m_model->tick();
        }
        if (thenLoadCentre)
            loadCentre();
    });
}

void DisplayApp::loadCentre()
{
    m_client->call(u"centre.get"_s, {}, this, [this](const RpcReply &r) {
        if (!r.ok) {
            qCWarning(lcDisplay).noquote() << "centre.get failed:" << r.error.message;
            return;
        }
        m_model->setCentre(DisplayCentre::fromJson(r.result));
        applyLanguages();
        m_client->subscribe();
        emit centreLoaded();
    });
}

void DisplayApp::applyLanguages()
{
    const QStringList centreLanguages = m_model->centre().languages;
    const QStringList labels = m_settings.labelLanguages.isEmpty() ? centreLanguages
                                                                   : m_settings.labelLanguages;
    if (m_window->language() != labels.value(0) || labels.size() > 1)
        m_window->setLabelRotation(labels, m_settings.rotateSec);
    m_window->setTickerLanguages(labels);
    m_announcer->setLanguages(m_settings.voiceLanguages.isEmpty() ? centreLanguages
                                                                  : m_settings.voiceLanguages);
}

} // namespace novbe
