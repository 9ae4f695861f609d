#include "tile.h"

#include "app/fitlabel.h"

#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

Tile::Tile(const QString &id, QWidget *parent)
    : QPushButton(parent), m_id(id), m_title(new FitLabel(this)), m_subtitle(new FitLabel(this))
{
    setObjectName(u"tile"_s);
    setFocusPolicy(Qt::NoFocus);
    m_title->setObjectName(u"tileTitle"_s);
    m_subtitle->setObjectName(u"tileSubtitle"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(10);
    layout->addStretch(1);
    m_title->setMaxLines(3);
    m_subtitle->setMaxLines(2);
    for (FitLabel *label : {m_title, m_subtitle}) {
        label->setAlignment(Qt::AlignCenter);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        layout->addWidget(label);
    }
    layout->addStretch(1);
    setKind(u"normal"_s);
}

void Tile::setTexts(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    fitTitle();
    setAccessibleName(subtitle.isEmpty() ? title : title + u", "_s + subtitle);
}

void Tile::resizeEvent(QResizeEvent *event)
{
    QPushButton::resizeEvent(event);
    fitTitle();
}

// The title gets what the subtitle leaves of the tile's height.
void Tile::fitTitle()
{
    const QMargins m = layout()->contentsMargins();
    const int inner = width() - m.left() - m.right();
    int room = height() - m.top() - m.bottom();
    if (m_subtitle->isVisibleTo(this))
        room -= m_subtitle->heightForWidth(inner) + layout()->spacing();
    m_title->setMaxTextHeight(qMax(1, room));
}

QString Tile::title() const
{
    return m_title->text();
}

QString Tile::subtitle() const
{
    return m_subtitle->text();
}

void Tile::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    setProperty("kind", kind);
    for (QWidget *w : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_title),
                       static_cast<QWidget *>(m_subtitle)}) {
        w->setProperty("kind", kind);
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
}

} // namespace novbe
