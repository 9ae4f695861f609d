// The queue forecast on afternoons with known answers.
#include "testcentre.h"

#include "core/forecast.h"

#include <catch2/catch.hpp>

using namespace novbe;
using namespace novbe::test;

namespace {

ForecastInput afternoon(int waiting, double served, double arrivals)
{
    return ForecastInput{baku(15, 0), baku(18, 0), waiting, served, arrivals};
}

} // namespace

TEST_CASE("a queue that will not clear by closing time gets a stop-issuing time",
          "[core][forecast]")
{
    // 20 waiting, two counters at 10 min a citizen (12 an hour), 6 arrive an hour:
    // the queue shrinks by 6 an hour and would clear at 18:20, after closing.
    const Forecast f = forecastQueue(afternoon(20, 12, 6));
    CHECK(f.clears);
    CHECK(f.clearsAt == baku(18, 20));
    CHECK_FALSE(f.beforeClose);
    // Stop at 17:40: 20 + (6 - 12) * 8/3 = 4 left, served in 20 minutes, by 18:00.
    CHECK(f.stopIssuingAt == baku(17, 40));

    // The same, minute by minute: issuing until 17:40 ends the queue at 18:00.
    double queue = 20;
    QDateTime t = baku(15, 0);
    while (queue > 1e-9 && t < baku(19, 0)) {
        queue += (t < f.stopIssuingAt ? 6.0 : 0.0) / 60.0 - 12.0 / 60.0;
        t = t.addSecs(60);
    }
    CHECK(t == baku(18, 0));
}

TEST_CASE("queues that clear, never clear, or are already too long", "[core][forecast]")
{
    Forecast f = forecastQueue(afternoon(6, 12, 6)); // shrinks by 6 an hour
    CHECK(f.clears);
    CHECK(f.clearsAt == baku(16, 0));
    CHECK(f.beforeClose);
    CHECK_FALSE(f.stopIssuingAt.isValid());

    f = forecastQueue(afternoon(0, 0, 6)); // nobody waits
    CHECK(f.clears);
    CHECK(f.clearsAt == baku(15, 0));
    CHECK(f.beforeClose);

    f = forecastQueue(afternoon(3, 0, 2)); // no open counter
    CHECK_FALSE(f.clears);
    CHECK_FALSE(f.beforeClose);
    CHECK(f.stopIssuingAt == baku(15, 0));

    f = forecastQueue(afternoon(40, 12, 6)); // 36 fit before closing: stop now
    CHECK_FALSE(f.beforeClose);
    CHECK(f.stopIssuingAt == baku(15, 0));

    f = forecastQueue(afternoon(10, 6, 6)); // as many arrive as are served
    CHECK_FALSE(f.clears);
    CHECK_FALSE(f.beforeClose);
    CHECK(f.stopIssuingAt == baku(16, 20)); // (6 * 3 - 10) / 6 h = 1 h 20 min

    ForecastInput always = afternoon(10, 6, 6);
    always.closeAt = QDateTime(); // never closes: nothing to stop
    f = forecastQueue(always);
    CHECK_FALSE(f.clears);
    CHECK(f.beforeClose);
    CHECK_FALSE(f.stopIssuingAt.isValid());
}
