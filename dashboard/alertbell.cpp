#include "alertbell.h"

#include <QFile>

using namespace Qt::StringLiterals;

static void initDashboardResources()
{
    Q_INIT_RESOURCE(dashboard);
}

namespace novbe {

AlertBell::AlertBell(QObject *parent) : QObject(parent)
{
    initDashboardResources();
    m_chime = m_tmp.filePath(u"chime.wav"_s);
    QFile::copy(u":/novbe/dashboard/sounds/chime.wav"_s, m_chime);
    m_repeat.setInterval(REPEAT_MS);
    connect(&m_repeat, &QTimer::timeout, this, &AlertBell::ring);
}

void AlertBell::ring()
{
    ++m_rings;
    m_player.play(m_chime);
}

void AlertBell::setUnacknowledged(bool any)
{
    if (!any)
        m_repeat.stop();
    else if (!m_repeat.isActive())
        m_repeat.start();
}

} // namespace novbe
