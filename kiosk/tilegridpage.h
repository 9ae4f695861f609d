#pragma once

#include <QHash>
#include <QList>
#include <QWidget>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace novbe {

class Tile;

struct TileSpec
{
    QString id;
    QString title;
    QString subtitle;
    QString kind = QStringLiteral("normal"); // normal | primary | closed
};

// A heading, an optional note and a grid of tiles that scrolls by finger
// (kinetic) when more tiles exist than fit: columns x visibleRows tiles are
// on screen at once and the next row peeks in below them.
class TileGridPage : public QWidget
{
    Q_OBJECT

public:
    explicit TileGridPage(QWidget *parent = nullptr);

    void setHeading(const QString &heading, const QString &note = {});
    // A button beside the heading ("Search", "Priority"), created on first use.
    QPushButton *action(const QString &id);
    QString heading() const;
    // Replaces the tiles (kept, and only re-labelled, when the ids are the same).
    void setTiles(const QList<TileSpec> &tiles);
    void setGeometryRule(int columns, int visibleRows);
    Tile *tile(const QString &id) const;
    QList<Tile *> tiles() const { return m_tiles; }

signals:
    void tileClicked(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild(const QList<TileSpec> &tiles);
    void layoutTiles();

    QLabel *m_heading;
    QHBoxLayout *m_headingRow;
    QHash<QString, QPushButton *> m_actions;
    QLabel *m_note;
    QScrollArea *m_scroll;
    QWidget *m_grid;
    QGridLayout *m_layout;
    QList<Tile *> m_tiles;
    int m_columns = 2;
    int m_visibleRows = 4;
};

} // namespace novbe
