#pragma once

// The pause reasons of a counter (the codes the counter app offers and sends
// in counter.pause) and their names, for every app that shows them (the
// counter's pause menu and ticket card, the dashboard's tiles and operator
// table). One Qt Linguist context, "novbe::PauseReasons", in the app kit's
// catalog "appkit" (resources/translations/appkit_*.ts): install it with
// Translations::ofCatalog(PauseReasons::catalog()) beside the app's own.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace novbe {

class PauseReasons
{
    Q_DECLARE_TR_FUNCTIONS(novbe::PauseReasons)

public:
    // The catalog the names are in ("appkit").
    static QString catalog() { return QStringLiteral("appkit"); }

    // In the order the counter offers them.
    static QStringList codes();
    // The name of `code` in the language installed; an unknown code as it is,
    // no code at all as "Pause".
    static QString label(const QString &code);
};

} // namespace novbe
