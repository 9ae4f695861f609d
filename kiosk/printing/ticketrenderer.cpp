#include "ticketrenderer.h"

#include "qrimage.h"
#include "ticketfont.h"
#include "ticketstrings.h"

#include <QPainter>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr int REFERENCE_WIDTH = 576; // sizes below are for 80 mm / 576 dots
constexpr int MAX_HEIGHT = 4000;

QImage toMono(const QImage &image)
{
    QImage mono(image.width(), image.height(), QImage::Format_Mono);
    mono.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    mono.fill(0);
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qGray(line[x]) < 128)
                mono.setPixel(x, y, 1);
    }
    return mono;
}

// A tall white page; content is stacked from the top and cropped at the end.
class TicketCanvas
{
public:
    explicit TicketCanvas(int width)
        : m_image(width, MAX_HEIGHT, QImage::Format_RGB32)
        , m_scale(qreal(width) / REFERENCE_WIDTH)
        , m_textScale(std::sqrt(m_scale)) // narrow paper: text shrinks less than the page
    {
        m_image.fill(Qt::white);
        m_painter.begin(&m_image);
        m_painter.setRenderHint(QPainter::Antialiasing, false);
        m_painter.setRenderHint(QPainter::TextAntialiasing, false);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(Qt::black);
    }

    qreal px(qreal reference) const { return std::round(reference * m_scale); }
    qreal fontPx(qreal reference) const { return std::round(reference * m_textScale); }
    int width() const { return m_image.width(); }
    qreal margin() const { return px(16); }
    qreal contentWidth() const { return width() - 2 * margin(); }
    void space(qreal reference) { m_y += px(reference); }

    void centred(const QString &text, FontWeight weight, qreal size)
    {
        const QRawFont font = bundledFont(weight, fontPx(size));
        for (const QString &line : wrapText(font, text, contentWidth())) {
            const qreal x = std::round((width() - textWidth(font, line)) / 2);
            m_painter.drawPath(textPath(font, line, x, m_y + std::round(font.ascent())));
            m_y += std::round(font.ascent() + font.descent());
        }
    }

    // One line, shrunk down to minSize if needed; wrapped at `size` if still too long.
    void fitted(const QString &text, FontWeight weight, qreal size, qreal minSize)
    {
        for (qreal s = size; s >= minSize; s -= 1) {
            if (textWidth(bundledFont(weight, fontPx(s)), text) <= contentWidth()) {
                centred(text, weight, s);
                return;
            }
        }
        centred(text, weight, size);
    }

    void rule(qreal thickness)
    {
        m_painter.fillRect(QRectF(margin(), m_y, contentWidth(), px(thickness)), Qt::black);
        m_y += px(thickness);
    }

    // The ticket number as large as the width allows (ink 92% of the content).
    void bigNumber(const QString &number)
    {
        const QRawFont probe = bundledFont(FontWeight::Bold, 100);
        const QRectF ink = textPath(probe, number, 0, 0).boundingRect();
        if (ink.width() <= 0)
            return;
        const qreal size = std::floor(100 * contentWidth() * 0.92 / ink.width());
        const QRawFont font = bundledFont(FontWeight::Bold, size);
        const QPainterPath path = textPath(font, number, 0, 0);
        const QRectF box = path.boundingRect();
        const qreal dx = std::round((width() - box.width()) / 2 - box.left());
        const qreal dy = std::round(m_y - box.top());
        m_painter.drawPath(path.translated(dx, dy));
        m_y += std::ceil(box.height());
    }

    // White bold text on a black band, e.g. the priority category.
    void inverseLine(const QString &text, qreal size)
    {
        const QRawFont font = bundledFont(FontWeight::Bold, fontPx(size));
        const QStringList lines = wrapText(font, text, contentWidth() - px(24));
        const qreal lineHeight = std::round(font.ascent() + font.descent());
        const qreal pad = px(8);
        m_painter.fillRect(
            QRectF(margin(), m_y, contentWidth(), lines.size() * lineHeight + 2 * pad), Qt::black);
        m_y += pad;
        m_painter.setBrush(Qt::white);
        for (const QString &line : lines) {
            const qreal x = std::round((width() - textWidth(font, line)) / 2);
            m_painter.drawPath(textPath(font, line, x, m_y + std::round(font.ascent())));
            m_y += lineHeight;
        }
        m_painter.setBrush(Qt::black);
        m_y += pad;
    }

    QImage finish()
    {
        m_painter.end();
        return toMono(m_image.copy(0, 0, width(), std::clamp(int(m_y), 1, MAX_HEIGHT)));
    }

private:
    QImage m_image;
    QPainter m_painter;
    qreal m_scale = 1;
    qreal m_textScale = 1;
    qreal m_y = 0;
};

QImage renderTop(const TicketPrintData &data, int width)
{
    const TicketStrings strings = ticketStrings(data.lang);
    TicketCanvas c(width);
    c.space(12);
    c.fitted(data.centreName, FontWeight::Bold, 28, 22);
    c.space(10);
    c.rule(3);
    c.space(16);
    c.centred(data.serviceName, FontWeight::Bold, 34);
    c.space(14);
    c.centred(strings.yourNumber, FontWeight::Regular, 24);
    c.space(14);
    c.bigNumber(data.number);
    c.space(22);
    if (!data.categoryName.isEmpty()) {
        c.inverseLine(data.categoryName, 26);
        c.space(14);
    }
    c.fitted(aheadLine(data.lang, data.ahead, data.etaSec), FontWeight::Bold, 27, 21);
    c.space(10);
    c.centred(ticketTimeLine(data), FontWeight::Regular, 26);
    c.space(14);
    c.rule(2);
    if (!data.trackingUrl.isEmpty()) {
        c.space(14);
        c.fitted(strings.scanHint, FontWeight::Regular, 21, 17);
    }
    return c.finish();
}

QImage renderBottom(const TicketPrintData &data, int width)
{
    TicketCanvas c(width);
    c.space(6);
    if (!data.footer.isEmpty())
        c.fitted(data.footer, FontWeight::Regular, 20, 17);
    c.space(6);
    return c.finish();
}

QImage stack(const QList<QImage> &parts, int width)
{
    int height = 0;
    for (const QImage &part : parts)
        height += part.height();
    QImage out(width, std::max(height, 1), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    int y = 0;
    for (const QImage &part : parts) {
        painter.drawImage(0, y, part);
        y += part.height();
    }
    painter.end();
    return toMono(out);
}

} // namespace

QString trackingUrl(const QString &trackingBaseUrl, const QString &token)
{
    QString base = trackingBaseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + u"/t/"_s + token;
}

QString ticketTimeLine(const TicketPrintData &data)
{
    const QDateTime local = data.issuedAt.toTimeZone(data.timeZone);
    return local.toString(u"dd.MM.yyyy"_s) + u"  ·  "_s + local.toString(u"HH:mm"_s);
}

int ticketQrModuleSize(const QString &url, const PrinterProfile &profile)
{
    const int modules = std::max(qrModuleCount(url.toUtf8()), 21);
    return std::clamp(int(profile.widthDots * 0.42) / modules, 3, 8);
}

TicketImages renderTicketParts(const TicketPrintData &data, const PrinterProfile &profile)
{
    return {renderTop(data, profile.widthDots), renderBottom(data, profile.widthDots)};
}

QImage renderTicketQr(const TicketPrintData &data, const PrinterProfile &profile)
{
    const QByteArray url = data.trackingUrl.toUtf8();
    const QImage qr = renderQrImage(url, ticketQrModuleSize(data.trackingUrl, profile), 4);
    if (qr.isNull())
        return {};
    QImage strip(profile.widthDots, qr.height(), QImage::Format_RGB32);
    strip.fill(Qt::white);
    QPainter painter(&strip);
    painter.drawImage((strip.width() - qr.width()) / 2, 0, qr);
    painter.end();
    return toMono(strip);
}

QImage renderTicket(const TicketPrintData &data, const PrinterProfile &profile,
                    bool includeQrRaster)
{
    const TicketImages parts = renderTicketParts(data, profile);
    QList<QImage> images{parts.top};
    if (includeQrRaster) {
        const QImage qr = renderTicketQr(data, profile);
        if (!qr.isNull())
            images.append(qr);
    }
    images.append(parts.bottom);
    return stack(images, profile.widthDots);
}

} // namespace novbe
