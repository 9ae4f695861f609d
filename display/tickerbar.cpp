#include "tickerbar.h"

#include "displaystyle.h"

#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace novbe {

namespace ds = displaystyle;

namespace {

constexpr int FRAME_MS = 33;
constexpr qreal SPEED_BANDS_PER_SEC = 1.6; // scroll speed in band heights per second
constexpr qreal FONT_OF_BAND = 0.46;
const QString SEPARATOR = u"     •     "_s;

} // namespace

TickerBar::TickerBar(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_timer.setInterval(FRAME_MS);
    connect(&m_timer, &QTimer::timeout, this, &TickerBar::advance);
}

void TickerBar::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_offset = 0;
    update();
}

void TickerBar::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

void TickerBar::setScrolling(bool scrolling)
{
    m_scrolling = scrolling;
    if (scrolling) {
        m_elapsed.start();
        m_timer.start();
    } else {
        m_timer.stop();
        m_offset = 0;
        update();
    }
}

void TickerBar::advance()
{
    const qint64 ms = m_elapsed.restart();
    m_offset += height() * SPEED_BANDS_PER_SEC * qreal(ms) / 1000.0;
    update();
}

void TickerBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(rect(), palette::color(m_highlighted ? palette::WARNING_BG : palette::PALE));
    p.fillRect(QRectF(0, 0, width(), qMax(1.0, height() * 0.03)),
               palette::color(palette::LINE_LIGHT));
    if (m_text.isEmpty())
        return;
    QFont font = ds::textFont(height() * FONT_OF_BAND);
    font.setBold(m_highlighted);
    p.setFont(font);
    p.setPen(palette::color(m_highlighted ? palette::WARNING_TEXT : palette::TEXT));
    const qreal margin = height() * 0.5;
    const qreal textWidth = p.fontMetrics().horizontalAdvance(m_text);
    const QRectF band(margin, 0, width() - 2 * margin, height());
    if (!m_scrolling || textWidth <= band.width()) {
        p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(m_text, Qt::ElideRight, int(band.width())));
        return;
    }
    const qreal period = textWidth + p.fontMetrics().horizontalAdvance(SEPARATOR);
    const qreal shift = std::fmod(m_offset, period);
    for (qreal x = margin - shift; x < width(); x += period)
        p.drawText(QRectF(x, 0, period, height()), Qt::AlignLeft | Qt::AlignVCenter,
                   m_text + SEPARATOR);
}

} // namespace novbe
