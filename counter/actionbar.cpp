#include "actionbar.h"

#include "desktext.h"

#include "app/fitlabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr std::array BAR_ACTIONS = {
    DeskAction::CallNext, DeskAction::Recall,   DeskAction::Start, DeskAction::Finish,
    DeskAction::NoShow,   DeskAction::Transfer, DeskAction::Park,  DeskAction::Pause,
};

FitLabel *part(const QString &name, QWidget *parent)
{
    auto *l = new FitLabel(parent);
    l->setObjectName(name);
    l->setAlignment(Qt::AlignCenter);
    l->setWordWrap(true);
    l->setAttribute(Qt::WA_TransparentForMouseEvents);
    return l;
}

} // namespace

ActionButton::ActionButton(QWidget *parent)
    : QPushButton(parent)
    , m_key(part(u"actionKey"_s, this))
    , m_name(part(u"actionName"_s, this))
    , m_note(part(u"actionNote"_s, this))
{
    setFocusPolicy(Qt::NoFocus); // keys belong to the desk, not to one button
    setMinimumHeight(104);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 8, 6, 8);
    layout->setSpacing(2);
    m_name->setMaxLines(2); // "Вызвать следующего" shrinks in the compact strip, never cut
    layout->addWidget(m_key);
    layout->addWidget(m_name, 1);
    layout->addWidget(m_note);
}

void ActionButton::setTexts(const QString &key, const QString &name, const QString &note)
{
    m_key->setText(key);
    m_name->setText(name);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    setAccessibleName(note.isEmpty() ? name : name + u' ' + note);
}

void ActionButton::setPrimary(bool primary)
{
    if (property("primary").toBool() == primary)
        return;
    setProperty("primary", primary);
    for (QWidget *w : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_key),
                       static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_note)}) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
}

QString ActionButton::name() const
{
    return m_name->text();
}
QString ActionButton::note() const
{
    return m_note->text();
}

ActionBar::ActionBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"actionBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (DeskAction a : BAR_ACTIONS) {
        auto *b = new ActionButton(this);
        b->setObjectName(u"action_"_s + deskActionName(a));
        m_buttons.emplace(a, b);
        layout->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, a] {
            emit actionClicked(a == DeskAction::Pause && m_paused ? DeskAction::Resume : a);
        });
    }
    relabel();
}

void ActionBar::update(const DeskActions &enabled, int recallsLeft, bool paused,
                       std::optional<DeskAction> primary)
{
    m_recallsLeft = recallsLeft;
    m_paused = paused;
    for (auto &[action, button] : m_buttons) {
        const DeskAction shown = action == DeskAction::Pause && paused ? DeskAction::Resume
                                                                       : action;
        button->setEnabled(enabled.contains(shown));
        button->setPrimary(primary == shown && enabled.contains(shown));
    }
    relabel();
}

ActionButton *ActionBar::button(DeskAction action) const
{
    if (action == DeskAction::Resume)
        action = DeskAction::Pause;
    auto it = m_buttons.find(action);
    return it == m_buttons.end() ? nullptr : it->second;
}

void ActionBar::relabel()
{
    for (auto &[action, button] : m_buttons) {
        const DeskAction shown = action == DeskAction::Pause && m_paused ? DeskAction::Resume
                                                                         : action;
        QString note;
        if (action == DeskAction::Recall && m_recallsLeft > 0)
            note = tr("%n left", nullptr, m_recallsLeft);
        else if (action == DeskAction::Recall && m_recallsLeft == 0)
            note = tr("none left");
        button->setTexts(actionKey(shown), actionLabel(shown), note);
    }
}

void ActionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        relabel();
    QWidget::changeEvent(event);
}

} // namespace novbe
