#pragma once

// ONE encoder and ONE decoder for each read-model shape (readmodel.h).
//   QJsonObject json = encode(view);
//   std::optional<CentreView> centre = decode<CentreView>(json);
// decode() returns nullopt when a field has the wrong type or an identity
// (id, state, ...) is missing; absent optional fields take their defaults.

#include "readmodel.h"

#include <QJsonObject>

#include <optional>

namespace novbe {

QJsonObject encode(const TicketView &ticket); // full or reduced, as ticket.reduced says
QJsonObject encode(const OperatorRef &op);
QJsonObject encode(const CounterRef &counter);
QJsonObject encode(const CounterView &counter);
QJsonObject encode(const Appointment &appointment); // citizen name and phone never sent
QJsonObject encode(const Feedback &feedback);
QJsonObject encode(const CentreInfoView &centre);
QJsonObject encode(const CategoryView &category);
QJsonObject encode(const ServiceView &service);
QJsonObject encode(const CentreView &centre);
QJsonObject encode(const HelloView &hello);
QJsonObject encode(const AlertView &alert);
QJsonObject encode(const ServiceQueueView &queue);
QJsonObject encode(const RecentCallView &call);
QJsonObject encode(const QueueSnapshot &snapshot);
QJsonObject encode(const ServiceKpi &kpi);
QJsonObject encode(const CounterKpi &kpi);
// stats.today without serviceDay and seq (the KPI rows alone).
QJsonObject encode(const Kpis &kpis);
QJsonObject encode(const StatsView &stats);
QJsonObject encode(const EventView &event);
QJsonObject encode(const PrinterReport &printer);
QJsonObject encode(const PauseTotal &pause);
QJsonObject encode(const OperatorKpi &kpi);
QJsonObject encode(const OperatorStatsView &stats);
QJsonObject encode(const DeviceView &device);
QJsonObject encode(const DevicesView &devices);
QJsonObject encode(const RangeStatsView &stats);
QJsonObject encode(const AuditEntryView &entry);
// reports.range
QJsonObject encode(const ReportRow &row);
QJsonObject encode(const QuarterRow &quarter);
QJsonObject encode(const WaitDistribution &waits);
QJsonObject encode(const Report &report);

template <typename T> std::optional<T> decode(const QJsonObject &json);

template <> std::optional<TicketView> decode(const QJsonObject &json);
template <> std::optional<OperatorRef> decode(const QJsonObject &json);
template <> std::optional<CounterRef> decode(const QJsonObject &json);
template <> std::optional<CounterView> decode(const QJsonObject &json);
template <> std::optional<Appointment> decode(const QJsonObject &json);
template <> std::optional<Feedback> decode(const QJsonObject &json);
template <> std::optional<CentreInfoView> decode(const QJsonObject &json);
template <> std::optional<CategoryView> decode(const QJsonObject &json);
template <> std::optional<ServiceView> decode(const QJsonObject &json);
template <> std::optional<CentreView> decode(const QJsonObject &json);
template <> std::optional<HelloView> decode(const QJsonObject &json);
template <> std::optional<AlertView> decode(const QJsonObject &json);
template <> std::optional<ServiceQueueView> decode(const QJsonObject &json);
template <> std::optional<RecentCallView> decode(const QJsonObject &json);
template <> std::optional<QueueSnapshot> decode(const QJsonObject &json);
template <> std::optional<ServiceKpi> decode(const QJsonObject &json);
template <> std::optional<CounterKpi> decode(const QJsonObject &json);
template <> std::optional<Kpis> decode(const QJsonObject &json);
template <> std::optional<StatsView> decode(const QJsonObject &json);
template <> std::optional<EventView> decode(const QJsonObject &json);
template <> std::optional<PrinterReport> decode(const QJsonObject &json);
template <> std::optional<PauseTotal> decode(const QJsonObject &json);
template <> std::optional<OperatorKpi> decode(const QJsonObject &json);
template <> std::optional<OperatorStatsView> decode(const QJsonObject &json);
template <> std::optional<DeviceView> decode(const QJsonObject &json);
template <> std::optional<DevicesView> decode(const QJsonObject &json);
template <> std::optional<RangeStatsView> decode(const QJsonObject &json);
template <> std::optional<AuditEntryView> decode(const QJsonObject &json);
template <> std::optional<ReportRow> decode(const QJsonObject &json);
template <> std::optional<QuarterRow> decode(const QJsonObject &json);
template <> std::optional<WaitDistribution> decode(const QJsonObject &json);
template <> std::optional<Report> decode(const QJsonObject &json);

} // namespace novbe
