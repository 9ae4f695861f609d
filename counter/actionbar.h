#pragma once

// One row of action buttons in workflow order, each showing its key:
// F1 Call next, F2 Recall (N left), F3 Start, F4 Finish, F5 No-show,
// F6 Transfer, F7 Park, F8 Pause / Resume. Disabled buttons stay in place and
// look disabled; the button for the natural next step carries the accent.

#include "actionpolicy.h"

#include <QPushButton>
#include <QWidget>

#include <map>

class QLabel;

namespace novbe {

class FitLabel;

// A tall button: the key on top, the action's name below, an optional note.
class ActionButton : public QPushButton
{
    Q_OBJECT

public:
    explicit ActionButton(QWidget *parent = nullptr);
    void setTexts(const QString &key, const QString &name, const QString &note = {});
    void setPrimary(bool primary);
    QString name() const;
    QString note() const;

private:
    FitLabel *m_key;
    FitLabel *m_name;
    FitLabel *m_note;
};

class ActionBar : public QWidget
{
    Q_OBJECT

public:
    explicit ActionBar(QWidget *parent = nullptr);

    // Shows `enabled`; `recallsLeft` labels Recall (-1: no called ticket, no label),
    // `paused` turns F8 into Resume,
    // `primary` gets the accent (none when nullopt).
    void update(const DeskActions &enabled, int recallsLeft, bool paused,
                std::optional<DeskAction> primary);
    // The button of `action` (Pause and Resume share F8).
    ActionButton *button(DeskAction action) const;

signals:
    void actionClicked(novbe::DeskAction action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void relabel();

    std::map<DeskAction, ActionButton *> m_buttons;
    int m_recallsLeft = -1;
    bool m_paused = false;
};

} // namespace novbe
