#include "qrimage.h"

#include <qrencode.h>

#include <memory>

namespace novbe {

namespace {

struct QrDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

using QrPtr = std::unique_ptr<QRcode, QrDeleter>;

QrPtr encode(const QByteArray &data)
{
    if (data.isEmpty())
        return {};
    return QrPtr(QRcode_encodeData(int(data.size()),
                                   reinterpret_cast<const unsigned char *>(data.constData()), 0,
                                   QR_ECLEVEL_M));
}

} // namespace

QImage renderQrImage(const QByteArray &data, int moduleSize, int quietModules)
{
    const QrPtr code = encode(data);
    if (!code || moduleSize < 1)
        return {};
    const int side = (code->width + 2 * quietModules) * moduleSize;
    QImage image(side, side, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int my = 0; my < code->width; ++my) {
        for (int mx = 0; mx < code->width; ++mx) {
            if (!(code->data[my * code->width + mx] & 1))
                continue;
            const int x0 = (mx + quietModules) * moduleSize;
            const int y0 = (my + quietModules) * moduleSize;
            for (int y = y0; y < y0 + moduleSize; ++y)
                for (int x = x0; x < x0 + moduleSize; ++x)
                    image.setPixel(x, y, 1);
        }
    }
    return image;
}

int qrModuleCount(const QByteArray &data)
{
    const QrPtr code = encode(data);
    return code ? code->width : 0;
}

} // namespace novbe
