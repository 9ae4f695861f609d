#include "devicereporter.h"

#include "client/engineclient.h"
#include "printersupervisor.h"

using namespace Qt::StringLiterals;

namespace novbe {

DeviceReporter::DeviceReporter(EngineClient *client, PrinterSupervisor *printer, QObject *parent)
    : QObject(parent), m_client(client), m_printer(printer)
{
    connect(printer, &PrinterSupervisor::stateChanged, this, &DeviceReporter::reportNow);
    connect(client, &EngineClient::ready, this, &DeviceReporter::reportNow);
}

QJsonObject DeviceReporter::reportParams(PrinterState state, const QString &detail)
{
    QString name = printerStateName(state);
    QString text = detail;
    if (state == PrinterState::Unknown) {
        name = u"ok"_s;
        text = detail.isEmpty() ? u"status unknown (the printer does not answer status requests)"_s
                                : u"status unknown: "_s + detail;
    }
    QJsonObject printer{{u"state"_s, name}};
    if (!text.isEmpty())
        printer.insert(u"detail"_s, text.left(500));
    return QJsonObject{{u"printer"_s, printer}};
}

void DeviceReporter::reportNow()
{
    send(reportParams(m_printer->state(), m_printer->detail()));
}

void DeviceReporter::reportDetail(const QString &detail)
{
    send(reportParams(m_printer->state(), detail));
}

void DeviceReporter::send(const QJsonObject &params)
{
    if (!m_client->isReady())
        return; // ready() sends the state then
    m_client->call(u"device.report"_s, params, this, [this, params](const RpcReply &reply) {
        if (reply.ok)
            emit reported(params);
        else
            qWarning("device.report failed: %s", qPrintable(reply.error.message));
    });
}

} // namespace novbe
