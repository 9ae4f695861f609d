#include "centreindex.h"

#include <algorithm>

namespace novbe {

namespace {

const std::vector<int> NONE;

} // namespace

int Interner::intern(const QString &name)
{
    const auto it = m_numbers.constFind(name);
    if (it != m_numbers.constEnd())
        return *it;
    const int number = int(m_names.size());
    m_names.push_back(name);
    m_numbers.insert(name, number);
    return number;
}

void CentreIndex::rebuild(const CentreConfig &config)
{
    m_serviceConfig.assign(size_t(m_services.size()), nullptr);
    for (const ServiceConfig &s : config.services) {
        const int n = m_services.intern(s.id);
        m_serviceConfig.resize(size_t(m_services.size()), nullptr);
        m_serviceConfig[size_t(n)] = &s;
    }
    m_categoryConfig.assign(size_t(m_categories.size()), nullptr);
    for (const Category &c : config.categories) {
        const int n = m_categories.intern(c.id);
        m_categoryConfig.resize(size_t(m_categories.size()), nullptr);
        m_categoryConfig[size_t(n)] = &c;
    }
    m_counterConfig.assign(size_t(m_counters.size()), nullptr);
    for (const CounterConfig &c : config.counters) {
        const int n = m_counters.intern(c.id);
        m_counterConfig.resize(size_t(m_counters.size()), nullptr);
        m_counterConfig[size_t(n)] = &c;
    }
    m_devices.clear();
    for (const DeviceConfig &d : config.devices)
        m_devices.insert(d.id, &d);

    m_weightStride = m_services.size();
    m_weights.assign(size_t(m_counters.size()) * size_t(m_weightStride), 0.0);
    m_serving.assign(size_t(m_services.size()), {});
    m_servicesOf.assign(size_t(m_counters.size()), {});
    std::vector<bool> seen(m_weights.size(), false);
    for (const CounterConfig &c : config.counters) {
        const int counter = m_counters.find(c.id);
        for (const CounterService &cs : c.services) {
            const int service = m_services.find(cs.service);
            if (service < 0)
                continue;
            const size_t at = size_t(counter) * size_t(m_weightStride) + size_t(service);
            if (seen[at])
                continue; // the first entry counts, as CentreConfig::weight() reads it
            seen[at] = true;
            if (cs.weight <= 0)
                continue;
            m_weights[at] = cs.weight;
            m_serving[size_t(service)].push_back(counter);
            m_servicesOf[size_t(counter)].push_back(service);
        }
    }
    buildGroups();
}

void CentreIndex::buildGroups()
{
    m_groupOf.assign(m_serving.size(), -1);
    m_groups.clear();
    for (size_t first = 0; first < m_serving.size(); ++first) {
        if (m_groupOf[first] >= 0 || m_serving[first].empty())
            continue;
        const int g = int(m_groups.size());
        std::vector<int> services{int(first)};
        std::vector<int> counters;
        m_groupOf[first] = g;
        for (size_t i = 0; i < services.size(); ++i) {
            for (int c : m_serving[size_t(services[i])]) {
                if (std::find(counters.begin(), counters.end(), c) != counters.end())
                    continue;
                counters.push_back(c);
                for (int other : m_servicesOf[size_t(c)]) {
                    if (m_groupOf[size_t(other)] < 0) {
                        m_groupOf[size_t(other)] = g;
                        services.push_back(other);
                    }
                }
            }
        }
        std::sort(services.begin(), services.end());
        std::sort(counters.begin(), counters.end());
        m_groups.emplace_back(std::move(services), std::move(counters));
    }
}

const ServiceConfig *CentreIndex::service(int service) const
{
    return entry(m_serviceConfig, service);
}

const CounterConfig *CentreIndex::counter(int counter) const
{
    return entry(m_counterConfig, counter);
}

const Category *CentreIndex::category(int category) const
{
    return entry(m_categoryConfig, category);
}

double CentreIndex::weight(int counter, int service) const
{
    if (counter < 0 || service < 0 || service >= m_weightStride)
        return 0.0;
    const size_t at = size_t(counter) * size_t(m_weightStride) + size_t(service);
    return at < m_weights.size() ? m_weights[at] : 0.0;
}

int CentreIndex::boostMin(int category) const
{
    const Category *c = this->category(category);
    return c ? c->boostMin : 0;
}

const std::vector<int> &CentreIndex::countersServing(int service) const
{
    return service >= 0 && size_t(service) < m_serving.size() ? m_serving[size_t(service)] : NONE;
}

const std::vector<int> &CentreIndex::groupServices(int service) const
{
    const bool known = service >= 0 && size_t(service) < m_groupOf.size();
    return known && m_groupOf[size_t(service)] >= 0
        ? m_groups[size_t(m_groupOf[size_t(service)])].first
        : NONE;
}

const std::vector<int> &CentreIndex::groupCounters(int service) const
{
    const bool known = service >= 0 && size_t(service) < m_groupOf.size();
    return known && m_groupOf[size_t(service)] >= 0
        ? m_groups[size_t(m_groupOf[size_t(service)])].second
        : NONE;
}

const std::vector<int> &CentreIndex::servicesOf(int counter) const
{
    return counter >= 0 && size_t(counter) < m_servicesOf.size() ? m_servicesOf[size_t(counter)]
                                                                 : NONE;
}

} // namespace novbe
