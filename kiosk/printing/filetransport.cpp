#include "filetransport.h"

#include "escposdecoder.h"

#include <QFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

void emitLater(PrinterTransport *transport, void (PrinterTransport::*signal)())
{
    QTimer::singleShot(0, transport, [transport, signal] { (transport->*signal)(); });
}

void errorLater(PrinterTransport *transport, const QString &message)
{
    QTimer::singleShot(0, transport,
                       [transport, message] { emit transport->errorOccurred(message); });
}

} // namespace

FileTransport::FileTransport(const QString &path, QObject *parent)
    : PrinterTransport(parent), m_path(path)
{
}

void FileTransport::open()
{
    QFile file(m_path);
    if (!file.open(QIODevice::Append)) {
        errorLater(this, u"cannot open %1: %2"_s.arg(m_path, file.errorString()));
        return;
    }
    m_open = true;
    emitLater(this, &PrinterTransport::opened);
}

void FileTransport::write(const QByteArray &bytes)
{
    QFile file(m_path);
    if (!m_open || !file.open(QIODevice::Append) || file.write(bytes) != bytes.size()) {
        errorLater(this, u"cannot write %1: %2"_s.arg(m_path, file.errorString()));
        return;
    }
    emitLater(this, &PrinterTransport::allWritten);
}

void FileTransport::close()
{
    if (!m_open)
        return;
    m_open = false;
    emit closed();
}

PngTransport::PngTransport(const QString &path, int paperWidthDots, QObject *parent)
    : PrinterTransport(parent), m_path(path), m_width(paperWidthDots)
{
}

void PngTransport::open()
{
    m_open = true;
    emitLater(this, &PrinterTransport::opened);
}

void PngTransport::write(const QByteArray &bytes)
{
    if (!m_open) {
        errorLater(this, u"cannot write: %1 is not open"_s.arg(m_path));
        return;
    }
    m_buffer += bytes;
    const DecodedJob job = decodeEscPos(m_buffer, m_width);
    if (!job.ok) {
        m_buffer.clear();
        errorLater(this, u"cannot decode the job for %1: %2"_s.arg(m_path, job.error));
        return;
    }
    if (!job.paper.save(m_path, "PNG")) {
        errorLater(this, u"cannot save %1"_s.arg(m_path));
        return;
    }
    if (job.cuts > 0)
        m_buffer.clear();
    emitLater(this, &PrinterTransport::allWritten);
}

void PngTransport::close()
{
    if (!m_open)
        return;
    m_open = false;
    m_buffer.clear();
    emit closed();
}

} // namespace novbe
