#include "announcementtext.h"
#include "announcer.h"
#include "displayevents.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace novbe;
using namespace novbe::testevents;
using namespace Qt::StringLiterals;

namespace {

// Records requests; finishes only when told. A request while another is
// still playing is recorded as an overlap (the fault we guard against).
class RecordingSpeaker final : public Speaker
{
public:
    QStringList log;
    int overlaps = 0;
    bool busy = false;

    void playChime() override { begin(u"chime"_s); }
    void say(const QString &text, const QString &lang) override { begin(lang + u": "_s + text); }
    void stop() override
    {
        busy = false;
        log.append(u"stop"_s);
    }

    void finishOne()
    {
        REQUIRE(busy);
        busy = false;
        emit finished();
    }
    void finishAll()
    {
        while (busy)
            finishOne();
    }

private:
    void begin(const QString &what)
    {
        if (busy)
            ++overlaps;
        busy = true;
        log.append(what);
    }
};

DisplayCall call(const QString &number, const QString &counterName, const QDateTime &at,
                 bool recall = false)
{
    DisplayCall c;
    c.ticketId = u"t_"_s + number;
    c.number = number;
    c.counterId = u"c"_s + counterName;
    c.counterName = {{u"az"_s, counterName}, {u"en"_s, counterName}, {u"ru"_s, counterName}};
    c.at = at;
    c.recall = recall;
    return c;
}

QString said(const QString &number, const QString &counter, const QString &lang,
             bool recall = false)
{
    return lang + u": "_s + announcementText(number, counter, lang, recall);
}

} // namespace

TEST_CASE("announcer: chime, then each language in turn", "[display][announce]")
{
    ManualClock clock(T0);
    RecordingSpeaker speaker;
    Announcer announcer(speaker, clock);
    announcer.announce(call(u"A042"_s, u"7"_s, T0));
    CHECK(announcer.isBusy());
    speaker.finishAll();
    CHECK_FALSE(announcer.isBusy());
    CHECK(speaker.log
          == QStringList{u"chime"_s, said(u"A042"_s, u"7"_s, u"az"_s),
                         said(u"A042"_s, u"7"_s, u"en"_s), said(u"A042"_s, u"7"_s, u"ru"_s)});
    CHECK(speaker.overlaps == 0);
}

TEST_CASE("announcer: languages come from the configuration", "[display][announce]")
{
    ManualClock clock(T0);
    RecordingSpeaker speaker;
    Announcer announcer(speaker, clock);
    announcer.setLanguages({u"ru"_s, u"xx"_s, u"az"_s, u"ru"_s});
    CHECK(announcer.languages() == QStringList{u"ru"_s, u"az"_s});
    announcer.announce(call(u"B118"_s, u"12"_s, T0));
    speaker.finishAll();
    CHECK(speaker.log
          == QStringList{u"chime"_s, said(u"B118"_s, u"12"_s, u"ru"_s),
                         said(u"B118"_s, u"12"_s, u"az"_s)});
}

TEST_CASE("announcer: queued calls never overlap and keep their order", "[display][announce]")
{
    ManualClock clock(T0);
    RecordingSpeaker speaker;
    Announcer announcer(speaker, clock);
    announcer.setLanguages({u"az"_s});
    announcer.announce(call(u"A001"_s, u"1"_s, T0));
    announcer.announce(call(u"A002"_s, u"2"_s, T0));
    announcer.announce(call(u"A003"_s, u"3"_s, T0));
    CHECK(speaker.log == QStringList{u"chime"_s});
    CHECK(announcer.queued() == 2);
    speaker.finishAll();
    CHECK(speaker.overlaps == 0);
    CHECK(speaker.log
          == QStringList{u"chime"_s, said(u"A001"_s, u"1"_s, u"az"_s), u"chime"_s,
                         said(u"A002"_s, u"2"_s, u"az"_s), u"chime"_s,
                         said(u"A003"_s, u"3"_s, u"az"_s)});
}

TEST_CASE("announcer: calls older than 60 s are dropped", "[display][announce]")
{
    ManualClock clock(T0.addSecs(61));
    RecordingSpeaker speaker;
    Announcer announcer(speaker, clock);
    QSignalSpy dropped(&announcer, &Announcer::dropped);
    announcer.announce(call(u"A001"_s, u"1"_s, T0));
    CHECK(speaker.log.isEmpty());
    CHECK(dropped.count() == 1);
    CHECK_FALSE(announcer.isBusy());
}

TEST_CASE("announcer: a call that ages past 60 s in the queue is dropped at its turn",
          "[display][announce]")
{
    ManualClock clock(T0);
    RecordingSpeaker speaker;
    Announcer announcer(speaker, clock);
    announcer.setLanguages({u"en"_s});
    QSignalSpy dropped(&announcer, &Announcer::dropped);
    announcer.announce(call(u"A001"_s, u"1"_s, T0));
    announcer.announce(call(u"A002"_s, u"2"_s, T0));
    announcer.announce(call(u"A003"_s, u"3"_s, T0.addSecs(50)));
    clock.advanceSec(70);
    speaker.finishAll();
    CHECK(dropped.count() == 1);
    CHECK(dropped.at(0).at(0).value<DisplayCall>().number == u"A002");
    CHECK(speaker.log
          == QStringList{u"chime"_s, said(u"A001"_s, u"1"_s, u"en"_s), u"chime"_s,
                         said(u"A003"_s, u"3"_s, u"en"_s)});
}

TEST_CASE("announcer: a recall is announced again, with the recall wording", "[display][announce]")
{
    ManualClock clock(T0);
    RecordingSpeaker speaker;
    Announcer announcer(speaker, clock);
    announcer.setLanguages({u"az"_s});
    announcer.announce(call(u"A042"_s, u"7"_s, T0));
    speaker.finishAll();
    clock.advanceSec(30);
    announcer.announce(call(u"A042"_s, u"7"_s, T0.addSecs(30), true));
    speaker.finishAll();
    CHECK(speaker.log
          == QStringList{u"chime"_s, said(u"A042"_s, u"7"_s, u"az"_s), u"chime"_s,
                         said(u"A042"_s, u"7"_s, u"az"_s, true)});
}

TEST_CASE("announcer: a recall of a queued ticket replaces it", "[display][announce]")
{
    ManualClock clock(T0);
    RecordingSpeaker speaker;
    Announcer announcer(speaker, clock);
    announcer.setLanguages({u"en"_s});
    announcer.announce(call(u"A001"_s, u"1"_s, T0));
    announcer.announce(call(u"A002"_s, u"2"_s, T0));
    announcer.announce(call(u"A002"_s, u"2"_s, T0.addSecs(5), true));
    CHECK(announcer.queued() == 1);
    speaker.finishAll();
    CHECK(speaker.log
          == QStringList{u"chime"_s, said(u"A001"_s, u"1"_s, u"en"_s), u"chime"_s,
                         said(u"A002"_s, u"2"_s, u"en"_s, true)});
}

TEST_CASE("announcer: a speaker that never finishes is abandoned", "[display][announce]")
{
    ManualClock clock(T0);
    RecordingSpeaker speaker;
    Announcer announcer(speaker, clock);
    announcer.setLanguages({u"az"_s});
    announcer.setStepTimeoutMs(50);
    QSignalSpy idle(&announcer, &Announcer::idle);
    announcer.announce(call(u"A001"_s, u"1"_s, T0));
    REQUIRE(idle.wait(5000));
    CHECK(speaker.log.contains(u"stop"_s));
    CHECK(speaker.log.last() == u"stop"_s);
    CHECK(speaker.log.filter(u"az: "_s).size() == 1);
}

TEST_CASE("announcer: disabled or cleared means silent", "[display][announce]")
{
    ManualClock clock(T0);
    RecordingSpeaker speaker;
    Announcer announcer(speaker, clock);
    announcer.announce(call(u"A001"_s, u"1"_s, T0));
    announcer.announce(call(u"A002"_s, u"2"_s, T0));
    announcer.clear();
    CHECK_FALSE(announcer.isBusy());
    CHECK(announcer.queued() == 0);
    announcer.setEnabled(false);
    announcer.announce(call(u"A003"_s, u"3"_s, T0));
    CHECK(speaker.log == QStringList{u"chime"_s, u"stop"_s});
}
