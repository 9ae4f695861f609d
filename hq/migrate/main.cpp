// novbe-hq-migrate: brings HQ's PostgreSQL to this build's schema and
// registers centres and dashboard readers (docs/hq.md). Run by an owner of
// the database. Exit codes: 0 done, 1 failed (nothing half-applied), 2 bad options.

#include "hqschema.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace novbe;

namespace {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "novbe-hq-migrate: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(u"Migrates HQ's PostgreSQL schema; registers centres."_s);
    p.addHelpOption();
    p.addOptions(
        {{u"hq"_s, u"libpq connection string of an owner of the database."_s, u"conn"_s},
         {u"add-centre"_s,
          u"Register a centre (repeatable); its role is "
          "novbe_centre_<id>."_s,
          u"id"_s},
         {u"add-reader"_s, u"Create a read-only login role for dashboards."_s, u"role"_s}});
    p.process(app);
    if (!p.isSet(u"hq"_s))
        return fail(u"--hq is required"_s, 2);
    auto db = hq::PgConnection::connect(p.value(u"hq"_s));
    if (!db)
        return fail(db.error().message, 1);
    const Result<int> version = hq::migrate(*db.value());
    if (!version)
        return fail(version.error().message, 1);
    std::printf("HQ schema at version %d\n", *version);
    for (const QString &id : p.values(u"add-centre"_s)) {
        const QString role = hq::centreRoleName(id);
        if (Status st = hq::addCentre(*db.value(), id, role); !st)
            return fail(st.error().message, 1);
        std::printf("centre %s: uplink role %s\n", qPrintable(id), qPrintable(role));
    }
    for (const QString &role : p.values(u"add-reader"_s)) {
        if (Status st = hq::addReader(*db.value(), role); !st)
            return fail(st.error().message, 1);
        std::printf("reader role %s\n", qPrintable(role));
    }
    return 0;
}
