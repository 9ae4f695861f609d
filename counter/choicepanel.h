#pragma once

// A short list to choose from, in place of the ticket card (no dialog):
// the outcome at Finish, the reason at Pause. Digit keys 1-9 choose directly,
// arrows + Enter also work, Esc goes back.

#include <QFrame>

class QLabel;
class QListWidget;
class QPushButton;

namespace novbe {

class ChoicePanel : public QFrame
{
    Q_OBJECT

public:
    struct Choice
    {
        QString code;  // sent to the engine; may be empty ("no outcome")
        QString label; // shown
    };

    explicit ChoicePanel(QWidget *parent = nullptr);

    // Shows `choices` under `title`; `purpose` tells the caller what was chosen for.
    void begin(const QString &purpose, const QString &title, const QList<Choice> &choices);
    QString purpose() const { return m_purpose; }
    // Chooses the entry with `code` (tests, screenshots); false if absent.
    bool choose(const QString &code);
    QListWidget *list() const { return m_list; }

signals:
    void chosen(const QString &purpose, const QString &code);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void confirm();
    void relabel();

    QString m_purpose;
    QLabel *m_title;
    QListWidget *m_list;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
};

} // namespace novbe
