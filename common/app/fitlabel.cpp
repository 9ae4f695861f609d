#include "fitlabel.h"

#include "textfit.h"

#include <QEvent>
#include <QFontMetricsF>

using namespace Qt::StringLiterals;

namespace novbe {

FitLabel::FitLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
}

void FitLabel::setMaxLines(int lines)
{
    m_maxLines = qMax(1, lines);
    fit();
}

void FitLabel::setMaxTextHeight(int px)
{
    if (px == m_maxHeight)
        return;
    m_maxHeight = qMax(0, px);
    m_shownPx = 0;
    fit();
}

void FitLabel::setMinScale(qreal scale)
{
    m_minScale = qBound(0.2, scale, 1.0);
    fit();
}

void FitLabel::setText(const QString &text)
{
    QLabel::setText(text);
    fit();
}

void FitLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void FitLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::StyleChange && !m_fitting) {
        // A new style sheet size (e.g. another tile kind): measure it afresh.
        m_fitting = true;
        setStyleSheet(QString());
        m_fitting = false;
        m_basePx = 0;
        m_shownPx = 0;
        fit();
    }
}

void FitLabel::fit()
{
    if (m_fitting || text().isEmpty() || width() <= 0)
        return;
    if (m_basePx == 0) {
        ensurePolished();
        m_basePx = font().pixelSize() > 0 ? font().pixelSize() : qRound(font().pointSizeF() * 1.33);
    }
    const int width = contentsRect().width() - 2 * margin();
    QFont f = font();
    int px = m_basePx;
    for (; px > m_basePx * m_minScale; px = qMin(px - 1, int(px * 0.96))) {
        f.setPixelSize(px);
        qreal box = m_maxLines * QFontMetricsF(f).lineSpacing() + 1;
        if (m_maxHeight > 0)
            box = qMin(box, qreal(m_maxHeight));
        if (textFits(f, text(), QSizeF(width, box), true))
            break;
    }
    if (px == m_shownPx && (px == m_basePx) == styleSheet().isEmpty())
        return;
    m_shownPx = px;
    m_fitting = true;
    setStyleSheet(px == m_basePx ? QString() : u"font-size: %1px;"_s.arg(px));
    m_fitting = false;
}

QString keepTogether(const QString &text)
{
    QString out = text;
    out.replace(u' ', u'\u00A0');
    return out;
}

} // namespace novbe
