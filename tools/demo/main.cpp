// novbe-demo: a scripted demo day against a running novbe-engine.
#include "demoday.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"novbe-demo"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs a scripted demo day against a running novbe-engine "
                                     "that serves resources/centres/baku-1.json."_s);
    parser.addHelpOption();
    parser.addOptions({{u"host"_s, u"Engine host (default 127.0.0.1)."_s, u"HOST"_s},
                       {u"port"_s, u"Engine port (default 7400)."_s, u"PORT"_s}});
    parser.process(app);
    novbe::demo::DemoOptions o;
    if (parser.isSet(u"host"_s))
        o.host = parser.value(u"host"_s);
    if (parser.isSet(u"port"_s))
        o.port = quint16(parser.value(u"port"_s).toUInt());
    QTextStream out(stdout);
    return novbe::demo::runDemoDay(o, out);
}
