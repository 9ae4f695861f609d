#include "offlinebanner.h"

#include "displaystyle.h"

#include "app/textfit.h"

#include <QPainter>

namespace novbe {

namespace ds = displaystyle;

OfflineBanner::OfflineBanner(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void OfflineBanner::setText(const QString &text)
{
    m_text = text;
    update();
}

namespace {

QRectF textBox(const QWidget &w)
{
    const qreal m = w.height() * 0.12;
    return QRectF(w.rect()).adjusted(m * 3, m, -m * 3, -m);
}

} // namespace

QFont OfflineBanner::fittedFont() const
{
    const QRectF box = textBox(*this);
    return novbe::fittedFont(ds::textFont(0, true), m_text, box.size(), false, box.height() * 0.75,
                             6);
}

bool OfflineBanner::textFits() const
{
    return novbe::textFits(fittedFont(), m_text, textBox(*this).size(), false);
}

void OfflineBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(rect(), palette::color(palette::FAULT));
    p.setPen(palette::color(palette::BAND_TEXT));
    p.setFont(fittedFont());
    p.drawText(textBox(*this), Qt::AlignCenter, m_text);
}

} // namespace novbe
