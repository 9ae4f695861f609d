#pragma once

#include <QMap>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace novbe {

// Appointment check-in: the 6-digit code typed on a large on-screen keypad,
// or typed by a barcode/QR scanner acting as a keyboard (digits then Enter).
class CheckinPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int CODE_LENGTH = 6;

    explicit CheckinPage(QWidget *parent = nullptr);

    void retranslate();
    void clear();
    QString code() const { return m_code; }
    // Keypad buttons: "0".."9", "back", "ok".
    QPushButton *key(const QString &name) const { return m_keys.value(name); }
    // Keyboard or scanner input; true when the key was used.
    bool handleKey(int key, const QString &text);
    // Landscape: the code on the left, the keypad on the right.
    void setLandscape(bool landscape);

signals:
    void codeEntered(const QString &code);

private:
    void press(const QString &name);
    void updateDisplay();

    QLabel *m_heading;
    QLabel *m_hint;
    QLabel *m_display;
    QBoxLayout *m_main;
    QMap<QString, QPushButton *> m_keys;
    QString m_code;
};

} // namespace novbe
