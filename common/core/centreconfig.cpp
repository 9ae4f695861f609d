#include "centreconfig.h"

#include <algorithm>

namespace novbe {

namespace {

template <typename T> const T *findById(const std::vector<T> &items, const QString &id)
{
    const auto it = std::find_if(items.begin(), items.end(),
                                 [&id](const T &item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

QString localized(const LocalizedText &text, const QString &lang)
{
    for (const QString &key : {lang, QStringLiteral("az"), QStringLiteral("en")}) {
        const QString value = text.value(key);
        if (!value.isEmpty())
            return value;
    }
    for (const QString &value : text) {
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString categoryShortCode(const LocalizedText &shortCode, const QString &categoryId,
                          const QString &lang)
{
    const QString code = localized(shortCode, lang);
    return code.isEmpty() ? categoryId.left(3).toUpper() : code;
}

const ServiceConfig *CentreConfig::service(const QString &id) const
{
    return findById(services, id);
}

const Category *CentreConfig::category(const QString &id) const
{
    return findById(categories, id);
}

const CounterConfig *CentreConfig::counter(const QString &id) const
{
    return findById(counters, id);
}

const DeviceConfig *CentreConfig::device(const QString &id) const
{
    return findById(devices, id);
}

const OperatorConfig *CentreConfig::findOperator(const QString &id) const
{
    return findById(operators, id);
}

double CentreConfig::weight(const QString &counterId, const QString &serviceId) const
{
    const CounterConfig *c = counter(counterId);
    if (!c)
        return 0.0;
    for (const CounterService &cs : c->services) {
        if (cs.service == serviceId)
            return cs.weight;
    }
    return 0.0;
}

} // namespace novbe
