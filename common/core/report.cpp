#include "report.h"

#include <QDate>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace novbe {

namespace {

int average(qint64 sum, int n)
{
    return n ? int(std::llround(double(sum) / n)) : 0;
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// Nearest rank: the smallest wait w with at least 90 % of the waits <= w.
int p90(const std::map<int, int> &waits, int n)
{
    const qint64 rank = (qint64(n) * 9 + 9) / 10; // ceil(0.9 n)
    qint64 seen = 0;
    for (const auto &[sec, count] : waits) {
        seen += count;
        if (seen >= rank)
            return sec;
    }
    return 0;
}

std::vector<PauseTotal> pausesOf(const Tally &t, int &total)
{
    std::vector<PauseTotal> out;
    total = 0;
    for (const auto &[reason, sec] : t.pauses) {
        out.push_back(PauseTotal{reason, int(sec)});
        total += int(sec);
    }
    std::sort(out.begin(), out.end(), [](const PauseTotal &a, const PauseTotal &b) {
        return a.sec != b.sec ? a.sec > b.sec : a.reason < b.reason;
    });
    return out;
}

bool isEmpty(const Tally &t)
{
    return t == Tally{};
}

Tally merged(const std::vector<DaySummary> &days, std::map<QString, Tally> DaySummary::*group,
             const QString &key)
{
    Tally sum;
    for (const DaySummary &d : days) {
        const auto it = (d.*group).find(key);
        if (it != (d.*group).end())
            sum.merge(it->second);
    }
    return sum;
}

WaitDistribution distribution(const ServiceConfig &s, const Tally &t)
{
    WaitDistribution out{s.id, s.targetWaitMin * 60, std::vector<int>(WAIT_BUCKET_PCT.size())};
    for (const auto &[sec, count] : t.waits) {
        std::size_t i = 0;
        while (i + 1 < WAIT_BUCKET_PCT.size()
               && qint64(sec) * 100 > qint64(out.targetSec) * WAIT_BUCKET_PCT[i])
            ++i;
        out.counts[i] += count;
    }
    return out;
}

void addQuarters(Report &r, const std::vector<DaySummary> &days)
{
    std::array<QuarterTally, QUARTERS_PER_DAY> sum{};
    for (const DaySummary &d : days) {
        for (std::size_t q = 0; q < sum.size(); ++q) {
            sum[q].issued += d.quarters[q].issued;
            sum[q].served += d.quarters[q].served;
            sum[q].waiting += d.quarters[q].waiting;
        }
    }
    int first = QUARTERS_PER_DAY, last = -1;
    for (int q = 0; q < QUARTERS_PER_DAY; ++q) {
        if (sum[std::size_t(q)] != QuarterTally{}) {
            first = std::min(first, q);
            last = q;
        }
    }
    for (int q = first; q <= last; ++q) {
        const QuarterTally &t = sum[std::size_t(q)];
        const QString time = QTime(q / 4, (q % 4) * 15).toString(QStringLiteral("HH:mm"));
        r.quarters.push_back(QuarterRow{time, t.issued, t.served, t.waiting});
    }
}

} // namespace

ReportRow reportRow(const QString &key, const Tally &t)
{
    ReportRow r;
    r.key = key;
    r.issued = t.issued;
    r.served = t.served;
    r.noShow = t.noShow;
    r.cancelled = t.cancelled;
    const int ended = t.served + t.noShow;
    r.noShowPct = ended ? rounded(100.0 * t.noShow / ended, 1) : 0.0;
    r.called = t.called;
    r.calledInTarget = t.calledInTarget;
    r.slaPct = t.called ? rounded(100.0 * t.calledInTarget / t.called, 1) : 100.0;
    r.avgWaitSec = average(t.waitSum, t.called);
    r.p90WaitSec = p90(t.waits, t.called);
    r.maxWaitSec = t.waitMax;
    r.avgServiceSec = average(t.serviceSum, t.served);
    r.feedbackCount = t.feedbackCount;
    r.avgRating = t.feedbackCount ? rounded(double(t.ratingSum) / t.feedbackCount, 2) : 0.0;
    r.pauses = pausesOf(t, r.pauseSec);
    return r;
}

Report buildReport(const CentreConfig &config, const QString &from, const QString &to,
                   const std::vector<DaySummary> &days)
{
    Report r;
    r.from = from;
    r.to = to;
    r.days = int(QDate::fromString(from, Qt::ISODate).daysTo(QDate::fromString(to, Qt::ISODate)))
        + 1;
    Tally total;
    for (int h = 0; h < 24; ++h) {
        Tally hour;
        for (const DaySummary &d : days)
            hour.merge(d.hours[std::size_t(h)]);
        total.merge(hour);
        if (!isEmpty(hour))
            r.hours.push_back(reportRow(QString::number(h).rightJustified(2, u'0'), hour));
    }
    r.total = reportRow(QString(), total);
    for (const ServiceConfig &s : config.services) {
        const Tally t = merged(days, &DaySummary::services, s.id);
        r.services.push_back(reportRow(s.id, t));
        r.waitDistribution.push_back(distribution(s, t));
    }
    for (const Category &c : config.categories)
        r.categories.push_back(reportRow(c.id, merged(days, &DaySummary::categories, c.id)));
    for (const CounterConfig &c : config.counters) {
        const Tally t = merged(days, &DaySummary::counters, c.id);
        if (!isEmpty(t))
            r.counters.push_back(reportRow(c.id, t));
    }
    for (const OperatorConfig &o : config.operators) {
        const Tally t = merged(days, &DaySummary::operators, o.id);
        if (isEmpty(t))
            continue;
        r.operators.push_back(reportRow(o.id, t));
        r.operators.back().name = o.name;
    }
    addQuarters(r, days);
    return r;
}

} // namespace novbe
