#pragma once

// A centre PKI made for a test with the openssl command line (the commands of
// docs/security.md) in a temporary directory: CAs and engine certificates
// with chosen subjectAltNames and validity. Catch REQUIREs inside.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace novbe::test {

class TestPki
{
public:
    TestPki();

    // A CA "<name>.crt" + "<name>.key".
    void makeCa(const QString &name);
    // An engine certificate "<name>.crt" + "<name>.key" signed by CA `ca`,
    // `san` e.g. "DNS:localhost,IP:127.0.0.1", valid from yesterday for a year.
    void makeCert(const QString &ca, const QString &name, const QString &san);
    // The same, valid in the year 2020 only (expired now).
    void makeCert2020(const QString &ca, const QString &name, const QString &san);

    QString crt(const QString &name) const { return m_dir.filePath(name + u".crt"); }
    QString key(const QString &name) const { return m_dir.filePath(name + u".key"); }
    QString dir() const { return m_dir.path(); }

private:
    void openssl(const QStringList &arguments);
    void makeRequest(const QString &name, const QString &san);

    QTemporaryDir m_dir;
};

} // namespace novbe::test
