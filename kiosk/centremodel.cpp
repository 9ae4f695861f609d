#include "centremodel.h"

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

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

void CentreModel::loadCentre(const CentreView &centre)
{
    m_centreId = centre.centre.id;
    m_centreName = centre.centre.name;
    m_trackingBaseUrl = centre.centre.trackingBaseUrl;
    m_timeZone = centreTimeZone(centre.centre.timezone);
    QList<KioskService> services;
    for (const ServiceView &view : centre.services) {
        KioskService s;
        static_cast<ServiceView &>(s) = view;
        if (const KioskService *old = service(s.id)) {
            s.waitingCount = old->waitingCount;
            s.etaSec = old->etaSec;
        }
        services.append(s);
    }
    m_services = services;
    m_groups = groupsOf(m_services);
    m_categories.clear();
    for (const CategoryView &c : centre.categories) {
        const KioskCategory category{c.id, c.name, c.needsProof};
        if (category.id == "standard"_L1)
            m_categories.prepend(category);
        else
            m_categories.append(category);
    }
    m_loaded = true;
    emit centreChanged();
}

void CentreModel::applySnapshot(const QueueSnapshot &snapshot)
{
    for (KioskService &s : m_services)
        s.waitingCount = s.etaSec = 0;
    for (const ServiceQueueView &q : snapshot.services) {
        if (KioskService *s = findService(q.id)) {
            s->waitingCount = q.waitingCount;
            s->etaSec = q.etaSec;
        }
    }
    emit loadChanged();
}

// A manager's control changed (service.changed): whether the service takes
// tickets follows at once, at the event's time.
void CentreModel::applyControl(const ServiceControl &control, const QDateTime &at)
{
    KioskService *s = findService(control.service);
    if (!s)
        return;
    const QTime local = at.toTimeZone(m_timeZone).time();
    const bool hoursOpen = !s->hours || (local >= s->hours->open && local < s->hours->close);
    s->closed = control.closed;
    s->cutoff = control.cutoff;
    s->open = hoursOpen && !s->closed && !(s->cutoff && local >= *s->cutoff);
    emit centreChanged();
}

void CentreModel::applyEvent(const EventView &event)
{
    if (const auto *control = event.as<ServiceChangedEvent>())
        return applyControl(control->control, event.at);
    const auto *changed = event.as<QueueChangedEvent>();
    KioskService *s = changed ? findService(changed->service) : nullptr;
    if (!s)
        return;
    s->waitingCount = changed->waitingCount;
    s->etaSec = changed->etaSec;
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

int CentreModel::groupEtaSec(const QString &group) const
{
    int longest = 0;
    for (const KioskService &s : servicesOf(group)) {
        if (s.open && s.waitingCount > 0)
            longest = std::max(longest, s.etaSec);
    }
    return longest;
}

bool CentreModel::groupOpen(const QString &group) const
{
    const QList<KioskService> list = servicesOf(group);
    return std::any_of(list.begin(), list.end(), [](const KioskService &s) { return s.open; });
}

} // namespace novbe
