#pragma once

// Settings of one hall display: the command line, optionally on top of a
// small ini file (--config display.ini: [engine], [display], [voice]).
// See docs/display.md.

#include "displaymodel.h"

#include "app/connectionoptions.h"

#include <QSize>
#include <QString>
#include <QStringList>

class QSettings;

namespace novbe {

struct DisplaySettings
{
    ConnectionOptions connection;

    QStringList labelLanguages; // empty = the centre's languages
    int rotateSec = 10;         // seconds per label language
    bool voice = true;
    QStringList voiceLanguages; // empty = the centre's languages
    bool textToSpeech = true;   // false = espeak-ng WAV only
    QString chime;              // WAV file; empty = built-in
    DisplayModelSettings model;
    // Desk display mode: the one counter this screen stands above (empty =
    // the hall display). Its zone defaults to that counter; it does not speak.
    QString deskCounter;

    bool windowed = false;  // a window instead of full screen (setup, tests)
    QSize size{1920, 1080}; // window / screenshot size
    QString screenshot;     // render a demo screen to this PNG and exit
    QString demoConfig;     // centre config JSON for the demo screen
    QString demoState = QStringLiteral(
        "calls"); // calls | flash | offline | empty | paused | closed | ticker

    bool infoOnly = false; // --help or --version: `error` holds the text for stdout

    // Parses `arguments` (argv, program name first); false with `error` on bad
    // input (or the help / version text, with infoOnly set). Needs no QApplication.
    static bool parse(const QStringList &arguments, DisplaySettings *out, QString *error);
    // Reads the [display] and [voice] groups of `ini` into `out`.
    static void readIni(const QSettings &ini, DisplaySettings *out);
};

} // namespace novbe
