#include "pausereasons.h"

using namespace Qt::StringLiterals;

namespace novbe {

QStringList PauseReasons::codes()
{
    return {u"break"_s, u"lunch"_s, u"paperwork"_s, u"technical"_s, u"meeting"_s};
}

QString PauseReasons::label(const QString &code)
{
    if (code == u"break")
        return tr("Short break");
    if (code == u"lunch")
        return tr("Lunch");
    if (code == u"paperwork")
        return tr("Paperwork");
    if (code == u"technical")
        return tr("Technical problem");
    if (code == u"meeting")
        return tr("Called away by the manager");
    return code.isEmpty() ? tr("Pause") : code;
}

} // namespace novbe
