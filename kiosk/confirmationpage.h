#pragma once

#include <QWidget>

class QLabel;

namespace novbe {

// "Your number": the number huge, the service, "N people ahead · about M min",
// "Take your ticket below" and a countdown back to the start.
class ConfirmationPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConfirmationPage(QWidget *parent = nullptr);

    void setTicket(const QString &number, const QString &service, int ahead, int etaSec);
    // Seconds left before the kiosk returns to the start screen.
    void setSecondsLeft(int seconds);
    void retranslate();
    QString number() const;
    QString aheadText() const;

private:
    QLabel *m_caption;
    QLabel *m_number;
    QLabel *m_service;
    QLabel *m_ahead;
    QLabel *m_take;
    QLabel *m_countdown;
    int m_aheadCount = 0;
    int m_etaSec = 0;
    int m_secondsLeft = 10;
};

// "3 people ahead · about 7 min" / "You are next" in the installed language.
QString aheadText(int ahead, int etaSec);

} // namespace novbe
