#pragma once

// The kiosk's three languages. Sources are English (tr()); az and ru come
// from resources/translations/kiosk_<lang>.qm compiled into the app.
// One language is installed application-wide at a time (switching re-labels
// every screen); text() reads any language directly, for the trilingual
// out-of-service screen.

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <map>
#include <memory>

namespace novbe {

class KioskTranslations : public QObject
{
    Q_OBJECT

public:
    explicit KioskTranslations(QObject *parent = nullptr);
    ~KioskTranslations() override;

    static QStringList languages();            // {"az", "en", "ru"}
    // Installs `lang` application-wide (unknown -> "az"). Returns the language set.
    QString install(const QString &lang);
    QString current() const { return m_current; }
    // True when a translation for `lang` was loaded (English needs none).
    bool has(const QString &lang) const;
    // `source` of `context` in `lang` (the source itself when untranslated).
    QString text(const QString &lang, const char *context, const char *source, int n = -1) const;

private:
    std::map<QString, std::unique_ptr<QTranslator>> m_translators;
    QTranslator *m_installed = nullptr;
    QString m_current;
};

} // namespace novbe
