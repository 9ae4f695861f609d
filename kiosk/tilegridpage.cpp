#include "tilegridpage.h"

#include "tile.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {
constexpr int SPACING = 24;          // >= 3 mm between tiles on a 24" screen
constexpr int MIN_TILE_HEIGHT = 220; // >= 20 mm
constexpr double PEEK = 0.35;        // of a tile row showing below the last full row
} // namespace

TileGridPage::TileGridPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_headingRow(new QHBoxLayout)
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
    // A finger drags the tiles (kinetic, also for touchscreens that send
    // mouse events); the slim bar only shows where the list is.
    m_scroll->verticalScrollBar()->setAttribute(Qt::WA_TransparentForMouseEvents);
    QScroller::grabGesture(m_scroll->viewport(), QScroller::LeftMouseButtonGesture);
    QScrollerProperties props = QScroller::scroller(m_scroll->viewport())->scrollerProperties();
    props.setScrollMetric(QScrollerProperties::OvershootDragResistanceFactor, 0.3);
    props.setScrollMetric(QScrollerProperties::HorizontalOvershootPolicy,
                          QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff));
    QScroller::scroller(m_scroll->viewport())->setScrollerProperties(props);
    m_scroll->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 28, 40, 28);
    layout->setSpacing(20);
    m_headingRow->setSpacing(20);
    m_headingRow->addWidget(m_heading, 1);
    layout->addLayout(m_headingRow);
    layout->addWidget(m_note);
    layout->addWidget(m_scroll, 1);
}

void TileGridPage::setHeading(const QString &heading, const QString &note)
{
    m_heading->setText(heading);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QPushButton *TileGridPage::action(const QString &id)
{
    if (QPushButton *b = m_actions.value(id))
        return b;
    auto *button = new QPushButton(this);
    button->setObjectName(u"pageAction"_s);
    button->setProperty("action", id);
    button->setFocusPolicy(Qt::NoFocus);
    m_headingRow->addWidget(button, 0, Qt::AlignVCenter);
    m_actions.insert(id, button);
    return button;
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
    // More rows than fit: the next row peeks in under the last full one, so
    // a citizen sees that the list goes on.
    const bool more = rows > m_visibleRows;
    const double shown = m_visibleRows + (more ? PEEK : 0.0);
    const int gaps = SPACING * (more ? m_visibleRows : m_visibleRows - 1);
    const int height = std::max(MIN_TILE_HEIGHT, int((available - gaps) / shown));
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
