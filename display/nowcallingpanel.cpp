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
constexpr qreal HEADING = 0.085;     // of the panel height
constexpr qreal GAP = 0.012;         // between rows, of the panel height
constexpr qreal CAP_OF_ROW = 0.86;   // capital height as part of a row
constexpr qreal SIDE = 0.022;        // outer margin, of the panel width
constexpr qreal AGAIN_OF_ROW = 0.15; // "again" text size as part of a row

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

CallRowMetrics NowCallingPanel::metrics(bool recall) const
{
    QList<std::pair<QString, QString>> rows;
    for (const DisplayCall &call : m_model.currentCalls())
        rows.append({call.number, call.counterLabel(m_lang)});
    qreal numberEm = 0;
    qreal counterEm = 0;
    fitColumns(rows, &numberEm, &counterEm);
    const QRect row = rowRect(0);
    const qreal tab = recall ? againTabSize().width() + padding() : 0;
    return CallRowMetrics::fit(row.height() * CAP_OF_ROW, row.width() - 2 * padding() - tab,
                               numberEm, counterEm);
}

QFont NowCallingPanel::againFont() const
{
    return ds::textFont(rowRect(0).height() * AGAIN_OF_ROW, true);
}

QString NowCallingPanel::againText() const
{
    return u"↻\u00A0"_s + displayLabel(DisplayLabel::Again, m_lang);
}

QSizeF NowCallingPanel::againTabSize() const
{
    const QFontMetricsF fm(againFont());
    const qreal h = fm.height() * 1.3;
    return {fm.horizontalAdvance(againText()) + h * 0.8, h};
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
    const CallRowMetrics withTab = metrics(true); // a recall row makes room for its tab
    paintHeading(p, m);
    const QList<DisplayCall> calls = m_model.currentCalls();
    for (int i = 0; i < calls.size() && i < ROWS; ++i)
        paintCall(p, i, calls.at(i), calls.at(i).recall ? withTab : m);
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
    const qreal counterX = padding() * 2 + m.counterOffset();
    p.setPen(palette::color(palette::TEXT_MUTED));
    p.setFont(ds::textFont(h * 0.4));
    p.drawText(QRectF(counterX, 0, width() - counterX - padding(), h),
               Qt::AlignLeft | Qt::AlignVCenter, displayLabel(DisplayLabel::Counter, m_lang));
}

// The newest call stays filled in the accent colour until the next call
// (flashing navy/accent for its first three seconds); older calls are
// outlined only, so at 20 m the newest is the one block of colour.
void NowCallingPanel::paintCall(QPainter &p, int index, const DisplayCall &call,
                                const CallRowMetrics &m)
{
    const QRect row = rowRect(index);
    const bool inverse = m_model.isInverse(call);
    const bool highlighted = m_model.isHighlighted(call);
    CallRowColors colors{palette::color(palette::TEXT), palette::color(palette::ACCENT)};
    if (inverse || highlighted) {
        p.fillRect(row, palette::color(inverse ? palette::BAND : palette::ACCENT));
        colors = {palette::color(palette::BAND_TEXT), palette::color(palette::BAND_TEXT)};
    } else {
        p.setPen(QPen(palette::color(palette::LINE_LIGHT), qMax(1.0, height() * 0.003)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(row);
    }
    drawCallRow(p, row, row.left() + padding(), m, call.number, call.counterLabel(m_lang), colors);
    if (call.recall)
        paintAgainTab(p, row, inverse || highlighted);
}

// The "again" tab sits at the row's right end, clear of the digits.
void NowCallingPanel::paintAgainTab(QPainter &p, const QRect &row, bool onColour)
{
    const QSizeF size = againTabSize();
    const QRectF tab(row.right() - padding() - size.width(), row.center().y() - size.height() / 2,
                     size.width(), size.height());
    p.setPen(Qt::NoPen);
    p.setBrush(palette::color(onColour ? palette::BAND_TEXT : palette::BAND));
    p.drawRoundedRect(tab, size.height() / 2, size.height() / 2);
    p.setPen(palette::color(onColour ? palette::BAND : palette::BAND_TEXT));
    p.setFont(againFont());
    p.drawText(tab, Qt::AlignCenter, againText());
}

} // namespace novbe
