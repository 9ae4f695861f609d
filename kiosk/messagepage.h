#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace novbe {

// One calm full-screen message: a title, plain-words body, optionally a big
// ticket number and one action button. tone: "info", "warning" or "fault".
class MessagePage : public QWidget
{
    Q_OBJECT

public:
    explicit MessagePage(QWidget *parent = nullptr);

    // `action` empty hides the button.
    void setMessage(const QString &tone, const QString &title, const QString &body,
                    const QString &number = {}, const QString &action = {});
    QString title() const;
    QString body() const;
    QString number() const;
    QPushButton *actionButton() const { return m_action; }
    // "Back to the start in 25 s" under the message; < 0 hides it.
    void setSecondsLeft(int seconds);
    QString countdown() const;

signals:
    void actionClicked();

private:
    QLabel *m_title;
    QLabel *m_number;
    QLabel *m_body;
    QPushButton *m_action;
    QLabel *m_countdown;
};

} // namespace novbe
