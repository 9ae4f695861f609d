#pragma once

// The centre config indexed once for the hot path: service, counter and
// category ids interned to small integers, the counter × service weights as a
// table, each service's serving counters as a list. Built when the config is
// loaded and again on reload; interned numbers never change meaning while the
// engine runs (a service removed by a reload keeps its number, with no config).

#include "centreconfig.h"

#include <QHash>
#include <QString>

#include <vector>

namespace novbe {

// Strings <-> 0, 1, 2, ... in order of first appearance; append-only.
class Interner
{
public:
    // The number of `name`, adding it when new.
    int intern(const QString &name);
    // The number of `name`, or -1.
    int find(const QString &name) const { return m_numbers.value(name, -1); }
    const QString &name(int number) const { return m_names[size_t(number)]; }
    int size() const { return int(m_names.size()); }

private:
    QHash<QString, int> m_numbers;
    std::vector<QString> m_names;
};

class CentreIndex
{
public:
    // Requires: `config` outlives the index (or the next rebuild()).
    void rebuild(const CentreConfig &config);

    // Interned numbers (ids unknown to the config get one too, on demand).
    int serviceOf(const QString &id) { return m_services.intern(id); }
    int categoryOf(const QString &id) { return m_categories.intern(id); }
    int counterOf(const QString &id) { return m_counters.intern(id); }
    int findService(const QString &id) const { return m_services.find(id); }
    int findCounter(const QString &id) const { return m_counters.find(id); }
    int serviceCount() const { return m_services.size(); }
    int counterCount() const { return m_counters.size(); }
    const QString &serviceId(int service) const { return m_services.name(service); }
    const QString &counterId(int counter) const { return m_counters.name(counter); }

    // Config entries by number; null when the config has none.
    const ServiceConfig *service(int service) const;
    const CounterConfig *counter(int counter) const;
    const Category *category(int category) const;
    const Category *category(const QString &id) const { return category(m_categories.find(id)); }
    const ServiceConfig *service(const QString &id) const { return service(m_services.find(id)); }
    const CounterConfig *counter(const QString &id) const { return counter(m_counters.find(id)); }
    const DeviceConfig *device(const QString &id) const { return m_devices.value(id, nullptr); }

    // 0 when the counter does not serve the service.
    double weight(int counter, int service) const;
    int boostMin(int category) const;
    // Counters (config order) that serve `service` with a weight above 0.
    const std::vector<int> &countersServing(int service) const;
    // Services (config order of the counter's list) a counter serves.
    const std::vector<int> &servicesOf(int counter) const;
    // The counter group of `service`: every service and counter reachable from
    // it through counters serving more than one service (ascending numbers).
    // Empty for a service no counter serves.
    const std::vector<int> &groupServices(int service) const;
    const std::vector<int> &groupCounters(int service) const;

private:
    template <typename T> const T *entry(const std::vector<const T *> &table, int number) const
    {
        return number >= 0 && size_t(number) < table.size() ? table[size_t(number)] : nullptr;
    }

    Interner m_services;
    Interner m_counters;
    Interner m_categories;
    std::vector<const ServiceConfig *> m_serviceConfig;
    std::vector<const CounterConfig *> m_counterConfig;
    std::vector<const Category *> m_categoryConfig;
    QHash<QString, const DeviceConfig *> m_devices;
    std::vector<double> m_weights; // [counter * m_weightStride + service]
    int m_weightStride = 0;
    std::vector<std::vector<int>> m_serving;    // by service
    std::vector<std::vector<int>> m_servicesOf; // by counter
    std::vector<int> m_groupOf;                 // by service: index in m_groups, or -1
    std::vector<std::pair<std::vector<int>, std::vector<int>>> m_groups; // services, counters
    void buildGroups();
};

} // namespace novbe
