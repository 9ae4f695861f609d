#include "checkinpage.h"

#include <QBoxLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

CheckinPage::CheckinPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_display(new QLabel(this))
    , m_main(new QBoxLayout(QBoxLayout::TopToBottom, this))
{
    setObjectName(u"checkinPage"_s);
    m_heading->setObjectName(u"pageHeading"_s);
    m_hint->setObjectName(u"pageNote"_s);
    m_display->setObjectName(u"codeDisplay"_s);
    for (QLabel *label : {m_heading, m_hint, m_display}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    auto *pad = new QGridLayout;
    pad->setSpacing(24);
    const QStringList names = {u"1"_s, u"2"_s, u"3"_s, u"4"_s,    u"5"_s, u"6"_s,
                               u"7"_s, u"8"_s, u"9"_s, u"back"_s, u"0"_s, u"ok"_s};
    for (int i = 0; i < names.size(); ++i) {
        auto *button = new QPushButton(names[i], this);
        button->setObjectName(names[i].size() == 1 ? u"keypadDigit"_s : u"keypadAction"_s);
        button->setProperty("key", names[i]);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, name = names[i]] { press(name); });
        m_keys.insert(names[i], button);
        pad->addWidget(button, i / 3, i % 3);
    }
    auto *text = new QVBoxLayout;
    text->setSpacing(24);
    text->addWidget(m_heading);
    text->addWidget(m_hint);
    text->addWidget(m_display);
    text->addStretch(1);
    auto *keys = new QVBoxLayout;
    keys->addStretch(1);
    keys->addLayout(pad);
    keys->addStretch(1);
    m_main->setContentsMargins(60, 30, 60, 30);
    m_main->setSpacing(40);
    m_main->addLayout(text, 1);
    m_main->addLayout(keys, 1);
    retranslate();
}

void CheckinPage::retranslate()
{
    m_heading->setText(tr("Enter the 6-digit code of your appointment"));
    m_hint->setText(tr("Or hold the code from your booking under the scanner."));
    m_keys[u"back"_s]->setText(tr("Delete"));
    m_keys[u"ok"_s]->setText(tr("OK"));
    updateDisplay();
}

void CheckinPage::setLandscape(bool landscape)
{
    m_main->setDirection(landscape ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void CheckinPage::clear()
{
    m_code.clear();
    updateDisplay();
}

bool CheckinPage::handleKey(int key, const QString &text)
{
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        press(u"ok"_s);
        return true;
    }
    if (key == Qt::Key_Backspace) {
        press(u"back"_s);
        return true;
    }
    if (text.size() == 1 && text.at(0).isDigit()) {
        press(text);
        return true;
    }
    return false;
}

void CheckinPage::press(const QString &name)
{
    if (name == "back"_L1) {
        m_code.chop(1);
    } else if (name == "ok"_L1) {
        if (m_code.size() == CODE_LENGTH)
            emit codeEntered(m_code);
        return;
    } else if (m_code.size() < CODE_LENGTH) {
        m_code += name;
    }
    updateDisplay();
}

void CheckinPage::updateDisplay()
{
    QString shown;
    for (int i = 0; i < CODE_LENGTH; ++i) {
        if (i)
            shown += u' ';
        shown += i < m_code.size() ? m_code.at(i) : u'_';
    }
    m_display->setText(shown);
    m_keys[u"ok"_s]->setEnabled(m_code.size() == CODE_LENGTH);
}

} // namespace novbe
