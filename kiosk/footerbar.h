#pragma once

#include <QWidget>

class QPushButton;

namespace novbe {

// The band at the bottom: "I have an appointment" and "Home".
class FooterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FooterBar(QWidget *parent = nullptr);

    void retranslate();
    QPushButton *appointmentButton() const { return m_appointment; }
    QPushButton *homeButton() const { return m_home; }

signals:
    void appointmentRequested();
    void homeRequested();

private:
    QPushButton *m_appointment;
    QPushButton *m_home;
};

} // namespace novbe
