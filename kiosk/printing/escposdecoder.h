#pragma once

// An ESC/POS decoder for the subset our jobs use: tokenizes by a command-length
// table, renders the paper (raster bands, native QR codes, feeds) to an image.
// Used by PngTransport (previews) and by the tests.

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace novbe {

struct EscPosCommand
{
    qsizetype offset = 0;
    QString name;     // "ESC @", "GS v 0", "GS ( k fn 80", "text", ...
    QByteArray bytes; // the whole command with its parameters
};

struct DecodedJob
{
    bool ok = true;
    QString error; // first unknown or truncated command, with its offset
    QList<EscPosCommand> commands;
    QList<QByteArray> qrPayloads; // data of every GS ( k fn 80 (store)
    int qrPrints = 0;             // GS ( k fn 81
    int rasterBands = 0;
    QList<int> bandHeights;
    int cuts = 0;
    QByteArray text; // bytes that would print as characters
    QImage paper;    // Format_Mono, white = 0, black = 1
};

// Decodes `job`; the paper is `paperWidthDots` wide (0 = widest image seen).
DecodedJob decodeEscPos(const QByteArray &job, int paperWidthDots = 0);

// Length of the command at `pos`: > 0, or 0 when unknown, or -1 when truncated.
qsizetype escPosCommandLength(const QByteArray &job, qsizetype pos);

} // namespace novbe
