#include "engineprocess.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace novbe::test {

EngineProcess::EngineProcess()
{
    m_process.setProgram(QStringLiteral(NOVBE_BINARY_DIR "/tests/support/testengine/novbe-engine-testing"));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

EngineProcess::~EngineProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

bool EngineProcess::start(quint16 port)
{
    const QString portFile = m_dir.filePath(u"port"_s);
    QFile::remove(portFile);
    m_process.setArguments({u"--config"_s,
                            QStringLiteral(NOVBE_SOURCE_DIR "/tests/integration/client/centre.json"),
                            u"--db"_s, m_dir.filePath(u"centre.db"_s),
                            u"--listen"_s, u"127.0.0.1:%1"_s.arg(port),
                            u"--port-file"_s, portFile,
                            u"--log-level"_s, u"warning"_s});
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    // The port file is the engine's "accepting connections" signal.
    QFile file(portFile);
    const bool listening = QTest::qWaitFor([&] {
        return m_process.state() == QProcess::Running && file.exists() && file.size() > 0;
    }, 20000);
    if (!listening || !file.open(QIODevice::ReadOnly))
        return false;
    m_port = quint16(file.readAll().trimmed().toUInt());
    return m_port != 0;
}

void EngineProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool EngineProcess::terminate()
{
    m_process.terminate();
    return m_process.waitForFinished(20000) && m_process.exitStatus() == QProcess::NormalExit
        && m_process.exitCode() == 0;
}

QString EngineProcess::output()
{
    return QString::fromUtf8(m_process.readAll());
}

} // namespace novbe::test
