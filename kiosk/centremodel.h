#pragma once

// What the kiosk knows about the centre: services, groups and categories from
// centre.get, and the live load per service from queue.snapshot and
// queue.changed events. Pure data: fed with the read model, no network.

#include "core/centreconfig.h"
#include "protocol/readmodel.h"

#include <QList>
#include <QObject>
#include <QTimeZone>

#include <optional>

namespace novbe {

// A service as centre.get describes it, with its live load.
struct KioskService : ServiceView
{
    int waitingCount = 0;
    int etaSec = 0; // estimated wait for a ticket issued now
};

struct KioskGroup
{
    QString id;
    LocalizedText name;
    QStringList services; // ids, in centre order
};

struct KioskCategory
{
    QString id;
    LocalizedText name;
    bool needsProof = false;
};

class CentreModel : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Replaces everything with a centre.get result (keeps known load numbers).
    void loadCentre(const CentreView &centre);
    // Replaces the load numbers with a queue.snapshot result.
    void applySnapshot(const QueueSnapshot &snapshot);
    // Applies one event: queue.changed (load) and service.changed (a
    // manager closed or reopened a service, or set its cut-off).
    void applyEvent(const EventView &event);

    bool isLoaded() const { return m_loaded; }
    QString centreId() const { return m_centreId; }
    LocalizedText centreName() const { return m_centreName; }
    QString trackingBaseUrl() const { return m_trackingBaseUrl; }
    // The centre's time zone (clock, opening hours, printed times).
    QTimeZone timeZone() const { return m_timeZone; }
    QList<KioskGroup> groups() const { return m_groups; }
    std::optional<KioskGroup> group(const QString &id) const;
    QList<KioskService> services() const { return m_services; }
    // Services of `group`, in centre order.
    QList<KioskService> servicesOf(const QString &group) const;
    const KioskService *service(const QString &id) const;
    // Categories with "standard" first.
    QList<KioskCategory> categories() const { return m_categories; }
    const KioskCategory *category(const QString &id) const;
    // Waiting tickets over the open services of `group`.
    int groupWaiting(const QString &group) const;
    // The longest estimated wait over the open services of `group` that have
    // a queue (0 when none has): what the area's tile promises at most.
    int groupEtaSec(const QString &group) const;
    // True when at least one service of `group` is open.
    bool groupOpen(const QString &group) const;

signals:
    void centreChanged(); // services, groups or categories changed
    void loadChanged();   // waiting counts or estimates changed

private:
    KioskService *findService(const QString &id);
    void applyControl(const ServiceControl &control, const QDateTime &at);

    bool m_loaded = false;
    QString m_centreId;
    LocalizedText m_centreName;
    QString m_trackingBaseUrl;
    QTimeZone m_timeZone = QTimeZone::utc();
    QList<KioskService> m_services;
    QList<KioskGroup> m_groups;
    QList<KioskCategory> m_categories;
};

} // namespace novbe
