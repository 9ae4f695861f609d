#include "displaytexts.h"

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

struct Texts
{
    QString az;
    QString en;
    QString ru;
};

Texts textsFor(DisplayLabel label)
{
    switch (label) {
    case DisplayLabel::NowCalling:
        return {u"Hazırda çağırılır"_s, u"Now calling"_s, u"Приглашаются"_s};
    case DisplayLabel::Ticket:
        return {u"Bilet"_s, u"Ticket"_s, u"Талон"_s};
    case DisplayLabel::Counter:
        return {u"Masa"_s, u"Counter"_s, u"Окно"_s};
    case DisplayLabel::RecentCalls:
        return {u"Son çağırışlar"_s, u"Recent calls"_s, u"Последние вызовы"_s};
    case DisplayLabel::Again:
        return {u"təkrar"_s, u"again"_s, u"повторно"_s};
    case DisplayLabel::PleaseWait:
        return {u"Nömrənizi gözləyin"_s, u"Please wait for your number"_s,
                u"Ожидайте вызова"_s};
    case DisplayLabel::Offline:
        return {u"Sistemlə əlaqə yoxdur"_s, u"No connection to the system"_s,
                u"Нет связи с системой"_s};
    }
    return {};
}

} // namespace

QString displayLabel(DisplayLabel label, const QString &lang)
{
    const Texts t = textsFor(label);
    if (lang == u"en")
        return t.en;
    if (lang == u"ru")
        return t.ru;
    return t.az;
}

} // namespace novbe
