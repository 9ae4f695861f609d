#include "desktranslations.h"

#include <QCoreApplication>
#include <QTranslator>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

struct Translations
{
    std::map<QString, std::unique_ptr<QTranslator>> loaded;
    QTranslator *installed = nullptr;
    QString current = u"az"_s;
    bool first = true;
};

Translations &state()
{
    static Translations t;
    return t;
}

QTranslator *translatorFor(const QString &lang)
{
    Translations &t = state();
    auto it = t.loaded.find(lang);
    if (it != t.loaded.end())
        return it->second.get();
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(u":/novbe/counter/i18n/counter_%1.qm"_s.arg(lang)))
        return nullptr;
    return t.loaded.emplace(lang, std::move(translator)).first->second.get();
}

} // namespace

QStringList deskLanguages()
{
    return {u"az"_s, u"en"_s, u"ru"_s};
}

QString setUiLanguage(const QString &lang)
{
    Translations &t = state();
    const QString chosen = deskLanguages().contains(lang) ? lang : u"az"_s;
    if (chosen == t.current && !t.first)
        return chosen;
    t.first = false;
    if (t.installed)
        QCoreApplication::removeTranslator(t.installed);
    t.installed = translatorFor(chosen);
    t.current = chosen;
    if (t.installed)
        QCoreApplication::installTranslator(t.installed);   // posts LanguageChange
    return chosen;
}

QString uiLanguage()
{
    return state().current;
}

bool hasDeskTranslation(const QString &lang)
{
    return lang == u"en"_s || translatorFor(lang) != nullptr;
}

} // namespace novbe
