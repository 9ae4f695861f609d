#include "reply.h"

#include <QJsonDocument>

namespace novbe {

namespace {

QByteArray encoded(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

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

Reply Reply::value(const QJsonObject &result)
{
    return value(encoded(result));
}

Reply Reply::value(QByteArray encodedResult)
{
    Reply r;
    r.result = std::move(encodedResult);
    return r;
}

Reply Reply::deferred(std::function<Answer()> read)
{
    Reply r;
    r.read = std::move(read);
    return r;
}

Reply Reply::write(Outcome outcome, const QJsonObject &result, std::function<void()> undo)
{
    return write(std::move(outcome), encoded(result), std::move(undo));
}

Reply Reply::write(Outcome outcome, QByteArray encodedResult, std::function<void()> undo)
{
    Reply r;
    r.outcome = std::move(outcome);
    r.result = std::move(encodedResult);
    r.undo = std::move(undo);
    return r;
}

Reply Reply::fromCore(Result<Outcome> outcome,
                      const std::function<QJsonObject(const Outcome &)> &result,
                      std::function<void()> undo)
{
    if (!outcome.ok())
        return fail(outcome.error());
    const QJsonObject json = result(outcome.value());
    return write(std::move(outcome).value(), json, std::move(undo));
}

Reply Reply::fromCore(Result<Outcome> outcome,
                      const std::function<QByteArray(const Outcome &)> &encodedResult,
                      std::function<void()> undo)
{
    if (!outcome.ok())
        return fail(outcome.error());
    QByteArray bytes = encodedResult(outcome.value());
    return write(std::move(outcome).value(), std::move(bytes), std::move(undo));
}

} // namespace novbe
