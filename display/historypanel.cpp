#include "historypanel.h"

#include "displaymodel.h"
#include "displaystyle.h"
#include "displaytexts.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace novbe {

namespace ds = displaystyle;

namespace {

constexpr qreal HEADING = 0.085;   // of the panel height
constexpr qreal CAP_OF_ROW = 0.66; // capital height as part of a row
constexpr qreal SIDE = 0.04;       // outer margin, of the panel width
constexpr qreal MARK_EM = 1.1;     // room for the recall mark after the counter, in ems

} // namespace

HistoryPanel::HistoryPanel(const DisplayModel &model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void HistoryPanel::setLanguage(const QString &lang)
{
    m_lang = lang;
    update();
}

void HistoryPanel::setRowCount(int rows)
{
    m_rows = qBound(1, rows, 12);
    update();
}

qreal HistoryPanel::headingHeight() const
{
    // Same heading band as "Now calling" (both panels share the body height).
    return height() * HEADING;
}

qreal HistoryPanel::padding() const
{
    return width() * SIDE;
}

QRect HistoryPanel::rowRect(int index) const
{
    const qreal top = headingHeight();
    const qreal rowH = (height() - top - height() * 0.012) / m_rows;
    return QRectF(padding(), top + index * rowH, width() - 2 * padding(), rowH).toAlignedRect();
}

QStringList HistoryPanel::shownRows() const
{
    QStringList rows;
    for (const DisplayCall &call : m_model.history().mid(0, m_rows)) {
        QString text = callRowText(call.number, call.counterLabel(m_lang));
        if (call.recall)
            text += u" ↻"_s;
        rows.append(text);
    }
    return rows;
}

void HistoryPanel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette::color(palette::SURFACE));
    p.fillRect(QRectF(0, height() * 0.02, qMax(1.0, width() * 0.004), height() * 0.96),
               palette::color(palette::LINE_LIGHT));
    p.setPen(palette::color(palette::TEXT));
    p.setFont(ds::textFont(headingHeight() * 0.52, true));
    p.drawText(QRectF(padding(), 0, width() - 2 * padding(), headingHeight()),
               Qt::AlignLeft | Qt::AlignVCenter, displayLabel(DisplayLabel::RecentCalls, m_lang));
    const QList<DisplayCall> calls = m_model.history().mid(0, m_rows);
    QList<std::pair<QString, QString>> columns;
    bool recall = false;
    for (const DisplayCall &call : calls) {
        columns.append({call.number, call.counterLabel(m_lang)});
        recall = recall || call.recall;
    }
    qreal numberEm = 0;
    qreal counterEm = 0;
    fitColumns(columns, &numberEm, &counterEm);
    const QRect first = rowRect(0);
    const CallRowMetrics probe = CallRowMetrics::fit(first.height() * CAP_OF_ROW, 1e6, 1, 0);
    const qreal markW = recall ? MARK_EM * probe.pixelSize : 0;
    const CallRowMetrics m = CallRowMetrics::fit(
        first.height() * CAP_OF_ROW, first.width() - 1.2 * padding() - markW, numberEm, counterEm);
    // Only rows with a call are shaded: an empty list stays a calm white panel.
    for (int i = 0; i < calls.size(); ++i) {
        const QRect row = rowRect(i);
        if (i % 2 == 0)
            p.fillRect(row, palette::color(palette::BACKGROUND));
        const DisplayCall &call = calls.at(i);
        const qreal left = row.left() + padding() * 0.6;
        drawCallRow(p, row, left, m, call.number, call.counterLabel(m_lang),
                    {palette::color(palette::TEXT), palette::color(palette::TEXT_MUTED)});
        if (call.recall) {
            const qreal x = left + m.contentWidth() + m.pixelSize * 0.15;
            p.setPen(palette::color(palette::ACCENT));
            p.setFont(ds::textFont(m.pixelSize * 0.8, true));
            p.drawText(QRectF(x, row.top(), markW, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       u"↻"_s);
        }
    }
}

} // namespace novbe
