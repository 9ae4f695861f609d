// AttemptLimiter: counting failures per key, locks, the window, bounded memory.

#include "server/attemptlimiter.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using novbe::AttemptLimiter;

namespace {

const QDateTime T0 = QDateTime::fromString(u"2026-03-10T06:00:00.000Z"_s, Qt::ISODateWithMs);

} // namespace

TEST_CASE("a key locks on its Nth failure, for lockSec seconds, alone", "[server][auth]")
{
    AttemptLimiter limiter(3, 300);
    CHECK_FALSE(limiter.recordFailure(u"a"_s, T0));
    CHECK_FALSE(limiter.recordFailure(u"a"_s, T0));
    CHECK(limiter.lockedFor(u"a"_s, T0) == 0);
    CHECK(limiter.recordFailure(u"a"_s, T0));
    CHECK(limiter.lockedFor(u"a"_s, T0) == 300);
    CHECK(limiter.lockedFor(u"a"_s, T0.addMSecs(299001)) == 1);
    CHECK(limiter.lockedFor(u"b"_s, T0) == 0);
    CHECK_FALSE(limiter.recordFailure(u"a"_s, T0.addSecs(10))); // a lock is not extended
    CHECK(limiter.lockedFor(u"a"_s, T0.addSecs(10)) == 290);
    CHECK(limiter.lockedFor(u"a"_s, T0.addSecs(300)) == 0);
    CHECK(limiter.failures(u"a"_s) == 0);
}

TEST_CASE("a failure after a quiet window starts the count afresh; reset forgets", "[server][auth]")
{
    AttemptLimiter limiter(3, 300);
    limiter.recordFailure(u"a"_s, T0);
    limiter.recordFailure(u"a"_s, T0.addSecs(200));
    CHECK(limiter.failures(u"a"_s) == 2);
    CHECK_FALSE(limiter.recordFailure(u"a"_s, T0.addSecs(500))); // 300 s after the previous
    CHECK(limiter.failures(u"a"_s) == 1);
    limiter.reset(u"a"_s);
    CHECK(limiter.failures(u"a"_s) == 0);
    CHECK_FALSE(limiter.recordFailure(u"a"_s, T0.addSecs(501)));
    CHECK_FALSE(limiter.recordFailure(u"a"_s, T0.addSecs(502)));
    CHECK(limiter.recordFailure(u"a"_s, T0.addSecs(503)));
}

TEST_CASE("a flood of distinct keys keeps the table bounded, live locks first", "[server][auth]")
{
    AttemptLimiter limiter(2, 300, 100);
    limiter.recordFailure(u"locked"_s, T0);
    limiter.recordFailure(u"locked"_s, T0);
    for (int i = 0; i < 10000; ++i) {
        limiter.recordFailure(u"k%1"_s.arg(i), T0.addMSecs(i));
        REQUIRE(limiter.size() <= 100);
    }
    CHECK(limiter.lockedFor(u"locked"_s, T0.addSecs(20)) > 0);
    for (int i = 0; i < 1000; ++i) { // keys that lock fill the table with live locks
        limiter.recordFailure(u"L%1"_s.arg(i), T0);
        limiter.recordFailure(u"L%1"_s.arg(i), T0);
        REQUIRE(limiter.size() <= 100);
    }
}
