#pragma once

// Draws "A042 → 7" in the number font (condensed sans, tabular digits), in
// columns sized for the widest number and counter name on screen, squeezed
// horizontally (down to MIN_SQUEEZE) rather than shrunk when the columns are
// wider than the row.

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <utility>

class QPainter;

namespace novbe {

inline constexpr qreal MIN_SQUEEZE = 0.68; // only long numbers (NA005 → 13) get this narrow

struct CallRowMetrics
{
    qreal pixelSize = 0;   // font pixel size after fitting
    qreal squeeze = 1;     // horizontal scale (1 = natural)
    qreal numberEm = 2.4;  // widest number, in ems of the number font
    qreal counterEm = 0.6; // widest counter name, in ems

    qreal capHeight() const;
    // Width of the drawn row content at this size and squeeze.
    qreal contentWidth() const;

    // Fits rows whose capitals are `capHeight` px tall into `width` px.
    static CallRowMetrics fit(qreal capHeight, qreal width, qreal numberEm, qreal counterEm);
    // Where the counter column starts, from the row content's left edge.
    qreal counterOffset() const;
};

struct CallRowColors
{
    QColor text;
    QColor arrow;
};

// Columns wide enough for every (number, counter) pair in `rows`.
void fitColumns(const QList<std::pair<QString, QString>> &rows, qreal *numberEm, qreal *counterEm);
// Capital height of the number font as a fraction of its pixel size.
qreal numberCapHeight();
// Draws number, arrow and counter left-aligned at `left`, capitals centred
// vertically in `row`; returns the arrow column's rectangle (full row height).
QRectF drawCallRow(QPainter &p, const QRectF &row, qreal left, const CallRowMetrics &m,
                   const QString &number, const QString &counter, const CallRowColors &colors);
// The row as text, as a reader would say it: "A042 → 7".
QString callRowText(const QString &number, const QString &counter);

} // namespace novbe
