#include "escposencoder.h"

#include "printerprofile.h"

#include <QHash>

#include <algorithm>

namespace novbe::escpos {

namespace {

constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;
constexpr char FS = 0x1C;
constexpr char DLE = 0x10;
constexpr char EOT = 0x04;
constexpr int KZ1048_EPSON = 53;

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    out.reserve(int(values.size()));
    for (int v : values)
        out.append(char(v));
    return out;
}

QByteArray littleEndian16(int value)
{
    return bytes({value & 0xFF, (value >> 8) & 0xFF});
}

QByteArray qrFunction(int fn, const QByteArray &params)
{
    return bytes({GS, '(', 'k'}) + littleEndian16(int(params.size()) + 2) + bytes({0x31, fn})
        + params;
}

// Characters above 0x7F in the pages we support (Azerbaijani + Russian).
const QHash<char16_t, quint8> &upperHalf(CodePage page)
{
    static const QHash<char16_t, quint8> pc857{
        {u'Ç', 0x80}, {u'ü', 0x81}, {u'ç', 0x87}, {u'ı', 0x8D}, {u'ö', 0x94}, {u'İ', 0x98},
        {u'Ö', 0x99}, {u'Ü', 0x9A}, {u'Ş', 0x9E}, {u'ş', 0x9F}, {u'Ğ', 0xA6}, {u'ğ', 0xA7}};
    static const QHash<char16_t, quint8> wpc1254{
        {u'Ç', 0xC7}, {u'Ğ', 0xD0}, {u'Ö', 0xD6}, {u'Ü', 0xDC}, {u'İ', 0xDD}, {u'Ş', 0xDE},
        {u'ç', 0xE7}, {u'ğ', 0xF0}, {u'ö', 0xF6}, {u'ü', 0xFC}, {u'ı', 0xFD}, {u'ş', 0xFE}};
    static const QHash<char16_t, quint8> pc866 = [] {
        QHash<char16_t, quint8> table;
        for (int i = 0; i < 48; ++i) // А..Я, а..п
            table.insert(char16_t(0x0410 + i), quint8(0x80 + i));
        for (int i = 0; i < 16; ++i) // р..я
            table.insert(char16_t(0x0440 + i), quint8(0xE0 + i));
        table.insert(u'Ё', 0xF0);
        table.insert(u'ё', 0xF1);
        table.insert(u'№', 0xFC);
        return table;
    }();
    static const QHash<char16_t, quint8> none;
    switch (page) {
        case CodePage::Pc857: return pc857;
        case CodePage::Wpc1254: return wpc1254;
        case CodePage::Pc866: return pc866;
        case CodePage::Pc437: return none;
    }
    return none;
}

} // namespace

QByteArray initialize()
{
    return bytes({ESC, '@', FS, '.'});
}

QByteArray align(Align alignment)
{
    const int n = alignment == Align::Centre ? 1 : alignment == Align::Right ? 2 : 0;
    return bytes({ESC, 'a', n});
}

QByteArray lineFeed()
{
    return bytes({0x0A});
}

QByteArray feedLines(int lines)
{
    return bytes({ESC, 'd', std::clamp(lines, 0, 255)});
}

QByteArray feedDots(int dots)
{
    QByteArray out;
    for (int left = std::max(dots, 0); left > 0; left -= 255)
        out += bytes({ESC, 'J', std::min(left, 255)});
    return out;
}

QByteArray bold(bool on)
{
    return bytes({ESC, 'E', on ? 1 : 0});
}

QByteArray characterSize(int width, int height)
{
    const int w = std::clamp(width, 1, 8) - 1;
    const int h = std::clamp(height, 1, 8) - 1;
    return bytes({GS, '!', (w << 4) | h});
}

QByteArray selectCodePage(int n)
{
    return bytes({ESC, 't', n & 0xFF});
}

QByteArray rasterBand(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int widthBytes = (grey.width() + 7) / 8;
    QByteArray out = bytes({GS, 'v', '0', 0}) + littleEndian16(widthBytes)
        + littleEndian16(grey.height());
    const qsizetype header = out.size();
    out.resize(header + qsizetype(widthBytes) * grey.height(), '\0');
    char *data = out.data() + header;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        char *row = data + qsizetype(y) * widthBytes;
        for (int x = 0; x < grey.width(); ++x) {
            if (line[x] < 128)
                row[x / 8] = char(row[x / 8] | (0x80 >> (x % 8)));
        }
    }
    return out;
}

QByteArray raster(const QImage &image, const RasterOptions &options)
{
    QByteArray out;
    const int bandRows = std::max(options.maxBandRows, 1);
    for (int top = 0; top < image.height(); top += bandRows) {
        const int rows = std::min(bandRows, image.height() - top);
        QImage band = image.copy(0, top, image.width(), rows);
        if (options.padBand48 && rows % 48 == 0) {
            QImage padded(image.width(), rows + 8, QImage::Format_Grayscale8);
            padded.fill(255);
            const QImage grey = band.convertToFormat(QImage::Format_Grayscale8);
            for (int y = 0; y < rows; ++y)
                std::copy_n(grey.constScanLine(y), grey.width(), padded.scanLine(y));
            band = padded;
        }
        out += rasterBand(band);
    }
    return out;
}

QByteArray qrCode(const QByteArray &data, int moduleSize, QrErrorLevel level)
{
    const int ec = 0x30 + int(level);
    return qrFunction(0x41, bytes({0x32, 0x00}))
        + qrFunction(0x43, bytes({std::clamp(moduleSize, 1, 16)})) + qrFunction(0x45, bytes({ec}))
        + qrFunction(0x50, bytes({0x30}) + data) + qrFunction(0x51, bytes({0x30}));
}

QByteArray qrBlock(const QByteArray &data, int moduleSize)
{
    const int quiet = 4 * moduleSize;
    return align(Align::Centre) + feedDots(quiet) + qrCode(data, moduleSize) + lineFeed()
        + feedDots(quiet) + align(Align::Left);
}

QByteArray cut(CutMode mode, int fallbackFeedLines)
{
    switch (mode) {
        case CutMode::Full: return bytes({GS, 'V', 0x41, 0x00});
        case CutMode::FeedPartial: return feedLines(fallbackFeedLines) + bytes({GS, 'V', 0x01});
        case CutMode::Partial: break;
    }
    return bytes({GS, 'V', 0x42, 0x00});
}

QByteArray statusRequest(int n)
{
    return bytes({DLE, EOT, std::clamp(n, 1, 4)});
}

QByteArray enableAutoStatusBack(quint8 mask)
{
    return bytes({GS, 'a', mask});
}

QByteArray processedMarker()
{
    return bytes({GS, 'r', 0x01});
}

std::optional<QByteArray> encodeText(const QString &text, CodePage page, bool borrowSchwa)
{
    const auto &table = upperHalf(page);
    const bool borrow = borrowSchwa && page == CodePage::Wpc1254;
    QByteArray out;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x20 && c < 0x7F) {
            out.append(char(c));
        } else if (const auto it = table.constFind(c); it != table.constEnd()) {
            out.append(char(*it));
        } else if (borrow && (c == u'Ə' || c == u'ə')) {
            out += selectCodePage(KZ1048_EPSON) + bytes({c == u'Ə' ? 0xA3 : 0xBC})
                + selectCodePage(epsonCodePageNumber(page));
        } else {
            return std::nullopt;
        }
    }
    return out;
}

int epsonCodePageNumber(CodePage page)
{
    switch (page) {
        case CodePage::Pc857: return 13;
        case CodePage::Pc866: return 17;
        case CodePage::Wpc1254: return 48;
        case CodePage::Pc437: break;
    }
    return 0;
}

CutMode cutModeFromProfile(const QString &cut)
{
    if (cut == u"full")
        return CutMode::Full;
    if (cut == u"feedPartial")
        return CutMode::FeedPartial;
    return CutMode::Partial;
}

RasterOptions rasterOptions(const PrinterProfile &profile)
{
    RasterOptions options;
    options.padBand48 = profile.padBand48;
    return options;
}

QByteArray fromHex(const QString &hex)
{
    QString compact = hex;
    compact.remove(QLatin1Char(' ')).remove(QLatin1Char('\n')).remove(QLatin1Char('\t'));
    return QByteArray::fromHex(compact.toLatin1());
}

QString toHex(const QByteArray &data)
{
    return QString::fromLatin1(data.toHex(' ').toUpper());
}

} // namespace novbe::escpos
