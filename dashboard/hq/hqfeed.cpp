#include "hqfeed.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

// Older than this without an answer, a query under way counts as a lost link.
constexpr int NO_ANSWER_MIN_MS = 10000;

} // namespace

HqWorker::~HqWorker() = default;

hq::PgConnection *HqWorker::connection(QString *error)
{
    if (m_db)
        return m_db.get();
    auto db = hq::PgConnection::connect(m_options.conninfo, m_options.password);
    if (!db.ok()) {
        *error = db.error().message;
        return nullptr;
    }
    // A dashboard only reads, whatever its role may do; a stuck query ends.
    db.value()->exec("SET default_transaction_read_only = on");
    db.value()->exec("SET statement_timeout = '20s'");
    m_db = std::move(db.value());
    return m_db.get();
}

void HqWorker::dropIfBroken()
{
    if (m_db && m_db->broken())
        m_db.reset();
}

// The chosen centre's queues and day into `s`; an error's message or "".
QString HqWorker::readCentreDay(hq::PgConnection &db, HqSnapshot &s)
{
    auto queues = hq::readQueues(db, s.centreId);
    auto services = hq::nationalReport(db, hq::NationalBy::Service, s.centreDay, s.centreDay,
                                       s.centreId);
    auto operators = hq::nationalReport(db, hq::NationalBy::Operator, s.centreDay, s.centreDay,
                                        s.centreId);
    if (!queues.ok())
        return queues.error().message;
    if (!services.ok())
        return services.error().message;
    if (!operators.ok())
        return operators.error().message;
    s.queues = std::move(queues.value());
    s.services = std::move(services.value());
    s.operators = std::move(operators.value());
    return {};
}

void HqWorker::refresh(const QString &centreId)
{
    QString error;
    hq::PgConnection *db = connection(&error);
    if (!db) {
        emit refreshFailed(error);
        return;
    }
    HqSnapshot s;
    auto centres = hq::readOverview(*db);
    if (centres.ok()) {
        s.centres = std::move(centres.value());
        for (const hq::CentreStatus &c : s.centres) {
            if (c.id == centreId)
                s.centreDay = c.day;
        }
        s.centreId = s.centreDay.isValid() ? centreId : QString();
        if (!s.centreId.isEmpty())
            error = readCentreDay(*db, s);
    } else {
        error = centres.error().message;
    }
    dropIfBroken();
    if (!error.isEmpty())
        emit refreshFailed(error);
    else
        emit refreshed(s);
}

void HqWorker::report(const QDate &from, const QDate &to)
{
    QString error;
    hq::PgConnection *db = connection(&error);
    if (!db) {
        emit reportFailed(error);
        return;
    }
    HqReport r{from, to, {}, {}, {}};
    auto services = hq::nationalReport(*db, hq::NationalBy::Service, from, to);
    auto centres = hq::nationalReport(*db, hq::NationalBy::Centre, from, to);
    auto operators = hq::nationalReport(*db, hq::NationalBy::Operator, from, to);
    dropIfBroken();
    for (auto *part : {&services, &centres, &operators}) {
        if (!part->ok()) {
            emit reportFailed(part->error().message);
            return;
        }
    }
    r.services = std::move(services.value());
    r.centres = std::move(centres.value());
    r.operators = std::move(operators.value());
    emit reportReady(r);
}

HqFeed::HqFeed(HqSourceOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_worker(new HqWorker(m_options))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<HqSnapshot>();
    qRegisterMetaType<HqReport>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &HqFeed::doRefresh, m_worker, &HqWorker::refresh);
    connect(this, &HqFeed::doReport, m_worker, &HqWorker::report);
    connect(m_worker, &HqWorker::refreshed, this, [this](const HqSnapshot &s) {
        m_busy = false;
        m_snapshot = s;
        m_lastRefreshed = QDateTime::currentDateTime();
        setLink(true, {});
        emit refreshed();
    });
    connect(m_worker, &HqWorker::refreshFailed, this, [this](const QString &error) {
        m_busy = false;
        setLink(false, error);
    });
    connect(m_worker, &HqWorker::reportReady, this, &HqFeed::reportReady);
    connect(m_worker, &HqWorker::reportFailed, this, &HqFeed::reportFailed);
    m_timer->setInterval(m_options.refreshMs);
    connect(m_timer, &QTimer::timeout, this, &HqFeed::tick);
    m_thread.setObjectName(u"hq-feed"_s);
    m_thread.start();
}

HqFeed::~HqFeed()
{
    m_thread.quit();
    m_thread.wait();
}

void HqFeed::start()
{
    m_timer->start();
    tick();
}

void HqFeed::setCentre(const QString &centreId)
{
    m_centreId = centreId;
    refreshNow();
}

void HqFeed::refreshNow()
{
    tick();
}

void HqFeed::requestReport(const QDate &from, const QDate &to)
{
    emit doReport(from, to);
}

void HqFeed::tick()
{
    const QDateTime now = QDateTime::currentDateTime();
    if (m_busy) {
        const int noAnswerMs = std::max(NO_ANSWER_MIN_MS, 3 * m_options.refreshMs);
        if (m_busySince.msecsTo(now) > noAnswerMs)
            setLink(false, tr("HQ's database does not answer"));
        return; // one query at a time: refreshes never pile up behind a slow one
    }
    m_busy = true;
    m_busySince = now;
    emit doRefresh(m_centreId);
}

void HqFeed::setLink(bool up, const QString &error)
{
    m_lastError = error;
    if (up == m_linkUp && up)
        return;
    m_linkUp = up;
    emit linkChanged(up);
}

} // namespace novbe
