#include "translations.h"

#include <QCoreApplication>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {
// The installed language lives on the application object, beside its translators.
constexpr const char *LANGUAGE_PROPERTY = "novbe.language";
} // namespace

Translations::Translations(const QStringList &catalogs, QObject *parent)
    : QObject(parent), m_catalogs(catalogs)
{
    for (const QString &lang : languages()) {
        for (const QString &catalog : catalogs) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(u":/novbe/i18n/%1_%2.qm"_s.arg(catalog, lang)))
                m_translators[lang].push_back(std::move(translator));
            else if (lang != "en"_L1)
                qWarning("no %s translation for %s", qPrintable(lang), qPrintable(catalog));
        }
    }
}

Translations::~Translations()
{
    uninstall();
}

Translations &Translations::ofCatalog(const QString &catalog)
{
    const QString name = u"novbe.translations."_s + catalog;
    if (auto *existing = qApp->findChild<Translations *>(name, Qt::FindDirectChildrenOnly))
        return *existing;
    auto *made = new Translations({catalog}, qApp);
    made->setObjectName(name);
    return *made;
}

QStringList Translations::languages()
{
    return {u"az"_s, u"en"_s, u"ru"_s};
}

QString Translations::installed()
{
    const QVariant lang = qApp ? qApp->property(LANGUAGE_PROPERTY) : QVariant();
    return lang.isValid() ? lang.toString() : u"az"_s;
}

void Translations::uninstall()
{
    for (QTranslator *t : m_installed)
        QCoreApplication::removeTranslator(t);
    m_installed.clear();
}

QString Translations::install(const QString &lang)
{
    const QString chosen = languages().contains(lang) ? lang : u"az"_s;
    if (chosen == m_current)
        return chosen;
    uninstall();
    auto it = m_translators.find(chosen);
    if (it != m_translators.end()) {
        for (const auto &t : it->second) {
            m_installed.push_back(t.get());
            QCoreApplication::installTranslator(t.get()); // posts LanguageChange
        }
    }
    m_current = chosen;
    if (qApp)
        qApp->setProperty(LANGUAGE_PROPERTY, chosen);
    return chosen;
}

bool Translations::has(const QString &lang) const
{
    const auto it = m_translators.find(lang);
    return lang == "en"_L1
        || (it != m_translators.end() && it->second.size() == size_t(m_catalogs.size()));
}

QString Translations::text(const QString &lang, const char *context, const char *source,
                           int n) const
{
    QString out;
    const auto it = m_translators.find(lang);
    if (it != m_translators.end()) {
        for (const auto &t : it->second) {
            out = t->translate(context, source, nullptr, n);
            if (!out.isEmpty())
                break;
        }
    }
    if (out.isEmpty())
        out = QString::fromUtf8(source);
    if (n >= 0)
        out.replace("%n"_L1, QString::number(n));
    return out;
}

} // namespace novbe
