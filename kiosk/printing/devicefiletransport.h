#pragma once

#include "printertransport.h"

#include <QSocketNotifier>
#include <QTimer>

#include <memory>

namespace novbe {

// A printer device file such as /dev/usb/lp0 (usblp). Opened non-blocking;
// a character device read-write when it allows (bidirectional printers answer
// status), else write-only. Writes go out when the device is writable; no
// progress for writeTimeout() ms -> error. Never blocks the caller.
class DeviceFileTransport : public PrinterTransport
{
    Q_OBJECT

public:
    explicit DeviceFileTransport(const QString &path, QObject *parent = nullptr);
    ~DeviceFileTransport() override;

    void open() override;
    void write(const QByteArray &bytes) override;
    void close() override;
    bool isOpen() const override { return m_fd >= 0; }
    bool canRead() const override { return m_readable; }
    qint64 pendingBytes() const override { return m_queue.size(); }

private:
    void handleWritable();
    void handleReadable();
    void fail(const QString &message);

    QString m_path;
    int m_fd = -1;
    bool m_readable = false;
    QByteArray m_queue;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    QTimer m_timer;
};

} // namespace novbe
