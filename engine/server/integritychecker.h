#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <thread>

class QTimer;

namespace novbe {

// Runs `PRAGMA quick_check` on the store's file on a schedule, on a worker
// thread with its own read-only connection: a large file is checked without
// delaying start-up or any request. The answer comes back on the owner's
// thread as checked() (or failed() when the check could not run).
class IntegrityChecker : public QObject
{
    Q_OBJECT
public:
    IntegrityChecker(QString dbPath, std::chrono::milliseconds firstDelay,
                     std::chrono::milliseconds interval, QObject *parent = nullptr);
    // Stops a check that is still running and waits for it.
    ~IntegrityChecker() override;

    void start();
    // Starts a check now unless one is running; false if one was.
    bool checkNow();

signals:
    // `problems` is empty when the file is sound.
    void checked(const QStringList &problems);
    void failed(const QString &message);

private:
    void finish(bool ran, const QString &text);

    QString m_path;
    std::chrono::milliseconds m_interval;
    QTimer *m_timer = nullptr;
    std::atomic_bool m_cancel = false;
    std::thread m_worker;
};

} // namespace novbe
