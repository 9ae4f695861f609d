#include "reportcharts.h"
#include "reportexport.h"
#include "reporttables.h"

#include "dashboardformat.h"

#include "protocol/readmodel.h"
#include "ui/palette.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr int DPI = 120;
constexpr int MARGIN = 40;

// Draws tables onto the pages of a PDF, a new page when one is full.
class PdfPages
{
public:
    PdfPages(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_width(painter.viewport().width())
        , m_height(painter.viewport().height())
    {
    }
    void heading(const QString &text, int pointSize);
    void table(const ReportTable &table);
    void chart(QChart *chart, int height);
    void newPage();

private:
    int rowHeight(const QStringList &cells, const std::vector<int> &widths) const;
    std::vector<int> widths(const ReportTable &t) const;
    void row(const QStringList &cells, const std::vector<int> &widths, bool header);
    void ensure(int height);

    QPdfWriter &m_writer;
    QPainter &m_painter;
    int m_width;
    int m_height;
    int m_y = MARGIN;
};

void PdfPages::newPage()
{
    m_writer.newPage();
    m_y = MARGIN;
}

void PdfPages::ensure(int height)
{
    if (m_y + height > m_height - MARGIN)
        newPage();
}

void PdfPages::heading(const QString &text, int pointSize)
{
    QFont font(u"DejaVu Sans"_s, pointSize, QFont::Bold);
    m_painter.setFont(font);
    const QRect box = m_painter.boundingRect(QRect(MARGIN, 0, m_width - 2 * MARGIN, 1000),
                                             Qt::TextWordWrap, text);
    ensure(box.height() + 8);
    m_painter.setPen(QColor::fromRgb(palette::TEXT));
    m_painter.drawText(QRect(MARGIN, m_y, m_width - 2 * MARGIN, box.height()), Qt::TextWordWrap,
                       text);
    m_y += box.height() + 8;
}

int PdfPages::rowHeight(const QStringList &cells, const std::vector<int> &widths) const
{
    int height = 0;
    for (int i = 0; i < cells.size(); ++i) {
        const QRect box = m_painter.boundingRect(QRect(0, 0, widths[size_t(i)] - 6, 1000),
                                                 Qt::TextWordWrap, cells[i]);
        height = std::max(height, box.height());
    }
    return height + 6;
}

void PdfPages::row(const QStringList &cells, const std::vector<int> &widths, bool header)
{
    QFont font(u"DejaVu Sans"_s, 7, header ? QFont::Bold : QFont::Normal);
    m_painter.setFont(font);
    const int height = rowHeight(cells, widths);
    ensure(height);
    int x = MARGIN;
    for (int i = 0; i < cells.size(); ++i) {
        const QRect cell(x, m_y, widths[size_t(i)], height);
        m_painter.fillRect(cell, QColor::fromRgb(header ? palette::PALE : palette::SURFACE));
        m_painter.setPen(QColor::fromRgb(palette::LINE_LIGHT));
        m_painter.drawRect(cell);
        m_painter.setPen(QColor::fromRgb(palette::TEXT));
        m_painter.drawText(cell.adjusted(3, 3, -3, -3),
                           Qt::TextWordWrap | (i == 0 ? Qt::AlignLeft : Qt::AlignRight), cells[i]);
        x += widths[size_t(i)];
    }
    m_y += height;
}

// Each column at least as wide as its widest word; the name columns share the rest.
std::vector<int> PdfPages::widths(const ReportTable &t) const
{
    const int usable = m_width - 2 * MARGIN;
    std::vector<int> out(size_t(t.headers.size()), 0);
    auto widen = [&](const QStringList &cells, bool bold) {
        QFont font(u"DejaVu Sans"_s, 7, bold ? QFont::Bold : QFont::Normal);
        const QFontMetrics metrics(font, &m_writer);
        for (int i = 1; i + 1 < cells.size(); ++i) {
            for (const QString &word : cells[i].split(QRegularExpression(u"\\s+"_s)))
                out[size_t(i)] = std::max(out[size_t(i)], metrics.horizontalAdvance(word) + 10);
        }
    };
    widen(t.headers, true);
    for (const QStringList &cells : t.rows)
        widen(cells, false);
    int used = 0;
    for (int w : out)
        used += w;
    const int rest = std::max(usable - used, usable / 5);
    out.front() = rest * 55 / 100;
    out.back() = rest - out.front();
    return out;
}

void PdfPages::table(const ReportTable &t)
{
    if (t.rows.empty())
        return;
    const std::vector<int> columns = widths(t);
    ensure(120); // the title never alone at the foot of a page
    heading(t.title, 11);
    row(t.headers, columns, true);
    for (const QStringList &cells : t.rows)
        row(cells, columns, false);
    m_y += 16;
}

// The chart laid out as on screen (1200 px wide) in a scene of its own, drawn
// into an image at twice that resolution, placed on the page.
void PdfPages::chart(QChart *chart, int height)
{
    ensure(height);
    const QRect target(MARGIN, m_y, m_width - 2 * MARGIN, height);
    const QSizeF size(1200, 1200.0 * height / target.width());
    QGraphicsScene scene; // owns the chart
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(), size));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QImage image((size * 2).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(), size * 2), QRectF(QPointF(), size));
    }
    m_painter.drawImage(target, image);
    m_y += height + 16;
}

} // namespace

namespace {

// The document: title, subtitle, the tables, then `more` (the charts).
bool writePdf(const QString &path, const QString &title, const QString &subtitle,
              const std::vector<ReportTable> &tables, const std::function<void(PdfPages &)> &more)
{
    QPdfWriter writer(path);
    writer.setResolution(DPI);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10)));
    writer.setTitle(title);
    writer.setCreator(u"Növbə"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    PdfPages pages(writer, painter);
    pages.heading(title, 18);
    pages.heading(subtitle, 12);
    for (const ReportTable &t : tables)
        pages.table(t);
    if (more)
        more(pages);
    return painter.end();
}

} // namespace

bool writeTablesPdf(const QString &path, const QString &title, const QString &subtitle,
                    const std::vector<ReportTable> &tables)
{
    return writePdf(path, title, subtitle, tables, {});
}

bool writeReportPdf(const QString &path, const Report &report, const CentreView &centre,
                    const QString &lang)
{
    const ReportTables tables(centre, lang, ReportTables::Style::Screen);
    auto charts = [&](PdfPages &pages) {
        pages.newPage();
        pages.heading(ReportTables::tr("Charts: %1").arg(tables.rangeText(report)), 12);
        pages.chart(ReportCharts::arrivals(report, nullptr), 340);
        pages.chart(ReportCharts::waiting(report, nullptr), 300);
        pages.newPage();
        auto serviceName = [&](const QString &id) {
            const ServiceView *s = centre.service(id);
            return s ? localized(s->name, lang) : id;
        };
        pages.chart(
            ReportCharts::waitDistribution(report, serviceName, DashboardFormat::locale(lang)),
            560);
    };
    return writePdf(path, localized(centre.centre.name, lang),
                    ReportTables::tr("Report for %1").arg(tables.rangeText(report)),
                    tables.tables(report), charts);
}

} // namespace novbe
