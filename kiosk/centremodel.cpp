#include "centremodel.h"

#include "protocol/codec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

KioskService serviceFromJson(const QJsonObject &json)
{
    KioskService s;
    s.id = json.value("id"_L1).toString();
    s.prefix = json.value("prefix"_L1).toString();
    s.name = localizedFromJson(json.value("name"_L1).toObject());
    s.group = json.value("group"_L1).toString();
    s.groupName = localizedFromJson(json.value("groupName"_L1).toObject());
    s.open = json.value("open"_L1).toBool(true);
    s.hours = hoursFromJson(json.value("hours"_L1));
    return s;
}

QList<KioskGroup> groupsOf(const QList<KioskService> &services)
{
    QList<KioskGroup> groups;
    for (const KioskService &s : services) {
        const QString id = s.group.isEmpty() ? s.id : s.group;
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const KioskGroup &g) { return g.id == id; });
        if (it == groups.end()) {
            LocalizedText name = s.groupName.isEmpty() ? s.name : s.groupName;
            if (name.isEmpty())
                name.insert(u"en"_s, id);
            groups.append(KioskGroup{id, name, {}});
            it = groups.end() - 1;
        }
        it->services.append(s.id);
    }
    return groups;
}

} // namespace

std::optional<OpeningHours> hoursFromJson(const QJsonValue &value)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2)
        return std::nullopt;
    const QTime open = QTime::fromString(pair.at(0).toString(), u"HH:mm"_s);
    const QTime close = QTime::fromString(pair.at(1).toString(), u"HH:mm"_s);
    if (!open.isValid() || !close.isValid())
        return std::nullopt;
    return OpeningHours{open, close};
}

void CentreModel::loadCentre(const QJsonObject &centreGet)
{
    const QJsonObject centre = centreGet.value("centre"_L1).toObject();
    m_centreId = centre.value("id"_L1).toString();
    m_centreName = localizedFromJson(centre.value("name"_L1).toObject());
    m_trackingBaseUrl = centre.value("trackingBaseUrl"_L1).toString();
    QList<KioskService> services;
    for (const QJsonValue &v : centreGet.value("services"_L1).toArray()) {
        KioskService s = serviceFromJson(v.toObject());
        if (const KioskService *old = service(s.id)) {
            s.waitingCount = old->waitingCount;
            s.etaSec = old->etaSec;
        }
        services.append(s);
    }
    m_services = services;
    m_groups = groupsOf(m_services);
    m_categories.clear();
    for (const QJsonValue &v : centreGet.value("categories"_L1).toArray()) {
        const QJsonObject c = v.toObject();
        KioskCategory category{c.value("id"_L1).toString(),
                               localizedFromJson(c.value("name"_L1).toObject()),
                               c.value("needsProof"_L1).toBool()};
        if (category.id == "standard"_L1)
            m_categories.prepend(category);
        else
            m_categories.append(category);
    }
    m_loaded = true;
    emit centreChanged();
}

void CentreModel::applySnapshot(const QJsonObject &snapshot)
{
    for (KioskService &s : m_services)
        s.waitingCount = s.etaSec = 0;
    for (const QJsonValue &v : snapshot.value("services"_L1).toArray()) {
        const QJsonObject q = v.toObject();
        if (KioskService *s = findService(q.value("id"_L1).toString())) {
            s->waitingCount = q.value("waitingCount"_L1).toInt();
            s->etaSec = q.value("etaSec"_L1).toInt();
        }
    }
    emit loadChanged();
}

void CentreModel::applyEvent(const QJsonObject &event)
{
    if (event.value("type"_L1).toString() != "queue.changed"_L1)
        return;
    KioskService *s = findService(event.value("service"_L1).toString());
    if (!s)
        return;
    s->waitingCount = event.value("waitingCount"_L1).toInt();
    s->etaSec = event.value("etaSec"_L1).toInt();
    emit loadChanged();
}

std::optional<KioskGroup> CentreModel::group(const QString &id) const
{
    for (const KioskGroup &g : m_groups) {
        if (g.id == id)
            return g;
    }
    return std::nullopt;
}

QList<KioskService> CentreModel::servicesOf(const QString &group) const
{
    QList<KioskService> out;
    for (const KioskService &s : m_services) {
        if ((s.group.isEmpty() ? s.id : s.group) == group)
            out.append(s);
    }
    return out;
}

const KioskService *CentreModel::service(const QString &id) const
{
    for (const KioskService &s : m_services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

KioskService *CentreModel::findService(const QString &id)
{
    return const_cast<KioskService *>(std::as_const(*this).service(id));
}

const KioskCategory *CentreModel::category(const QString &id) const
{
    for (const KioskCategory &c : m_categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

int CentreModel::groupWaiting(const QString &group) const
{
    int total = 0;
    for (const KioskService &s : servicesOf(group))
        total += s.open ? s.waitingCount : 0;
    return total;
}

bool CentreModel::groupOpen(const QString &group) const
{
    const QList<KioskService> list = servicesOf(group);
    return std::any_of(list.begin(), list.end(), [](const KioskService &s) { return s.open; });
}

} // namespace novbe
