#pragma once

// The HQ dashboard's source: HQ's PostgreSQL read as a `novbe_hq_reader`,
// on a thread of its own so that a slow or dead server never freezes the
// window. Every refresh period it reads the overview (and the chosen
// centre's day); reports on request. Results come back as signals on the
// GUI thread; a failure drops the connection and the next refresh connects
// again.

#include "hqoverview.h"
#include "hqreports.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QThread>

#include <memory>

class QTimer;

namespace novbe {

struct HqSourceOptions
{
    QString conninfo;    // a libpq connection string or postgresql:// URI
    QByteArray password; // from --hq-password-file; empty: libpq's own (PGPASSWORD, ~/.pgpass)
    int refreshMs = 2000;
};

// One refresh: every centre, and the drill-down's centre on its day.
struct HqSnapshot
{
    std::vector<hq::CentreStatus> centres;
    QString centreId; // the centre drilled into ("" none)
    QDate centreDay;
    std::vector<hq::CentreQueue> queues;
    std::vector<hq::NationalLine> services;  // the centre's day per service
    std::vector<hq::NationalLine> operators; // and per operator
};

// A national report: one range, three groupings.
struct HqReport
{
    QDate from;
    QDate to;
    std::vector<hq::NationalLine> services;
    std::vector<hq::NationalLine> centres;
    std::vector<hq::NationalLine> operators;
};

// Lives on the feed's thread; owns the connection.
class HqWorker : public QObject
{
    Q_OBJECT

public:
    explicit HqWorker(HqSourceOptions options) : m_options(std::move(options)) {}
    ~HqWorker() override;

public slots:
    void refresh(const QString &centreId);
    void report(const QDate &from, const QDate &to);

signals:
    void refreshed(const novbe::HqSnapshot &snapshot);
    void refreshFailed(const QString &error);
    void reportReady(const novbe::HqReport &report);
    void reportFailed(const QString &error);

private:
    hq::PgConnection *connection(QString *error);
    static QString readCentreDay(hq::PgConnection &db, HqSnapshot &s);
    void dropIfBroken();

    HqSourceOptions m_options;
    std::unique_ptr<hq::PgConnection> m_db;
};

class HqFeed : public QObject
{
    Q_OBJECT

public:
    explicit HqFeed(HqSourceOptions options, QObject *parent = nullptr);
    ~HqFeed() override; // waits for a query under way

    void start();                            // the first refresh now, then every period
    void setCentre(const QString &centreId); // drill-down (refreshes at once)
    void requestReport(const QDate &from, const QDate &to);
    void refreshNow();
    int refreshMs() const { return m_options.refreshMs; }

    bool linkUp() const { return m_linkUp; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; } // local time; invalid: never
    QString lastError() const { return m_lastError; }
    const HqSnapshot &snapshot() const { return m_snapshot; }

signals:
    void refreshed();          // snapshot() is new
    void linkChanged(bool up); // up: a refresh succeeded; down: failed or no answer
    void reportReady(const novbe::HqReport &report);
    void reportFailed(const QString &error);

    // To the worker.
    void doRefresh(const QString &centreId);
    void doReport(const QDate &from, const QDate &to);

private:
    void tick();
    void setLink(bool up, const QString &error);

    HqSourceOptions m_options;
    QThread m_thread;
    HqWorker *m_worker;
    QTimer *m_timer;
    QString m_centreId;
    bool m_busy = false;
    QDateTime m_busySince;
    bool m_linkUp = false;
    QDateTime m_lastRefreshed;
    QString m_lastError;
    HqSnapshot m_snapshot;
};

} // namespace novbe

Q_DECLARE_METATYPE(novbe::HqSnapshot)
Q_DECLARE_METATYPE(novbe::HqReport)
