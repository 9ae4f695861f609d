#include "integritychecker.h"

#include "store/store.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace novbe {

IntegrityChecker::IntegrityChecker(QString dbPath, std::chrono::milliseconds firstDelay,
                                   std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent), m_path(std::move(dbPath)), m_interval(interval), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(firstDelay);
    connect(m_timer, &QTimer::timeout, this, [this] {
        checkNow();
        m_timer->start(m_interval);
    });
}

IntegrityChecker::~IntegrityChecker()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
}

void IntegrityChecker::start()
{
    m_timer->start();
}

bool IntegrityChecker::checkNow()
{
    if (m_worker.joinable())
        return false;
    m_worker = std::thread([this, path = m_path] {
        const Result<QString> result = Store::check(path, false, &m_cancel);
        const bool ran = result.ok();
        const QString text = ran ? result.value() : result.error().message;
        QMetaObject::invokeMethod(
            this, [this, ran, text] { finish(ran, text); }, Qt::QueuedConnection);
    });
    return true;
}

void IntegrityChecker::finish(bool ran, const QString &text)
{
    m_worker.join();
    if (!ran) {
        emit failed(text);
        return;
    }
    const QStringList problems = text == "ok"_L1 ? QStringList() : text.split(u"; "_s);
    emit checked(problems);
}

} // namespace novbe
