#pragma once

#include <QWidget>

class QPushButton;

namespace novbe {

// The band at the bottom: "Back", "I have an appointment" (an outlined
// button like the others: the screen's own choices stay the brightest
// thing) and "Home". The window hides what does not apply to a screen.
class FooterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FooterBar(QWidget *parent = nullptr);

    void retranslate();
    QPushButton *appointmentButton() const { return m_appointment; }
    QPushButton *homeButton() const { return m_home; }
    QPushButton *backButton() const { return m_back; }
    void setBackVisible(bool visible);
    void setAppointmentVisible(bool visible);

signals:
    void appointmentRequested();
    void homeRequested();
    void backRequested();

private:
    QPushButton *m_appointment;
    QPushButton *m_home;
    QPushButton *m_back;
};

} // namespace novbe
