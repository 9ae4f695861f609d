#pragma once

// A kiosk under test (the real KioskApp, offscreen, 1080x1920) and a manager
// connection to the same engine.

#include "client/engineclient.h"
#include "kioskapp.h"
#include "kioskoptions.h"
#include "waiting.h"

#include <QJsonObject>

#include <memory>

namespace novbe::test {

std::unique_ptr<KioskApp> makeKiosk(quint16 enginePort, const QString &printerUrl,
                                    const QString &profile = QStringLiteral("epson-tm-t20iii"));

// Taps language -> group -> service (a standard ticket); true once the
// ticket screen (or any result screen) is up.
bool tapThrough(KioskApp &kiosk, const QString &lang, const QString &group, const QString &service);

// A manager (dashboard-1) connected and subscribed to events.
class Manager
{
public:
    explicit Manager(quint16 port);
    bool ready() const { return m_client.isReady(); }
    // A call answered within the timeout; the reply (ok or not).
    RpcReply call(const QString &method, const QJsonObject &params = {});
    QList<QJsonObject> events() const { return m_events; }
    // The last device.changed for `device` with a printer state, if any.
    QJsonObject lastPrinter(const QString &device) const;

private:
    EngineClient m_client;
    QList<QJsonObject> m_events;
};

} // namespace novbe::test
