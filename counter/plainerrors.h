#pragma once

// Engine and link errors in plain words for the operator: what happened and
// what to do. Translated (context "PlainErrors").

#include "protocol/errors.h"

#include <QString>

namespace novbe {

// The sentence for a failed login (operator.login / counter.open).
QString plainLoginError(const WireError &error);
// The sentence for a failed desk action; `ticket` is the number concerned, if any.
QString plainActionError(const WireError &error, const QString &ticket = {});
// The engine's TLS certificate was refused (AppLink::connectionFailed): the
// desk will not connect until an administrator fixes it.
QString plainTlsError();
// "5 minutes", "40 seconds": a lock-out wait in plain words.
QString plainWait(int seconds);

} // namespace novbe
