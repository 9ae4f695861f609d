#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>
#include <vector>

namespace novbe {

// Language code -> text, e.g. {"az": "Pasport", "en": "Passport", "ru": "Паспорт"}.
using LocalizedText = QMap<QString, QString>;

// Text in `lang`, falling back to "az", then "en", then any.
QString localized(const LocalizedText &text, const QString &lang);
// A category's short code in `lang` for tables (config "short", docs/configuration.md):
// localized(shortCode, lang), or the first three letters of its id in capitals
// ("disability" -> "DIS") when the config gives none.
QString categoryShortCode(const LocalizedText &shortCode, const QString &categoryId,
                          const QString &lang);

struct CentreInfo
{
    QString id;
    LocalizedText name;
    QString timezone = QStringLiteral("Asia/Baku");
    QStringList languages{QStringLiteral("az"), QStringLiteral("en"), QStringLiteral("ru")};
    int maxRecalls = 3;
    QString trackingBaseUrl; // e.g. "https://novbe.example.az"
    LocalizedText ticker;    // hall display ticker line
    // Citizens' names and phones of appointments that ended this many days
    // ago are purged from the database (docs/security.md, Privacy).
    int personalDataDays = 30;
    // A bus or train: an ordinary engine that works offline for days; its
    // uplink ships the journal to HQ when a link is back (docs/hq.md).
    bool mobile = false;
};

struct Category
{
    QString id;
    LocalizedText name;
    int boostMin = 0;
    bool needsProof = false; // a document is checked at the counter
    LocalizedText shortCode; // config "short": 1-4 characters per language, may be empty
};

struct OpeningHours
{
    QTime open;
    QTime close;
};

struct AppointmentSettings
{
    bool enabled = false;
    int slotMin = 15;
    int perSlot = 1;
    int earlyMin = 30;
    int lateMin = 10;
    int daysAhead = 30; // a slot may start at most this many local days after today
};

struct ServiceConfig
{
    QString id;
    QString prefix; // 1-3 capital Latin letters
    LocalizedText name;
    QString group;
    LocalizedText groupName;
    int targetWaitMin = 15;
    int dailyLimit = 0;                // 0 = no limit
    std::optional<OpeningHours> hours; // none = always open
    bool enabled = true;
    int defaultServiceSec = 300; // wait estimate before any data
    AppointmentSettings appointments;
    QStringList outcomes; // finish outcome codes offered at the counter
};

struct CounterService
{
    QString service;
    double weight = 1.0;
};

struct CounterConfig
{
    QString id;
    LocalizedText name;
    std::vector<CounterService> services;
};

struct DeviceConfig
{
    QString id;
    QString role; // kiosk | display | counter | manager | booking
    QString token;
    QStringList zoneServices; // displays: only these services (empty = all)
    QStringList zoneCounters; // displays: only these counters (empty = all)
    QString printer;          // legacy, unused: kiosks read their own INI file
    QString printerProfile;   // legacy, unused: kiosks read their own INI file
};

struct OperatorConfig
{
    QString id;
    QString name;
    QString pin; // pbkdf2-sha256$ITER$SALT_B64$HASH_B64
};

// When the engine raises the centre's alerts (config "alerts"; 0 = off).
struct AlertThresholds
{
    bool waitOverTarget = true;      // a citizen waits longer than the service's target
    int queueLength = 30;            // people waiting in one service
    int idleWithQueueMin = 2;        // a counter idle this long while its queues wait
    int offlineAfterMin = 1;         // a kiosk or display without a connection this long
    bool printer = true;             // paper low / out, cover open, printer offline
    bool forecastPastClosing = true; // a queue that will not clear by closing time
};

// The manager dashboard's card colours (config "dashboard.targets"): green
// at or better than the target, amber down to the warning limit, red past it.
struct DashboardTargets
{
    int slaPct = 90;         // % called within target: ok at or above
    int slaWarnPct = 75;     // ... red below
    int noShowPct = 10;      // no-show %: ok at or below
    int noShowWarnPct = 15;  // ... red above
    double rating = 4.5;     // average rating: ok at or above
    double ratingWarn = 4.0; // ... red below
    bool operator==(const DashboardTargets &) const = default;
};

struct CentreConfig
{
    CentreInfo centre;
    std::vector<Category> categories;
    std::vector<ServiceConfig> services;
    std::vector<CounterConfig> counters;
    std::vector<DeviceConfig> devices;
    std::vector<OperatorConfig> operators;
    AlertThresholds alerts;
    DashboardTargets dashboard;

    const ServiceConfig *service(const QString &id) const;
    const Category *category(const QString &id) const;
    const CounterConfig *counter(const QString &id) const;
    const DeviceConfig *device(const QString &id) const;
    const OperatorConfig *findOperator(const QString &id) const;
    // Weight of `service` at `counter`; 0 when the counter does not serve it.
    double weight(const QString &counter, const QString &service) const;
};

} // namespace novbe
