#pragma once

// The bench's results: one row per metric, with an optional target, printed
// as a Markdown table or as JSON.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace novbe::bench {

struct Target
{
    double limit = 0;
    bool atLeast = false; // true: value >= limit; false: value <= limit
};

struct Metric
{
    QString phase;
    QString name;
    double value = 0;
    QString unit;
    std::optional<Target> target;
};

class Report
{
public:
    void setCommand(const QString &command) { m_command = command; }
    void setMachine(const QStringList &machine) { m_machine = machine; }
    void add(const QString &phase, const QString &name, double value, const QString &unit,
             std::optional<Target> target = std::nullopt);
    // A phase that could not run or produced invalid numbers.
    void fail(const QString &phase, const QString &message);
    void note(const QString &phase, const QString &text);
    bool failed() const { return !m_failures.isEmpty(); }
    QString markdown() const;
    QByteArray json() const;

private:
    QString m_command;
    QStringList m_machine;
    QList<Metric> m_metrics;
    QStringList m_failures;
    QStringList m_notes;
};

// "met" or "missed by ..." for a value against its target.
QString verdict(double value, const Target &target);

// nproc, CPU model, kernel, and the file system holding `dir`.
QStringList machineDescription(const QString &dir);

} // namespace novbe::bench
