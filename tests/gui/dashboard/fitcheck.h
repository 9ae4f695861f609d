#pragma once

// "No label or table cell is cut": every visible text of a widget tree fits
// the space it is given (labels, buttons, tab titles, table cells and their
// headers, list items), measured with the widget's own font.

#include <QStringList>

class QWidget;

namespace novbe::test {

// One line per text that does not fit ("QLabel 'Ən uzun gözləmə': needs 212×20, has 180×20");
// empty when everything fits.
QStringList cutTexts(const QWidget *root);

} // namespace novbe::test
