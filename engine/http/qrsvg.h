#pragma once

#include <QByteArray>

namespace novbe::http {

// `data` as a QR code (libqrencode, error correction M) in an SVG document:
// one path of dark modules with a 4-module quiet zone, crisp edges. Empty
// when `data` cannot be encoded.
QByteArray qrSvg(const QByteArray &data);

} // namespace novbe::http
