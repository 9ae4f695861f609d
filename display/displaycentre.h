#pragma once

#include "core/centreconfig.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace novbe {

// What a display knows about its centre, from `centre.get`.
struct DisplayCentre
{
    QString id;
    LocalizedText name;
    LocalizedText ticker;
    QString timezone = QStringLiteral("Asia/Baku");
    QStringList languages{QStringLiteral("az"), QStringLiteral("en"), QStringLiteral("ru")};
    QHash<QString, LocalizedText> counterNames;   // counter id -> short name
    QHash<QString, LocalizedText> serviceNames;   // service id -> name
    QHash<QString, QString> servicePrefixes;      // service id -> "A"

    // Parses a `centre.get` result; missing parts keep their defaults.
    static DisplayCentre fromJson(const QJsonObject &centreGet);
};

} // namespace novbe
