#pragma once

// The bench's centre: the sample config's centre, categories and services
// (opening hours and daily limits removed, so a run never depends on the time
// of day), with generated devices, counters (each serving every service) and
// operators, as many as the phases need.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace novbe::bench {

struct Device
{
    QString id;
    QString token;
};

struct CentreSize
{
    int kiosks = 0;
    int desks = 0; // counter devices; as many counters and operators
    int displays = 0;
};

struct BenchCentre
{
    QString configPath;
    QStringList services;
    QStringList prefixes; // ticket number prefix of each service
    QString timezone;
    QList<Device> kiosks;
    QList<Device> desks;
    QList<Device> displays;
    Device manager;        // one dashboard (role manager)
    QStringList counters;  // counters[i] is opened by desks[i]
    QStringList operators; // operators[i] logs in on desks[i]
    QString pin;           // every generated operator's PIN
};

// Writes the derived config to `outPath`; nullopt (and `error`) on failure.
std::optional<BenchCentre> writeBenchCentre(const QString &samplePath, const QString &outPath,
                                            const CentreSize &size, QString *error);

} // namespace novbe::bench
