#include "eventwire.h"

#include "codec.h"
#include "readmodelcodec.h"
#include "viewbuilders.h"

#include <QJsonDocument>

namespace novbe {

namespace {

constexpr char NOTIFICATION_HEAD[] = R"({"jsonrpc":"2.0","method":"event","params":)";

void writeEstimate(JsonWriter &w, const Ticket &t, const WaitEstimate *estimate, bool eta)
{
    const bool waiting = t.state == TicketState::Waiting && estimate;
    w.field(eta ? "etaSec" : "ahead", waiting ? (eta ? estimate->etaSec : estimate->ahead) : 0);
}

QString stateName(const Ticket &t)
{
    return ticketStateName(t.state);
}

// ticket.called's counter: {id, name} (+ operator, not for displays).
void writeCalledCounter(JsonWriter &w, const DomainEvent &e, const CentreIndex &index, bool display)
{
    const QString id = e.counter ? e.counter->id : e.ticket ? e.ticket->counter : QString();
    const CounterConfig *config = index.counter(id);
    w.beginObject().field("id", id).key("name");
    writeLocalized(w, config ? config->name : LocalizedText());
    if (!display && e.counter && !e.counter->operatorId.isEmpty()) {
        w.key("operator").beginObject().field("id", e.counter->operatorId);
        w.field("name", e.counter->operatorName).endObject();
    }
    w.endObject();
}

void writeTicketOrNull(JsonWriter &w, const std::optional<Ticket> &t, bool reduced)
{
    if (!t)
        w.null();
    else if (reduced)
        writeReducedTicket(w, *t);
    else
        writeTicket(w, *t);
}

// The type-specific fields that sort before "seq".
void writeBeforeSeq(JsonWriter &w, const DomainEvent &e, const CentreIndex &index, bool display)
{
    switch (e.type) {
        case EventType::TicketCalled:
            w.key("counter");
            writeCalledCounter(w, e, index, display);
            w.field("recall", e.recall);
            break;
        case EventType::TicketTransferred: w.field("from", e.service); break;
        case EventType::QueueChanged: w.field("etaSec", e.etaSec); break;
        case EventType::CounterChanged:
            w.key("counter");
            if (e.counter)
                writeCounter(w, *e.counter, index, e.ticket ? &*e.ticket : nullptr, display);
            else
                w.null();
            break;
        case EventType::DeviceChanged:
            w.field("device", e.device).field("online", e.online);
            if (!e.printerState.isEmpty()) {
                w.key("printer").beginObject().field("detail", e.printerDetail);
                w.field("state", e.printerState).endObject();
            }
            break;
        case EventType::DisplayMessage:
            w.key("message");
            if (e.message)
                w.raw(QJsonDocument(encode(*e.message)).toJson(QJsonDocument::Compact));
            else
                w.null();
            break;
        case EventType::FeedbackSubmitted:
            w.key("feedback");
            if (e.feedback) {
                const Feedback &f = *e.feedback;
                w.beginObject().key("at").time(f.at).field("comment", f.comment);
                w.key("counter").textOrNull(f.counter).key("operator").textOrNull(f.operatorId);
                w.field("rating", f.rating).field("service", f.service).field("ticket", f.ticket);
                w.endObject();
            } else {
                w.null();
            }
            break;
        default: break;
    }
}

// The type-specific fields that sort after "seq" (and before "type"), then "type".
void writeAfterSeq(JsonWriter &w, const DomainEvent &e, bool display)
{
    switch (e.type) {
        case EventType::QueueChanged: w.field("service", e.service); break;
        case EventType::DayRollover: w.field("serviceDay", e.serviceDay); break;
        case EventType::TicketIssued:
        case EventType::TicketServing:
        case EventType::TicketFinished:
        case EventType::TicketNoShow:
        case EventType::TicketParked:
        case EventType::TicketCancelled:
        case EventType::TicketReset:
        case EventType::TicketTransferred:
        case EventType::TicketCalled:
            w.key("ticket");
            writeTicketOrNull(w, e.ticket, display);
            break;
        default: break;
    }
    w.field("type", eventTypeName(e.type));
    if (e.type == EventType::QueueChanged)
        w.field("waitingCount", e.waitingCount);
}

} // namespace

void writeTicket(JsonWriter &w, const Ticket &t, const WaitEstimate *estimate)
{
    w.beginObject();
    writeEstimate(w, t, estimate, false);
    w.key("appointment").textOrNull(t.appointment);
    w.key("calledAt").time(t.calledAt);
    w.field("category", t.category);
    w.key("counter").textOrNull(t.counter);
    w.key("device").textOrNull(t.device);
    w.key("endedAt").time(t.endedAt);
    writeEstimate(w, t, estimate, true);
    w.key("firstCalledAt").time(t.firstCalledAt);
    w.field("id", t.id).field("issueSeq", t.issueSeq);
    w.key("issuedAt").time(t.issuedAt);
    w.field("lang", t.lang);
    w.key("note").textOrNull(t.note);
    w.field("number", t.number).field("orderKey", t.orderKey);
    w.key("originalService").textOrNull(t.originalService);
    w.key("outcome").textOrNull(t.outcome);
    w.key("queuedAt").time(t.queuedAt);
    w.field("recalls", t.recalls);
    w.key("requestId").textOrNull(t.requestId);
    w.field("service", t.service).field("serviceDay", t.serviceDay);
    w.key("slotStart").time(t.slotStart);
    w.key("startedAt").time(t.startedAt);
    w.field("state", stateName(t));
    w.endObject();
}

void writeReducedTicket(JsonWriter &w, const Ticket &t)
{
    w.beginObject();
    w.key("counter").textOrNull(t.counter);
    w.field("id", t.id).field("number", t.number).field("recalls", t.recalls);
    w.field("service", t.service).field("state", stateName(t));
    w.endObject();
}

void writeLocalized(JsonWriter &w, const LocalizedText &text)
{
    w.beginObject();
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        w.keyText(it.key()).value(it.value());
    w.endObject();
}

void writeCounter(JsonWriter &w, const CounterStatus &c, const CentreIndex &index,
                  const Ticket *current, bool reduced)
{
    const CounterConfig *config = index.counter(c.id);
    w.beginObject();
    w.key("changedAt").time(c.changedAt);
    w.field("id", c.id).key("name");
    writeLocalized(w, config ? config->name : LocalizedText());
    w.key("operator");
    if (c.operatorId.isEmpty())
        w.null();
    else
        w.beginObject().field("id", c.operatorId).field("name", c.operatorName).endObject();
    w.key("pauseReason").textOrNull(c.pauseReason);
    w.key("services").beginArray();
    if (config) {
        for (const CounterService &s : config->services)
            w.value(s.service);
    }
    w.endArray();
    w.field("state", counterStateName(c.state)).key("ticket");
    if (current && !c.ticket.isEmpty() && current->id == c.ticket) {
        if (reduced)
            writeReducedTicket(w, *current);
        else
            writeTicket(w, *current);
    } else {
        w.null();
    }
    w.key("ticketId").textOrNull(c.ticket);
    w.endObject();
}

void writeAppointment(JsonWriter &w, const Appointment &a)
{
    w.beginObject();
    w.key("bookedAt").time(a.bookedAt);
    w.field("code", a.code);
    w.key("end").time(a.end);
    w.field("id", a.id).field("lang", a.lang).field("service", a.service);
    w.key("start").time(a.start);
    w.field("state", appointmentStateName(a.state));
    w.key("ticket").textOrNull(a.ticket);
    w.endObject();
}

QByteArray eventLine(const DomainEvent &e, const CentreIndex &index, bool display)
{
    JsonWriter w(display ? 512 : 1536);
    w.literal(QByteArrayView(NOTIFICATION_HEAD, sizeof NOTIFICATION_HEAD - 1));
    w.beginObject();
    if (e.alert) {
        const QJsonObject alert = encode(alertView(*e.alert));
        w.key("alert").raw(QJsonDocument(alert).toJson(QJsonDocument::Compact));
    }
    if (e.type == EventType::AppointmentBooked || e.type == EventType::AppointmentCancelled
        || e.type == EventType::AppointmentMissed) {
        w.key("appointment");
        if (e.appointment)
            writeAppointment(w, *e.appointment);
        else
            w.null();
    }
    w.key("at").time(e.at);
    if (e.type == EventType::ServiceChanged) {
        w.key("control");
        w.raw(QJsonDocument(encode(e.control.value_or(ServiceControl())))
                  .toJson(QJsonDocument::Compact));
    }
    writeBeforeSeq(w, e, index, display);
    w.field("seq", e.seq);
    writeAfterSeq(w, e, display);
    w.endObject().literal("}\n");
    return w.take();
}

} // namespace novbe
