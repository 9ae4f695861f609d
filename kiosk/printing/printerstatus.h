#pragma once

// Pure parsing of everything an ESC/POS printer sends back (escpos.md 7.1-7.3):
// DLE EOT replies, Automatic Status Back frames, GS r replies, XON/XOFF.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace novbe {

enum class PrinterState {
    Ok,
    PaperLow,
    PaperOut,
    CoverOpen,
    Offline,
    Unknown,
};

QString printerStateName(PrinterState state); // "ok", "paperLow", ...
bool blocksPrinting(PrinterState state);      // paperOut, coverOpen, offline

struct PrinterStatus
{
    PrinterState state = PrinterState::Unknown;
    QString detail; // English, e.g. "paper out, cover closed"
    bool operator==(const PrinterStatus &) const = default;
};

struct StatusMessage
{
    enum class Kind {
        RealTime,    // 1 byte answering DLE EOT `request`
        AutoStatus,  // 4-byte ASB frame
        Processed,   // 1 byte answering GS r 1
        FlowControl, // XON / XOFF, skipped
        Garbage,     // bytes matching no pending request or pattern
    };
    Kind kind = Kind::Garbage;
    int request = 0;
    QByteArray bytes;
};

// Splits the incoming byte stream into messages. DLE EOT replies carry no
// request number, so the caller declares each request it sends, in order.
class StatusParser
{
public:
    void expectRealTime(int n); // a DLE EOT n was sent
    void expectProcessed();     // a GS r 1 was sent
    void clearRealTime();       // forget unanswered DLE EOT requests
    void reset();               // forget everything pending
    int pendingRealTime() const { return int(m_realTime.size()); }
    QList<StatusMessage> feed(const QByteArray &bytes);

private:
    void take(quint8 b, QList<StatusMessage> &out);

    QList<int> m_realTime;
    int m_processed = 0;
    QByteArray m_asb;
};

// The replies to DLE EOT 1 (printer), 2 (offline cause) and 4 (paper sensor).
struct RealTimeStatus
{
    std::optional<quint8> printer;
    std::optional<quint8> offlineCause;
    std::optional<quint8> paper;
};

bool isRealTimeReply(quint8 b); // (b & 0x93) == 0x12
PrinterStatus statusFromRealTime(const RealTimeStatus &replies);
PrinterStatus statusFromRealTimeByte(int request, quint8 reply);
// Requires: frame.size() == 4.
PrinterStatus statusFromAutoStatus(const QByteArray &frame);

} // namespace novbe
