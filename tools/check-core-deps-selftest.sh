#!/bin/sh
# Proves that check-core-deps.sh fails on every way of writing a forbidden
# include or link, and passes a clean core. Usage: check-core-deps-selftest.sh
set -u
check="$(dirname "$0")/check-core-deps.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# expect CODE FILE-CONTENT [CMAKE-CONTENT]
expect() {
    rm -rf "$tmp/core" && mkdir "$tmp/core"
    printf '%s\n' "$2" >"$tmp/core/sample.cpp"
    printf '%s\n' "${3:-target_link_libraries(novbe_core PUBLIC Qt6::Core)}" >"$tmp/core/CMakeLists.txt"
    sh "$check" "$tmp/core" >/dev/null 2>&1
    code=$?
    if [ "$code" -ne "$1" ]; then
        echo "FAILED: expected exit $1, got $code for: $2 ${3:-}"
        failures=$((failures + 1))
    fi
}

for include in \
    '#include <QFile>' '#include<QFile>' '#  include   <QFile>' '#include "QFile"' \
    '#include <qfile.h>' '#include <QtCore/QFile>' '#include <QtCore/qfile.h>' \
    '#include <QFileInfo>' '#include <QDir>' '#include <QSaveFile>' '#include <QSettings>' \
    '#include <QProcess>' '#include <QTcpSocket>' '#include <qtcpsocket.h>' \
    '#include <QtNetwork/QTcpSocket>' '#include <QtNetwork/qtcpsocket.h>' '#include <QtNetwork>' \
    '#include <QHostAddress>' '#include <QtSql/QSqlQuery>' '#include "QtSql/qsqlquery.h"' \
    '#include <QtGui/QImage>' '#include <QtGui>' '#include <QtWidgets/QWidget>' \
    '#include <QApplication>' '#include <QtSerialPort/QSerialPort>' \
    '#include <sqlite3.h>' '#include <sys/socket.h>' '#include <fstream>' '#include <cstdio>' \
    '#include <stdio.h>'; do
    expect 1 "$include"
done
for link in 'Qt6::Network' 'Qt::Network' 'Qt${QT_VERSION_MAJOR}::Sql' 'Qt6::Widgets' 'Qt::Gui'; do
    expect 1 '#include <QString>' "target_link_libraries(novbe_core PUBLIC Qt6::Core $link)"
done
expect 0 '#include <QString>
#include <QtCore/QDateTime>
#include <qjsonobject.h>
#include "queueengine.h"
#include <optional>'

if [ "$failures" -gt 0 ]; then
    echo "core dependency check self-test FAILED: $failures cases"
    exit 1
fi
echo "core dependency check self-test passed"
