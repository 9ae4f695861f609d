#include "messagepage.h"

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

MessagePage::MessagePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_number(new QLabel(this))
    , m_body(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_countdown(new QLabel(this))
{
    setObjectName(u"messagePage"_s);
    m_title->setObjectName(u"messageTitle"_s);
    m_number->setObjectName(u"messageNumber"_s);
    m_body->setObjectName(u"messageBody"_s);
    m_action->setObjectName(u"messageAction"_s);
    m_action->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(80, 30, 80, 30);
    layout->setSpacing(24);
    layout->addStretch(1);
    for (QLabel *label : {m_title, m_number, m_body}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    m_number->setWordWrap(false);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    m_countdown->setObjectName(u"countdown"_s);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setWordWrap(true);
    m_countdown->hide();
    layout->addWidget(m_countdown);
    layout->addStretch(2);
    connect(m_action, &QPushButton::clicked, this, &MessagePage::actionClicked);
}

void MessagePage::setMessage(const QString &tone, const QString &title, const QString &body,
                             const QString &number, const QString &action)
{
    m_title->setText(title);
    m_body->setText(body);
    m_number->setText(number);
    m_number->setVisible(!number.isEmpty());
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    for (QWidget *w : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_title)}) {
        w->setProperty("tone", tone);
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
}

void MessagePage::setSecondsLeft(int seconds)
{
    m_countdown->setVisible(seconds >= 0);
    m_countdown->setText(tr("Back to the start in %n s", nullptr, qMax(0, seconds)));
}

QString MessagePage::countdown() const
{
    return m_countdown->isVisible() ? m_countdown->text() : QString();
}

QString MessagePage::title() const
{
    return m_title->text();
}

QString MessagePage::body() const
{
    return m_body->text();
}

QString MessagePage::number() const
{
    return m_number->text();
}

} // namespace novbe
