#include "dispatcher.h"

#include "audit.h"
#include "batcher.h"
#include "enginecontext.h"
#include "logging.h"
#include "session.h"

#include <exception>

using namespace Qt::StringLiterals;

namespace novbe {

Dispatcher::Dispatcher(EngineContext &context) : m_context(context)
{
    registerSessionMethods(*this);
    registerTicketMethods(*this);
    registerCounterMethods(*this);
    registerQueueMethods(*this);
    registerAppointmentMethods(*this);
    registerDeviceMethods(*this);
    registerAlertMethods(*this);
    registerManagerMethods(*this);
    registerReportMethods(*this);
    registerAuditMethods(*this);
    registerControlMethods(*this);
}

void Dispatcher::add(const QString &method, RoleMask roles, Handler handler)
{
    m_methods.insert(method, Method{roles, std::move(handler)});
}

void Dispatcher::handleLine(Session &session, const LineDecoder::Item &item)
{
    if (item.status == LineDecoder::Status::TooLong) {
        qCWarning(lcServer).noquote() << "session" << session.id() << "sent a line over"
                                      << LineDecoder::MAX_LINE_BYTES << "bytes; closing";
        Reply reply = Reply::fail(lineTooLong());
        reply.closeAfter = true;
        session.stopReading();
        m_context.batcher.add(&session, QJsonValue::Null, true, std::move(reply));
        return;
    }
    const ParsedRequest parsed = parseRequest(item.line);
    if (!parsed.ok()) {
        qCDebug(lcServer).noquote()
            << "session" << session.id() << "bad message:" << parsed.error->message;
        m_context.batcher.add(&session, parsed.request.id, true, Reply::fail(*parsed.error));
        return;
    }
    const Request &request = parsed.request;
    // Only known names become metric labels (bounded series).
    const QString label = m_methods.contains(request.method) ? request.method : u"unknown"_s;
    m_context.batcher.add(&session, request.id, !request.isNotification, dispatch(session, request),
                          label);
}

Reply Dispatcher::dispatch(Session &session, const Request &request)
{
    const auto it = m_methods.constFind(request.method);
    if (it == m_methods.constEnd())
        return Reply::fail(methodNotFound(request.method));
    if (it->roles != BEFORE_HELLO) {
        if (!session.isAuthenticated())
            return Reply::fail(unauthenticated(u"call session.hello first"_s));
        if ((it->roles & roleBit(session.role())) == 0)
            return Reply::fail(forbidden(request.method, roleName(session.role())));
    }
    if (request.positionalParams)
        return Reply::fail(positionalParams());
    qCDebug(lcServer).noquote() << "session" << session.id() << request.method;
    std::optional<AuditEntryView> audit = auditOf(session, request, m_context.now());
    Reply reply = invoke(*it, session, request);
    attachAudit(reply, std::move(audit), session.role());
    return reply;
}

Reply Dispatcher::invoke(const Method &method, Session &session, const Request &request)
{
    try {
        return method.handler(m_context, session, request.params);
    } catch (const std::exception &e) {
        qCCritical(lcServer).noquote() << request.method << "failed:" << e.what();
    } catch (...) {
        qCCritical(lcServer).noquote() << request.method << "failed with an unknown exception";
    }
    return Reply::fail(internalError());
}

} // namespace novbe
