// Every answer and event of the recorded session (the engine's real output,
// tests/data/protocol/session-golden.ndjson) decodes with the read model and
// encodes back to the same JSON.
#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"

#include "protocoltestutil.h"

#include <QHash>
#include <QSet>

using namespace novbe;
using namespace Qt::StringLiterals;

namespace {

template <typename T> bool sameAfterRoundTrip(const QJsonObject &json)
{
    const std::optional<T> value = decode<T>(json);
    return value && encode(*value) == json;
}

// Checks the result of `method`; false when the method has no read-model shape.
bool checkResult(const QString &name, const QJsonObject &result)
{
    INFO(name.toStdString() << ": " << test::dump(result));
    if (name == method::SESSION_HELLO)
        CHECK(sameAfterRoundTrip<HelloView>(result));
    else if (name == method::CENTRE_GET)
        CHECK(sameAfterRoundTrip<CentreView>(result));
    else if (name == method::QUEUE_SNAPSHOT)
        CHECK(sameAfterRoundTrip<QueueSnapshot>(result));
    else if (name == method::STATS_TODAY)
        CHECK(sameAfterRoundTrip<StatsView>(result));
    else if (result.value(u"ticket"_s).isObject())
        CHECK(sameAfterRoundTrip<TicketView>(result.value(u"ticket"_s).toObject()));
    else if (result.value(u"counter"_s).isObject())
        CHECK(sameAfterRoundTrip<CounterView>(result.value(u"counter"_s).toObject()));
    else if (result.value(u"appointment"_s).isObject())
        CHECK(sameAfterRoundTrip<Appointment>(result.value(u"appointment"_s).toObject()));
    else
        return false;
    return true;
}

} // namespace

TEST_CASE("the recorded session decodes with the read model", "[protocol][readmodel]")
{
    QFile file(QStringLiteral(NOVBE_SOURCE_DIR "/tests/data/protocol/session-golden.ndjson"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QHash<QString, QString> methods; // "device/id" -> method
    QSet<QString> checkedMethods;
    int events = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype space = line.indexOf(u' ');
        if (line.isEmpty() || line.startsWith(u'#') || space < 0)
            continue;
        const QString device = line.left(space);
        const QJsonObject message = QJsonDocument::fromJson(line.mid(space + 3).toUtf8()).object();
        const QString key = device + u'/' + message.value(u"id"_s).toVariant().toString();
        if (line.mid(space + 1, 1) == u">") {
            methods.insert(key, message.value(u"method"_s).toString());
        } else if (message.value(u"method"_s) == u"event"_s) {
            INFO(line.toStdString());
            CHECK(sameAfterRoundTrip<EventView>(message.value(u"params"_s).toObject()));
            ++events;
        } else if (message.contains(u"result"_s)
                   && checkResult(methods.value(key), message.value(u"result"_s).toObject())) {
            checkedMethods.insert(methods.value(key));
        }
    }
    CHECK(events > 50);
    for (const QLatin1StringView m :
         {method::SESSION_HELLO, method::CENTRE_GET, method::QUEUE_SNAPSHOT, method::STATS_TODAY,
          method::TICKET_ISSUE, method::COUNTER_OPEN})
        CHECK(checkedMethods.contains(QString(m)));
}
