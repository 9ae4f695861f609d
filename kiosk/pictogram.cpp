#include "pictogram.h"

#include "ui/palette.h"

#include <QPainter>
#include <QPainterPath>

namespace novbe {

NoTicketPictogram::NoTicketPictogram(QWidget *parent) : QWidget(parent)
{
    setFixedSize(sizeHint());
    setAccessibleName(QStringLiteral("no tickets"));
}

void NoTicketPictogram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = qMin(width(), height());
    const QRectF ticket(s * 0.3, s * 0.18, s * 0.4, s * 0.64);
    QPainterPath paper;
    paper.addRoundedRect(ticket, s * 0.03, s * 0.03);
    p.fillPath(paper, palette::color(palette::SURFACE));
    p.setPen(QPen(palette::color(palette::TEXT), s * 0.025));
    p.drawPath(paper);
    for (int i = 0; i < 3; ++i) { // the printed lines
        const qreal y = ticket.top() + ticket.height() * (0.3 + 0.2 * i);
        p.drawLine(QPointF(ticket.left() + s * 0.07, y), QPointF(ticket.right() - s * 0.07, y));
    }
    const qreal ring = s * 0.07;
    p.setPen(QPen(palette::color(palette::FAULT), ring, Qt::SolidLine, Qt::FlatCap));
    p.setBrush(Qt::NoBrush);
    const QRectF circle(ring / 2, ring / 2, s - ring, s - ring);
    p.drawEllipse(circle);
    const QPointF c = circle.center();
    const qreal r = circle.width() / 2 * 0.7071;
    p.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
}

} // namespace novbe
