#include "translations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace novbe {

KioskTranslations::KioskTranslations(QObject *parent) : QObject(parent)
{
    for (const QString &lang : languages()) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(u":/novbe/i18n/kiosk_%1.qm"_s.arg(lang)))
            m_translators.emplace(lang, std::move(translator));
        else if (lang != "en"_L1)
            qWarning("kiosk: no translation for %s", qPrintable(lang));
    }
}

KioskTranslations::~KioskTranslations()
{
    if (m_installed)
        QCoreApplication::removeTranslator(m_installed);
}

QStringList KioskTranslations::languages()
{
    return {u"az"_s, u"en"_s, u"ru"_s};
}

QString KioskTranslations::install(const QString &lang)
{
    const QString chosen = languages().contains(lang) ? lang : u"az"_s;
    if (chosen == m_current)
        return chosen;
    if (m_installed)
        QCoreApplication::removeTranslator(m_installed);
    m_installed = nullptr;
    auto it = m_translators.find(chosen);
    if (it != m_translators.end()) {
        m_installed = it->second.get();
        QCoreApplication::installTranslator(m_installed);
    }
    m_current = chosen;
    return chosen;
}

bool KioskTranslations::has(const QString &lang) const
{
    return lang == "en"_L1 || m_translators.count(lang) > 0;
}

QString KioskTranslations::text(const QString &lang, const char *context, const char *source,
                                int n) const
{
    auto it = m_translators.find(lang);
    QString out;
    if (it != m_translators.end())
        out = it->second->translate(context, source, nullptr, n);
    if (out.isEmpty())
        out = QString::fromUtf8(source);
    if (n >= 0)
        out.replace("%n"_L1, QString::number(n));
    return out;
}

} // namespace novbe
