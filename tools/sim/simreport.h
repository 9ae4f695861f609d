#pragma once

// The day's figures as Markdown tables (for people) and JSON (for tools).

#include "simstats.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace novbe::sim {

QString dayMarkdown(const DaySummary &day);
QJsonObject dayJson(const DaySummary &day);
// One line per policy: the figures that tell the policies apart.
QString comparisonMarkdown(const std::vector<DaySummary> &days);
QByteArray toJsonText(const QJsonObject &o);

} // namespace novbe::sim
