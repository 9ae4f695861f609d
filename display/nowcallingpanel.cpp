#include "nowcallingpanel.h"

#include "displaymodel.h"
#include "displaystyle.h"
#include "displaytexts.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace novbe {

namespace ds = displaystyle;

namespace {

constexpr int ROWS = 3;
constexpr qreal HEADING = 0.085;   // of the panel height
constexpr qreal GAP = 0.012;       // between rows, of the panel height
constexpr qreal CAP_OF_ROW = 0.86; // capital height as part of a row
constexpr qreal SIDE = 0.022;      // outer margin, of the panel width

} // namespace

NowCallingPanel::NowCallingPanel(const DisplayModel &model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void NowCallingPanel::setLanguage(const QString &lang)
{
    m_lang = lang;
    update();
}

qreal NowCallingPanel::headingHeight() const
{
    return height() * HEADING;
}

qreal NowCallingPanel::padding() const
{
    return width() * SIDE;
}

QRect NowCallingPanel::rowRect(int index) const
{
    const qreal gap = height() * GAP;
    const qreal top = headingHeight();
    const qreal rowH = (height() - top - ROWS * gap) / ROWS;
    const qreal y = top + index * (rowH + gap);
    return QRectF(padding(), y, width() - 2 * padding(), rowH).toAlignedRect();
}

CallRowMetrics NowCallingPanel::metrics() const
{
    QList<std::pair<QString, QString>> rows;
    for (const DisplayCall &call : m_model.currentCalls())
        rows.append({call.number, call.counterLabel(m_lang)});
    int numberChars = 0;
    int counterChars = 0;
    fitColumns(rows, &numberChars, &counterChars);
    const QRect row = rowRect(0);
    return CallRowMetrics::fit(row.height() * CAP_OF_ROW, row.width() - 2 * padding(), numberChars,
                               counterChars);
}

QStringList NowCallingPanel::shownRows() const
{
    QStringList rows;
    for (const DisplayCall &call : m_model.currentCalls()) {
        QString text = callRowText(call.number, call.counterLabel(m_lang));
        if (call.recall)
            text += u" ("_s + displayLabel(DisplayLabel::Again, m_lang) + u')';
        rows.append(text);
    }
    return rows;
}

void NowCallingPanel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(rect(), palette::color(palette::SURFACE));
    const CallRowMetrics m = metrics();
    paintHeading(p, m);
    const QList<DisplayCall> calls = m_model.currentCalls();
    for (int i = 0; i < calls.size() && i < ROWS; ++i)
        paintCall(p, i, calls.at(i), m);
    if (calls.isEmpty()) {
        p.setPen(palette::color(palette::TEXT_MUTED));
        p.setFont(ds::textFont(height() * 0.06));
        const QRect area(rowRect(0).topLeft(), rowRect(ROWS - 1).bottomRight());
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                   displayLabel(DisplayLabel::PleaseWait, m_lang));
    }
}

void NowCallingPanel::paintHeading(QPainter &p, const CallRowMetrics &m)
{
    const qreal h = headingHeight();
    p.setPen(palette::color(palette::TEXT));
    p.setFont(ds::textFont(h * 0.52, true));
    const QRectF area(padding() * 2, 0, width() - 4 * padding(), h);
    p.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
               displayLabel(DisplayLabel::NowCalling, m_lang));
    if (m_model.currentCalls().isEmpty())
        return;
    const qreal counterX = padding() * 2
        + (m.contentWidth() - m.counterChars * ds::MONO_ADVANCE * m.pixelSize * m.squeeze);
    p.setPen(palette::color(palette::TEXT_MUTED));
    p.setFont(ds::textFont(h * 0.4));
    p.drawText(QRectF(counterX, 0, width() - counterX - padding(), h),
               Qt::AlignLeft | Qt::AlignVCenter, displayLabel(DisplayLabel::Counter, m_lang));
}

void NowCallingPanel::paintCall(QPainter &p, int index, const DisplayCall &call,
                                const CallRowMetrics &m)
{
    const QRect row = rowRect(index);
    const bool inverse = m_model.isInverse(call);
    const bool highlighted = m_model.isHighlighted(call);
    CallRowColors colors{palette::color(palette::TEXT), palette::color(palette::ACCENT)};
    if (inverse) {
        p.fillRect(row, palette::color(palette::ACCENT));
        colors = {palette::color(palette::BAND_TEXT), palette::color(palette::BAND_TEXT)};
    } else if (highlighted) {
        p.fillRect(row, palette::color(palette::PALE));
        p.fillRect(QRectF(row.left(), row.top(), padding() * 0.45, row.height()),
                   palette::color(palette::ACCENT));
    } else {
        p.setPen(QPen(palette::color(palette::LINE_LIGHT), qMax(1.0, height() * 0.002)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(row);
    }
    const QRectF arrow = drawCallRow(p, row, row.left() + padding(), m, call.number,
                                     call.counterLabel(m_lang), colors);
    if (call.recall)
        paintAgainTab(p, arrow);
}

// The "again" tab sits above the arrow, clear of the digits.
void NowCallingPanel::paintAgainTab(QPainter &p, const QRectF &arrowColumn)
{
    const QString text = u"↻ "_s + displayLabel(DisplayLabel::Again, m_lang);
    qreal size = height() * 0.036;
    const qreal natural = QFontMetricsF(ds::textFont(size, true)).horizontalAdvance(text) + size;
    size *= qMin(1.0, arrowColumn.width() * 0.95 / natural);
    p.setFont(ds::textFont(size, true));
    const QFontMetricsF fm(p.font());
    const qreal h = fm.height() * 1.1;
    const qreal w = fm.horizontalAdvance(text) + h * 0.7;
    const QRectF tab(arrowColumn.center().x() - w / 2, arrowColumn.top() + h * 0.15, w, h);
    p.setPen(Qt::NoPen);
    p.setBrush(palette::color(palette::BAND));
    p.drawRoundedRect(tab, h / 2, h / 2);
    p.setPen(palette::color(palette::BAND_TEXT));
    p.drawText(tab, Qt::AlignCenter, text);
}

} // namespace novbe
