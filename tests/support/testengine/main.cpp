// novbe-engine-testing: novbe-engine plus what only tests may use, so the
// production binary carries none of it. Same library (novbe_server), same
// options, and:
//   --manual-clock   the clock stands still (at --clock-start, else at start-up)
//                    and moves only with debug.advanceClock
//   debug.advanceClock {sec} -> {now}, debug.setMaxPageCount {pages} -> {}
//                    (manager role; docs/testing.md)

#include "debugmethods.h"
#include "testclock.h"

#include "server/enginemain.h"

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

constexpr const char *MANUAL_CLOCK = "--manual-clock";
constexpr const char *EXTRA_HELP =
    "\nTest build (novbe-engine-testing), in addition:\n"
    "  --manual-clock  The clock stands still and moves only with debug.advanceClock.\n"
    "  Methods (manager): debug.advanceClock {sec} -> {now}, debug.setMaxPageCount {pages}.\n";

// Removes `flag` from argv; true when it was there.
bool takeFlag(int &argc, char **argv, const char *flag)
{
    bool found = false;
    int kept = 0;
    for (int i = 0; i < argc; ++i) {
        if (i > 0 && std::strcmp(argv[i], flag) == 0)
            found = true;
        else
            argv[kept++] = argv[i];
    }
    argv[kept] = nullptr;
    argc = kept;
    return found;
}

bool asksForHelp(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    const bool manual = takeFlag(argc, argv, MANUAL_CLOCK);
    std::unique_ptr<novbe::test::TestClock> clock;
    const int code = novbe::engineMain(argc, argv, [&](const novbe::EngineOptions &options) {
        clock = std::make_unique<novbe::test::TestClock>(options.clockStart, manual);
        novbe::Engine::Environment environment;
        environment.clock = clock.get();
        environment.addMethods = [&clock](novbe::Engine &engine, novbe::Dispatcher &dispatcher) {
            novbe::test::registerDebugMethods(engine, dispatcher, *clock);
        };
        return environment;
    });
    if (asksForHelp(argc, argv))
        std::fputs(EXTRA_HELP, stdout);
    return code;
}
