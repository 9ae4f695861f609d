#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <catch2/catch.hpp>

namespace novbe::test {

// Contents of a file under the source tree, e.g. "tests/data/configs/valid-minimal.json".
inline QByteArray sourceFile(const QString &relativePath)
{
    QFile file(QStringLiteral(NOVBE_SOURCE_DIR "/") + relativePath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace novbe::test
