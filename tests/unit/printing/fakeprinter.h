#pragma once

// Scripted fake printers for transport and monitor tests: the same script
// logic behind a loopback TCP server and behind a pseudo-terminal.

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <QTcpServer>

#include <memory>

namespace novbe::test {

struct PrinterScript
{
    QByteArray asbFrame;         // pushed after GS a n (empty: no ASB support)
    QMap<int, quint8> realTime;  // DLE EOT n -> reply byte (missing: no reply)
    bool answerProcessed = true; // GS r 1 -> 00
};

PrinterScript okScript(bool asb);
PrinterScript paperOutScript(bool asb);
PrinterScript coverOpenScript(bool asb);
PrinterScript silentScript(); // a unidirectional printer: never answers

// Tokenizes what the host sends and produces the scripted answers.
class FakePrinterLogic
{
public:
    explicit FakePrinterLogic(PrinterScript script) : m_script(std::move(script)) {}
    QByteArray feed(const QByteArray &bytes); // returns the bytes to answer
    QByteArray received() const { return m_received; }
    int commandCount(const QByteArray &command) const { return m_counts.value(command); }

private:
    PrinterScript m_script;
    QByteArray m_received;
    QByteArray m_pending;
    QMap<QByteArray, int> m_counts;
};

// One fake printer on 127.0.0.1, any free port; one client at a time.
class TcpFakePrinter : public QObject
{
    Q_OBJECT

public:
    explicit TcpFakePrinter(PrinterScript script);
    QString url() const;
    const FakePrinterLogic &logic() const { return m_logic; }

signals:
    void received();

private:
    QTcpServer m_server;
    FakePrinterLogic m_logic;
};

// A pseudo-terminal pair: the transport opens slavePath(); the fake printer
// answers on the master side. With `reading` false nobody drains the master.
class PtyFakePrinter : public QObject
{
    Q_OBJECT

public:
    PtyFakePrinter(PrinterScript script, bool reading = true);
    ~PtyFakePrinter() override;
    bool isValid() const { return m_master >= 0; }
    QString slavePath() const { return m_slavePath; }
    const FakePrinterLogic &logic() const { return m_logic; }

signals:
    void received();

private:
    void handleReadable();

    int m_master = -1;
    int m_slave = -1;
    QString m_slavePath;
    FakePrinterLogic m_logic;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace novbe::test
