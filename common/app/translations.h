#pragma once

// The one translation mechanism of every app: Qt Linguist catalogs
// (resources/translations/<catalog>_<lang>.ts, compiled to .qm into the app
// under :/novbe/i18n/). Sources are English. One language is installed
// application-wide at a time (QCoreApplication::installTranslator: switching
// re-labels every widget through LanguageChange); text() reads any language
// directly, for screens that show several languages at once (the hall
// display's rotating labels, printed tickets, the out-of-service screen).

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <map>
#include <memory>
#include <vector>

namespace novbe {

class Translations : public QObject
{
    Q_OBJECT

public:
    // Loads `catalogs` (e.g. {"kiosk", "ticket"}) in every language.
    explicit Translations(const QStringList &catalogs, QObject *parent = nullptr);
    ~Translations() override;

    // The application's Translations of `catalog`: made on first use as a child
    // of the application object, so every part of an app shares it.
    // Requires: a QCoreApplication.
    static Translations &ofCatalog(const QString &catalog);

    static QStringList languages(); // {"az", "en", "ru"}
    // The language installed application-wide by any Translations ("az" before any).
    static QString installed();

    // Installs `lang` application-wide (unknown -> "az"). Returns the language set.
    QString install(const QString &lang);
    QString current() const { return m_current; }
    // True when every catalog has a translation for `lang` (English needs none).
    bool has(const QString &lang) const;
    // `source` of `context` in `lang` (the source itself when untranslated);
    // with n >= 0 the plural form for n, %n replaced.
    QString text(const QString &lang, const char *context, const char *source, int n = -1) const;

private:
    void uninstall();

    QStringList m_catalogs;
    std::map<QString, std::vector<std::unique_ptr<QTranslator>>> m_translators;
    std::vector<QTranslator *> m_installed;
    QString m_current;
};

} // namespace novbe
