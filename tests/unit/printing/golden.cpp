#include "golden.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace novbe::test {

QString goldenPath(const QString &name)
{
    return QStringLiteral(NOVBE_SOURCE_DIR "/tests/data/escpos/") + name;
}

bool updatingGolden()
{
    return qEnvironmentVariableIntValue("NOVBE_UPDATE_GOLDEN") == 1;
}

QByteArray goldenBytes(const QString &name, const QByteArray &actual)
{
    QFile file(goldenPath(name));
    if (updatingGolden()) {
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (file.open(QIODevice::WriteOnly))
            file.write(actual);
        file.close();
    }
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QImage goldenImage(const QString &name, const QImage &actual)
{
    if (updatingGolden())
        actual.save(goldenPath(name), "PNG");
    return QImage(goldenPath(name));
}

double differingShare(const QImage &a, const QImage &b)
{
    if (a.size() != b.size() || a.isNull())
        return 1.0;
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if ((qGray(a.pixel(x, y)) < 128) != (qGray(b.pixel(x, y)) < 128))
                ++differing;
    return double(differing) / (double(a.width()) * a.height());
}

} // namespace novbe::test
