// DeskSession: the desk actions, their answers and their notices.
#include "desksession.h"

#include "deskmodel.h"
#include "desktext.h"

#include "app/pausereasons.h"
#include "desktranslations.h"
#include "plainerrors.h"

#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

QString methodOf(DeskAction action)
{
    switch (action) {
        case DeskAction::CallNext: return QString(method::COUNTER_CALL_NEXT);
        case DeskAction::Recall: return QString(method::COUNTER_RECALL);
        case DeskAction::Start: return QString(method::COUNTER_START);
        case DeskAction::Finish: return QString(method::COUNTER_FINISH);
        case DeskAction::NoShow: return QString(method::COUNTER_NO_SHOW);
        case DeskAction::Transfer: return QString(method::COUNTER_TRANSFER);
        case DeskAction::Park: return QString(method::COUNTER_PARK);
        case DeskAction::CallSpecific: return QString(method::COUNTER_CALL_TICKET);
        case DeskAction::Pause: return QString(method::COUNTER_PAUSE);
        case DeskAction::Resume: return QString(method::COUNTER_RESUME);
        case DeskAction::Close: return QString(method::COUNTER_CLOSE);
        case DeskAction::Logout: return QString(method::OPERATOR_LOGOUT);
    }
    return {};
}

} // namespace

bool DeskSession::checkAllowed(DeskAction action)
{
    if (m_link != LinkState::Connected) {
        raise(Notice::Kind::Error, [action] {
            return tr("Not connected to the queue server: %1 was NOT sent. "
                      "Wait until the status bar says Connected, then press it again.")
                .arg(actionLabel(action));
        });
        return false;
    }
    if (m_busy) {
        raise(Notice::Kind::Info, [action] {
            return tr("Still waiting for the answer to your last action; %1 was not sent.")
                .arg(actionLabel(action));
        });
        return false;
    }
    if (m_phase == Phase::Open && enabled().contains(action))
        return true;
    const DeskSituation s = m_model->situation(m_link);
    const std::optional<Ticket> t = m_model->currentTicket();
    const QString number = t ? t->number : QString();
    raise(Notice::Kind::Warning, [action, s, number] { return actionRefusal(action, s, number); });
    return false;
}

void DeskSession::trigger(DeskAction action)
{
    if (!checkAllowed(action))
        return;
    switch (action) {
        case DeskAction::Finish: finish({}); return;
        case DeskAction::Pause: pause(PauseReasons::codes().constFirst()); return;
        case DeskAction::Transfer:
        case DeskAction::CallSpecific:
            return; // need input: the desk's panels call transfer() / callTicket()
        case DeskAction::Close:
        case DeskAction::Logout: m_leaving = true; break;
        default: break;
    }
    send(action, methodOf(action), {});
}

void DeskSession::logoutOperator()
{
    if (m_phase == Phase::Open) {
        trigger(DeskAction::Logout);
        return;
    }
    m_pin.clear();
    if (m_phase == Phase::LoggedIn && m_client->isReady()) {
        m_leaving = true;
        m_client->call(QString(method::OPERATOR_LOGOUT), {}, this,
                       [this](const RpcReply &) { m_leaving = false; });
    }
    setPhase(Phase::LoggedOut);
}

void DeskSession::finish(const QString &outcome)
{
    if (!checkAllowed(DeskAction::Finish))
        return;
    QJsonObject params;
    if (!outcome.isEmpty())
        params.insert(u"outcome"_s, outcome);
    send(DeskAction::Finish, methodOf(DeskAction::Finish), params);
}

void DeskSession::transfer(const QString &service, Placement placement, const QString &note)
{
    if (!checkAllowed(DeskAction::Transfer))
        return;
    QJsonObject params{{u"service"_s, service}, {u"placement"_s, placementName(placement)}};
    if (!note.trimmed().isEmpty())
        params.insert(u"note"_s, note.trimmed());
    send(DeskAction::Transfer, methodOf(DeskAction::Transfer), params);
}

void DeskSession::callTicket(const QString &ticketId, const QString &number)
{
    if (!checkAllowed(DeskAction::CallSpecific))
        return;
    send(DeskAction::CallSpecific, methodOf(DeskAction::CallSpecific), {{u"id"_s, ticketId}});
    m_closingTicket = number; // the answer comes later, from the event loop
}

void DeskSession::pause(const QString &reason)
{
    if (!checkAllowed(DeskAction::Pause))
        return;
    send(DeskAction::Pause, methodOf(DeskAction::Pause), {{u"reason"_s, reason}});
}

void DeskSession::send(DeskAction action, const QString &method, const QJsonObject &params)
{
    const std::optional<Ticket> t = m_model->currentTicket();
    m_closingTicket = t ? t->number : QString();
    setBusy(true);
    m_client->call(method, params, this,
                   [this, action](const RpcReply &r) { handleAnswer(action, r); });
}

void DeskSession::handleAnswer(DeskAction action, const RpcReply &r)
{
    setBusy(false);
    const QString concerned = m_closingTicket;
    if (!r.ok) {
        m_leaving = false;
        raise(Notice::Kind::Error,
              [e = r.error, concerned] { return plainActionError(e, concerned); });
        refreshQueues();
        return;
    }
    if (r.result.contains(u"counter"_s))
        applyCounterAnswer(r.result);
    const std::optional<TicketView> ticket = decode<TicketView>(
        r.result.value(u"ticket"_s).toObject());
    if (ticket)
        m_model->applyTicket(*ticket);
    if (action == DeskAction::Pause)
        m_pauseReason = m_model->pauseReason();
    if (action == DeskAction::Resume)
        m_pauseReason.clear();
    if (action == DeskAction::Close || action == DeskAction::Logout) {
        m_leaving = false;
        m_model->clearCounter();
        if (action == DeskAction::Logout)
            m_pin.clear();
        setPhase(action == DeskAction::Logout ? Phase::LoggedOut : Phase::LoggedIn);
    }
    announce(action, ticket ? std::optional<Ticket>(*ticket) : std::nullopt);
    m_refreshDebounce.start();
    emit actionDone(action);
}

void DeskSession::announce(DeskAction action, const std::optional<Ticket> &ticket)
{
    const QString n = ticket ? ticket->number : QString();
    const QString service = ticket ? ticket->service : QString();
    const int left = m_model->recallsLeft();
    const QString reason = m_model->pauseReason();
    const DeskModel *model = m_model;
    const auto ok = [this](std::function<QString()> text) {
        raise(Notice::Kind::Success, std::move(text));
    };
    switch (action) {
        case DeskAction::CallNext:
            if (!ticket) {
                raise(Notice::Kind::Info,
                      [] { return tr("Nobody is waiting for your services right now."); });
                return;
            }
            [[fallthrough]];
        case DeskAction::CallSpecific:
            return ok([n] {
                return tr("Calling %1. Press Start (F3) when the citizen arrives.").arg(n);
            });
        case DeskAction::Recall:
            return ok([n, left] {
                return tr("%1 called again (%n recall(s) left).", nullptr, left).arg(n);
            });
        case DeskAction::Start: return ok([n] { return tr("Serving %1.").arg(n); });
        case DeskAction::Finish:
            return ok([n] {
                return tr("%1 finished. Press Call next (F1) for the next citizen.").arg(n);
            });
        case DeskAction::NoShow: return ok([n] { return tr("%1 marked as no-show.").arg(n); });
        case DeskAction::Transfer:
            return ok([n, service, model] {
                const DeskService *s = model->service(service);
                return tr("%1 sent to %2.").arg(n, s ? localized(s->name, uiLanguage()) : service);
            });
        case DeskAction::Park:
            return ok([n] {
                return tr("%1 parked. Call it back from the Parked list when the citizen returns.")
                    .arg(n);
            });
        case DeskAction::Pause: // amber like the paused card, not a green "done"
            return raise(Notice::Kind::Warning, [reason] {
                return tr("Counter paused: %1. Press Resume (F8) to continue.")
                    .arg(PauseReasons::label(reason));
            });
        case DeskAction::Resume: return ok([] { return tr("Counter open again."); });
        case DeskAction::Close: return ok([] { return tr("Counter closed."); });
        case DeskAction::Logout: return ok([] { return tr("Logged out."); });
    }
}

} // namespace novbe
