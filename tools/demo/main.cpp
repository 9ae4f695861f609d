// novbe-demo: a scripted demo day against a running novbe-engine.
#include "demoday.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("novbe-demo"));
    QString error;
    const std::optional<novbe::demo::DemoOptions> options = novbe::demo::parseDemoOptions(app,
                                                                                          &error);
    if (!options) {
        QTextStream(stderr) << "novbe-demo: " << error << '\n';
        return 2;
    }
    QTextStream out(stdout);
    return novbe::demo::runDemoDay(*options, out);
}
