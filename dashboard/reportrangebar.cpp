#include "reportrangebar.h"

#include "reporttables.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace novbe {

ReportRangeBar::ReportRangeBar(const QString &objectPrefix, QWidget *parent) : QWidget(parent)
{
    auto *bar = new QHBoxLayout(this);
    bar->setContentsMargins(0, 0, 0, 0);
    m_fromLabel = new QLabel;
    m_toLabel = new QLabel;
    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd.MM.yyyy"_s);
        edit->setMinimumWidth(150);
    }
    m_show = new QPushButton;
    m_csv = new QPushButton;
    m_pdf = new QPushButton;
    m_show->setObjectName(objectPrefix + u"-show"_s);
    m_csv->setObjectName(objectPrefix + u"-csv"_s);
    m_pdf->setObjectName(objectPrefix + u"-pdf"_s);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_fromLabel, m_from, m_toLabel, m_to, m_show})
        bar->addWidget(w);
    bar->addStretch(1);
    bar->addWidget(m_csv);
    bar->addWidget(m_pdf);
    setExportEnabled(false);
    connect(m_show, &QPushButton::clicked, this, &ReportRangeBar::showRequested);
    connect(m_csv, &QPushButton::clicked, this, [this] { askPath(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askPath(true); });
    retranslate();
}

QDate ReportRangeBar::from() const
{
    return m_from->date();
}

QDate ReportRangeBar::to() const
{
    return m_to->date();
}

void ReportRangeBar::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportRangeBar::setDateLocale(const QLocale &locale)
{
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setLocale(locale);
        edit->setDisplayFormat(u"dd.MM.yyyy"_s);
    }
}

void ReportRangeBar::setExportEnabled(bool enabled)
{
    m_csv->setEnabled(enabled);
    m_pdf->setEnabled(enabled);
}

void ReportRangeBar::retranslate()
{
    m_fromLabel->setText(ReportTables::tr("From"));
    m_toLabel->setText(ReportTables::tr("to"));
    m_show->setText(ReportTables::tr("Show report"));
    m_csv->setText(ReportTables::tr("Export CSV…"));
    m_pdf->setText(ReportTables::tr("Export PDF…"));
}

void ReportRangeBar::askPath(bool pdf)
{
    const QString suffix = pdf ? u"pdf"_s : u"csv"_s;
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? m_pdf->text() : m_csv->text(), suggestName ? suggestName(suffix) : QString(),
        pdf ? ReportTables::tr("PDF (*.pdf)") : ReportTables::tr("CSV (*.csv)"));
    if (!path.isEmpty())
        emit exportRequested(path, pdf);
}

} // namespace novbe
