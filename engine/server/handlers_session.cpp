// session.hello, session.ping, centre.get, events.subscribe, operator.login/logout.

#include "auth.h"
#include "batcher.h"
#include "dispatcher.h"
#include "fanout.h"
#include "handlerutil.h"
#include "logging.h"
#include "session.h"
#include "sessionregistry.h"

#include "protocol/codec.h"
#include "protocol/params.h"
#include "protocol/wire.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

bool hasDeviceHealth(Role role)
{
    return role == Role::Kiosk || role == Role::Display;
}

void markOnline(EngineContext &ctx, const QString &device)
{
    ctx.batcher.addInternal(u"device %1 online"_s.arg(device), [&ctx, device] {
        return ctx.core.reports().deviceChanged(device, true, {}, {}, ctx.now());
    });
}

// A refused login in the audit trail (a lock is audited by the Engine's
// guessing sink; attempts refused while locked are not audited one by one).
void auditFailedLogin(EngineContext &ctx, const Session &s, const QString &actor,
                      const QString &device, const QString &why)
{
    ctx.batcher.addAudit(
        AuditEntryView{0, ctx.now(), u"login.failed"_s, actor, device, s.peerAddress(), why});
}

Reply hello(EngineContext &ctx, Session &s, const QJsonObject &params)
{
    if (s.isAuthenticated())
        return Reply::fail(makeWireError(wirecode::INVALID_STATE, u"already authenticated"_s));
    ParamReader r(params);
    const qint64 protocol = r.requiredInt(u"protocol"_s);
    const QString device = r.requiredString(u"device"_s);
    const QString token = r.requiredString(u"token"_s);
    const QString client = r.optionalString(u"client"_s);
    if (auto error = r.error())
        return Reply::fail(*error);
    if (protocol != PROTOCOL_VERSION)
        return Reply::fail(protocolMismatch(int(protocol), PROTOCOL_VERSION));
    const AuthCheck check = ctx.auth.checkDevice(ctx.config(), device, token, s.peerAddress(),
                                                 ctx.now());
    if (check.verdict == AuthCheck::Verdict::Locked)
        return Reply::fail(rateLimited(check.retryAfterSec));
    const DeviceConfig *entry = ctx.config().device(device);
    const Role role = entry ? roleFromName(entry->role) : Role::None;
    if (check.verdict != AuthCheck::Verdict::Ok || role == Role::None) {
        auditFailedLogin(ctx, s, device, device, entry ? u"wrong token"_s : u"unknown device"_s);
        return Reply::fail(unauthenticated(u"unknown device or wrong token"_s));
    }
    s.authenticate(device, role, client);
    qCInfo(lcAuth).noquote() << "session" << s.id() << s.peer() << "is" << roleName(role) << device
                             << client;
    if (hasDeviceHealth(role) && ctx.sessions.deviceSessions(device) == 1)
        markOnline(ctx, device);
    return Reply::deferred(
        [&ctx, &s] { return Answer(helloResultJson(ctx.core, s.role(), s.device())); });
}

Reply ping(EngineContext &ctx, Session &, const QJsonObject &)
{
    return Reply::deferred([&ctx] { return Answer(QJsonObject{{u"now"_s, isoTime(ctx.now())}}); });
}

Reply centreGet(EngineContext &ctx, Session &s, const QJsonObject &)
{
    return Reply::deferred(
        [&ctx, &s] { return Answer(centreGetJson(ctx.core, scopeOf(ctx, s), ctx.now())); });
}

Reply subscribe(EngineContext &ctx, Session &s, const QJsonObject &params)
{
    ParamReader r(params);
    std::optional<qint64> since;
    if (r.has(u"sinceSeq"_s))
        since = r.requiredInt(u"sinceSeq"_s, 0, std::numeric_limits<qint64>::max());
    if (auto error = r.error())
        return Reply::fail(*error);
    return Reply::deferred([&ctx, &s, since] { return Answer(ctx.fanout.subscribe(s, since)); });
}

// Logs `s` out: its counter is released and its operator cleared.
Outcome logout(EngineContext &ctx, Session &s)
{
    Outcome outcome = releaseSessionCounter(ctx, s);
    s.setOperator({}, {});
    return outcome;
}

std::function<void()> restoreSession(Session &s)
{
    return [p = QPointer<Session>(&s), op = s.operatorId(), name = s.operatorName(),
            counter = s.counter()] {
        if (p) {
            p->setOperator(op, name);
            p->setCounter(counter);
        }
    };
}

Reply login(EngineContext &ctx, Session &s, const QJsonObject &params)
{
    ParamReader r(params);
    const QString op = r.requiredString(u"operator"_s);
    const QString pin = r.requiredString(u"pin"_s, 128);
    if (auto error = r.error())
        return Reply::fail(*error);
    const AuthCheck check = ctx.auth.checkOperator(ctx.config(), op, pin, s.peerAddress(),
                                                   ctx.now());
    if (check.verdict == AuthCheck::Verdict::Unknown) {
        auditFailedLogin(ctx, s, op, s.device(), u"unknown operator"_s);
        return Reply::fail(makeWireError(wirecode::NOT_FOUND, u"unknown operator"_s));
    }
    if (check.verdict == AuthCheck::Verdict::Locked)
        return Reply::fail(rateLimited(check.retryAfterSec));
    if (check.verdict != AuthCheck::Verdict::Ok) {
        auditFailedLogin(ctx, s, op, s.device(), u"wrong PIN"_s);
        return Reply::fail(unauthenticated(u"wrong PIN"_s));
    }
    const OperatorConfig *entry = ctx.config().findOperator(op);
    const QJsonObject result{{u"operator"_s, QJsonObject{{u"id"_s, op}, {u"name"_s, entry->name}}}};
    if (s.operatorId() == op)
        return Reply::value(result);
    std::vector<std::function<void()>> undos{restoreSession(s)};
    Outcome outcome = logout(ctx, s);
    if (Session *other = ctx.sessions.operatorSession(op, &s)) {
        qCInfo(lcAuth).noquote() << "operator" << op << "logged in again; session" << other->id()
                                 << "logged out";
        undos.push_back(restoreSession(*other));
        appendOutcome(outcome, logout(ctx, *other));
    }
    s.setOperator(op, entry->name);
    qCInfo(lcAuth).noquote() << "session" << s.id() << "operator" << op << "logged in";
    return Reply::write(std::move(outcome), result, [undos] {
        for (const auto &undo : undos)
            undo();
    });
}

Reply logoutMethod(EngineContext &ctx, Session &s, const QJsonObject &)
{
    auto undo = restoreSession(s);
    return Reply::write(logout(ctx, s), QJsonObject{}, std::move(undo));
}

} // namespace

void registerSessionMethods(Dispatcher &d)
{
    const RoleMask counter = roleBit(Role::Counter);
    d.add(u"session.hello"_s, BEFORE_HELLO, hello);
    d.add(u"session.ping"_s, ALL_ROLES, ping);
    d.add(u"centre.get"_s, ALL_ROLES, centreGet);
    d.add(u"events.subscribe"_s, ALL_ROLES, subscribe);
    d.add(u"operator.login"_s, counter, login);
    d.add(u"operator.logout"_s, counter, logoutMethod);
}

} // namespace novbe
