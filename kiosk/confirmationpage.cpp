#include "confirmationpage.h"

#include "ticketstrings.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

QString aheadText(int ahead, int etaSec)
{
    if (ahead <= 0)
        return QCoreApplication::translate("novbe::ConfirmationPage", "You are next");
    return QCoreApplication::translate("novbe::ConfirmationPage", "%n people ahead", nullptr, ahead)
        + u" · "_s
        + QCoreApplication::translate("novbe::ConfirmationPage", "about %n min", nullptr,
                                      etaMinutes(etaSec));
}

ConfirmationPage::ConfirmationPage(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_number(new QLabel(this))
    , m_service(new QLabel(this))
    , m_ahead(new QLabel(this))
    , m_take(new QLabel(this))
    , m_countdown(new QLabel(this))
{
    setObjectName(u"confirmationPage"_s);
    m_caption->setObjectName(u"numberCaption"_s);
    m_number->setObjectName(u"bigNumber"_s);
    m_service->setObjectName(u"confirmService"_s);
    m_ahead->setObjectName(u"confirmAhead"_s);
    m_take->setObjectName(u"takeTicket"_s);
    m_countdown->setObjectName(u"countdown"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(60, 30, 60, 30);
    layout->setSpacing(12);
    layout->addStretch(1);
    for (QLabel *label : {m_caption, m_number, m_service, m_ahead, m_take, m_countdown}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(label != m_number);
        layout->addWidget(label);
        if (label == m_ahead)
            layout->addStretch(1);
    }
    layout->addStretch(1);
    retranslate();
}

void ConfirmationPage::setTicket(const QString &number, const QString &service, int ahead,
                                 int etaSec)
{
    m_number->setText(number);
    m_service->setText(service);
    m_aheadCount = ahead;
    m_etaSec = etaSec;
    retranslate();
}

void ConfirmationPage::setSecondsLeft(int seconds)
{
    m_secondsLeft = seconds;
    m_countdown->setText(tr("Back to the start in %n s", nullptr, seconds));
}

void ConfirmationPage::retranslate()
{
    m_caption->setText(tr("Your number"));
    m_ahead->setText(novbe::aheadText(m_aheadCount, m_etaSec));
    m_take->setText(tr("Take your ticket below") + u"  ↓"_s);
    setSecondsLeft(m_secondsLeft);
}

QString ConfirmationPage::number() const
{
    return m_number->text();
}

QString ConfirmationPage::aheadText() const
{
    return m_ahead->text();
}

} // namespace novbe
