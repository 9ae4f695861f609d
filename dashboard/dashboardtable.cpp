#include "dashboardtable.h"

#include "dashboardformat.h"

#include "ui/palette.h"

#include <QHeaderView>

namespace novbe {

namespace {

// Sorts by the number (or text) in Qt::UserRole.
class SortItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(Qt::UserRole);
        const QVariant b = other.data(Qt::UserRole);
        if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
            return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
        return a.toDouble() < b.toDouble();
    }
};

} // namespace

DashboardTable::DashboardTable(int columns, QList<int> wrapColumns, QWidget *parent)
    : QTableWidget(0, columns, parent), m_wrapColumns(std::move(wrapColumns))
{
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : std::as_const(m_wrapColumns))
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    // Wrapped names need new row heights whenever their column's width changes.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (m_wrapColumns.contains(column))
            resizeRowsToContents();
    });
}

void DashboardTable::setHeaders(const QStringList &headers)
{
    setHorizontalHeaderLabels(headers);
}

void DashboardTable::beginFill(int rows)
{
    setSortingEnabled(false);
    setRowCount(rows);
}

void DashboardTable::setCell(int row, int column, const QString &text, const QVariant &sortKey,
                             Level level)
{
    auto *cell = new SortItem(text);
    cell->setData(Qt::UserRole, sortKey);
    if (m_wrapColumns.contains(column))
        cell->setToolTip(text);
    else
        cell->setData(Qt::TextAlignmentRole, int(Qt::AlignRight | Qt::AlignVCenter));
    if (level != Level::Neutral) {
        cell->setBackground(palette::color(DashboardFormat::background(level)));
        cell->setForeground(palette::color(DashboardFormat::foreground(level)));
    }
    setItem(row, column, cell);
}

void DashboardTable::endFill()
{
    setSortingEnabled(true);
    resizeRowsToContents();
}

} // namespace novbe
