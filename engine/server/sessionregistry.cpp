#include "sessionregistry.h"

#include "session.h"

#include <algorithm>

namespace novbe {

void SessionRegistry::add(Session *session)
{
    m_sessions.emplace_back(session);
}

void SessionRegistry::remove(Session *session)
{
    std::erase_if(m_sessions, [session](const QPointer<Session> &s) {
        return s.isNull() || s.data() == session;
    });
}

std::vector<QPointer<Session>> SessionRegistry::all() const
{
    return m_sessions;
}

Session *SessionRegistry::operatorSession(const QString &operatorId, const Session *except) const
{
    for (const QPointer<Session> &s : m_sessions) {
        if (s && s != except && s->operatorId() == operatorId)
            return s.data();
    }
    return nullptr;
}

Session *SessionRegistry::counterSession(const QString &counter, const Session *except) const
{
    for (const QPointer<Session> &s : m_sessions) {
        if (s && s != except && s->counter() == counter)
            return s.data();
    }
    return nullptr;
}

int SessionRegistry::deviceSessions(const QString &device) const
{
    return int(std::count_if(m_sessions.begin(), m_sessions.end(), [&](const QPointer<Session> &s) {
        return s && s->isAuthenticated() && s->device() == device;
    }));
}

} // namespace novbe
