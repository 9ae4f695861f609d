// The shipped sample centre (resources/centres/baku-1.json) meets the Foundation minimums.
#include "configtestutil.h"

#include "core/configloader.h"
#include "core/pinhash.h"

#include <QSet>

using namespace novbe;
using namespace Qt::StringLiterals;

namespace {

const CentreConfig &sample()
{
    static const CentreConfig config = [] {
        const auto result = parseCentreConfig(test::sourceFile(u"resources/centres/baku-1.json"_s));
        INFO((result.ok() ? QString() : result.error().message).toStdString());
        REQUIRE(result.ok());
        return result.value();
    }();
    return config;
}

void requireThreeLanguages(const LocalizedText &text, const QString &what)
{
    INFO(what.toStdString());
    for (const QString &lang : {u"az"_s, u"en"_s, u"ru"_s})
        CHECK_FALSE(text.value(lang).trimmed().isEmpty());
}

int countRole(const CentreConfig &c, const QString &role)
{
    return int(std::count_if(c.devices.begin(), c.devices.end(),
                             [&role](const DeviceConfig &d) { return d.role == role; }));
}

} // namespace

TEST_CASE("sample centre: identity and settings", "[config][sample]")
{
    const CentreInfo &centre = sample().centre;
    CHECK(centre.id == u"baku-1"_s);
    CHECK(centre.name.value(u"az"_s) == u"Bakı 1 nömrəli ASAN xidmət mərkəzi"_s);
    CHECK(centre.timezone == u"Asia/Baku"_s);
    CHECK(centre.languages == QStringList{u"az"_s, u"en"_s, u"ru"_s});
    CHECK(centre.maxRecalls == 3);
    CHECK(centre.trackingBaseUrl == u"https://novbe.example.az"_s);
    requireThreeLanguages(centre.ticker, u"ticker"_s);
}

TEST_CASE("sample centre: services from many bodies", "[config][sample]")
{
    const CentreConfig &c = sample();
    CHECK(c.services.size() >= 16);
    QSet<QString> bodies;
    int privateServices = 0;
    int nineToSix = 0;
    for (const ServiceConfig &s : c.services) {
        INFO(s.id.toStdString());
        CHECK(!s.groupName.isEmpty());
        CHECK(s.hours.has_value());
        CHECK(s.targetWaitMin > 0);
        CHECK(s.dailyLimit > 0);
        if (s.group == u"auxiliary"_s)
            ++privateServices;
        else
            bodies.insert(s.group);
        if (s.hours && s.hours->open == QTime(9, 0) && s.hours->close == QTime(18, 0))
            ++nineToSix;
        if (s.appointments.enabled) {
            CHECK(s.appointments.slotMin == 15);
            CHECK(s.appointments.perSlot == 2);
            CHECK(s.appointments.earlyMin == 30);
            CHECK(s.appointments.lateMin == 10);
        }
    }
    CHECK(bodies.size() >= 8);
    CHECK(privateServices >= 5);
    CHECK(nineToSix * 2 > int(c.services.size()));
    for (const char *id : {"idCard", "passport", "notary", "realEstate", "tax", "drivingLicence"})
        CHECK(c.service(QString::fromLatin1(id)) != nullptr);
}

TEST_CASE("sample centre: the six categories with boosts", "[config][sample]")
{
    const CentreConfig &c = sample();
    CHECK(c.categories.size() == 6);
    REQUIRE(c.category(u"standard"_s));
    CHECK(c.category(u"standard"_s)->boostMin == 0);
    for (const char *id : {"disability", "veteran", "martyrFamily", "elderly", "pregnant"}) {
        INFO(id);
        const Category *category = c.category(QString::fromLatin1(id));
        REQUIRE(category);
        CHECK(category->boostMin >= 15);
        CHECK(category->boostMin <= 30);
    }
    CHECK(c.category(u"disability"_s)->needsProof);
}

TEST_CASE("sample centre: counters with weighted service mixes", "[config][sample]")
{
    const CentreConfig &c = sample();
    CHECK(c.counters.size() >= 24);
    CHECK(c.weight(u"c01"_s, u"passport"_s) == 2.0);
    CHECK(c.weight(u"c01"_s, u"idCard"_s) == 1.0);
    QSet<QString> served;
    for (const CounterConfig &counter : c.counters) {
        for (const CounterService &cs : counter.services)
            served.insert(cs.service);
    }
    for (const ServiceConfig &s : c.services) {
        INFO(s.id.toStdString() << " has a counter");
        CHECK(served.contains(s.id));
    }
    const auto bankOnly = std::count_if(c.counters.begin(), c.counters.end(), [](const auto &k) {
        return k.services.size() == 1 && k.services[0].service == u"bank"_s;
    });
    CHECK(bankOnly >= 1);
}

TEST_CASE("sample centre: every name has az, en and ru", "[config][sample]")
{
    const CentreConfig &c = sample();
    requireThreeLanguages(c.centre.name, u"centre"_s);
    for (const Category &x : c.categories)
        requireThreeLanguages(x.name, x.id);
    for (const ServiceConfig &x : c.services) {
        requireThreeLanguages(x.name, x.id);
        requireThreeLanguages(x.groupName, x.group);
    }
    for (const CounterConfig &x : c.counters)
        requireThreeLanguages(x.name, x.id);
}

TEST_CASE("sample centre: Azerbaijani names use the Azerbaijani letters", "[config][sample]")
{
    const CentreConfig &c = sample();
    QString az = c.centre.name.value(u"az"_s);
    for (const Category &x : c.categories)
        az += x.name.value(u"az"_s);
    for (const ServiceConfig &x : c.services)
        az += x.name.value(u"az"_s) + x.groupName.value(u"az"_s);
    for (const QChar letter : u"əğıöşüçƏİŞÜ"_s) {
        INFO(QString(letter).toStdString());
        CHECK(az.contains(letter));
    }
    CHECK(c.service(u"idCard"_s)->name.value(u"az"_s) == u"Şəxsiyyət vəsiqəsi"_s);
    CHECK(c.service(u"notary"_s)->name.value(u"az"_s) == u"Notariat xidmətləri"_s);
    CHECK(c.service(u"realEstate"_s)->name.value(u"az"_s) == u"Daşınmaz əmlakın qeydiyyatı"_s);
    CHECK(c.service(u"tax"_s)->name.value(u"az"_s) == u"Vergi xidmətləri"_s);
    CHECK(c.service(u"drivingLicence"_s)->name.value(u"az"_s) == u"Sürücülük vəsiqəsi"_s);
}

TEST_CASE("sample centre: demo devices for every role", "[config][sample]")
{
    const CentreConfig &c = sample();
    CHECK(countRole(c, u"kiosk"_s) == 3);
    CHECK(countRole(c, u"display"_s) == 3);
    CHECK(countRole(c, u"counter"_s) >= 24);
    CHECK(countRole(c, u"manager"_s) == 1);
    CHECK(countRole(c, u"booking"_s) == 1);
    int zoned = 0;
    for (const DeviceConfig &d : c.devices) {
        INFO(d.id.toStdString());
        CHECK(d.token.startsWith(u"demo-"_s));
        if (d.role == u"display"_s && !d.zoneServices.isEmpty())
            ++zoned;
    }
    CHECK(zoned == 2);
}

TEST_CASE("sample centre: demo operator PINs follow op<NN> -> 1000 + NN", "[config][sample]")
{
    const CentreConfig &c = sample();
    REQUIRE(c.operators.size() >= 24);
    QSet<QString> salts;
    for (const OperatorConfig &op : c.operators) {
        INFO(op.id.toStdString());
        const int n = op.id.mid(2).toInt();
        CHECK(op.pin.section(u'$', 1, 1) == u"20000"_s);
        CHECK(verifyPin(QString::number(1000 + n), op.pin));
        CHECK_FALSE(verifyPin(QString::number(1000 + n + 1), op.pin));
        salts.insert(op.pin.section(u'$', 2, 2));
    }
    CHECK(salts.size() == int(c.operators.size()));
}
