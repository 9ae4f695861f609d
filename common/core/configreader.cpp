#include "configreader.h"

#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace novbe {

using namespace Qt::StringLiterals;

bool ConfigReader::isAbsent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

QString ConfigReader::shown(const QJsonValue &v)
{
    if (v.isString())
        return u'"' + v.toString() + u'"';
    if (v.isUndefined())
        return u"nothing"_s;
    const QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString ConfigReader::entryLabel(const QString &section, qsizetype index, const QString &id)
{
    const QString label = section + u'[' + QString::number(index) + u']';
    return id.isEmpty() ? label : label + u" \"" + id + u'"';
}

bool ConfigReader::fail(const QString &rule)
{
    const QString problem = m_entry + u": " + rule;
    if (!m_error)
        m_error = makeError(ErrorCode::InvalidParams, problem);
    if (!m_problems.contains(problem))
        m_problems.append(problem);
    return false;
}

bool ConfigReader::readString(const QJsonObject &o, const QString &name, QString &out,
                              bool required)
{
    const QJsonValue v = o.value(name);
    if (isAbsent(v) && !required)
        return true;
    if (!v.isString() || (required && v.toString().isEmpty()))
        return fail(key(name) + u" must be a non-empty string (got " + shown(v) + u')');
    out = v.toString();
    return true;
}

bool ConfigReader::readInt(const QJsonObject &o, const QString &name, int &out, int min)
{
    const QJsonValue v = o.value(name);
    if (isAbsent(v))
        return true;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d || d < min || d > std::numeric_limits<int>::max())
        return fail(key(name) + u" must be an integer >= " + QString::number(min) + u" (got "
                    + shown(v) + u')');
    out = int(d);
    return true;
}

bool ConfigReader::readBool(const QJsonObject &o, const QString &name, bool &out)
{
    const QJsonValue v = o.value(name);
    if (isAbsent(v))
        return true;
    if (!v.isBool())
        return fail(key(name) + u" must be true or false (got " + shown(v) + u')');
    out = v.toBool();
    return true;
}

bool ConfigReader::readName(const QJsonObject &o, const QString &name, LocalizedText &out,
                            bool needAz)
{
    const QJsonValue v = o.value(name);
    if (isAbsent(v) && !needAz)
        return true;
    if (isAbsent(v))
        return fail(key(name) + u" must be an object with at least a non-empty \"az\" text");
    if (!v.isObject())
        return fail(key(name) + u" must be an object of texts by language, e.g. {\"az\": \"...\"}");
    const QJsonObject texts = v.toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (!it.value().isString())
            return fail(key(name) + u'.' + it.key() + u" must be a string");
        out.insert(it.key(), it.value().toString());
    }
    if (needAz && out.value(u"az"_s).isEmpty())
        return fail(key(name) + u" must be an object with at least a non-empty \"az\" text");
    return true;
}

bool ConfigReader::readArray(const QJsonObject &o, const QString &name, QJsonArray &out)
{
    const QJsonValue v = o.value(name);
    if (isAbsent(v))
        return true;
    if (!v.isArray())
        return fail(key(name) + u" must be an array (got " + shown(v) + u')');
    out = v.toArray();
    return true;
}

bool ConfigReader::readStringList(const QJsonObject &o, const QString &name, QStringList &out)
{
    QJsonArray array;
    if (!readArray(o, name, array))
        return false;
    for (const QJsonValue &v : array) {
        if (!v.isString() || v.toString().isEmpty())
            return fail(key(name) + u" must hold non-empty strings (got " + shown(v) + u')');
        if (out.contains(v.toString()))
            return fail(key(name) + u" lists " + shown(v) + u" twice");
        out.append(v.toString());
    }
    return true;
}

} // namespace novbe
