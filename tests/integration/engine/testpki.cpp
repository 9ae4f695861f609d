#include "testpki.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace novbe::test {

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

} // namespace

TestPki::TestPki()
{
    REQUIRE(m_dir.isValid());
}

void TestPki::openssl(const QStringList &arguments)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"openssl"_s, arguments);
    REQUIRE(p.waitForFinished(30000));
    INFO("openssl " << arguments.join(u' ').toStdString() << ": " << p.readAll().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
}

void TestPki::makeCa(const QString &name)
{
    openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
             u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-keyout"_s, key(name), u"-out"_s,
             crt(name), u"-days"_s, u"3650"_s, u"-subj"_s, u"/CN=" + name + u" Centre CA",
             u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
             u"keyUsage=critical,keyCertSign,cRLSign"_s});
}

void TestPki::makeRequest(const QString &name, const QString &san)
{
    openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
             u"-nodes"_s, u"-keyout"_s, key(name), u"-out"_s, m_dir.filePath(name + u".csr"),
             u"-subj"_s, u"/CN=novbe-engine"_s});
    QFile::setPermissions(key(name), QFile::ReadOwner | QFile::WriteOwner);
    writeText(m_dir.filePath(name + u".ext"),
              "subjectAltName=" + san.toUtf8()
                  + "\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\n"
                    "extendedKeyUsage=serverAuth\n");
}

void TestPki::makeCert(const QString &ca, const QString &name, const QString &san)
{
    makeRequest(name, san);
    openssl({u"x509"_s, u"-req"_s, u"-in"_s, m_dir.filePath(name + u".csr"), u"-CA"_s, crt(ca),
             u"-CAkey"_s, key(ca), u"-CAcreateserial"_s, u"-out"_s, crt(name), u"-days"_s, u"365"_s,
             u"-extfile"_s, m_dir.filePath(name + u".ext")});
}

void TestPki::makeCert2020(const QString &ca, const QString &name, const QString &san)
{
    makeRequest(name, san);
    // `openssl ca` sets both ends of the validity; it keeps a database.
    writeText(m_dir.filePath(u"ca.cnf"_s),
              "[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\nnew_certs_dir = .\n"
              "serial = serial\ndefault_md = sha256\npolicy = p\n[p]\ncommonName = supplied\n");
    writeText(m_dir.filePath(u"index.txt"_s), {});
    writeText(m_dir.filePath(u"serial"_s), "1000\n");
    openssl({u"ca"_s, u"-batch"_s, u"-config"_s, u"ca.cnf"_s, u"-cert"_s, crt(ca), u"-keyfile"_s,
             key(ca), u"-in"_s, m_dir.filePath(name + u".csr"), u"-out"_s, crt(name),
             u"-startdate"_s, u"20200101000000Z"_s, u"-enddate"_s, u"20201231000000Z"_s,
             u"-extfile"_s, m_dir.filePath(name + u".ext"), u"-notext"_s});
}

} // namespace novbe::test
