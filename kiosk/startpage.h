#pragma once

#include <QMap>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace novbe {

class Translations;

// The start screen: a welcome in all three languages and one large button per
// language (each labelled in its own language).
class StartPage : public QWidget
{
    Q_OBJECT

public:
    StartPage(const Translations *translations, QWidget *parent = nullptr);

    QPushButton *languageButton(const QString &lang) const { return m_buttons.value(lang); }
    // Landscape: the language buttons side by side.
    void setLandscape(bool landscape);

signals:
    void languageChosen(const QString &lang);

private:
    QLabel *m_welcome;
    QBoxLayout *m_buttonBox;
    QMap<QString, QPushButton *> m_buttons;
};

} // namespace novbe
