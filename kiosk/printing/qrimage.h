#pragma once

#include <QByteArray>
#include <QImage>

namespace novbe {

// A QR code (model 2, EC level M, 8-bit mode) drawn with libqrencode as a
// Format_Mono image: `moduleSize` pixels per module and `quietModules`
// white modules around it. Null image when the data does not fit.
QImage renderQrImage(const QByteArray &data, int moduleSize, int quietModules = 4);

// The number of modules per side for `data` (0 when it does not fit).
int qrModuleCount(const QByteArray &data);

} // namespace novbe
