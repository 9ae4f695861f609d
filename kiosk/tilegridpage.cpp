#include "tilegridpage.h"

#include "tile.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {
constexpr int SPACING = 24;          // >= 3 mm between tiles on a 24" screen
constexpr int MIN_TILE_HEIGHT = 220; // >= 20 mm
} // namespace

TileGridPage::TileGridPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_grid(new QWidget)
    , m_layout(new QGridLayout(m_grid))
{
    m_heading->setObjectName(u"pageHeading"_s);
    m_heading->setWordWrap(true);
    m_note->setObjectName(u"pageNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();
    m_layout->setSpacing(SPACING);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_grid->setObjectName(u"tileGrid"_s);
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    QScroller::grabGesture(m_scroll->viewport(), QScroller::TouchGesture);
    m_scroll->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 28, 40, 28);
    layout->setSpacing(20);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    layout->addWidget(m_scroll, 1);
}

void TileGridPage::setHeading(const QString &heading, const QString &note)
{
    m_heading->setText(heading);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString TileGridPage::heading() const
{
    return m_heading->text();
}

void TileGridPage::setTiles(const QList<TileSpec> &tiles)
{
    bool same = tiles.size() == m_tiles.size();
    for (int i = 0; same && i < tiles.size(); ++i)
        same = tiles[i].id == m_tiles[i]->id();
    if (!same)
        rebuild(tiles);
    for (int i = 0; i < tiles.size(); ++i) {
        m_tiles[i]->setTexts(tiles[i].title, tiles[i].subtitle);
        m_tiles[i]->setKind(tiles[i].kind);
    }
}

void TileGridPage::rebuild(const QList<TileSpec> &tiles)
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    for (const TileSpec &spec : tiles) {
        auto *tile = new Tile(spec.id, m_grid);
        connect(tile, &Tile::clicked, this, [this, id = spec.id] { emit tileClicked(id); });
        m_tiles.append(tile);
    }
    m_scroll->verticalScrollBar()->setValue(0);
    layoutTiles();
}

void TileGridPage::setGeometryRule(int columns, int visibleRows)
{
    if (columns == m_columns && visibleRows == m_visibleRows)
        return;
    m_columns = std::max(1, columns);
    m_visibleRows = std::max(1, visibleRows);
    layoutTiles();
}

Tile *TileGridPage::tile(const QString &id) const
{
    for (Tile *t : m_tiles) {
        if (t->id() == id)
            return t;
    }
    return nullptr;
}

bool TileGridPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        layoutTiles();
    return QWidget::eventFilter(watched, event);
}

void TileGridPage::layoutTiles()
{
    for (Tile *t : std::as_const(m_tiles))
        m_layout->removeWidget(t);
    const int rows = (int(m_tiles.size()) + m_columns - 1) / m_columns;
    const int available = m_scroll->viewport()->height();
    const int height = std::max(MIN_TILE_HEIGHT,
                                (available - SPACING * (m_visibleRows - 1)) / m_visibleRows);
    for (int i = 0; i < m_tiles.size(); ++i) {
        m_tiles[i]->setFixedHeight(height);
        m_layout->addWidget(m_tiles[i], i / m_columns, i % m_columns);
    }
    for (int c = 0; c < std::max(m_columns, m_layout->columnCount()); ++c)
        m_layout->setColumnStretch(c, c < m_columns ? 1 : 0);
    for (int r = 0; r < std::max(rows + 1, m_layout->rowCount()); ++r)
        m_layout->setRowStretch(r, r == rows ? 1 : 0);
}

} // namespace novbe
