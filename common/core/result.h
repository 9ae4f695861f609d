#pragma once

#include <QString>
#include <QVariantMap>

#include <utility>
#include <variant>

namespace novbe {

// Domain error kinds. Mapped to wire codes in exactly one place
// (common/protocol/errors.cpp). Only append; never renumber.
enum class ErrorCode {
    InvalidParams,
    UnknownService,
    ServiceClosed,
    LimitReached,
    InvalidState,
    NotFound,
    TooEarly,
    TooLate,
    NoCounter,
    NoOperator,
    CounterBusy,
    StorageUnavailable,
    Internal,
};

struct DomainError
{
    ErrorCode code = ErrorCode::Internal;
    QString message;  // human text, English, no internals
    QVariantMap data; // extra wire fields (e.g. opensAt)
};

inline DomainError makeError(ErrorCode code, QString message, QVariantMap data = {})
{
    return DomainError{code, std::move(message), std::move(data)};
}

// Either a value or a DomainError.
template <typename T> class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(DomainError error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    // Requires: ok()
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    // Requires: !ok()
    const DomainError &error() const { return std::get<DomainError>(m_v); }

private:
    std::variant<T, DomainError> m_v;
};

struct Unit
{
};

using Status = Result<Unit>;

inline Status okStatus()
{
    return Unit{};
}

} // namespace novbe
