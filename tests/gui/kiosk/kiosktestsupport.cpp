#include "kiosktestsupport.h"

#include "escposdecoder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <memory>

using namespace Qt::StringLiterals;

namespace novbe::test {

QDateTime kioskMorning()
{
    return QDateTime::fromString(u"2026-11-24T06:30:00Z"_s, Qt::ISODate);
}

LiveFakePrinter::LiveFakePrinter()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        QTcpSocket *socket = m_server.nextPendingConnection();
        if (m_socket)
            m_socket->abort();
        m_socket = socket;
        m_asb = false;
        m_pending.clear();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray reply = answer(socket->readAll());
            if (socket->state() == QAbstractSocket::ConnectedState && !reply.isEmpty())
                socket->write(reply);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });
}

QString LiveFakePrinter::url() const
{
    return u"tcp://127.0.0.1:%1"_s.arg(m_server.serverPort());
}

void LiveFakePrinter::setState(State state)
{
    m_state = state;
    if (m_socket && m_asb)
        m_socket->write(asbFrame());
}

QByteArray LiveFakePrinter::asbFrame() const
{
    switch (m_state) {
        case State::Ok: return QByteArray("\x10\x00\x00\x00", 4);
        case State::PaperLow: return QByteArray("\x10\x00\x03\x00", 4);
        case State::PaperOut: return QByteArray("\x18\x00\x0C\x00", 4);
        case State::CoverOpen: return QByteArray("\x38\x00\x00\x00", 4);
    }
    return {};
}

QByteArray LiveFakePrinter::answer(const QByteArray &bytes)
{
    m_received += bytes;
    m_pending += bytes;
    QByteArray reply;
    qsizetype pos = 0;
    while (pos < m_pending.size()) {
        const qsizetype length = escPosCommandLength(m_pending, pos);
        if (length < 0)
            break;
        const QByteArray command = m_pending.mid(pos, std::max<qsizetype>(length, 1));
        pos += command.size();
        if (command.startsWith("\x1D\x61")) {
            m_asb = command.size() > 2 && command.at(2) != 0;
            reply += asbFrame();
        } else if (command.startsWith("\x10\x04")) {
            const bool out = m_state == State::PaperOut;
            reply.append(command.size() > 2 && command.at(2) == 4 ? char(out ? 0x72 : 0x12)
                                                                  : char(out ? 0x1A : 0x12));
        } else if (command.startsWith("\x1D\x76\x30")) {
            ++m_rasterJobs;
            if (m_dropJobs && m_socket) {
                m_socket->abort();
                m_pending.clear();
                return {};
            }
        } else if (command == "\x1D\x72\x01") {
            reply.append('\0');
            emit jobReceived();
        }
    }
    m_pending.remove(0, pos);
    return reply;
}

LossyProxy::LossyProxy(quint16 enginePort) : m_enginePort(enginePort)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &LossyProxy::handleConnection);
}

void LossyProxy::handleConnection()
{
    QTcpSocket *client = m_server.nextPendingConnection();
    auto *engine = new QTcpSocket(client);
    auto issueIds = std::make_shared<QList<QJsonValue>>();
    engine->connectToHost(QHostAddress::LocalHost, m_enginePort);
    auto cut = [client, engine] {
        engine->abort();
        client->abort();
        client->deleteLater();
    };
    connect(client, &QTcpSocket::readyRead, engine, [this, client, engine, issueIds] {
        while (client->canReadLine()) {
            const QByteArray line = client->readLine();
            const QJsonObject msg = QJsonDocument::fromJson(line).object();
            if (msg.value("method"_L1).toString() == "ticket.issue"_L1) {
                m_issues.append(msg.value("params"_L1).toObject());
                issueIds->append(msg.value("id"_L1));
            }
            engine->write(line);
        }
    });
    connect(engine, &QTcpSocket::readyRead, client, [this, client, engine, issueIds, cut] {
        while (engine->canReadLine()) {
            const QByteArray line = engine->readLine();
            const QJsonValue id = QJsonDocument::fromJson(line).object().value("id"_L1);
            if (m_lost == 0 && issueIds->contains(id)) {
                ++m_lost;
                cut();
                return;
            }
            client->write(line);
        }
    });
    connect(client, &QTcpSocket::disconnected, engine, [engine] { engine->abort(); });
    connect(engine, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
}

} // namespace novbe::test
