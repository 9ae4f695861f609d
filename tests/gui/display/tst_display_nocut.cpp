// The no-clipping check of the hall and desk displays: every demo screen in
// az, en and ru at each supported size renders with every painted text
// inside its box (DisplayWindow::cutTexts, DeskWindow::cutTexts, run by the
// screenshot mode, which fails on a cut text).

#include "deskwindow.h"
#include "displaydemo.h"
#include "displaysettings.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace novbe;

namespace {

bool render(const QString &lang, const QString &state, QSize size, const QString &desk,
            const QString &path, QString *error)
{
    DisplaySettings s;
    s.screenshot = path;
    s.demoConfig = QStringLiteral(NOVBE_SOURCE_DIR "/resources/centres/baku-1.json");
    s.labelLanguages = {lang};
    s.demoState = state;
    s.size = size;
    s.deskCounter = desk;
    if (!desk.isEmpty())
        s.model.zone.counters = {desk};
    return renderDemoScreenshot(s, error);
}

} // namespace

TEST_CASE("hall display: no painted text is cut in any language, state or size",
          "[gui][display][nocut]")
{
    QTemporaryDir dir;
    for (const QString &lang : {u"az"_s, u"en"_s, u"ru"_s}) {
        for (const QString &state : {u"calls"_s, u"flash"_s, u"offline"_s, u"empty"_s}) {
            for (const QSize size : {QSize(1920, 1080), QSize(1280, 720), QSize(3840, 2160)}) {
                QString error;
                const QString path = dir.filePath(u"hall.png"_s);
                INFO(lang.toStdString() << " " << state.toStdString() << " " << size.width());
                CHECK(render(lang, state, size, {}, path, &error));
                INFO(error.toStdString());
                CHECK(error.isEmpty());
                CHECK(QImage(path).size() == size);
            }
        }
    }
}

TEST_CASE("desk display: no painted text is cut in any language, state or size",
          "[gui][display][nocut]")
{
    QTemporaryDir dir;
    for (const QString &lang : {u"az"_s, u"en"_s, u"ru"_s}) {
        for (const QString &state :
             {u"calls"_s, u"flash"_s, u"paused"_s, u"closed"_s, u"offline"_s, u"empty"_s}) {
            for (const QSize size : {QSize(800, 480), QSize(1024, 600), QSize(1920, 1080)}) {
                QString error;
                INFO(lang.toStdString() << " " << state.toStdString() << " " << size.width());
                CHECK(render(lang, state, size, u"c07"_s, dir.filePath(u"desk.png"_s), &error));
                INFO(error.toStdString());
                CHECK(error.isEmpty());
            }
        }
    }
}
