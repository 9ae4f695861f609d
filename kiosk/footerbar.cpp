#include "footerbar.h"

#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace novbe {

FooterBar::FooterBar(QWidget *parent)
    : QWidget(parent)
    , m_appointment(new QPushButton(this))
    , m_home(new QPushButton(this))
    , m_back(new QPushButton(this))
{
    setObjectName(u"footerBar"_s);
    setAttribute(Qt::WA_StyledBackground);
    m_appointment->setObjectName(u"appointmentButton"_s);
    m_home->setObjectName(u"homeButton"_s);
    m_back->setObjectName(u"backButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 18, 32, 18);
    layout->setSpacing(24);
    layout->addWidget(m_back, 2);
    layout->addWidget(m_appointment, 3);
    layout->addWidget(m_home, 2);
    for (QPushButton *b : {m_back, m_appointment, m_home})
        b->setFocusPolicy(Qt::NoFocus);
    connect(m_appointment, &QPushButton::clicked, this, &FooterBar::appointmentRequested);
    connect(m_home, &QPushButton::clicked, this, &FooterBar::homeRequested);
    connect(m_back, &QPushButton::clicked, this, &FooterBar::backRequested);
    retranslate();
}

void FooterBar::retranslate()
{
    m_appointment->setText(tr("I have an appointment"));
    m_home->setText(tr("Home"));
    m_back->setText(u"‹\u00A0"_s + tr("Back"));
}

void FooterBar::setBackVisible(bool visible)
{
    m_back->setVisible(visible);
}

void FooterBar::setAppointmentVisible(bool visible)
{
    m_appointment->setVisible(visible);
}

} // namespace novbe
