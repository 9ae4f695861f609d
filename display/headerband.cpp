#include "headerband.h"

#include "displaystyle.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace novbe {

namespace ds = displaystyle;

HeaderBand::HeaderBand(const Clock &clock, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_zone(QTimeZone::utc())
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void HeaderBand::setCentreName(const QString &name)
{
    m_name = name;
    update();
}

void HeaderBand::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    update();
}

void HeaderBand::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    update();
}

QString HeaderBand::clockText() const
{
    return m_clock.now().toTimeZone(m_zone).toString(u"HH:mm"_s);
}

QRect HeaderBand::offlineDotRect() const
{
    if (m_online)
        return {};
    const int d = qMax(8, qRound(height() * 0.22));
    const int margin = qRound(height() * 0.12);
    return {width() - d - margin, margin, d, d};
}

QRect HeaderBand::nameRect() const
{
    const qreal h = height();
    const int side = qRound(h * 0.35);
    const int clockWidth = QFontMetrics(ds::numberFont(h * 0.62)).horizontalAdvance(clockText());
    const int right = width() - qRound(h * 0.5) - clockWidth;
    return {side, 0, right - 2 * side, height()};
}

bool HeaderBand::nameFits() const
{
    return QFontMetrics(ds::textFont(height() * 0.42, true)).horizontalAdvance(m_name)
        <= nameRect().width();
}

void HeaderBand::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette::color(palette::BAND));
    const qreal h = height();
    p.setPen(palette::color(palette::BAND_TEXT));
    p.setFont(ds::numberFont(h * 0.62));
    const QString clock = clockText();
    const int clockWidth = p.fontMetrics().horizontalAdvance(clock);
    const int dotSpace = qRound(h * 0.5); // the offline dot's corner, kept free
    const QRect clockRect(width() - dotSpace - clockWidth, 0, clockWidth, height());
    p.drawText(clockRect, Qt::AlignVCenter | Qt::AlignRight, clock);
    p.setFont(ds::textFont(h * 0.42, true));
    const QRect nameRect = this->nameRect();
    p.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
               p.fontMetrics().elidedText(m_name, Qt::ElideRight, nameRect.width()));
    if (!m_online) {
        const QRect dot = offlineDotRect();
        p.setPen(QPen(palette::color(palette::BAND_TEXT), qMax(1.0, h * 0.02)));
        p.setBrush(palette::color(palette::FAULT));
        p.drawEllipse(dot);
    }
}

} // namespace novbe
