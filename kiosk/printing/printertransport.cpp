#include "printertransport.h"

#include "devicefiletransport.h"
#include "filetransport.h"
#include "printerprofile.h"
#include "serialtransport.h"
#include "tcptransport.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr quint16 RAW_PRINT_PORT = 9100;

std::unique_ptr<PrinterTransport> makeTransport(const QString &url, const PrinterProfile &profile,
                                                QString *error)
{
    auto after = [&url](QLatin1String prefix) { return url.mid(prefix.size()); };
    if (url.startsWith(QLatin1String("tcp://"))) {
        const QUrl parsed(url);
        if (!parsed.isValid() || parsed.host().isEmpty()) {
            *error = u"bad printer URL \"%1\": expected tcp://host[:port]"_s.arg(url);
            return {};
        }
        const int port = parsed.port(RAW_PRINT_PORT);
        return std::make_unique<TcpTransport>(parsed.host(), quint16(port));
    }
    QString path;
    if (url.startsWith(QLatin1String("serial:"))) {
        path = after(QLatin1String("serial:"));
        while (path.startsWith(u"//"))
            path.remove(0, 1);
        if (path.isEmpty()) {
            *error = u"bad printer URL \"%1\": expected serial:/dev/ttyX"_s.arg(url);
            return {};
        }
        return std::make_unique<SerialTransport>(path, profile.baud);
    }
    if (url.startsWith(QLatin1String("file:")))
        path = after(QLatin1String("file:"));
    else if (url.startsWith(QLatin1String("png:")))
        path = after(QLatin1String("png:"));
    else if (url.startsWith(QLatin1String("dev:")))
        path = after(QLatin1String("dev:"));
    else if (url.startsWith(u'/'))
        path = url;
    else {
        *error = u"unknown printer URL \"%1\": use serial:, tcp://, dev:, file:, png: "
                 u"or an absolute device path"_s.arg(url);
        return {};
    }
    if (path.isEmpty()) {
        *error = u"bad printer URL \"%1\": the path is empty"_s.arg(url);
        return {};
    }
    if (url.startsWith(QLatin1String("file:")))
        return std::make_unique<FileTransport>(path);
    if (url.startsWith(QLatin1String("png:")))
        return std::make_unique<PngTransport>(path, profile.widthDots);
    return std::make_unique<DeviceFileTransport>(path);
}

} // namespace

std::unique_ptr<PrinterTransport> createTransport(const QString &url, const PrinterProfile &profile,
                                                  QString *error)
{
    QString message;
    std::unique_ptr<PrinterTransport> transport = makeTransport(url.trimmed(), profile, &message);
    if (transport)
        transport->setUrl(url.trimmed());
    else if (error)
        *error = message;
    return transport;
}

} // namespace novbe
