#include "callrowpainter.h"

#include "displaystyle.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace novbe {

namespace ds = displaystyle;

namespace {

constexpr qreal ARROW_EM = 0.62; // arrow width
constexpr qreal GAP_EM = 0.16;   // space either side of the arrow

qreal naturalWidth(qreal px, int numberChars, int counterChars)
{
    return px * ((numberChars + counterChars) * ds::MONO_ADVANCE + ARROW_EM + 2 * GAP_EM);
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

qreal CallRowMetrics::capHeight() const
{
    return pixelSize * ds::MONO_CAP_HEIGHT;
}

qreal CallRowMetrics::contentWidth() const
{
    return naturalWidth(pixelSize, numberChars, counterChars) * squeeze;
}

CallRowMetrics CallRowMetrics::fit(qreal capHeight, qreal width, int numberChars, int counterChars)
{
    CallRowMetrics m;
    m.numberChars = numberChars;
    m.counterChars = counterChars;
    m.pixelSize = capHeight / ds::MONO_CAP_HEIGHT;
    const qreal natural = naturalWidth(m.pixelSize, numberChars, counterChars);
    if (natural <= width)
        return m;
    m.squeeze = width / natural;
    if (m.squeeze < MIN_SQUEEZE) {
        m.pixelSize *= m.squeeze / MIN_SQUEEZE;
        m.squeeze = MIN_SQUEEZE;
    }
    return m;
}

void fitColumns(const QList<std::pair<QString, QString>> &rows, int *numberChars, int *counterChars)
{
    *numberChars = 4;
    *counterChars = 1;
    for (const auto &[number, counter] : rows) {
        *numberChars = std::max(*numberChars, int(number.size()));
        *counterChars = std::max(*counterChars, int(counter.size()));
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
    const qreal arrowX = m.numberChars * ds::MONO_ADVANCE * px + GAP_EM * px;
    drawArrow(p, arrowX, -cap / 2, px, colors.arrow);
    p.drawText(QPointF(arrowX + (ARROW_EM + GAP_EM) * px, 0), counter);
    p.restore();
    const qreal arrowLeft = left + m.numberChars * ds::MONO_ADVANCE * px * m.squeeze;
    return QRectF(arrowLeft, row.top(), (ARROW_EM + 2 * GAP_EM) * px * m.squeeze, row.height());
}

QString callRowText(const QString &number, const QString &counter)
{
    return number + u" → "_s + counter;
}

} // namespace novbe
