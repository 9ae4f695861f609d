#pragma once

// Records a scripted protocol session against an in-process engine, byte for
// byte: every request line, every answer line and every event line each
// client receives. The engine runs on a manual clock with a fixed id seed, so
// the transcript is the same on every run of the same code; the golden
// transcript in tests/data/protocol/ proves that a change kept the wire.

#include "core/clock.h"
#include "server/engine.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace novbe::enginetest {

class SessionRecorder
{
public:
    // Starts the engine on `configPath` at `start` (UTC); false when it did not start.
    bool start(const QString &configPath, const QDateTime &start, quint64 idSeed);
    ~SessionRecorder();

    // Opens a named connection (its lines are recorded under `name`).
    bool connect(const QString &name);
    // Sends a request from `client` and waits for its answer and for every
    // client to have received the events of the step; returns the answer.
    QJsonObject call(const QString &client, const QString &method, const QJsonObject &params = {});
    // Sends raw bytes (malformed input) and waits for `answers` answer lines.
    void raw(const QString &client, const QByteArray &bytes, int answers);
    // Closes a connection; with `engineReacts`, waits for the engine's change
    // (a released counter, a device offline) and its events.
    void close(const QString &client, bool engineReacts);
    // Moves the engine clock.
    void advance(qint64 seconds);
    // A comment line in the transcript.
    void note(const QString &text);

    QueueEngine &core() { return m_engine->core(); }
    const QByteArray &transcript() const { return m_transcript; }

private:
    struct Client
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        std::vector<QByteArray> lines; // complete lines not yet recorded
        qint64 nextId = 1;
        qint64 pendingReplay = 0; // events still due from a replay
    };

    Client &client(const QString &name);
    void readLines(Client &c);
    bool waitUntil(const std::function<bool()> &done);
    bool waitForLines(Client &c, size_t count);
    void sync();
    void flush(const QString &name, Client &c);

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Engine> m_engine;
    std::map<QString, Client> m_clients;
    QByteArray m_transcript;
    bool m_failed = false;
};

} // namespace novbe::enginetest
