#pragma once

#include "printertransport.h"

#include <QByteArray>
#include <QString>

namespace novbe {

// file:PATH: raw job bytes appended to a file (capture, golden files).
class FileTransport : public PrinterTransport
{
    Q_OBJECT

public:
    explicit FileTransport(const QString &path, QObject *parent = nullptr);

    void open() override;
    void write(const QByteArray &bytes) override;
    void close() override;
    bool isOpen() const override { return m_open; }
    bool canRead() const override { return false; }
    qint64 pendingBytes() const override { return 0; }

private:
    QString m_path;
    bool m_open = false;
};

// png:PATH: the bytes since the last cut are decoded (raster bands, native
// QR) and saved as a PNG of the paper, e.g. for previews without a printer.
class PngTransport : public PrinterTransport
{
    Q_OBJECT

public:
    PngTransport(const QString &path, int paperWidthDots, QObject *parent = nullptr);

    void open() override;
    void write(const QByteArray &bytes) override;
    void close() override;
    bool isOpen() const override { return m_open; }
    bool canRead() const override { return false; }
    qint64 pendingBytes() const override { return 0; }

private:
    QString m_path;
    int m_width = 576;
    bool m_open = false;
    QByteArray m_buffer;
};

} // namespace novbe
