#!/bin/sh
# Fails when any file under the pure core includes a Qt Network, Sql, Gui or
# Widgets header, or a platform I/O header. Usage: check-core-deps.sh DIR
dir=${1:-common/core}
bad=$(grep -rnE '#\s*include\s*[<"](QtNetwork|QtSql|QtGui|QtWidgets|QtSerialPort|QTcp|QUdp|QSql|QNetwork|QHostAddress|QLocalSocket|QWidget|QApplication|QGuiApplication|QPainter|QImage|QFile|QDir|QSaveFile|QSettings|QProcess|QSerialPort|sqlite3|sys/socket|fstream|cstdio|stdio)' "$dir")
if [ -n "$bad" ]; then
    echo "core dependency check FAILED: I/O or non-Core Qt headers in $dir:"
    echo "$bad"
    exit 1
fi
if grep -rnE 'Qt6::(Network|Sql|Gui|Widgets|SerialPort)' "$dir/CMakeLists.txt"; then
    echo "core dependency check FAILED: novbe_core links more than Qt6::Core"
    exit 1
fi
echo "core dependency check passed: $(ls "$dir" | wc -l) files, Qt Core only"
