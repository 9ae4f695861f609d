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
constexpr qreal HEADING = 0.085;    // of the panel height
constexpr qreal GAP = 0.012;        // between rows, of the panel height
constexpr qreal CAP_OF_ROW = 0.86;  // capital height as part of a row
constexpr qreal SIDE = 0.022;       // outer margin, of the panel width

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

void NowCallingPanel::setColumns(int numberChars, int counterChars)
{
    m_numberChars = qMax(1, numberChars);
    m_counterChars = qMax(1, counterChars);
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
    const QRect row = rowRect(0);
    return CallRowMetrics::fit(row.height() * CAP_OF_ROW, row.width() - 2 * padding(),
                               m_numberChars, m_counterChars);
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
    p.fillRect(rect(), ds::color(ds::BACKGROUND));
    const CallRowMetrics m = metrics();
    paintHeading(p, m);
    const QList<DisplayCall> calls = m_model.currentCalls();
    for (int i = 0; i < calls.size() && i < ROWS; ++i)
        paintCall(p, i, calls.at(i), m);
    if (calls.isEmpty()) {
        p.setPen(ds::color(ds::MUTED));
        p.setFont(ds::textFont(height() * 0.06));
        const QRect area(rowRect(0).topLeft(), rowRect(ROWS - 1).bottomRight());
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                   displayLabel(DisplayLabel::PleaseWait, m_lang));
    }
}

void NowCallingPanel::paintHeading(QPainter &p, const CallRowMetrics &m)
{
    const qreal h = headingHeight();
    p.setPen(ds::color(ds::NAVY));
    p.setFont(ds::textFont(h * 0.52, true));
    const QRectF area(padding() * 2, 0, width() - 4 * padding(), h);
    p.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
               displayLabel(DisplayLabel::NowCalling, m_lang));
    const qreal counterX = padding() * 2 + (m.contentWidth()
        - m.counterChars * ds::MONO_ADVANCE * m.pixelSize * m.squeeze);
    p.setPen(ds::color(ds::MUTED));
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
    CallRowColors colors{ds::color(ds::NAVY), ds::color(ds::ACCENT)};
    if (inverse) {
        p.fillRect(row, ds::color(ds::ACCENT));
        colors = {ds::color(ds::ON_DARK), ds::color(ds::ON_DARK)};
    } else if (highlighted) {
        p.fillRect(row, ds::color(ds::ACCENT_PALE));
        p.fillRect(QRectF(row.left(), row.top(), padding() * 0.45, row.height()),
                   ds::color(ds::ACCENT));
    } else {
        p.setPen(QPen(ds::color(ds::LINE), qMax(1.0, height() * 0.002)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(row);
    }
    drawCallRow(p, row, row.left() + padding(), m, call.number, call.counterLabel(m_lang),
                colors);
    if (call.recall)
        paintAgainTab(p, row);
}

void NowCallingPanel::paintAgainTab(QPainter &p, const QRect &row)
{
    const QString text = u"↻ "_s + displayLabel(DisplayLabel::Again, m_lang);
    p.setFont(ds::textFont(height() * 0.042, true));
    const QFontMetricsF fm(p.font());
    const qreal h = fm.height() * 1.15;
    const qreal w = fm.horizontalAdvance(text) + h * 0.8;
    const QRectF tab(row.right() - w - padding() * 0.5, row.top() - h * 0.45, w, h);
    p.setPen(Qt::NoPen);
    p.setBrush(ds::color(ds::NAVY));
    p.drawRoundedRect(tab, h / 2, h / 2);
    p.setPen(ds::color(ds::ON_DARK));
    p.drawText(tab, Qt::AlignCenter, text);
}

} // namespace novbe
