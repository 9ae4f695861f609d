#include "routing.h"

#include <algorithm>

namespace novbe {

CallKey callKey(const Ticket &ticket, int boostMin, double weight, const QDateTime &now)
{
    CallKey key;
    key.queuedAt = ticket.queuedAt;
    key.orderKey = ticket.orderKey;
    if (!ticket.appointment.isEmpty() && ticket.slotStart.isValid() && ticket.slotStart <= now) {
        key.appointmentDue = true;
        key.slotStart = ticket.slotStart;
        return key;
    }
    const double waitMin = double(ticket.queuedAt.msecsTo(now)) / 60000.0;
    key.score = (waitMin + boostMin) * weight;
    return key;
}

bool callsBefore(const CallKey &a, const CallKey &b)
{
    if (a.appointmentDue != b.appointmentDue)
        return a.appointmentDue;
    if (a.appointmentDue && a.slotStart != b.slotStart)
        return a.slotStart < b.slotStart;
    if (!a.appointmentDue && a.score != b.score)
        return a.score > b.score;
    if (a.queuedAt != b.queuedAt)
        return a.queuedAt < b.queuedAt;
    return a.orderKey < b.orderKey;
}

void sortInCallOrder(std::vector<Ticket> &tickets, const CentreConfig &config,
                     const QString &counter, const QDateTime &now)
{
    std::vector<std::pair<CallKey, Ticket>> keyed;
    keyed.reserve(tickets.size());
    for (Ticket &t : tickets) {
        const Category *cat = config.category(t.category);
        const double weight = counter.isEmpty() ? 1.0 : config.weight(counter, t.service);
        keyed.emplace_back(callKey(t, cat ? cat->boostMin : 0, weight, now), std::move(t));
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return callsBefore(a.first, b.first); });
    tickets.clear();
    for (auto &[key, t] : keyed)
        tickets.push_back(std::move(t));
}

} // namespace novbe
