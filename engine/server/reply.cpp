#include "reply.h"

namespace novbe {

Reply Reply::fail(WireError error)
{
    Reply r;
    r.error = std::move(error);
    return r;
}

Reply Reply::fail(const DomainError &error)
{
    return fail(toWireError(error));
}

Reply Reply::value(QJsonObject result)
{
    Reply r;
    r.result = std::move(result);
    return r;
}

Reply Reply::deferred(std::function<Answer()> read)
{
    Reply r;
    r.read = std::move(read);
    return r;
}

Reply Reply::write(Outcome outcome, QJsonObject result, std::function<void()> undo)
{
    Reply r;
    r.outcome = std::move(outcome);
    r.result = std::move(result);
    r.undo = std::move(undo);
    return r;
}

Reply Reply::fromCore(Result<Outcome> outcome,
                      const std::function<QJsonObject(const Outcome &)> &result,
                      std::function<void()> undo)
{
    if (!outcome.ok())
        return fail(outcome.error());
    QJsonObject json = result(outcome.value());
    return write(std::move(outcome).value(), std::move(json), std::move(undo));
}

} // namespace novbe
