#include "handlerutil.h"

#include "logging.h"
#include "session.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

template<typename T>
void moveAppend(std::vector<T> &into, std::vector<T> &from)
{
    into.insert(into.end(), std::make_move_iterator(from.begin()),
                std::make_move_iterator(from.end()));
}

} // namespace

ViewScope scopeOf(const EngineContext &context, const Session &session)
{
    return ViewScope{session.role() == Role::Display, context.config().device(session.device())};
}

void appendOutcome(Outcome &into, Outcome from)
{
    moveAppend(into.appointments, from.appointments);
    moveAppend(into.events, from.events);
    if (from.ticket)
        into.ticket = std::move(from.ticket);
    if (from.counter)
        into.counter = std::move(from.counter);
    if (from.appointment)
        into.appointment = std::move(from.appointment);
}

Outcome releaseSessionCounter(EngineContext &context, Session &session)
{
    const QString counter = session.counter();
    if (counter.isEmpty())
        return {};
    session.setCounter({});
    Result<Outcome> result = context.core.releaseCounter(counter, context.now());
    if (!result.ok()) {
        qCWarning(lcServer).noquote() << "release of counter" << counter
                                      << "failed:" << result.error().message;
        return {};
    }
    return std::move(result).value();
}

QJsonObject ticketResult(const EngineContext &context, const std::optional<Ticket> &ticket)
{
    if (!ticket)
        return {{u"ticket"_s, QJsonValue::Null}};
    const Ticket *live = context.core.ticket(ticket->id);
    return {{u"ticket"_s, ticketJson(context.core, live ? *live : *ticket, context.now())}};
}

QJsonObject counterResult(const EngineContext &context, const std::optional<CounterStatus> &counter)
{
    if (!counter)
        return {{u"counter"_s, QJsonValue::Null}};
    const std::optional<CounterStatus> live = context.core.counter(counter->id);
    return {{u"counter"_s, counterJson(context.core, live ? *live : *counter, false)}};
}

} // namespace novbe
