// novbe-pinhash: prints the encoded PBKDF2 hash of a PIN for a centre config's "pin" field.
#include "core/pinhash.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"novbe-pinhash"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Reads a PIN (argument or first line of stdin) and prints its "
        "pbkdf2-sha256$ITER$SALT_B64$HASH_B64 hash for an operator's \"pin\"."_s);
    parser.addHelpOption();
    const QCommandLineOption iterOption(u"iterations"_s, u"PBKDF2 iterations (default 20000)."_s,
                                        u"n"_s, QString::number(novbe::DEFAULT_PIN_ITERATIONS));
    const QCommandLineOption saltOption(u"salt"_s, u"Salt in base64 (default: 16 random bytes)."_s,
                                        u"base64"_s);
    const QCommandLineOption verifyOption(
        u"verify"_s, u"Check the PIN against HASH instead (exit 0 = match)."_s, u"hash"_s);
    parser.addOptions({iterOption, saltOption, verifyOption});
    parser.addPositionalArgument(u"pin"_s, u"The PIN; omit it to read from stdin."_s);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QString pin = parser.positionalArguments().value(0);
    if (parser.positionalArguments().isEmpty())
        pin = QTextStream(stdin).readLine();
    if (pin.isEmpty()) {
        err << "novbe-pinhash: empty PIN\n";
        return 2;
    }
    if (parser.isSet(verifyOption)) {
        const bool match = novbe::verifyPin(pin, parser.value(verifyOption));
        out << (match ? "match" : "no match") << '\n';
        return match ? 0 : 1;
    }
    bool ok = false;
    const int iterations = parser.value(iterOption).toInt(&ok);
    const QByteArray salt = parser.isSet(saltOption)
        ? QByteArray::fromBase64(parser.value(saltOption).toLatin1())
        : novbe::randomSalt(16);
    if (!ok || iterations < 1 || salt.isEmpty()) {
        err << "novbe-pinhash: need --iterations >= 1 and a non-empty --salt\n";
        return 2;
    }
    out << novbe::hashPin(pin, salt, iterations) << '\n';
    return 0;
}
