#include "outofservicepage.h"

#include "app/translations.h"
#include "pictogram.h"

#include <QBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr const char *CONTEXT = "novbe::OutOfServicePage";
const char *const TITLE = QT_TRANSLATE_NOOP("novbe::OutOfServicePage",
                                            "Sorry, this kiosk cannot give tickets right now.");
const char *const GO = QT_TRANSLATE_NOOP("novbe::OutOfServicePage",
                                         "Please go to the reception desk: they will help you.");
const char *const BACK = QT_TRANSLATE_NOOP("novbe::OutOfServicePage",
                                           "The kiosk will start again by itself.");

const char *why(Outage outage)
{
    switch (outage) {
        case Outage::EngineUnreachable:
            return QT_TRANSLATE_NOOP("novbe::OutOfServicePage",
                                     "The queue system cannot be reached.");
        case Outage::PaperOut:
            return QT_TRANSLATE_NOOP("novbe::OutOfServicePage",
                                     "The ticket printer is out of paper.");
        case Outage::CoverOpen:
            return QT_TRANSLATE_NOOP("novbe::OutOfServicePage",
                                     "The ticket printer cover is open.");
        case Outage::PrinterOffline:
            return QT_TRANSLATE_NOOP("novbe::OutOfServicePage",
                                     "The ticket printer is not working.");
        case Outage::None: break;
    }
    return "";
}

} // namespace

OutOfServicePage::OutOfServicePage(const Translations *translations, QWidget *parent)
    : QWidget(parent)
    , m_translations(translations)
    , m_layout(new QBoxLayout(QBoxLayout::TopToBottom))
{
    setObjectName(u"outOfServicePage"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(80, 40, 80, 40);
    outer->setSpacing(20);
    outer->addStretch(1);
    outer->addWidget(new NoTicketPictogram(this), 0, Qt::AlignHCenter);
    outer->addLayout(m_layout, 8);
    outer->addStretch(1);
    QBoxLayout *layout = m_layout;
    layout->setSpacing(30);
    layout->addStretch(1);
    for (int i = 0; i < int(Translations::languages().size()); ++i) {
        auto *block = new QLabel(this);
        block->setObjectName(u"outageBlock"_s);
        block->setWordWrap(true);
        block->setAlignment(Qt::AlignCenter);
        block->setTextFormat(Qt::RichText);
        layout->addWidget(block);
        layout->addStretch(1);
        m_blocks.append(block);
    }
    setOutage(Outage::EngineUnreachable);
}

void OutOfServicePage::setOutage(Outage outage)
{
    m_outage = outage;
    const QStringList langs = Translations::languages();
    for (int i = 0; i < m_blocks.size(); ++i) {
        const QString &lang = langs[i];
        auto line = [&](const char *source) {
            return m_translations->text(lang, CONTEXT, source).toHtmlEscaped();
        };
        m_blocks[i]->setText(u"<p style='font-size:46px;font-weight:bold'>%1</p>"
                             "<p style='font-size:38px'>%2<br>%3</p>"
                             "<p style='font-size:30px'>%4</p>"_s.arg(
                                 line(TITLE), line(why(outage)), line(GO), line(BACK)));
    }
}

void OutOfServicePage::setLandscape(bool landscape)
{
    m_layout->setDirection(landscape ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

QString OutOfServicePage::text() const
{
    QStringList out;
    for (const QLabel *block : m_blocks)
        out << block->text();
    return out.join(u'\n');
}

} // namespace novbe
