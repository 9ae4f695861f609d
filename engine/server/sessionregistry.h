#pragma once

#include <QPointer>
#include <QString>

#include <vector>

namespace novbe {

class Session;

// The live sessions, and who holds which operator, counter and device.
class SessionRegistry
{
public:
    void add(Session *session);
    void remove(Session *session);
    std::vector<QPointer<Session>> all() const;
    int size() const { return int(m_sessions.size()); }

    // The session (other than `except`) logged in as `operatorId`, or nullptr.
    Session *operatorSession(const QString &operatorId, const Session *except = nullptr) const;
    // The session (other than `except`) that opened `counter`, or nullptr.
    Session *counterSession(const QString &counter, const Session *except = nullptr) const;
    // Authenticated sessions of `device`.
    int deviceSessions(const QString &device) const;

private:
    std::vector<QPointer<Session>> m_sessions;
};

} // namespace novbe
