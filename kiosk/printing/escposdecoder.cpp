#include "escposdecoder.h"

#include "qrimage.h"

#include <algorithm>

namespace novbe {

namespace {

constexpr int LINE_DOTS = 30; // default line spacing used for LF and ESC d

quint8 at(const QByteArray &job, qsizetype pos)
{
    return quint8(job.at(pos));
}

qsizetype escLength(quint8 c)
{
    switch (c) {
        case '@':
        case '2': return 2;
        case 'a':
        case 'd':
        case 'J':
        case 't':
        case '!':
        case 'E':
        case 'M':
        case '-':
        case '3':
        case '%': return 3;
        default: return 0;
    }
}

qsizetype gsLength(const QByteArray &job, qsizetype pos)
{
    const qsizetype left = job.size() - pos;
    const quint8 c = at(job, pos + 1);
    switch (c) {
        case '!':
        case 'b':
        case 'a':
        case 'r':
        case 'I': return 3;
        case 'V': {
            if (left < 3)
                return -1;
            const quint8 m = at(job, pos + 2);
            if (m == 0x00 || m == 0x01 || m == 0x30 || m == 0x31)
                return 3;
            if (m == 0x41 || m == 0x42 || m == 0x61 || m == 0x62 || m == 0x67 || m == 0x68)
                return 4;
            return 0;
        }
        case 'v':
            if (left < 8)
                return -1;
            if (at(job, pos + 2) != '0')
                return 0;
            return 8
                + qsizetype(at(job, pos + 4) + 256 * at(job, pos + 5))
                * (at(job, pos + 6) + 256 * at(job, pos + 7));
        case '(':
            if (left < 5)
                return -1;
            if (at(job, pos + 2) != 'k')
                return 0;
            return 5 + at(job, pos + 3) + 256 * at(job, pos + 4);
        default: return 0;
    }
}

QString commandName(const QByteArray &cmd)
{
    const quint8 c0 = quint8(cmd.at(0));
    if (c0 == 0x0A)
        return QStringLiteral("LF");
    if (c0 >= 0x20)
        return QStringLiteral("text");
    const QString second = QString(QLatin1Char(cmd.at(1)));
    if (c0 == 0x1B)
        return QStringLiteral("ESC ") + second;
    if (c0 == 0x1C)
        return QStringLiteral("FS ") + second;
    if (c0 == 0x10)
        return QStringLiteral("DLE EOT");
    if (cmd.at(1) == 'v')
        return QStringLiteral("GS v 0");
    if (cmd.at(1) == '(' && cmd.size() > 6)
        return QStringLiteral("GS ( k fn %1").arg(quint8(cmd.at(6)));
    return QStringLiteral("GS ") + second;
}

struct Placed
{
    QImage image;
    int x = 0;
    int y = 0;
};

class Paper
{
public:
    int align = 0;
    int y = 0;
    int widest = 0;
    QList<Placed> blocks;

    void place(const QImage &image)
    {
        blocks.append({image, 0, y});
        y += image.height();
        widest = std::max(widest, image.width());
    }

    QImage render(int width) const
    {
        const int w = width > 0 ? width : std::max(widest, 1);
        QImage out(w, std::max(y, 1), QImage::Format_Mono);
        out.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
        out.fill(0);
        for (const Placed &b : blocks) {
            const int left = b.x;
            for (int yy = 0; yy < b.image.height(); ++yy)
                for (int xx = 0; xx < b.image.width(); ++xx)
                    if (qGray(b.image.pixel(xx, yy)) < 128 && left + xx < w && left + xx >= 0)
                        out.setPixel(left + xx, b.y + yy, 1);
        }
        return out;
    }
};

QImage rasterImage(const QByteArray &cmd)
{
    const int widthBytes = quint8(cmd.at(4)) + 256 * quint8(cmd.at(5));
    const int rows = quint8(cmd.at(6)) + 256 * quint8(cmd.at(7));
    QImage image(widthBytes * 8, rows, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    for (int y = 0; y < rows; ++y)
        std::copy_n(reinterpret_cast<const uchar *>(cmd.constData()) + 8 + y * widthBytes,
                    widthBytes, image.scanLine(y));
    const int m = quint8(cmd.at(3)) & 0x03;
    if (m != 0)
        image = image.scaled(image.width() * ((m & 1) ? 2 : 1), image.height() * ((m & 2) ? 2 : 1));
    return image;
}

class Decoder
{
public:
    DecodedJob job;
    Paper paper;
    int qrModule = 3;
    QByteArray qrData;
    int paperWidth = 0;

    void placeAligned(const QImage &image)
    {
        paper.place(image);
        Placed &b = paper.blocks.last();
        const int w = paperWidth > 0 ? paperWidth : image.width();
        b.x = paper.align == 1 ? (w - image.width()) / 2 : paper.align == 2 ? w - image.width() : 0;
    }

    void handleQr(const QByteArray &cmd)
    {
        const quint8 fn = quint8(cmd.at(6));
        if (fn == 0x43)
            qrModule = quint8(cmd.at(7));
        if (fn == 0x50) {
            qrData = cmd.mid(8);
            job.qrPayloads.append(qrData);
        }
        if (fn == 0x51) {
            ++job.qrPrints;
            const QImage qr = renderQrImage(qrData, qrModule, 0);
            if (!qr.isNull())
                placeAligned(qr);
        }
    }

    void handle(const QByteArray &cmd)
    {
        const quint8 c0 = quint8(cmd.at(0));
        if (c0 == 0x0A) {
            paper.y += LINE_DOTS;
        } else if (c0 >= 0x20) {
            job.text += cmd;
        } else if (c0 == 0x1B) {
            const char c = cmd.at(1);
            if (c == 'a')
                paper.align = quint8(cmd.at(2)) & 0x03;
            else if (c == 'd')
                paper.y += LINE_DOTS * quint8(cmd.at(2));
            else if (c == 'J')
                paper.y += quint8(cmd.at(2));
            else if (c == '@')
                paper.align = 0;
        } else if (c0 == 0x1D) {
            if (cmd.at(1) == 'v') {
                ++job.rasterBands;
                const QImage band = rasterImage(cmd);
                job.bandHeights.append(band.height());
                placeAligned(band);
            } else if (cmd.at(1) == '(' && cmd.size() >= 7 && cmd.at(5) == 0x31) {
                handleQr(cmd);
            } else if (cmd.at(1) == 'V') {
                ++job.cuts;
            }
        }
    }
};

} // namespace

qsizetype escPosCommandLength(const QByteArray &job, qsizetype pos)
{
    const quint8 c = at(job, pos);
    if (c == 0x0A || c >= 0x20)
        return 1;
    if (pos + 1 >= job.size())
        return -1;
    const quint8 next = at(job, pos + 1);
    qsizetype length = 0;
    if (c == 0x1B)
        length = escLength(next);
    else if (c == 0x1C)
        length = next == '.' ? 2 : 0;
    else if (c == 0x10)
        length = next == 0x04 ? 3 : 0;
    else if (c == 0x1D)
        length = gsLength(job, pos);
    if (length > 0 && pos + length > job.size())
        return -1;
    return length;
}

DecodedJob decodeEscPos(const QByteArray &bytes, int paperWidthDots)
{
    Decoder d;
    d.paperWidth = paperWidthDots;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype length = escPosCommandLength(bytes, pos);
        if (length <= 0) {
            d.job.ok = false;
            d.job.error = QStringLiteral("%1 command at offset %2 (byte %3)")
                              .arg(length < 0 ? QStringLiteral("truncated")
                                              : QStringLiteral("unknown"))
                              .arg(pos)
                              .arg(quint8(bytes.at(pos)), 2, 16, QLatin1Char('0'));
            break;
        }
        const QByteArray cmd = bytes.mid(pos, length);
        d.job.commands.append({pos, commandName(cmd), cmd});
        d.handle(cmd);
        pos += length;
    }
    d.job.paper = d.paper.render(paperWidthDots);
    return d.job;
}

} // namespace novbe
