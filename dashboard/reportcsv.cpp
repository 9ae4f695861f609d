#include "reportexport.h"
#include "reporttables.h"

using namespace Qt::StringLiterals;

namespace novbe {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + quoted + u"\""_s;
}

QByteArray reportCsv(const Report &report, const CentreView &centre, const QString &lang)
{
    const ReportTables tables(centre, lang, ReportTables::Style::Csv);
    return tablesCsv(tables.tables(report));
}

QByteArray tablesCsv(const std::vector<ReportTable> &all)
{
    auto line = [](const QStringList &fields) -> QString {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        return quoted.join(u',') + u"\r\n"_s;
    };
    QStringList header = all.front().headers;
    header[0] = ReportTables::tr("Name", "report column");
    header.prepend(ReportTables::tr("Group", "report column"));
    header.replaceInStrings(u"\n"_s, u" "_s);
    QString text = line(header);
    for (const ReportTable &t : all) {
        for (QStringList row : t.rows) {
            row.prepend(t.title);
            text += line(row);
        }
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace novbe
