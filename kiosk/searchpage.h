#pragma once

// "Find a service": what the citizen typed (big), the matching services as
// tiles, and an on-screen keyboard with the letters of the kiosk's language
// (Azerbaijani: Ç Ə Ğ I İ Ö Ş Ü among them), space, delete and clear.

#include <QWidget>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QPushButton;

namespace novbe {

class CentreModel;
class TileGridPage;

class SearchPage : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPage(const CentreModel *model, QWidget *parent = nullptr);

    // Keyboard letters and labels in `lang`; keeps what was typed.
    void setLanguage(const QString &lang);
    void setLandscape(bool landscape);
    void clear();
    QString query() const { return m_query; }
    // Types `text` as if its keys were tapped (tests, screenshots).
    void type(const QString &text);
    QPushButton *key(const QString &letter) const;
    TileGridPage *results() const { return m_results; }
    // Re-reads the results (names, load) from the model.
    void refresh();

signals:
    void serviceChosen(const QString &service);

private:
    void rebuildKeys();
    void press(const QString &key);
    QPushButton *makeKey(const QString &id, const QString &text, const QString &kind);

    const CentreModel *m_model;
    QLabel *m_heading;
    QLabel *m_field;
    TileGridPage *m_results;
    QWidget *m_keyboard;
    QGridLayout *m_keys;
    QBoxLayout *m_body;
    QString m_lang = QStringLiteral("az");
    QString m_query;
    bool m_landscape = false;
};

} // namespace novbe
