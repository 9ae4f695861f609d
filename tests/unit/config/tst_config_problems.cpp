// centreConfigProblems (novbe-engine --check-config): one run lists every
// broken entry with its path, in file order; parseCentreConfig still refuses
// with the first of them.

#include "configtestutil.h"

#include "core/configloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace novbe;
using namespace Qt::StringLiterals;

namespace {

QJsonObject minimal()
{
    return QJsonDocument::fromJson(test::sourceFile(u"tests/data/configs/valid-minimal.json"_s))
        .object();
}

// Sets root[section][index][key] = value.
void setIn(QJsonObject &root, const QString &section, int index, const QString &key,
           const QJsonValue &value)
{
    QJsonArray items = root.value(section).toArray();
    QJsonObject item = items.at(index).toObject();
    item.insert(key, value);
    items.replace(index, item);
    root.insert(section, items);
}

QByteArray json(const QJsonObject &root)
{
    return QJsonDocument(root).toJson();
}

} // namespace

TEST_CASE("a valid config has no problems", "[config][check]")
{
    CHECK(centreConfigProblems(json(minimal())).isEmpty());
}

TEST_CASE("every broken entry is listed with its path, in file order", "[config][check]")
{
    QJsonObject root = minimal();
    QJsonObject centre = root.value(u"centre"_s).toObject();
    centre.insert(u"timezone"_s, u"Mars/Olympus"_s);
    root.insert(u"centre"_s, centre);
    setIn(root, u"services"_s, 1, u"prefix"_s, u"n1"_s);
    setIn(root, u"counters"_s, 0, u"name"_s, 7);
    setIn(root, u"devices"_s, 2, u"role"_s, u"toaster"_s);

    const QStringList problems = centreConfigProblems(json(root));
    INFO(problems.join(u'\n').toStdString());
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].startsWith(u"centre: timezone \"Mars/Olympus\""_s));
    CHECK(problems[1].startsWith(u"services[1] \"notary\": prefix \"n1\""_s));
    CHECK(problems[2].startsWith(u"counters[0] \"c01\": name"_s));
    CHECK(problems[3].startsWith(u"devices[2] \"desk-1\": "_s));
    CHECK(problems[3].contains(u"toaster"_s));

    const auto refused = parseCentreConfig(json(root));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == problems[0]);
}

TEST_CASE("a broken entry does not hide the next ones of its section", "[config][check]")
{
    QJsonObject root = minimal();
    setIn(root, u"services"_s, 0, u"targetWaitMin"_s, -1);
    setIn(root, u"services"_s, 1, u"dailyLimit"_s, u"many"_s);
    const QStringList problems = centreConfigProblems(json(root));
    INFO(problems.join(u'\n').toStdString());
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].startsWith(u"services[0] \"passport\": targetWaitMin"_s));
    CHECK(problems[1].startsWith(u"services[1] \"notary\": dailyLimit"_s));
}

TEST_CASE("a file that is not JSON is one problem", "[config][check]")
{
    const QStringList problems = centreConfigProblems("{\"centre\": ");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].startsWith(u"config: not valid JSON"_s));
}

namespace {

// `value` with its `pick`-th leaf (depth first) replaced by `replacement`, or
// removed when `replacement` is undefined; counts `pick` down past each leaf.
QJsonValue mutate(const QJsonValue &value, qint64 &pick, const QJsonValue &replacement)
{
    const auto nested = [](const QJsonValue &v) { return v.isObject() || v.isArray(); };
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (const QString &key : object.keys()) {
            const QJsonValue child = object.value(key);
            if (nested(child))
                object.insert(key, mutate(child, pick, replacement));
            else if (pick-- == 0 && replacement.isUndefined())
                object.remove(key);
            else if (pick == -1)
                object.insert(key, replacement);
        }
        return object;
    }
    QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue child = array.at(i);
        if (nested(child))
            array.replace(i, mutate(child, pick, replacement));
        else if (pick-- == 0)
            array.replace(i, replacement.isUndefined() ? QJsonValue() : replacement);
    }
    return array;
}

} // namespace

TEST_CASE("every one-leaf change is judged alike by both entry points", "[config][check]")
{
    // Reading on after a broken entry must never trip over it: each leaf of the
    // minimal config removed or given a value of another kind, one at a time;
    // problems() is empty exactly when parseCentreConfig accepts the file.
    const QJsonValue replacements[] = {QJsonValue(QJsonValue::Undefined),
                                       QJsonValue(),
                                       QJsonValue(-1),
                                       QJsonValue(u""_s),
                                       QJsonArray{1},
                                       QJsonObject{}};
    const QJsonObject root = minimal();
    int refused = 0;
    for (qint64 n = 0; n < 600; ++n) {
        qint64 pick = n / 6;
        const QByteArray changed = json(mutate(root, pick, replacements[n % 6]).toObject());
        const QStringList problems = centreConfigProblems(changed);
        const bool accepted = parseCentreConfig(changed).ok();
        INFO("change " << n << ": " << problems.join(u"; "_s).toStdString());
        CHECK(problems.isEmpty() == accepted);
        refused += accepted ? 0 : 1;
    }
    CHECK(refused > 100);
}
