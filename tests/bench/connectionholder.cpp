#include "connectionholder.h"

#include "benchcentre.h"
#include "greeter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace novbe::bench {

namespace {

// The bench centre's display i (1-based), as writeBenchCentre() generates it.
QList<Greeting> displays(int count)
{
    QList<Greeting> out;
    for (int i = 1; i <= count; ++i) {
        const QString id = u"bench-display-%1"_s.arg(i, 4, 10, QChar(u'0'));
        out.append(Greeting{Device{id, id + u"-token"_s}, {}});
    }
    return out;
}

bool announce(const QString &readyFile, int count)
{
    QSaveFile file(readyFile);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QByteArray::number(count) + '\n');
    return file.commit();
}

} // namespace

int runConnectionHolder(int count, quint16 port, const QString &readyFile)
{
    QObject owner;
    std::vector<BenchClient *> clients;
    const GreetResult greeted = greetAll(displays(count), port, &owner, clients, 300000);
    if (!greeted.complete()) {
        std::fprintf(stderr, "novbe-bench holder: %s\n", qPrintable(greeted.firstError));
        return 4;
    }
    if (!announce(readyFile, count))
        return 4;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &input, [&input] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    QCoreApplication::exec();
    int open = 0;
    for (const BenchClient *c : clients)
        open += c->isConnected() ? 1 : 0;
    std::fprintf(stderr, "novbe-bench holder: %d of %d connections open at the end\n", open, count);
    return open == count ? 0 : 3;
}

} // namespace novbe::bench
