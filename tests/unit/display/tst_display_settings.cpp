#include "displaysettings.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace novbe;
using namespace Qt::StringLiterals;

TEST_CASE("display settings from the command line over an ini file", "[display]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"display.ini"_s);
    QFile f(ini);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("[engine]\nhost=10.0.0.5\nport=7401\ndevice=display-zone-a\ntoken=secret\n"
            "[display]\nlanguages=ru,az\nzoneCounters=c01,c02\nhistory=8\nstaleMinutes=3\n"
            "[voice]\nlanguages=az\ntts=false\n");
    f.close();
    DisplaySettings s;
    QString error;
    REQUIRE(DisplaySettings::parse({u"novbe-display"_s, u"--config"_s, ini, u"--port"_s, u"7500"_s,
                                    u"--size"_s, u"3840x2160"_s, u"--mute"_s},
                                   &s, &error));
    CHECK(s.connection.host == u"10.0.0.5");
    CHECK(s.connection.port == 7500);
    CHECK(s.connection.device == u"display-zone-a");
    CHECK(s.connection.token == u"secret");
    CHECK(s.labelLanguages == QStringList{u"ru"_s, u"az"_s});
    CHECK(s.voiceLanguages == QStringList{u"az"_s});
    CHECK(s.model.zone.counters == QStringList{u"c01"_s, u"c02"_s});
    CHECK(s.model.historyMax == 8);
    CHECK(s.model.staleSec == 180);
    CHECK_FALSE(s.textToSpeech);
    CHECK_FALSE(s.voice);
    CHECK(s.size == QSize(3840, 2160));
}

TEST_CASE("display settings reject bad input", "[display]")
{
    const QStringList args = GENERATE(
        QStringList{u"novbe-display"_s}, // no token
        QStringList{u"novbe-display"_s, u"--token"_s, u"t"_s, u"--port"_s, u"0"_s},
        QStringList{u"novbe-display"_s, u"--token"_s, u"t"_s, u"--size"_s, u"big"_s},
        QStringList{u"novbe-display"_s, u"--token"_s, u"t"_s, u"--config"_s, u"/nonexistent.ini"_s},
        QStringList{u"novbe-display"_s, u"--bogus"_s});
    DisplaySettings s;
    QString error;
    CHECK_FALSE(DisplaySettings::parse(args, &s, &error));
    CHECK_FALSE(error.isEmpty());
}
