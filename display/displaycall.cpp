#include "displaycall.h"

namespace novbe {

QString DisplayCall::counterLabel(const QString &lang) const
{
    const QString name = localized(counterName, lang);
    return name.isEmpty() ? counterId : name;
}

bool DisplayZone::shows(const QString &service, const QString &counter) const
{
    return (services.isEmpty() || services.contains(service)) && showsCounter(counter);
}

bool DisplayZone::showsCounter(const QString &counter) const
{
    return counters.isEmpty() || counters.contains(counter);
}

} // namespace novbe
