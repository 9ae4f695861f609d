#include "qrsvg.h"

#include <qrencode.h>

#include <memory>

namespace novbe::http {

namespace {

constexpr int QUIET = 4;

struct QrDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

// "M x y h n v1 h -n z" for every run of dark modules in each row.
QByteArray modulePath(const QRcode &code)
{
    QByteArray path;
    for (int y = 0; y < code.width; ++y) {
        int x = 0;
        while (x < code.width) {
            if (!(code.data[y * code.width + x] & 1)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.width && (code.data[y * code.width + x] & 1))
                ++x;
            const QByteArray run = QByteArray::number(x - start);
            path.append('M').append(QByteArray::number(start + QUIET)).append(' ');
            path.append(QByteArray::number(y + QUIET)).append('h').append(run);
            path.append("v1h-").append(run).append('z');
        }
    }
    return path;
}

} // namespace

QByteArray qrSvg(const QByteArray &data)
{
    if (data.isEmpty())
        return {};
    const std::unique_ptr<QRcode, QrDeleter> code(QRcode_encodeData(
        int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0,
        QR_ECLEVEL_M));
    if (!code)
        return {};
    const QByteArray side = QByteArray::number(code->width + 2 * QUIET);
    QByteArray svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
    svg.append(side).append(' ').append(side).append("\" shape-rendering=\"crispEdges\">");
    svg.append("<rect width=\"").append(side).append("\" height=\"").append(side);
    svg.append("\" fill=\"#fff\"/><path fill=\"#000\" d=\"").append(modulePath(*code));
    return svg.append("\"/></svg>");
}

} // namespace novbe::http
