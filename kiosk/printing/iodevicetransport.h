#pragma once

#include "printertransport.h"

#include <QPointer>
#include <QTimer>

class QIODevice;

namespace novbe {

// Shared write path of the QIODevice-based transports (serial, TCP): bytes
// go out in chunks of at most CHUNK_BYTES, the next chunk only after the
// previous one was written; no progress for writeTimeout() ms -> error.
class IoDeviceTransport : public PrinterTransport
{
    Q_OBJECT

public:
    static constexpr int CHUNK_BYTES = 1024;

    explicit IoDeviceTransport(QObject *parent = nullptr);

    void write(const QByteArray &bytes) override;
    qint64 pendingBytes() const override;
    bool canRead() const override { return true; }

protected:
    // Subclasses call this once with their device (owned by them).
    void attachDevice(QIODevice *device);
    // Forget queued bytes and stop the timer (on close or error).
    void resetWriter();
    // Report an error (once per failure), drop the queue and close.
    void fail(const QString &message);

private:
    void handleReadyRead();
    void handleBytesWritten(qint64 bytes);
    void handleTimeout();
    void pump();

    QPointer<QIODevice> m_device;
    QByteArray m_queue;
    QTimer m_timer;
};

} // namespace novbe
