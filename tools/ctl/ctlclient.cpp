#include "ctlclient.h"

#include "protocol/wire.h"

using namespace Qt::StringLiterals;

namespace novbe {

bool CtlClient::connectTo(const ConnectionOptions &o)
{
    if (!openEngineSocket(m_socket, o.host, o.port, o.tls, TIMEOUT_MS, &m_error))
        return false;
    const QJsonObject params{{u"protocol"_s, PROTOCOL_VERSION},
                             {u"device"_s, o.device},
                             {u"token"_s, o.token},
                             {u"client"_s, u"novbe-ctl"_s}};
    return call(QString(method::SESSION_HELLO), params).has_value();
}

std::optional<QJsonObject> CtlClient::call(const QString &method, const QJsonObject &params)
{
    const int id = m_nextId++;
    m_socket.write(encodeLine(requestMessage(id, method, params)));
    while (true) {
        const std::optional<IncomingMessage> message = nextMessage(TIMEOUT_MS);
        if (!message)
            return std::nullopt;
        if (message->kind != IncomingMessage::Kind::Response || message->id != QJsonValue(id))
            continue;
        if (message->error) {
            m_error = u"%1 failed: %2 (%3 %4)"_s.arg(method, message->error->message,
                                                     QString::number(message->error->code),
                                                     message->error->reason);
            return std::nullopt;
        }
        return message->result;
    }
}

std::optional<QJsonObject> CtlClient::nextEvent(int timeoutMs)
{
    while (true) {
        const std::optional<IncomingMessage> message = nextMessage(timeoutMs);
        if (!message)
            return std::nullopt;
        if (message->kind == IncomingMessage::Kind::Notification && message->method == "event"_L1)
            return message->params;
    }
}

std::optional<IncomingMessage> CtlClient::nextMessage(int timeoutMs)
{
    while (true) {
        const LineDecoder::Item item = m_decoder.next();
        if (item.status == LineDecoder::Status::Line)
            return parseIncoming(item.line);
        if (item.status == LineDecoder::Status::TooLong)
            continue;
        if (m_socket.bytesAvailable() > 0) {
            m_decoder.feed(m_socket.readAll());
            continue;
        }
        if (m_socket.state() != QAbstractSocket::ConnectedState
            || !m_socket.waitForReadyRead(timeoutMs)) {
            m_error = m_socket.state() == QAbstractSocket::ConnectedState
                ? u"no answer from the engine"_s
                : u"connection closed: "_s + m_socket.errorString();
            return std::nullopt;
        }
        m_decoder.feed(m_socket.readAll());
    }
}

} // namespace novbe
