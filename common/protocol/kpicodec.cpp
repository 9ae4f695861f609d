#include "codec.h"

#include "readmodelcodec.h"

namespace novbe {

QJsonObject kpisToJson(const Kpis &kpis)
{
    return encode(kpis);
}

std::optional<Kpis> kpisFromJson(const QJsonObject &json)
{
    return decode<Kpis>(json);
}

} // namespace novbe
