#pragma once

// Every counter as a tile: state colour, operator, current ticket and the
// time at it, pause reason and its length; a counter idle while citizens of
// its services wait is outlined red and says so.

#include "dashboardmodel.h"

#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;

namespace novbe {

class CountersGrid : public QWidget
{
    Q_OBJECT

public:
    static constexpr int COLUMNS = 5;

    explicit CountersGrid(QWidget *parent = nullptr);
    void render(const std::vector<CounterTile> &tiles, const QDateTime &now);
    // The tile's text lines (for tests).
    QString tileText(int i) const;
    // A counter state as the manager reads it.
    static QString stateText(const QString &state);

private:
    QGridLayout *m_grid;
    std::vector<QLabel *> m_tiles;
};

} // namespace novbe
