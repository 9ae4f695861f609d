#include "displaycall.h"

namespace novbe {

QString DisplayCall::counterLabel(const QString &lang) const
{
    const QString name = localized(counterName, lang);
    return name.isEmpty() ? counterId : name;
}

} // namespace novbe
