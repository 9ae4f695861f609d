#include "deskharness.h"

#include "actionbar.h"
#include "banner.h"
#include "counterwindow.h"
#include "deskmodel.h"
#include "desksession.h"
#include "deskview.h"
#include "loginview.h"

#include "core/ticket.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace novbe::test {

void setupDeskTestApplication(const QString &lang)
{
    static QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    setupDeskApplication(lang);
}

EngineHall::EngineHall() = default;

bool EngineHall::start()
{
    return m_engine.start() && attachClients();
}

bool EngineHall::attachClients()
{
    return m_kiosk.connectTo(m_engine.port()) && isOk(m_kiosk.hello(u"kiosk-1"_s))
        && m_manager.connectTo(m_engine.port()) && isOk(m_manager.hello(u"dashboard-1"_s));
}

QJsonObject EngineHall::issue(const QString &service, const QString &category, const QString &lang)
{
    const QJsonObject r = m_kiosk.call(
        u"ticket.issue"_s, {{u"service"_s, service}, {u"category"_s, category}, {u"lang"_s, lang}});
    return resultOf(r).value(u"ticket"_s).toObject();
}

QJsonObject EngineHall::ticket(const QString &id)
{
    return resultOf(m_manager.call(u"ticket.get"_s, {{u"id"_s, id}})).value(u"ticket"_s).toObject();
}

QJsonObject EngineHall::snapshot()
{
    return resultOf(m_manager.call(u"queue.snapshot"_s));
}

QJsonObject EngineHall::counter(const QString &id)
{
    const QJsonObject centre = resultOf(m_manager.call(u"centre.get"_s));
    for (const QJsonValue &v : centre.value(u"counters"_s).toArray()) {
        if (v.toObject().value(u"id"_s).toString() == id)
            return v.toObject();
    }
    return {};
}

bool EngineHall::advanceClock(int sec)
{
    return errorCode(m_manager.call(u"debug.advanceClock"_s, {{u"sec"_s, sec}})) == 0;
}

bool EngineHall::restart()
{
    m_kiosk.disconnectFromHost();
    m_manager.disconnectFromHost();
    m_engine.kill();
    return m_engine.start() && attachClients();
}

CounterOptions deskOptions(quint16 port, const QString &device, const QString &counter)
{
    CounterOptions o;
    o.connection.port = port;
    o.connection.device = device;
    o.connection.token = demoToken(device);
    o.counter = counter;
    return o;
}

Desk::Desk(quint16 port, const QString &device, const QString &counter)
    : m_app(std::make_unique<DeskApp>(deskOptions(port, device, counter))), m_counter(counter)
{
    ClientTimings fast;
    fast.backoffMaxMs = 1000;
    m_app->client()->setTimings(fast);
    m_app->start();
}

Desk::~Desk() = default;

bool Desk::submitLogin(const QString &operatorId, const QString &pin)
{
    LoginView *view = m_app->window()->loginView();
    if (!waitUntil([&] {
            return view->loginButton()->isVisible() && view->counterBox()->count() > 0
                && m_app->session()->link() == LinkState::Connected;
        }))
        return false;
    view->setCounter(m_counter);
    view->operatorField()->clear();
    QTest::keyClicks(view->operatorField(), operatorId);
    QTest::keyClicks(view->pinField(), pin);
    QTest::mouseClick(view->loginButton(), Qt::LeftButton);
    return settle();
}

bool Desk::login(const QString &operatorId, const QString &pin)
{
    return submitLogin(operatorId, pin) && waitUntil([&] {
               return m_app->session()->phase() == DeskSession::Phase::Open
                   && !m_app->session()->isBusy();
           });
}

void Desk::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(m_app->window()->deskView(), key, modifiers);
}

void Desk::click(DeskAction action)
{
    QTest::mouseClick(m_app->window()->deskView()->actionBar()->button(action), Qt::LeftButton);
}

bool Desk::settle()
{
    return waitUntil([&] { return !m_app->session()->isBusy(); });
}

QString Desk::currentId() const
{
    const std::optional<Ticket> t = m_app->model()->currentTicket();
    return t ? t->id : QString();
}

QString Desk::currentState() const
{
    const std::optional<Ticket> t = m_app->model()->currentTicket();
    return t ? ticketStateName(t->state) : QString();
}

QString Desk::bannerText() const
{
    return m_app->window()->deskView()->banner()->text();
}

} // namespace novbe::test
