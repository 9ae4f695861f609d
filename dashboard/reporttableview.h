#pragma once

// One report table (reporttables.h) on screen: the Reports tab's groupings
// and the HQ dashboard's national and centre reports.

#include "dashboardtable.h"
#include "reporttables.h"

namespace novbe {

class ReportTableView : public DashboardTable
{
public:
    // The centre report's 15 columns (name and pauses wrap), or `columns`
    // with only the name wrapping (HQ's tables, hqreportadapter.h).
    ReportTableView() : DashboardTable(15, {0, 14}) {}
    explicit ReportTableView(int columns) : DashboardTable(columns, {0}) {}
    void fill(const ReportTable &t)
    {
        setHeaders(t.headers);
        beginFill(int(t.rows.size()));
        for (int r = 0; r < int(t.rows.size()); ++r) {
            for (int c = 0; c < t.rows[size_t(r)].size(); ++c)
                setCell(r, c, t.rows[size_t(r)][c], t.sortKeys[size_t(r)][size_t(c)]);
        }
        endFill();
    }
};

} // namespace novbe
