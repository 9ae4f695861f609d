#pragma once

#include "app/connectionoptions.h"
#include "protocol/readmodel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <optional>

class QCoreApplication;

namespace novbe {

class CtlClient;

struct CtlOptions
{
    ConnectionOptions connection; // no default device or token
    bool json = false;            // print raw JSON results instead of text
    QString command;              // issue | snapshot | watch | stats
    QString service;              // issue, close, reopen, cutoff
    QString text;                 // cutoff: HH:MM or none; message: the text ("" clears)
    QString category = QStringLiteral("standard");
    QString lang = QStringLiteral("az");
    qint64 sinceSeq = -1; // watch: replay after this seq (-1: live only)
    int count = -1;       // watch: stop after this many events (-1: forever)
    QDateTime auditSince; // audit: entries from this time on
};

// Exit codes of novbe-ctl.
inline constexpr int CTL_OK = 0;
inline constexpr int CTL_USAGE = 1;
inline constexpr int CTL_CONNECTION = 2;
inline constexpr int CTL_REFUSED = 3; // the engine answered with an error

// The command line of novbe-ctl; nullopt with `error` on bad usage.
std::optional<CtlOptions> parseCtlOptions(const QCoreApplication &app, QString *error);
// Connects and runs the command; returns the exit code.
int runCtl(const CtlOptions &options);

int runIssue(CtlClient &client, const CtlOptions &options, QTextStream &out);
int runSnapshot(CtlClient &client, const CtlOptions &options, QTextStream &out);
int runWatch(CtlClient &client, const CtlOptions &options, QTextStream &out);
int runStats(CtlClient &client, const CtlOptions &options, QTextStream &out);
int runAudit(CtlClient &client, const CtlOptions &options, QTextStream &out);
// close SERVICE, reopen SERVICE, cutoff SERVICE HH:MM|none, message TEXT (controlcommand.cpp).
bool isControlCommand(const QString &command);
int runControl(CtlClient &client, const CtlOptions &options, QTextStream &out);

// One human-readable line for an audit entry.
QString formatAudit(const AuditEntryView &entry);
// One human-readable line for an event.
QString formatEvent(const EventView &event);

} // namespace novbe
