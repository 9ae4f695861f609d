#include "printerstatus.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr quint8 XON = 0x11;
constexpr quint8 XOFF = 0x13;

// Facts found in the replies, folded into one state by priority.
struct Facts
{
    bool known = false;
    bool coverOpen = false;
    bool paperOut = false;
    bool paperLow = false;
    bool offline = false;
    bool error = false;
    QStringList notes;

    PrinterStatus status() const
    {
        if (!known)
            return {PrinterState::Unknown, u"no status from the printer"_s};
        PrinterState state = PrinterState::Ok;
        if (coverOpen)
            state = PrinterState::CoverOpen;
        else if (paperOut)
            state = PrinterState::PaperOut;
        else if (offline || error)
            state = PrinterState::Offline;
        else if (paperLow)
            state = PrinterState::PaperLow;
        return {state, notes.isEmpty() ? u"ready"_s : notes.join(u", "_s)};
    }

    void note(bool condition, bool &flag, const QString &text)
    {
        if (!condition || notes.contains(text))
            return;
        flag = true;
        notes.append(text);
    }
};

} // namespace

QString printerStateName(PrinterState state)
{
    switch (state) {
        case PrinterState::Ok: return u"ok"_s;
        case PrinterState::PaperLow: return u"paperLow"_s;
        case PrinterState::PaperOut: return u"paperOut"_s;
        case PrinterState::CoverOpen: return u"coverOpen"_s;
        case PrinterState::Offline: return u"offline"_s;
        case PrinterState::Unknown: break;
    }
    return u"unknown"_s;
}

bool blocksPrinting(PrinterState state)
{
    return state == PrinterState::PaperOut || state == PrinterState::CoverOpen
        || state == PrinterState::Offline;
}

void StatusParser::expectRealTime(int n)
{
    m_realTime.append(n);
}

void StatusParser::expectProcessed()
{
    ++m_processed;
}

void StatusParser::clearRealTime()
{
    m_realTime.clear();
}

void StatusParser::reset()
{
    m_realTime.clear();
    m_processed = 0;
    m_asb.clear();
}

QList<StatusMessage> StatusParser::feed(const QByteArray &bytes)
{
    QList<StatusMessage> out;
    for (char c : bytes)
        take(quint8(c), out);
    return out;
}

void StatusParser::take(quint8 b, QList<StatusMessage> &out)
{
    using Kind = StatusMessage::Kind;
    if (b == XON || b == XOFF) {
        out.append({Kind::FlowControl, 0, QByteArray(1, char(b))});
        return;
    }
    if (!m_asb.isEmpty()) {
        if ((b & 0x90) == 0) {
            m_asb.append(char(b));
            if (m_asb.size() == 4) {
                out.append({Kind::AutoStatus, 0, m_asb});
                m_asb.clear();
            }
            return;
        }
        out.append({Kind::Garbage, 0, m_asb}); // a broken frame; b starts afresh
        m_asb.clear();
    }
    const QByteArray one(1, char(b));
    if (isRealTimeReply(b) && !m_realTime.isEmpty()) {
        out.append({Kind::RealTime, m_realTime.takeFirst(), one});
    } else if ((b & 0x93) == 0x10) {
        m_asb = one;
    } else if ((b & 0x90) == 0 && m_processed > 0) {
        --m_processed;
        out.append({Kind::Processed, 0, one});
    } else {
        out.append({Kind::Garbage, 0, one});
    }
}

bool isRealTimeReply(quint8 b)
{
    return (b & 0x93) == 0x12;
}

PrinterStatus statusFromRealTime(const RealTimeStatus &replies)
{
    Facts f;
    if (replies.printer && isRealTimeReply(*replies.printer)) {
        f.known = true;
        f.note(*replies.printer & 0x08, f.offline, u"offline"_s);
    }
    if (replies.offlineCause && isRealTimeReply(*replies.offlineCause)) {
        const quint8 b = *replies.offlineCause;
        f.known = true;
        f.note(b & 0x04, f.coverOpen, u"cover open"_s);
        f.note(b & 0x20, f.paperOut, u"paper out"_s);
        f.note(b & 0x40, f.error, u"printer error"_s);
    }
    if (replies.paper && isRealTimeReply(*replies.paper)) {
        const quint8 b = *replies.paper;
        f.known = true;
        f.note(b & 0x60, f.paperOut, u"paper out"_s);
        f.note(b & 0x0C, f.paperLow, u"paper near end"_s);
    }
    return f.status();
}

PrinterStatus statusFromRealTimeByte(int request, quint8 reply)
{
    RealTimeStatus replies;
    if (request == 1)
        replies.printer = reply;
    else if (request == 2)
        replies.offlineCause = reply;
    else if (request == 4)
        replies.paper = reply;
    return statusFromRealTime(replies);
}

PrinterStatus statusFromAutoStatus(const QByteArray &frame)
{
    Facts f;
    if (frame.size() != 4 || (quint8(frame.at(0)) & 0x93) != 0x10)
        return f.status();
    const quint8 b1 = quint8(frame.at(0));
    const quint8 b2 = quint8(frame.at(1));
    const quint8 b3 = quint8(frame.at(2));
    f.known = true;
    f.note(b1 & 0x20, f.coverOpen, u"cover open"_s);
    f.note(b3 & 0x0C, f.paperOut, u"paper out"_s);
    f.note(b3 & 0x03, f.paperLow, u"paper near end"_s);
    f.note(b2 & 0x08, f.error, u"autocutter error"_s);
    f.note(b2 & 0x64, f.error, u"printer error"_s);
    f.note(b1 & 0x08, f.offline, u"offline"_s);
    return f.status();
}

} // namespace novbe
