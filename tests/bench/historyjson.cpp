#include "historyjson.h"

#include <cstdio>

namespace novbe::bench {

namespace {

// Howard Hinnant's civil_from_days.
void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = int(qint64(yoe) + era * 400 + (m <= 2 ? 1 : 0));
}

void appendString(std::string &out, const char *key, const std::string &value, bool comma = true)
{
    out += '"';
    out += key;
    out += "\":";
    if (value.empty()) {
        out += "null";
    } else {
        out += '"';
        out += value;
        out += '"';
    }
    if (comma)
        out += ',';
}

} // namespace

std::string isoUtc(qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    const qint64 rem = ms - days * 86400000;
    int y = 0;
    unsigned mo = 0;
    unsigned d = 0;
    civilFromDays(days, y, mo, d);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", y, mo, d,
                  int(rem / 3600000), int(rem / 60000 % 60), int(rem / 1000 % 60), int(rem % 1000));
    return buf;
}

void appendTicket(std::string &out, const PastTicket &t, const char *state)
{
    const std::string s = state;
    const bool called = s != "waiting";
    const bool started = s == "serving" || s == "done";
    const bool ended = s == "done";
    out += "{\"ahead\":0,\"appointment\":null,";
    appendString(out, "calledAt", called ? t.calledAt : std::string());
    out += "\"category\":\"standard\",";
    appendString(out, "counter", called ? t.counter : std::string());
    appendString(out, "device", t.device);
    appendString(out, "endedAt", ended ? t.endedAt : std::string());
    out += "\"etaSec\":0,";
    appendString(out, "firstCalledAt", called ? t.calledAt : std::string());
    appendString(out, "id", t.id);
    out += "\"issueSeq\":" + std::to_string(t.issueSeq) + ',';
    appendString(out, "issuedAt", t.issuedAt);
    out += "\"lang\":\"az\",\"note\":null,";
    appendString(out, "number", t.number);
    out += "\"orderKey\":" + std::to_string(t.issueSeq) + ',';
    appendString(out, "originalService", t.service);
    out += "\"outcome\":null,";
    appendString(out, "queuedAt", t.issuedAt);
    out += "\"recalls\":0,\"requestId\":null,";
    appendString(out, "service", t.service);
    appendString(out, "serviceDay", t.serviceDay);
    out += "\"slotStart\":null,";
    appendString(out, "startedAt", started ? t.startedAt : std::string());
    appendString(out, "state", state, false);
    out += '}';
}

void appendCounter(std::string &out, const PastTicket &t, const std::string &at,
                   const char *counterState, const char *ticketState)
{
    const std::string number = t.counter.substr(1);
    out += "{";
    appendString(out, "changedAt", at);
    appendString(out, "id", t.counter);
    out += "\"name\":{\"az\":\"" + number + "\",\"en\":\"" + number + "\",\"ru\":\"" + number
        + "\"},\"operator\":{\"id\":\"bop" + number + "\",\"name\":\"Operator " + number
        + "\"},\"pauseReason\":null,\"services\":" + t.counterServices + ',';
    appendString(out, "state", counterState);
    out += "\"ticket\":";
    if (ticketState)
        appendTicket(out, t, ticketState);
    else
        out += "null";
    out += ',';
    appendString(out, "ticketId", ticketState ? t.id : std::string(), false);
    out += '}';
}

} // namespace novbe::bench
