#include "choicepanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

ChoicePanel::ChoicePanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_confirm(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(u"choicePanel"_s);
    m_title->setProperty("role", u"panelHeading"_s);
    m_title->setWordWrap(true);
    m_list->setObjectName(u"choiceList"_s);
    m_confirm->setObjectName(u"choiceConfirm"_s);
    m_confirm->setProperty("primary", true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::itemActivated, this, &ChoicePanel::confirm);
    connect(m_confirm, &QPushButton::clicked, this, &ChoicePanel::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &ChoicePanel::cancelled);
    relabel();
}

void ChoicePanel::begin(const QString &purpose, const QString &title, const QList<Choice> &choices)
{
    m_purpose = purpose;
    m_title->setText(title);
    m_list->clear();
    for (int i = 0; i < choices.size(); ++i) {
        const QString prefix = i < 9 ? u"%1   "_s.arg(i + 1) : QString();
        auto *item = new QListWidgetItem(prefix + choices[i].label, m_list);
        item->setData(Qt::UserRole, choices[i].code);
    }
    m_list->setCurrentRow(0);
    m_list->setFocus();
}

bool ChoicePanel::choose(const QString &code)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == code) {
            m_list->setCurrentRow(i);
            confirm();
            return true;
        }
    }
    return false;
}

void ChoicePanel::confirm()
{
    if (QListWidgetItem *item = m_list->currentItem())
        emit chosen(m_purpose, item->data(Qt::UserRole).toString());
}

bool ChoicePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key >= Qt::Key_1 && key <= Qt::Key_9) {
            keyPressEvent(static_cast<QKeyEvent *>(event));
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ChoicePanel::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && key - Qt::Key_1 < m_list->count()) {
        m_list->setCurrentRow(key - Qt::Key_1);
        confirm();
        return;
    }
    if (key == Qt::Key_Escape) {
        emit cancelled();
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        confirm();
        return;
    }
    QFrame::keyPressEvent(event);
}

void ChoicePanel::relabel()
{
    m_confirm->setText(tr("Choose (Enter)"));
    m_cancel->setText(tr("Back (Esc)"));
}

void ChoicePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        relabel();
    QFrame::changeEvent(event);
}

} // namespace novbe
