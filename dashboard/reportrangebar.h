#pragma once

#include <QDate>
#include <QWidget>

#include <functional>

class QDateEdit;
class QLabel;
class QLocale;
class QPushButton;

namespace novbe {

// The bar above a report (the centre's and HQ's): the date range, "Show
// report", and the CSV and PDF export buttons, which ask where to save.
class ReportRangeBar : public QWidget
{
    Q_OBJECT

public:
    // Object names: <prefix>-show, <prefix>-csv, <prefix>-pdf.
    explicit ReportRangeBar(const QString &objectPrefix, QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const;
    void setRange(const QDate &from, const QDate &to);
    void setDateLocale(const QLocale &locale);
    void setExportEnabled(bool enabled);
    void retranslate();

    // The file name the save dialog suggests, given the file's suffix.
    std::function<QString(const QString &suffix)> suggestName;

signals:
    void showRequested();
    // The path the user chose for a CSV (pdf false) or PDF export.
    void exportRequested(const QString &path, bool pdf);

private:
    void askPath(bool pdf);

    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
};

} // namespace novbe
