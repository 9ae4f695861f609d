#pragma once

// Runs the real novbe-engine binary on 127.0.0.1 for client tests: start on
// a free port, kill -9 or SIGTERM, start again on the same port and database.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace novbe::test {

class EngineProcess
{
public:
    EngineProcess();
    ~EngineProcess();

    // Starts the engine (port 0 = a free one) and waits until it listens.
    bool start(quint16 port = 0);
    void kill();        // SIGKILL, like a power cut
    bool terminate();   // SIGTERM; true on a clean exit 0
    quint16 port() const { return m_port; }
    QString output();   // everything the engine printed so far

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace novbe::test
