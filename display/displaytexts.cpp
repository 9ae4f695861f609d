#include "displaytexts.h"

#include "app/translations.h"

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr const char *CONTEXT = "novbe::DisplayLabel";

const char *sourceOf(DisplayLabel label)
{
    switch (label) {
        case DisplayLabel::NowCalling:
            return QT_TRANSLATE_NOOP("novbe::DisplayLabel", "Now calling");
        case DisplayLabel::Ticket: return QT_TRANSLATE_NOOP("novbe::DisplayLabel", "Ticket");
        case DisplayLabel::Counter: return QT_TRANSLATE_NOOP("novbe::DisplayLabel", "Counter");
        case DisplayLabel::RecentCalls:
            return QT_TRANSLATE_NOOP("novbe::DisplayLabel", "Recent calls");
        case DisplayLabel::Again: return QT_TRANSLATE_NOOP("novbe::DisplayLabel", "again");
        case DisplayLabel::PleaseWait:
            return QT_TRANSLATE_NOOP("novbe::DisplayLabel", "Please wait for your number");
        case DisplayLabel::Offline:
            return QT_TRANSLATE_NOOP("novbe::DisplayLabel", "No connection to the system");
        case DisplayLabel::Closed: return QT_TRANSLATE_NOOP("novbe::DisplayLabel", "Closed");
        case DisplayLabel::OnBreak: return QT_TRANSLATE_NOOP("novbe::DisplayLabel", "Break");
        case DisplayLabel::UseAnotherCounter:
            return QT_TRANSLATE_NOOP("novbe::DisplayLabel", "Please go to another counter");
        case DisplayLabel::LastUpdated:
            return QT_TRANSLATE_NOOP("novbe::DisplayLabel", "Last updated %1");
        case DisplayLabel::NotInZone:
            return QT_TRANSLATE_NOOP("novbe::DisplayLabel",
                                     "Counter %1 is not in this display's zone");
    }
    return "";
}

} // namespace

QString displayLabel(DisplayLabel label, const QString &lang)
{
    const QString chosen = Translations::languages().contains(lang) ? lang : u"az"_s;
    return Translations::ofCatalog(u"display"_s).text(chosen, CONTEXT, sourceOf(label));
}

} // namespace novbe
