#pragma once

// Golden files in tests/data/escpos/. With NOVBE_UPDATE_GOLDEN=1 in the
// environment the files are (re)written from the current output first; the
// comparison then still runs, so a normal run checks the committed files.

#include <QByteArray>
#include <QImage>
#include <QString>

namespace novbe::test {

QString goldenPath(const QString &name);
bool updatingGolden();
// The golden bytes (after writing `actual` when updating). Empty if missing.
QByteArray goldenBytes(const QString &name, const QByteArray &actual);
// The golden image (after writing `actual` when updating). Null if missing.
QImage goldenImage(const QString &name, const QImage &actual);
// Share of pixels whose black/white value differs (1.0 if the sizes differ).
double differingShare(const QImage &a, const QImage &b);

} // namespace novbe::test
