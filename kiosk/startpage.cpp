#include "startpage.h"

#include "app/translations.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {
const char *const WELCOME = QT_TRANSLATE_NOOP("novbe::StartPage", "Welcome!");
const char *const CHOOSE = QT_TRANSLATE_NOOP("novbe::StartPage",
                                             "Touch your language to take a ticket");
} // namespace

StartPage::StartPage(const Translations *translations, QWidget *parent)
    : QWidget(parent)
    , m_welcome(new QLabel(this))
    , m_buttonBox(new QBoxLayout(QBoxLayout::TopToBottom))
{
    m_welcome->setObjectName(u"welcome"_s);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    QStringList lines;
    for (const QString &lang : Translations::languages()) {
        lines << u"<div style='margin-bottom:18px'><b>%1</b><br>%2</div>"_s.arg(
            translations->text(lang, "novbe::StartPage", WELCOME).toHtmlEscaped(),
            translations->text(lang, "novbe::StartPage", CHOOSE).toHtmlEscaped());
    }
    m_welcome->setText(lines.join(QString()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(80, 40, 80, 60);
    layout->setSpacing(24);
    m_buttonBox->setSpacing(30);
    layout->addStretch(1);
    layout->addWidget(m_welcome);
    layout->addStretch(1);
    const std::pair<QString, QString> langs[] = {
        {u"az"_s, u"Azərbaycan dili"_s}, {u"en"_s, u"English"_s}, {u"ru"_s, u"Русский"_s}};
    for (const auto &[lang, endonym] : langs) {
        auto *button = new QPushButton(endonym, this); // endonyms: never translated
        button->setObjectName(u"startLanguage"_s);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, lang] { emit languageChosen(lang); });
        m_buttons.insert(lang, button);
        m_buttonBox->addWidget(button);
    }
    layout->addLayout(m_buttonBox);
    layout->addStretch(1);
}

void StartPage::setLandscape(bool landscape)
{
    m_buttonBox->setDirection(landscape ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

} // namespace novbe
