#include "desktext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

class DeskText
{
    Q_DECLARE_TR_FUNCTIONS(DeskText)
};

} // namespace

QString actionLabel(DeskAction action)
{
    switch (action) {
        case DeskAction::CallNext: return DeskText::tr("Call next");
        case DeskAction::Recall: return DeskText::tr("Recall");
        case DeskAction::Start: return DeskText::tr("Start");
        case DeskAction::Finish: return DeskText::tr("Finish");
        case DeskAction::NoShow: return DeskText::tr("No-show");
        case DeskAction::Transfer: return DeskText::tr("Transfer");
        case DeskAction::Park: return DeskText::tr("Park");
        case DeskAction::CallSpecific: return DeskText::tr("Call this ticket");
        case DeskAction::Pause: return DeskText::tr("Pause");
        case DeskAction::Resume: return DeskText::tr("Resume");
        case DeskAction::Close: return DeskText::tr("Close counter");
        case DeskAction::Logout: return DeskText::tr("Log out");
    }
    return {};
}

QString actionKey(DeskAction action)
{
    switch (action) {
        case DeskAction::CallNext: return u"F1"_s;
        case DeskAction::Recall: return u"F2"_s;
        case DeskAction::Start: return u"F3"_s;
        case DeskAction::Finish: return u"F4"_s;
        case DeskAction::NoShow: return u"F5"_s;
        case DeskAction::Transfer: return u"F6"_s;
        case DeskAction::Park: return u"F7"_s;
        case DeskAction::Pause:
        case DeskAction::Resume: return u"F8"_s;
        case DeskAction::CallSpecific: return u"F9"_s;
        case DeskAction::Close: return u"F10"_s;
        case DeskAction::Logout: return u"F12"_s;
    }
    return {};
}

QString actionRefusal(DeskAction action, const DeskSituation &s, const QString &ticket)
{
    const QString name = actionLabel(action);
    if (action == DeskAction::Recall && s.ticket == TicketState::Called && s.recallsLeft <= 0)
        return DeskText::tr("No recalls left for %1. Mark it as No-show (F5) or Park it (F7).")
            .arg(ticket);
    if (s.counter == CounterState::Paused)
        return DeskText::tr("%1 is not possible while the counter is paused. Resume first (F8).")
            .arg(name);
    if (s.ticket
        && (action == DeskAction::CallNext || action == DeskAction::CallSpecific
            || action == DeskAction::Pause || action == DeskAction::Close
            || action == DeskAction::Logout))
        return DeskText::
            tr("%1 is not possible while %2 is at your counter. Finish, transfer or park it first.")
                .arg(name, ticket);
    if (!s.ticket)
        return DeskText::tr("%1 needs a called ticket. Call the next citizen first (F1).")
            .arg(name);
    if (s.ticket == TicketState::Called && action == DeskAction::Finish)
        return DeskText::tr("%1 has not started yet. Press Start (F3) when the citizen arrives.")
            .arg(ticket);
    return DeskText::tr("%1 is not possible right now.").arg(name);
}

// Outcome codes of resources/centres/baku-1.json, so lupdate offers them.
[[maybe_unused]] constexpr const char *KNOWN_OUTCOMES[] = {
    QT_TRANSLATE_NOOP("Outcome", "applicationAccepted"),
    QT_TRANSLATE_NOOP("Outcome", "documentIssued"),
    QT_TRANSLATE_NOOP("Outcome", "documentsIncomplete"),
    QT_TRANSLATE_NOOP("Outcome", "consultation"),
    QT_TRANSLATE_NOOP("Outcome", "certificateIssued"),
    QT_TRANSLATE_NOOP("Outcome", "requestAccepted"),
    QT_TRANSLATE_NOOP("Outcome", "examBooked"),
    QT_TRANSLATE_NOOP("Outcome", "documentCertified"),
    QT_TRANSLATE_NOOP("Outcome", "powerOfAttorney"),
};

QString outcomeLabel(const QString &code)
{
    const QByteArray key = code.toUtf8();
    const QString translated = QCoreApplication::translate("Outcome", key.constData());
    if (translated != code)
        return translated;
    QString words;
    for (const QChar c : code) {
        if (c.isUpper() && !words.isEmpty())
            words += u' ';
        words += words.isEmpty() ? c.toUpper() : c.toLower();
    }
    return words;
}

QString placementLabel(Placement placement)
{
    switch (placement) {
        case Placement::First: return DeskText::tr("First in line");
        case Placement::Last: return DeskText::tr("Last in line");
        case Placement::Original: return DeskText::tr("By original ticket time");
    }
    return {};
}

QString placementHint(Placement placement)
{
    switch (placement) {
        case Placement::First: return DeskText::tr("Called before everyone waiting there");
        case Placement::Last: return DeskText::tr("Waits as if the ticket were taken now");
        case Placement::Original: return DeskText::tr("Keeps the time the ticket was first taken");
    }
    return {};
}

QString counterStateLabel(CounterState state)
{
    switch (state) {
        case CounterState::Closed: return DeskText::tr("Closed");
        case CounterState::Idle: return DeskText::tr("Free");
        case CounterState::Calling: return DeskText::tr("Calling");
        case CounterState::Serving: return DeskText::tr("Serving");
        case CounterState::Paused: return DeskText::tr("Paused");
    }
    return {};
}

QString clockDuration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    const qint64 h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString shortWait(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(seconds, 0) / 60;
    if (minutes < 60)
        return DeskText::tr("%1 min").arg(minutes);
    return DeskText::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace novbe
