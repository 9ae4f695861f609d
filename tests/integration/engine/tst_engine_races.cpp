// protocol.md sections 1 and 3 under concurrency: two counters racing
// counter.callNext, 20 kiosks issuing at once, pipelined requests in order.

#include "engineprocess.h"
#include "shapecheck.h"
#include "testcentre.h"
#include "testclient.h"
#include "waiting.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace novbe::test;

namespace {

// One counter desk calling tickets as fast as the engine answers: callNext,
// then noShow + callNext pipelined in one write.
struct Racer
{
    Racer(std::unique_ptr<TestClient> desk, const QString &counterId)
        : client(std::move(desk)), counter(counterId)
    {
    }

    std::unique_ptr<TestClient> client;
    QString counter;
    qint64 pending = -1; // the callNext being awaited
    QStringList called;
    QStringList problems;
    bool sawEmpty = false;

    void begin() { pending = client->send(u"counter.callNext"_s); }

    // Handles the awaited answer if it arrived; returns true when this desk is finished.
    bool step(bool supplyFinished)
    {
        if (pending < 0)
            return true;
        const QJsonObject answer = client->response(pending, 0);
        if (answer.isEmpty()) {
            if (client->isConnected())
                return false;
            problems << u"disconnected"_s;
            pending = -1;
            return true;
        }
        if (!isOk(answer)) {
            problems << describe(answer);
            pending = -1;
            return true;
        }
        const QJsonObject ticket = resultOf(answer).value(u"ticket"_s).toObject();
        if (ticket.isEmpty()) {
            sawEmpty = supplyFinished;
            pending = sawEmpty ? -1 : client->send(u"counter.callNext"_s);
            return sawEmpty;
        }
        if (ticket.value(u"counter"_s).toString() != counter)
            problems << u"called by "_s + counter + u" but shows counter "_s
                    + ticket.value(u"counter"_s).toString();
        called << ticket.value(u"id"_s).toString();
        client->send(u"counter.noShow"_s);
        pending = client->send(u"counter.callNext"_s);
        return false;
    }
};

QList<qint64> sendIssues(TestClient &kiosk, int count, const QStringList &services)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids << kiosk.send(u"ticket.issue"_s, {{u"service"_s, services.at(i % services.size())}});
    return ids;
}

QStringList issuedIds(TestClient &kiosk, const QList<qint64> &requestIds)
{
    QStringList ids;
    for (qint64 id : requestIds) {
        const QJsonObject answer = kiosk.response(id, 30000);
        INFO(describe(answer).toStdString());
        REQUIRE(isOk(answer));
        ids << resultOf(answer).value(u"ticket"_s).toObject().value(u"id"_s).toString();
    }
    return ids;
}

} // namespace

TEST_CASE("two counters racing callNext never call a ticket twice and call them all",
          "[engine][race]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    const QStringList services{u"passport"_s, u"passport"_s, u"idCard"_s};
    QStringList issued = issuedIds(*kiosk, sendIssues(*kiosk, 240, services));

    Racer a{openCounter(engine.port(), u"desk-01"_s, u"op01"_s, u"c01"_s), u"c01"_s};
    Racer b{openCounter(engine.port(), u"desk-02"_s, u"op02"_s, u"c02"_s), u"c02"_s};
    a.begin();
    b.begin();
    // More tickets arrive while the counters race.
    const QList<qint64> late = sendIssues(*kiosk, 120, services);
    bool supplyFinished = false;
    const bool finished = waitUntil(
        [&] {
            supplyFinished = supplyFinished || !kiosk->response(late.last(), 0).isEmpty();
            const bool doneA = a.step(supplyFinished);
            const bool doneB = b.step(supplyFinished);
            return doneA && doneB;
        },
        90000);
    REQUIRE(finished);
    issued << issuedIds(*kiosk, late);
    CHECK(a.problems.isEmpty());
    CHECK(b.problems.isEmpty());
    INFO("c01 called " << a.called.size() << ", c02 called " << b.called.size());
    CHECK(!a.called.isEmpty());
    CHECK(!b.called.isEmpty());

    const QStringList all = a.called + b.called;
    const QSet<QString> unique(all.begin(), all.end());
    CHECK(unique.size() == all.size());                           // no ticket called twice
    CHECK(unique == QSet<QString>(issued.begin(), issued.end())); // every ticket called
    CHECK(issued.size() == 360);
    for (const auto &s : okCall(*kiosk, u"queue.snapshot"_s).value(u"services"_s).toArray())
        CHECK(s.toObject().value(u"waitingCount"_s).toInt() == 0);
}

TEST_CASE("20 kiosks issuing concurrently get unique, consecutive numbers per service",
          "[engine][race]")
{
    QJsonObject config = alwaysOpenCentre();
    addKiosks(config, 20);
    EngineProcess engine(config);
    REQUIRE(engine.start());
    std::vector<std::unique_ptr<TestClient>> kiosks;
    for (int k = 1; k <= 20; ++k)
        kiosks.push_back(
            connectAs(engine.port(), u"et-kiosk-%1"_s.arg(k, 2, 10, QLatin1Char('0'))));
    constexpr int PER_KIOSK = 15;
    std::vector<QList<qint64>> requests;
    for (auto &kiosk : kiosks) // every request is written before any answer is read
        requests.push_back(
            sendIssues(*kiosk, PER_KIOSK, {u"passport"_s, u"idCard"_s, u"passport"_s}));

    QMap<QString, QStringList> numbers; // service -> numbers
    QSet<QString> ids;
    for (size_t k = 0; k < kiosks.size(); ++k) {
        for (qint64 id : requests[k]) {
            const QJsonObject answer = kiosks[k]->response(id, 30000);
            INFO(describe(answer).toStdString());
            REQUIRE(isOk(answer));
            const QJsonObject t = resultOf(answer).value(u"ticket"_s).toObject();
            numbers[t.value(u"service"_s).toString()] << t.value(u"number"_s).toString();
            ids.insert(t.value(u"id"_s).toString());
        }
    }
    CHECK(ids.size() == 20 * PER_KIOSK);
    const QMap<QString, QString> prefix{{u"passport"_s, u"B"_s}, {u"idCard"_s, u"A"_s}};
    for (auto it = numbers.begin(); it != numbers.end(); ++it) {
        QStringList got = it.value();
        got.sort();
        QStringList expected;
        for (int n = 1; n <= got.size(); ++n)
            expected << prefix.value(it.key()) + u"%1"_s.arg(n, 3, 10, QLatin1Char('0'));
        INFO("service " << it.key().toStdString());
        CHECK(got == expected); // no duplicates, no holes
    }
    CHECK(numbers.value(u"passport"_s).size() == 200);
    CHECK(numbers.value(u"idCard"_s).size() == 100);
}

TEST_CASE("pipelined requests are answered in order", "[engine][order]")
{
    EngineProcess engine(alwaysOpenCentre());
    REQUIRE(engine.start());
    auto kiosk = connectAs(engine.port(), u"kiosk-1"_s);
    const qsizetype before = kiosk->messages().size();
    QByteArray burst;
    QList<QJsonValue> expectedIds;
    auto request = [&](int id, const QString &method, const QJsonObject &params) {
        const QJsonObject r{
            {u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}};
        burst += QJsonDocument(r).toJson(QJsonDocument::Compact) + '\n';
        expectedIds << QJsonValue(id);
    };
    for (int i = 0; i < 80; ++i) {
        const int id = 1000 + i;
        switch (i % 5) {
            case 0: request(id, u"ticket.issue"_s, {{u"service"_s, u"passport"_s}}); break;
            case 1: request(id, u"session.ping"_s, {}); break;
            case 2: request(id, u"ticket.issue"_s, {{u"service"_s, u"nope"_s}}); break;
            case 3: request(id, u"centre.get"_s, {}); break;
            default: request(id, u"ticket.issue"_s, {{u"service"_s, u"idCard"_s}}); break;
        }
        if (i == 40) {
            burst += "{garbage\n";
            expectedIds << QJsonValue(QJsonValue::Null);
        }
    }
    kiosk->sendRaw(burst);
    REQUIRE(kiosk->waitForMessages(int(before + expectedIds.size()), 30000));
    const QList<QJsonObject> answers = kiosk->messages().mid(before);
    REQUIRE(answers.size() == expectedIds.size());
    int lastPassport = 0;
    for (int i = 0; i < answers.size(); ++i) {
        INFO("answer " << i << ": " << describe(answers[i]).toStdString());
        CHECK(answers[i].value(u"id"_s) == expectedIds[i]);
        const QString number =
            resultOf(answers[i]).value(u"ticket"_s).toObject().value(u"number"_s).toString();
        if (number.startsWith(u'B')) {
            CHECK(number.mid(1).toInt() == lastPassport + 1); // applied in request order
            lastPassport = number.mid(1).toInt();
        }
    }
    CHECK(lastPassport == 16);
}
