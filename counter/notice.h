#pragma once

// One line for the desk's banner: what happened, in the current language.

#include <QMetaType>
#include <QString>

#include <functional>

namespace novbe {

struct Notice
{
    enum class Kind {
        Info,
        Success,
        Warning,
        Error,
    };
    Kind kind = Kind::Info;
    std::function<QString()> text; // re-evaluated when the language changes
};

} // namespace novbe

Q_DECLARE_METATYPE(novbe::Notice)
