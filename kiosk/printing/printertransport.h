#pragma once

// The byte channel to a printer. Asynchronous: no call blocks the UI thread;
// results come back as signals (open/write errors are reported, never thrown).

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace novbe {

struct PrinterProfile;

class PrinterTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts opening; emits opened() or errorOccurred().
    virtual void open() = 0;
    // Queues bytes in order; emits allWritten() when everything queued left the host.
    // Requires: isOpen().
    virtual void write(const QByteArray &bytes) = 0;
    // Drops queued bytes and closes; emits closed() if it was open.
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    // True when the printer can answer over this channel (status, GS r).
    virtual bool canRead() const = 0;
    // Bytes queued but not yet handed to the OS / device.
    virtual qint64 pendingBytes() const = 0;
    // The URL this transport was made from.
    QString url() const { return m_url; }
    void setUrl(const QString &url) { m_url = url; }

    // A write that makes no progress for this long fails with errorOccurred().
    void setWriteTimeout(int ms) { m_writeTimeoutMs = ms; }
    int writeTimeout() const { return m_writeTimeoutMs; }

signals:
    void opened();
    void bytesReceived(const QByteArray &bytes);
    void allWritten();
    void errorOccurred(const QString &message);
    void closed();

private:
    QString m_url;
    int m_writeTimeoutMs = 10000;
};

// Makes the transport for a printer URL:
//   serial:/dev/ttyUSB0     QSerialPort, baud from the profile, RTS/CTS
//   tcp://host[:9100]       raw TCP (port 9100 by default)
//   /dev/usb/lp0, dev:PATH  a device file, written (and read when possible)
//   file:PATH               raw bytes appended to a file
//   png:PATH                every job decoded and saved as a PNG image
// Null with *error set (if given) for a bad URL. Nothing is opened yet.
std::unique_ptr<PrinterTransport> createTransport(const QString &url, const PrinterProfile &profile,
                                                  QString *error = nullptr);

} // namespace novbe
