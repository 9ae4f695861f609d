#include "headerbar.h"

#include "ticketrenderer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace novbe {

HeaderBar::HeaderBar(QWidget *parent)
    : QWidget(parent), m_centre(new QLabel(this)), m_clock(new QLabel(this))
{
    setObjectName(u"headerBar"_s);
    setAttribute(Qt::WA_StyledBackground);
    m_centre->setObjectName(u"centreName"_s);
    m_centre->setWordWrap(true);
    m_clock->setObjectName(u"clock"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 14, 24, 14);
    layout->setSpacing(18);
    layout->addWidget(m_centre, 1);
    layout->addWidget(m_clock);
    const std::pair<QString, QString> langs[] = {
        {u"az"_s, u"AZ"_s}, {u"en"_s, u"EN"_s}, {u"ru"_s, u"RU"_s}};
    for (const auto &[lang, label] : langs) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(u"langButton"_s);
        button->setFocusPolicy(Qt::NoFocus);
        button->setProperty("current", false);
        connect(button, &QPushButton::clicked, this,
                [this, lang] { emit languageRequested(lang); });
        m_buttons.insert(lang, button);
        layout->addWidget(button);
    }
    connect(&m_clockTimer, &QTimer::timeout, this, &HeaderBar::updateClock);
    m_clockTimer.start(1000);
    updateClock();
}

void HeaderBar::setCentreName(const QString &name)
{
    m_centre->setText(name);
}

void HeaderBar::setLanguage(const QString &lang)
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setProperty("current", it.key() == lang);
        it.value()->style()->unpolish(it.value());
        it.value()->style()->polish(it.value());
    }
}

void HeaderBar::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    updateClock();
}

void HeaderBar::setFixedTime(const QDateTime &utc)
{
    m_fixedTime = utc;
    updateClock();
}

QString HeaderBar::clockText() const
{
    return m_clock->text();
}

void HeaderBar::updateClock()
{
    const QDateTime now = m_fixedTime.isValid() ? m_fixedTime : QDateTime::currentDateTimeUtc();
    m_clock->setText(now.toTimeZone(m_zone).toString(u"HH:mm"_s));
}

void HeaderBar::setLanguagesEnabled(bool enabled)
{
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(enabled);
}

} // namespace novbe
