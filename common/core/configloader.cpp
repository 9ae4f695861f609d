#include "configloader.h"

#include "alertconfig.h"
#include "configreader.h"
#include "deviceconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>

namespace novbe {

using namespace Qt::StringLiterals;

namespace {

constexpr double MAX_WEIGHT = 100.0;
constexpr double MAX_SERVICE_MIN = 24 * 60;
constexpr int MAX_SHORT_CODE = 4;

struct Group
{
    QString id;
    LocalizedText name;
};

bool isPrefix(const QString &s)
{
    return !s.isEmpty() && s.size() <= 3
        && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

std::optional<QTime> parseClock(const QJsonValue &v)
{
    const QString s = v.toString();
    if (s.size() != 5 || s[2] != u':' || !s[0].isDigit() || !s[1].isDigit())
        return std::nullopt;
    const QTime t = QTime::fromString(s, u"HH:mm"_s);
    return t.isValid() ? std::optional<QTime>(t) : std::nullopt;
}

class ConfigParser : private ConfigReader
{
public:
    Result<CentreConfig> parse(const QByteArray &json);
    using ConfigReader::problems;

private:
    template <typename T> using ItemParser = bool (ConfigParser::*)(const QJsonObject &, T &);

    template <typename T>
    bool readSection(const QJsonObject &root, const QString &section, std::vector<T> &out,
                     ItemParser<T> parseItem);
    bool parseCentre(const QJsonObject &root);
    bool parseGroup(const QJsonObject &o, Group &g);
    bool parseCategory(const QJsonObject &o, Category &c);
    bool parseShortCode(const QJsonObject &o, Category &c);
    bool checkStandardCategory();
    bool parseService(const QJsonObject &o, ServiceConfig &s);
    bool parsePrefix(const QJsonObject &o, ServiceConfig &s);
    bool parseGroupRef(ServiceConfig &s);
    bool parseServiceMinutes(const QJsonObject &o, ServiceConfig &s);
    bool parseHours(const QJsonObject &o, ServiceConfig &s);
    bool parseAppointments(const QJsonObject &o, AppointmentSettings &a);
    bool parseCounter(const QJsonObject &o, CounterConfig &c);
    bool parseCounterService(const QJsonValue &v, CounterService &cs);
    bool isService(const QString &id) const { return m_config.service(id) != nullptr; }
    bool parseDevice(const QJsonObject &o, DeviceConfig &d)
    {
        return readDevice(*this, m_config, m_printerProfiles, o, d);
    }
    bool parseOperator(const QJsonObject &o, OperatorConfig &op)
    {
        return readOperator(*this, o, op);
    }
    bool parsePrinterProfile(const QJsonObject &o, PrinterProfileEntry &p)
    {
        return readPrinterProfile(*this, o, p);
    }

    CentreConfig m_config;
    std::vector<PrinterProfileEntry> m_printerProfiles;
    std::vector<Group> m_groups;
};

template <typename T>
bool ConfigParser::readSection(const QJsonObject &root, const QString &section, std::vector<T> &out,
                               ItemParser<T> parseItem)
{
    setEntry(u"config"_s);
    QJsonArray items;
    if (!readArray(root, section, items))
        return false;
    bool ok = true;
    // A broken entry is reported and the next one read, so that one run finds every problem.
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        T item;
        item.id = o.value(u"id"_s).toString();
        setEntry(entryLabel(section, i, item.id));
        if (!items[i].isObject()) {
            ok = fail(u"must be an object (got "_s + shown(items[i]) + u')');
            continue;
        }
        if (item.id.isEmpty()) {
            ok = fail(u"id must be a non-empty string (got "_s + shown(o.value(u"id"_s)) + u')');
            continue;
        }
        const auto dup = std::find_if(out.begin(), out.end(),
                                      [&item](const T &other) { return other.id == item.id; });
        if (dup != out.end()) {
            ok = fail(u"duplicate id, already used by "_s
                      + entryLabel(section, dup - out.begin(), QString()));
            continue;
        }
        // Kept even when broken: later entries referring to it get no second complaint.
        if (!(this->*parseItem)(o, item))
            ok = false;
        out.push_back(std::move(item));
    }
    return ok;
}

bool ConfigParser::parseCentre(const QJsonObject &root)
{
    setEntry(u"centre"_s);
    const QJsonValue v = root.value(u"centre"_s);
    if (!v.isObject())
        return fail(u"must be an object (got "_s + shown(v) + u')');
    const QJsonObject o = v.toObject();
    CentreInfo &c = m_config.centre;
    if (o.value(u"id"_s).toString().isEmpty())
        return fail(u"missing id (centre.id must be a non-empty string)"_s);
    c.id = o.value(u"id"_s).toString();
    QStringList languages;
    if (!readName(o, u"name"_s, c.name) || !readString(o, u"timezone"_s, c.timezone)
        || !readStringList(o, u"languages"_s, languages)
        || !readInt(o, u"maxRecalls"_s, c.maxRecalls, 0)
        || !readString(o, u"trackingBaseUrl"_s, c.trackingBaseUrl)
        || !readName(o, u"ticker"_s, c.ticker, false)
        || !readInt(o, u"personalDataDays"_s, c.personalDataDays, 1)
        || !readBool(o, u"mobile"_s, c.mobile))
        return false;
    if (!QTimeZone::isTimeZoneIdAvailable(c.timezone.toUtf8()))
        return fail(u"timezone \""_s + c.timezone + u"\" is not a valid IANA time zone id");
    if (o.contains(u"languages"_s) && languages.isEmpty())
        return fail(u"languages must list at least one language"_s);
    if (!languages.isEmpty())
        c.languages = languages;
    return true;
}

bool ConfigParser::parseGroup(const QJsonObject &o, Group &g)
{
    return readName(o, u"name"_s, g.name);
}

bool ConfigParser::parseCategory(const QJsonObject &o, Category &c)
{
    return readName(o, u"name"_s, c.name) && parseShortCode(o, c)
        && readInt(o, u"boostMin"_s, c.boostMin, 0) && readBool(o, u"needsProof"_s, c.needsProof);
}

bool ConfigParser::parseShortCode(const QJsonObject &o, Category &c)
{
    if (!readName(o, u"short"_s, c.shortCode, false))
        return false;
    for (auto it = c.shortCode.cbegin(); it != c.shortCode.cend(); ++it) {
        const QString code = it.value();
        if (code.isEmpty() || code.size() > MAX_SHORT_CODE || code.trimmed() != code)
            return fail(u"short."_s + it.key()
                        + u" must be 1-4 characters without outer spaces (got \"" + code + u"\")");
    }
    return true;
}

bool ConfigParser::checkStandardCategory()
{
    setEntry(u"categories"_s);
    if (!m_config.category(u"standard"_s))
        return fail(u"a \"standard\" category is required"_s);
    return true;
}

bool ConfigParser::parseService(const QJsonObject &o, ServiceConfig &s)
{
    return parsePrefix(o, s) && readName(o, u"name"_s, s.name) && readString(o, u"group"_s, s.group)
        && parseGroupRef(s) && readInt(o, u"targetWaitMin"_s, s.targetWaitMin, 0)
        && readInt(o, u"dailyLimit"_s, s.dailyLimit, 0) && readBool(o, u"enabled"_s, s.enabled)
        && parseServiceMinutes(o, s) && parseHours(o, s) && parseAppointments(o, s.appointments)
        && readStringList(o, u"outcomes"_s, s.outcomes);
}

bool ConfigParser::parsePrefix(const QJsonObject &o, ServiceConfig &s)
{
    const QJsonValue v = o.value(u"prefix"_s);
    if (isAbsent(v))
        return fail(u"missing prefix (must be 1-3 capital Latin letters)"_s);
    if (!v.isString() || !isPrefix(v.toString()))
        return fail(u"prefix "_s + shown(v) + u" must be 1-3 capital Latin letters");
    s.prefix = v.toString();
    for (std::size_t i = 0; i < m_config.services.size(); ++i) {
        if (m_config.services[i].prefix == s.prefix)
            return fail(u"prefix "_s + shown(v) + u" already used by "
                        + entryLabel(u"services"_s, qsizetype(i), m_config.services[i].id));
    }
    return true;
}

bool ConfigParser::parseGroupRef(ServiceConfig &s)
{
    if (s.group.isEmpty() || m_groups.empty())
        return true;
    const auto it = std::find_if(m_groups.begin(), m_groups.end(),
                                 [&s](const Group &g) { return g.id == s.group; });
    if (it == m_groups.end())
        return fail(u"group \""_s + s.group + u"\" is not defined in groups");
    s.groupName = it->name;
    return true;
}

bool ConfigParser::parseServiceMinutes(const QJsonObject &o, ServiceConfig &s)
{
    const QJsonValue v = o.value(u"defaultServiceMin"_s);
    if (isAbsent(v))
        return true;
    const double minutes = v.toDouble(-1);
    if (!v.isDouble() || minutes <= 0 || minutes > MAX_SERVICE_MIN)
        return fail(u"defaultServiceMin must be a number > 0 and <= 1440 (got "_s + shown(v)
                    + u')');
    s.defaultServiceSec = std::max(1, int(std::lround(minutes * 60)));
    return true;
}

bool ConfigParser::parseHours(const QJsonObject &o, ServiceConfig &s)
{
    const QJsonValue v = o.value(u"hours"_s);
    if (isAbsent(v))
        return true;
    const QJsonArray pair = v.toArray();
    const auto open = pair.size() == 2 ? parseClock(pair[0]) : std::nullopt;
    const auto close = pair.size() == 2 ? parseClock(pair[1]) : std::nullopt;
    if (!open || !close || *open >= *close)
        return fail(u"hours "_s + shown(v)
                    + u" must be two \"HH:MM\" strings with opening before closing");
    s.hours = OpeningHours{*open, *close};
    return true;
}

bool ConfigParser::parseAppointments(const QJsonObject &o, AppointmentSettings &a)
{
    const QJsonValue v = o.value(u"appointments"_s);
    if (isAbsent(v))
        return true;
    if (!v.isObject())
        return fail(u"appointments must be an object (got "_s + shown(v) + u')');
    const QJsonObject ap = v.toObject();
    a.enabled = true;
    setKeyPrefix(u"appointments."_s);
    const bool ok = readBool(ap, u"enabled"_s, a.enabled) && readInt(ap, u"slotMin"_s, a.slotMin, 1)
        && readInt(ap, u"perSlot"_s, a.perSlot, 1) && readInt(ap, u"earlyMin"_s, a.earlyMin, 0)
        && readInt(ap, u"lateMin"_s, a.lateMin, 0) && readInt(ap, u"daysAhead"_s, a.daysAhead, 0);
    setKeyPrefix({});
    return ok;
}

bool ConfigParser::parseCounter(const QJsonObject &o, CounterConfig &c)
{
    QJsonArray services;
    if (!readName(o, u"name"_s, c.name) || !readArray(o, u"services"_s, services))
        return false;
    if (services.isEmpty())
        return fail(u"has no services"_s);
    const QString counterEntry = entry();
    for (qsizetype i = 0; i < services.size(); ++i) {
        CounterService cs;
        cs.service = services[i].isObject() ? services[i][u"service"_s].toString()
                                            : services[i].toString();
        setEntry(counterEntry + u": " + entryLabel(u"services"_s, i, cs.service));
        if (!parseCounterService(services[i], cs))
            return false;
        for (const CounterService &other : c.services) {
            if (other.service == cs.service)
                return fail(u"service listed twice"_s);
        }
        c.services.push_back(cs);
    }
    setEntry(counterEntry);
    return true;
}

bool ConfigParser::parseCounterService(const QJsonValue &v, CounterService &cs)
{
    if (!v.isObject() && !v.isString())
        return fail(u"must be {\"service\": id, \"weight\": number} (got "_s + shown(v) + u')');
    if (!isService(cs.service))
        return fail(u"service \""_s + cs.service + u"\" is not defined in services");
    const QJsonValue weight = v.toObject().value(u"weight"_s);
    if (isAbsent(weight))
        return true;
    const double w = weight.toDouble(-1);
    if (!weight.isDouble() || w <= 0 || w > MAX_WEIGHT)
        return fail(u"weight must be a number > 0 and <= 100 (got "_s + shown(weight) + u')');
    cs.weight = w;
    return true;
}

Result<CentreConfig> ConfigParser::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        fail(u"not valid JSON: "_s + parseError.errorString() + u" at offset "
             + QString::number(parseError.offset));
    else if (!doc.isObject())
        fail(u"must be a JSON object"_s);
    if (failed())
        return error();
    // Every section is read even after a broken one (problems() lists them all).
    const QJsonObject root = doc.object();
    parseCentre(root);
    readSection(root, u"printerProfiles"_s, m_printerProfiles, &ConfigParser::parsePrinterProfile);
    readSection(root, u"groups"_s, m_groups, &ConfigParser::parseGroup);
    if (readSection(root, u"categories"_s, m_config.categories, &ConfigParser::parseCategory))
        checkStandardCategory();
    readSection(root, u"services"_s, m_config.services, &ConfigParser::parseService);
    readSection(root, u"counters"_s, m_config.counters, &ConfigParser::parseCounter);
    readSection(root, u"devices"_s, m_config.devices, &ConfigParser::parseDevice);
    readSection(root, u"operators"_s, m_config.operators, &ConfigParser::parseOperator);
    readAlertThresholds(*this, root, m_config.alerts);
    readDashboardTargets(*this, root, m_config.dashboard);
    if (failed())
        return error();
    return std::move(m_config);
}

} // namespace

Result<CentreConfig> parseCentreConfig(const QByteArray &json)
{
    return ConfigParser().parse(json);
}

QStringList centreConfigProblems(const QByteArray &json)
{
    ConfigParser parser;
    parser.parse(json);
    return parser.problems();
}

} // namespace novbe
