#pragma once

// The dashboard's tables share one look: read-only, sortable by the number
// behind each cell (not its text), row heights fitted to wrapped text,
// multi-line headers sized to their words.

#include "dashboardmodel.h"

#include <QTableWidget>

namespace novbe {

class DashboardTable : public QTableWidget
{
    Q_OBJECT

public:
    // Columns in `wrapColumns` share the spare width and wrap (names, lists);
    // the others fit their contents.
    DashboardTable(int columns, QList<int> wrapColumns, QWidget *parent = nullptr);

protected:
    void setHeaders(const QStringList &headers);
    // Starts a refill with `rows` rows (sorting paused until endFill).
    void beginFill(int rows);
    // Cell (row, column): `text`, sorted by `sortKey`, tinted by `level`.
    void setCell(int row, int column, const QString &text, const QVariant &sortKey,
                 Level level = Level::Neutral);
    void endFill();

private:
    QList<int> m_wrapColumns;
};

} // namespace novbe
