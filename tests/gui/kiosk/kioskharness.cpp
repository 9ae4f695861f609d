#include "kioskharness.h"

#include "kioskcontroller.h"
#include "kioskwindow.h"
#include "startpage.h"
#include "tile.h"
#include "tilegridpage.h"

#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace novbe::test {

std::unique_ptr<KioskApp> makeKiosk(quint16 enginePort, const QString &printerUrl,
                                    const QString &profile)
{
    KioskOptions options;
    options.connection.port = enginePort;
    options.connection.device = u"kiosk-1"_s;
    options.connection.token = u"demo-kiosk-1-token"_s;
    options.printerUrl = printerUrl;
    options.profileId = profile;
    const PrinterChoice printer = choosePrinter(options);
    if (!printer.error.isEmpty())
        return nullptr;
    auto kiosk = std::make_unique<KioskApp>(options, printer);
    kiosk->controller()->setEngineGrace(500);
    kiosk->window()->resize(1080, 1920);
    kiosk->start(false);
    return kiosk;
}

bool tapThrough(KioskApp &kiosk, const QString &lang, const QString &group, const QString &service)
{
    KioskWindow *w = kiosk.window();
    if (!waitUntil([w] { return w->page() == KioskWindow::Page::Start; }))
        return false;
    QTest::mouseClick(w->startPage()->languageButton(lang), Qt::LeftButton);
    if (w->page() != KioskWindow::Page::Groups || !w->groupsPage()->tile(group))
        return false;
    QTest::mouseClick(w->groupsPage()->tile(group), Qt::LeftButton);
    if (w->page() != KioskWindow::Page::Services || !w->servicesPage()->tile(service))
        return false;
    // A standard visitor: the service tile issues the ticket (no category screen).
    QTest::mouseClick(w->servicesPage()->tile(service), Qt::LeftButton);
    return waitUntil(
        [w] {
            return w->page() == KioskWindow::Page::Confirmation
                || w->page() == KioskWindow::Page::Message;
        },
        30000);
}

Manager::Manager(quint16 port)
{
    m_client.setEndpoint(u"127.0.0.1"_s, port);
    m_client.setCredentials(u"dashboard-1"_s, u"demo-dashboard-1-token"_s, u"kiosk-test"_s);
    QObject::connect(&m_client, &EngineClient::eventReceived, &m_client,
                     [this](const QJsonObject &event) { m_events.append(event); });
    m_client.start();
    m_client.subscribe();
    waitUntil([this] { return m_client.isReady() && m_client.isSubscribed(); });
}

RpcReply Manager::call(const QString &method, const QJsonObject &params)
{
    std::optional<RpcReply> answer;
    m_client.call(method, params, [&answer](const RpcReply &r) { answer = r; });
    waitUntil([&answer] { return answer.has_value(); }, 12000);
    return answer.value_or(RpcReply::localFailure(clientreason::TIMEOUT, u"no answer"_s));
}

QJsonObject Manager::lastPrinter(const QString &device) const
{
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        if (it->value("type"_L1).toString() == "device.changed"_L1
            && it->value("device"_L1).toString() == device && it->contains("printer"_L1))
            return it->value("printer"_L1).toObject();
    }
    return {};
}

} // namespace novbe::test
