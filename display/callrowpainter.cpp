#include "callrowpainter.h"

#include "displaystyle.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe {

namespace ds = displaystyle;

namespace {

constexpr qreal ARROW_EM = 0.5; // arrow width
constexpr qreal GAP_EM = 0.12;  // space either side of the arrow

constexpr qreal MEASURE_PX = 1000; // pixel size the em widths are measured at

qreal naturalWidth(qreal px, qreal numberEm, qreal counterEm)
{
    return px * (numberEm + counterEm + ARROW_EM + 2 * GAP_EM);
}

qreal emWidth(const QString &text)
{
    static const QFontMetricsF fm(ds::numberFont(MEASURE_PX));
    return fm.horizontalAdvance(text) / MEASURE_PX;
}

void drawArrow(QPainter &p, qreal x, qreal midY, qreal px, const QColor &color)
{
    const qreal w = ARROW_EM * px;
    const qreal stroke = 0.1 * px;
    const qreal head = 0.26 * px;
    QPainterPath path;
    path.moveTo(x, midY - stroke / 2);
    path.lineTo(x + w - head, midY - stroke / 2);
    path.lineTo(x + w - head, midY - head * 0.9);
    path.lineTo(x + w, midY);
    path.lineTo(x + w - head, midY + head * 0.9);
    path.lineTo(x + w - head, midY + stroke / 2);
    path.lineTo(x, midY + stroke / 2);
    path.closeSubpath();
    p.fillPath(path, color);
}

} // namespace

qreal numberCapHeight()
{
    static const qreal ratio = QFontMetricsF(ds::numberFont(MEASURE_PX)).capHeight() / MEASURE_PX;
    return ratio;
}

qreal CallRowMetrics::capHeight() const
{
    return pixelSize * numberCapHeight();
}

qreal CallRowMetrics::contentWidth() const
{
    return naturalWidth(pixelSize, numberEm, counterEm) * squeeze;
}

qreal CallRowMetrics::counterOffset() const
{
    return (numberEm + ARROW_EM + 2 * GAP_EM) * pixelSize * squeeze;
}

CallRowMetrics CallRowMetrics::fit(qreal capHeight, qreal width, qreal numberEm, qreal counterEm)
{
    CallRowMetrics m;
    m.numberEm = numberEm;
    m.counterEm = counterEm;
    m.pixelSize = capHeight / numberCapHeight();
    const qreal natural = naturalWidth(m.pixelSize, numberEm, counterEm);
    if (natural <= width)
        return m;
    m.squeeze = width / natural;
    if (m.squeeze < MIN_SQUEEZE) {
        m.pixelSize *= m.squeeze / MIN_SQUEEZE;
        m.squeeze = MIN_SQUEEZE;
    }
    return m;
}

void fitColumns(const QList<std::pair<QString, QString>> &rows, qreal *numberEm, qreal *counterEm)
{
    *numberEm = emWidth(u"A000"_s);
    *counterEm = emWidth(u"0"_s);
    for (const auto &[number, counter] : rows) {
        *numberEm = std::max(*numberEm, emWidth(number));
        *counterEm = std::max(*counterEm, emWidth(counter));
    }
}

QRectF drawCallRow(QPainter &p, const QRectF &row, qreal left, const CallRowMetrics &m,
                   const QString &number, const QString &counter, const CallRowColors &colors)
{
    const qreal px = m.pixelSize;
    const qreal cap = m.capHeight();
    const qreal baseline = row.top() + (row.height() + cap) / 2;
    p.save();
    p.translate(left, baseline);
    p.scale(m.squeeze, 1);
    p.setFont(ds::numberFont(px));
    p.setPen(colors.text);
    p.drawText(QPointF(0, 0), number);
    const qreal arrowX = m.numberEm * px + GAP_EM * px;
    drawArrow(p, arrowX, -cap / 2, px, colors.arrow);
    p.drawText(QPointF(arrowX + (ARROW_EM + GAP_EM) * px, 0), counter);
    p.restore();
    const qreal arrowLeft = left + m.numberEm * px * m.squeeze;
    return QRectF(arrowLeft, row.top(), (ARROW_EM + 2 * GAP_EM) * px * m.squeeze, row.height());
}

QString callRowText(const QString &number, const QString &counter)
{
    return number + u" → "_s + counter;
}

} // namespace novbe
