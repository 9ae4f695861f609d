#pragma once

#include "core/queueengine.h"
#include "protocol/errors.h"
#include "protocol/readmodel.h"
#include "store/storedanswer.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>
#include <optional>
#include <variant>

namespace novbe {

// A read's answer: the result object (as JSON or already encoded) or the error to send.
using Answer = std::variant<QJsonObject, QByteArray, WireError>;

// What a handler answers. Errors and write results are known at once; reads
// are evaluated at flush time, after the batch was committed or rolled back.
struct Reply
{
    std::optional<WireError> error;
    std::function<Answer()> read;        // deferred read
    std::optional<Outcome> outcome;      // a write: persisted before the answer leaves
    QByteArray result;                   // a write's (or an immediate) result, encoded
    std::function<void()> undo;          // session-side effects to undo on rollback
    bool closeAfter = false;             // close the connection after this answer
    std::optional<AuditEntryView> audit; // written with the outcome, in the same transaction
    std::optional<StoredAnswer> answer;  // an HTTP Idempotency-Key answer, likewise

    static Reply fail(WireError error);
    static Reply fail(const DomainError &error);
    static Reply value(const QJsonObject &result);
    static Reply value(QByteArray encodedResult);
    static Reply deferred(std::function<Answer()> read);
    static Reply write(Outcome outcome, const QJsonObject &result, std::function<void()> undo = {});
    static Reply write(Outcome outcome, QByteArray encodedResult, std::function<void()> undo = {});
    // A core result: its error, or a write with `result` built from the outcome.
    static Reply fromCore(Result<Outcome> outcome,
                          const std::function<QJsonObject(const Outcome &)> &result,
                          std::function<void()> undo = {});
    static Reply fromCore(Result<Outcome> outcome,
                          const std::function<QByteArray(const Outcome &)> &encodedResult,
                          std::function<void()> undo = {});
};

} // namespace novbe
