#include "alertboard.h"

namespace novbe {

const AlertView &AlertBoard::raise(const QString &code, const QString &severity,
                                   const QString &message, const QDateTime &at)
{
    m_recent.push_back(AlertView{++m_lastId, code, severity, message, at});
    if (m_recent.size() > RECENT)
        m_recent.pop_front();
    if (m_listener)
        m_listener(m_recent.back());
    return m_recent.back();
}

} // namespace novbe
