#pragma once

#include "httpresponse.h"
#include "httpsettings.h"
#include "requestparser.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;
class QTimer;

namespace novbe::http {

// Sends the answer to one request; may be called later (after a group commit).
using Respond = std::function<void(const Response &response)>;
// Handles one request; `peer` is the source address (for rate limits).
using RequestHandler =
    std::function<void(const Request &request, const QString &peer, Respond respond)>;

// One client connection: reads requests through the RequestParser, one at a
// time (pipelined requests wait their turn), answers in order, closes after
// maxRequestsPerConnection answers, after a parse error, when a started
// request is not complete within requestTimeoutMs and when no request starts
// within idleTimeoutMs.
class Connection : public QObject
{
    Q_OBJECT
public:
    Connection(QTcpSocket *socket, const Settings &settings, RequestHandler handler,
               QObject *parent = nullptr);
    ~Connection() override;

    void close();

signals:
    void closed(Connection *connection);

private:
    void readAvailable();
    void processNext();
    void send(const Response &response, bool keepAlive);
    void timedOut();
    void restartTimer();
    void finish();

    QTcpSocket *m_socket;
    const Settings &m_settings;
    RequestHandler m_handler;
    RequestParser m_parser;
    QTimer *m_timer;
    QString m_peer;
    int m_answered = 0;
    bool m_busy = false;    // a request is being handled
    bool m_closing = false; // no more requests are read
    bool m_finished = false;
};

} // namespace novbe::http
