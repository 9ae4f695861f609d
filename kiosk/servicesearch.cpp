#include "servicesearch.h"

using namespace Qt::StringLiterals;

namespace novbe {

QString searchFold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
            case u'I':
            case u'ı':
            case u'İ': out += u'i'; break;
            case u'Ё':
            case u'ё': out += u'е'; break;
            case 0x00A0: out += u' '; break;
            default: out += c.toLower();
        }
    }
    return out;
}

namespace {

QStringList wordsOf(const QString &text)
{
    QStringList out;
    QString word;
    for (const QChar c : searchFold(text)) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

bool matches(const QStringList &haystack, const QStringList &query)
{
    return std::all_of(query.begin(), query.end(), [&](const QString &q) {
        return std::any_of(haystack.begin(), haystack.end(),
                           [&](const QString &w) { return w.startsWith(q); });
    });
}

} // namespace

QList<KioskService> searchServices(const CentreModel &model, const QString &query)
{
    const QStringList words = wordsOf(query);
    QList<KioskService> out;
    if (words.isEmpty())
        return out;
    for (const KioskService &s : model.services()) {
        QStringList haystack;
        for (const QString &name : s.name)
            haystack += wordsOf(name);
        if (const std::optional<KioskGroup> g = model.group(s.group)) {
            for (const QString &name : g->name)
                haystack += wordsOf(name);
        }
        if (matches(haystack, words))
            out.append(s);
    }
    return out;
}

QStringList keyboardLetters(const QString &lang)
{
    QString letters;
    if (lang == u"ru")
        letters = u"АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"_s;
    else if (lang == u"en")
        letters = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s;
    else
        letters = u"ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ"_s;
    QStringList out;
    for (const QChar c : letters)
        out.append(QString(c));
    return out;
}

} // namespace novbe
