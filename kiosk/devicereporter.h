#pragma once

// Tells the engine about the kiosk's printer: device.report {printer:{state,
// detail}} on every change and again after every (re)connection.

#include "printerstatus.h"

#include <QJsonObject>
#include <QObject>

namespace novbe {

class EngineClient;
class PrinterSupervisor;

class DeviceReporter : public QObject
{
    Q_OBJECT

public:
    DeviceReporter(EngineClient *client, PrinterSupervisor *printer, QObject *parent = nullptr);

    // Sends the current printer state now (when the client is ready).
    void reportNow();
    // Sends one report with `detail` (a failed ticket, for instance) and the current state.
    void reportDetail(const QString &detail);

    // The device.report params for a printer state (Unknown is reported as
    // "ok" with a detail saying the status is unknown: the protocol has no "unknown").
    static QJsonObject reportParams(PrinterState state, const QString &detail);

signals:
    void reported(const QJsonObject &params); // the engine accepted a report

private:
    void send(const QJsonObject &params);

    EngineClient *m_client;
    PrinterSupervisor *m_printer;
};

} // namespace novbe
