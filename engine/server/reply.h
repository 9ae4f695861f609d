#pragma once

#include "core/queueengine.h"
#include "protocol/errors.h"

#include <QJsonObject>

#include <functional>
#include <optional>
#include <variant>

namespace novbe {

// A read's answer: the result object or the error to send.
using Answer = std::variant<QJsonObject, WireError>;

// What a handler answers. Errors and write results are known at once; reads
// are evaluated at flush time, after the batch was committed or rolled back.
struct Reply
{
    std::optional<WireError> error;
    std::function<Answer()> read;          // deferred read
    std::optional<Outcome> outcome;        // a write: persisted before the answer leaves
    QJsonObject result;                    // a write's (or an immediate) result
    std::function<void()> undo;            // session-side effects to undo on rollback
    bool closeAfter = false;               // close the connection after this answer

    static Reply fail(WireError error);
    static Reply fail(const DomainError &error);
    static Reply value(QJsonObject result);
    static Reply deferred(std::function<Answer()> read);
    static Reply write(Outcome outcome, QJsonObject result, std::function<void()> undo = {});
    // A core result: its error, or a write with `result` built from the outcome.
    static Reply fromCore(Result<Outcome> outcome,
                          const std::function<QJsonObject(const Outcome &)> &result,
                          std::function<void()> undo = {});
};

} // namespace novbe
