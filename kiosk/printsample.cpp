#include "printsample.h"

#include "printer.h"

#include <QEventLoop>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {
constexpr int STATUS_WAIT_MS = 2000;
}

TicketPrintData sampleTicket(const QString &lang)
{
    TicketPrintData d;
    d.centreName = u"Növbə — installation check"_s;
    d.serviceName = u"Nümunə bilet · Sample ticket · Пробный талон"_s;
    d.number = u"A000"_s;
    d.issuedAt = QDateTime::currentDateTimeUtc();
    d.timeZone = QTimeZone::systemTimeZone(); // no engine, no centre: the kiosk PC's zone
    d.ahead = 3;
    d.etaSec = 420;
    d.trackingUrl = u"https://novbe.example.az/t/t_5k2q81x0b.Q7fZk2-Lx_9P"_s; // a real-sized token
    d.lang = lang;
    d.footer = u"Ə ə Ğ ğ I ı İ i Ö ö Ş ş Ü ü Ç ç · Ж ж Щ щ Ю ю"_s;
    return d;
}

int printSample(const QString &url, const PrinterProfile &profile, const QString &lang,
                QTextStream &out, int timeoutMs)
{
    QString error;
    std::unique_ptr<PrinterTransport> transport = createTransport(url, profile, &error);
    if (!transport) {
        out << "novbe-kiosk: " << error << "\n";
        return 1;
    }
    Printer printer(std::move(transport), profile);
    QEventLoop loop;
    int result = 1;
    bool finished = false;
    auto done = [&](int code, const QString &message) {
        if (finished)
            return;
        finished = true;
        out << message << "\n";
        result = code;
        loop.quit();
    };
    auto printNow = [&] {
        if (blocksPrinting(printer.state()))
            return done(1,
                        u"novbe-kiosk: not printed: %1 (%2)"_s.arg(refusalReason(printer.state()),
                                                                   printer.stateDetail()));
        printer.printTicket(sampleTicket(lang));
    };
    QObject::connect(&printer, &Printer::printed, &loop, [&] {
        done(0, u"novbe-kiosk: sample ticket printed on %1 (profile %2)"_s.arg(url, profile.id));
    });
    QObject::connect(&printer, &Printer::failed, &loop, [&](const QString &reason) {
        done(1, u"novbe-kiosk: not printed on %1: %2"_s.arg(url, reason));
    });
    QObject::connect(printer.transport(), &PrinterTransport::errorOccurred, &loop,
                     [&](const QString &message) {
                         if (!printer.isBusy())
                             done(1, u"novbe-kiosk: cannot use the printer: %1"_s.arg(message));
                     });
    QTimer statusWait;
    statusWait.setSingleShot(true);
    QObject::connect(&statusWait, &QTimer::timeout, &loop, printNow);
    QObject::connect(printer.transport(), &PrinterTransport::opened, &loop, [&] {
        statusWait.start(printer.transport()->canRead() ? STATUS_WAIT_MS : 0);
    });
    QObject::connect(printer.monitor(), &PrinterMonitor::stateChanged, &loop, [&] {
        if (statusWait.isActive() && printer.monitor()->hasAnswered()) {
            statusWait.stop();
            printNow();
        }
    });
    QTimer::singleShot(timeoutMs, &loop,
                       [&] { done(1, u"novbe-kiosk: the printer did not finish in time"_s); });
    printer.connectPrinter();
    loop.exec();
    return result;
}

} // namespace novbe
