#include "controlstable.h"

namespace novbe {

ControlsTable::ControlsTable(QWidget *parent) : DashboardTable(4, {0, 2}, parent)
{
    setObjectName(QStringLiteral("controlsTable"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    retranslate();
}

void ControlsTable::retranslate()
{
    setHeaders({tr("Service", "table column"), tr("Waiting", "table column"),
                tr("New tickets", "table column"), tr("Cut-off\ntoday", "table column")});
}

QString ControlsTable::stateText(const ControlRow &r)
{
    if (r.closed)
        return tr("Closed by the manager for today");
    if (!r.open && r.cutoff)
        return tr("No new tickets after %1").arg(r.cutoff->toString(QStringLiteral("HH:mm")));
    if (!r.open)
        return tr("Closed (opening hours)");
    return tr("Open");
}

void ControlsTable::render(const std::vector<ControlRow> &rows, const QLocale &locale)
{
    const QString selected = selectedService();
    beginFill(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        const ControlRow &r = rows[size_t(i)];
        setCell(i, 0, r.name, r.name);
        item(i, 0)->setData(Qt::UserRole + 1, r.id);
        setCell(i, 1, locale.toString(r.waiting), r.waiting);
        setCell(i, 2, stateText(r), stateText(r),
                r.closed ? Level::Fault : (r.open ? Level::Ok : Level::Warning));
        setCell(i, 3, r.cutoff ? r.cutoff->toString(QStringLiteral("HH:mm")) : QStringLiteral("–"),
                r.cutoff ? r.cutoff->msecsSinceStartOfDay() : -1);
    }
    endFill();
    selectService(selected);
}

QString ControlsTable::selectedService() const
{
    const QList<QTableWidgetItem *> items = selectedItems();
    for (const QTableWidgetItem *cell : items) {
        if (cell->column() == 0)
            return cell->data(Qt::UserRole + 1).toString();
    }
    return {};
}

void ControlsTable::selectService(const QString &id)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, 0) && item(row, 0)->data(Qt::UserRole + 1).toString() == id && !id.isEmpty())
            return selectRow(row);
    }
}

} // namespace novbe
