#pragma once

// Settings of one hall display: the command line, optionally on top of a
// small ini file (--config display.ini). See docs/display.md.

#include "displaymodel.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace novbe {

struct DisplaySettings
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7400;
    QString device = QStringLiteral("display-hall");
    QString token;

    QStringList labelLanguages;     // empty = the centre's languages
    int rotateSec = 10;             // seconds per label language
    bool voice = true;
    QStringList voiceLanguages;     // empty = the centre's languages
    bool textToSpeech = true;       // false = espeak-ng WAV only
    QString chime;                  // WAV file; empty = built-in
    DisplayModelSettings model;

    bool windowed = false;          // a window instead of full screen (setup, tests)
    QSize size{1920, 1080};         // window / screenshot size
    QString screenshot;             // render a demo screen to this PNG and exit
    QString demoConfig;             // centre config JSON for the demo screen
    QString demoState = QStringLiteral("calls");   // calls | flash | offline | empty

    // Parses `arguments` (argv, program name first); false with `error` on bad input.
    static bool parse(const QStringList &arguments, DisplaySettings *out, QString *error);
    // Reads an ini file into `out`; false with `error` when unreadable or invalid.
    static bool readIni(const QString &path, DisplaySettings *out, QString *error);
};

} // namespace novbe
