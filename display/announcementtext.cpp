#include "announcementtext.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

// How Russian speakers name Latin (and Azerbaijani) letters.
QString russianLetterName(QChar letter)
{
    static const QHash<QChar, QString> names{
        {u'A', u"А"_s},
        {u'B', u"Бэ"_s},
        {u'C', u"Цэ"_s},
        {u'D', u"Дэ"_s},
        {u'E', u"Е"_s},
        {u'F', u"Эф"_s},
        {u'G', u"Гэ"_s},
        {u'H', u"Аш"_s},
        {u'I', u"И"_s},
        {u'J', u"Йот"_s},
        {u'K', u"Ка"_s},
        {u'L', u"Эль"_s},
        {u'M', u"Эм"_s},
        {u'N', u"Эн"_s},
        {u'O', u"О"_s},
        {u'P', u"Пэ"_s},
        {u'Q', u"Ку"_s},
        {u'R', u"Эр"_s},
        {u'S', u"Эс"_s},
        {u'T', u"Тэ"_s},
        {u'U', u"У"_s},
        {u'V', u"Вэ"_s},
        {u'W', u"Дубль-вэ"_s},
        {u'X', u"Икс"_s},
        {u'Y', u"Игрек"_s},
        {u'Z', u"Зэт"_s},
        {QChar(0x018F), u"Э"_s}, // Ə
        {QChar(0x00C7), u"Чэ"_s},
        {QChar(0x015E), u"Шэ"_s}, // Ç Ş
        {QChar(0x011E), u"Гъэ"_s},
        {QChar(0x00D6), u"Ё"_s}, // Ğ Ö
        {QChar(0x00DC), u"Ю"_s},
        {QChar(0x0130), u"И"_s}, // Ü İ
    };
    const QChar upper = letter.toUpper();
    return names.value(upper, QString(upper));
}

QStringList splitNumber(const QString &number, QStringList *letters)
{
    QStringList digits;
    for (const QChar ch : number) {
        if (ch.isDigit())
            digits.append(QString(ch));
        else if (ch.isLetter())
            letters->append(QString(ch.toUpper()));
    }
    return digits;
}

} // namespace

QStringList announcementLanguages()
{
    return {u"az"_s, u"en"_s, u"ru"_s};
}

QString spokenTicketNumber(const QString &number, const QString &lang)
{
    QStringList letters;
    const QStringList digits = splitNumber(number, &letters);
    const QString spokenDigits = digits.join(u' ');
    if (lang == u"en") {
        if (letters.isEmpty())
            return spokenDigits;
        return letters.join(u'-') + u'-' + spokenDigits;
    }
    if (lang == u"ru") {
        for (QString &l : letters)
            l = russianLetterName(l.front());
    }
    letters.append(digits);
    return letters.join(u' ');
}

QString announcementText(const QString &number, const QString &counter, const QString &lang,
                         bool recall)
{
    const QString n = spokenTicketNumber(number, lang);
    if (lang == u"az") {
        const QString text = n + u" nömrəli bilet, "_s + counter + u" nömrəli masaya yaxınlaşın"_s;
        return recall ? u"Təkrar çağırış: "_s + text : text;
    }
    if (lang == u"en") {
        const QString text = n + u", please go to counter "_s + counter;
        return recall ? u"Once again, ticket "_s + text : u"Ticket "_s + text;
    }
    if (lang == u"ru") {
        const QString text = n + u", пройдите к окну "_s + counter;
        return recall ? u"Повторно: талон "_s + text : u"Талон "_s + text;
    }
    return {};
}

} // namespace novbe
