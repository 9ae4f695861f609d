#include "greeter.h"

#include "waiter.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

struct GreetState
{
    QList<Greeting> greetings;
    std::vector<BenchClient *> clients;
    quint16 port = 0;
    int next = 0;
    int inFlight = 0;
    int maxInFlight = 32;
    GreetResult result;

    void launchMore();
    void runCall(int index, std::size_t step);
    void finish(int index, const QString &error);
};

void GreetState::finish(int index, const QString &error)
{
    BenchClient *client = clients[std::size_t(index)];
    QObject::disconnect(client, &BenchClient::connected, nullptr, nullptr);
    QObject::disconnect(client, &BenchClient::disconnected, nullptr, nullptr);
    if (error.isEmpty()) {
        ++result.ready;
    } else {
        if (result.failed++ == 0)
            result.firstError = greetings[index].device.id + u": "_s + error;
    }
    --inFlight;
    launchMore();
}

void GreetState::runCall(int index, std::size_t step)
{
    const Greeting &g = greetings[index];
    BenchClient *client = clients[std::size_t(index)];
    if (step > g.after.size()) {
        finish(index, {});
        return;
    }
    const Call call = step == 0 ? Call{"session.hello", helloParams(g.device.id, g.device.token)}
                                : g.after[step - 1];
    client->call(
        call.first, call.second, [this, index, step, method = call.first](const Answer &a) {
            if (!a.ok())
                finish(index, QString::fromUtf8(method + " failed: " + a.error.toByteArray()));
            else
                runCall(index, step + 1);
        });
}

void GreetState::launchMore()
{
    while (inFlight < maxInFlight && next < greetings.size()) {
        const int index = next++;
        ++inFlight;
        BenchClient *client = clients[std::size_t(index)];
        QObject::connect(client, &BenchClient::connected, client,
                         [this, index] { runCall(index, 0); });
        QObject::connect(client, &BenchClient::disconnected, client,
                         [this, index] { finish(index, u"connection closed during set-up"_s); });
        client->connectTo(port);
    }
}

} // namespace

GreetResult greetAll(const QList<Greeting> &greetings, quint16 port, QObject *parent,
                     std::vector<BenchClient *> &out, int timeoutMs, int maxInFlight)
{
    auto state = std::make_unique<GreetState>();
    state->greetings = greetings;
    state->port = port;
    state->maxInFlight = maxInFlight;
    for (qsizetype i = 0; i < greetings.size(); ++i)
        state->clients.push_back(new BenchClient(parent));
    const qint64 started = nowNs();
    state->launchMore();
    const int total = int(greetings.size());
    const bool done = waitFor([&] { return state->result.ready + state->result.failed == total; },
                              timeoutMs);
    state->result.seconds = double(nowNs() - started) / 1e9;
    if (!done) {
        state->result.failed = total - state->result.ready;
        state->result.firstError = u"set-up of %1 connections did not finish in %2 ms"_s.arg(
            QString::number(state->result.failed), QString::number(timeoutMs));
    }
    for (BenchClient *c : state->clients) {
        QObject::disconnect(c, &BenchClient::connected, nullptr, nullptr);
        QObject::disconnect(c, &BenchClient::disconnected, nullptr, nullptr);
    }
    out.insert(out.end(), state->clients.begin(), state->clients.end());
    GreetResult result = state->result;
    if (!done) {
        // Late answers must not reach the freed state.
        for (BenchClient *c : state->clients)
            c->disconnectNow();
    }
    return result;
}

std::vector<Call> deskCalls(const QString &operatorId, const QString &pin, const QString &counter)
{
    return {Call{"operator.login",
                 "{\"operator\":\"" + operatorId.toUtf8() + "\",\"pin\":\"" + pin.toUtf8() + "\"}"},
            Call{"counter.open", "{\"counter\":\"" + counter.toUtf8() + "\"}"}};
}

std::vector<Call> subscribeCalls()
{
    return {Call{"events.subscribe", "{}"}};
}

} // namespace novbe::bench
