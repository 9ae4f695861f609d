#pragma once

#include "reply.h"
#include "roles.h"

#include "protocol/framing.h"
#include "protocol/rpc.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace novbe {

struct EngineContext;
class Session;

using Handler = std::function<Reply(EngineContext &, Session &, const QJsonObject &params)>;

// Callable before session.hello (only session.hello itself).
inline constexpr RoleMask BEFORE_HELLO = 0;

// THE method table: name -> who may call it and its handler. Checks run in
// this order: JSON-RPC shape, method exists, authenticated, role, handler.
class Dispatcher
{
public:
    explicit Dispatcher(EngineContext &context);

    // Registers `method`; `roles` is BEFORE_HELLO or a mask of allowed roles.
    void add(const QString &method, RoleMask roles, Handler handler);
    bool has(const QString &method) const { return m_methods.contains(method); }
    QStringList methods() const { return m_methods.keys(); }
    EngineContext &context() { return m_context; }

    // Handles one decoded line of `session` (answers go through the batch).
    void handleLine(Session &session, const LineDecoder::Item &item);

private:
    struct Method
    {
        RoleMask roles = 0;
        Handler handler;
    };

    Reply dispatch(Session &session, const Request &request);
    Reply invoke(const Method &method, Session &session, const Request &request);

    EngineContext &m_context;
    QHash<QString, Method> m_methods;
};

// Registration by area (handlers_*.cpp).
void registerSessionMethods(Dispatcher &dispatcher);
void registerTicketMethods(Dispatcher &dispatcher);
void registerCounterMethods(Dispatcher &dispatcher);
void registerQueueMethods(Dispatcher &dispatcher);
void registerAppointmentMethods(Dispatcher &dispatcher);
void registerDeviceMethods(Dispatcher &dispatcher);
void registerAlertMethods(Dispatcher &dispatcher);
void registerManagerMethods(Dispatcher &dispatcher);
void registerReportMethods(Dispatcher &dispatcher);
void registerAuditMethods(Dispatcher &dispatcher);
void registerControlMethods(Dispatcher &dispatcher);

} // namespace novbe
