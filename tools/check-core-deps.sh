#!/bin/sh
# Fails when any file under the pure core includes a Qt module other than
# Core, a Qt I/O class or a platform I/O header, however the include is
# written: <QFile>, <qfile.h>, <QtCore/QFile>, <QtCore/qfile.h>,
# <QtNetwork/QTcpSocket>, <QtNetwork>, "QtSql/QSqlQuery", # include <...>;
# or when its CMakeLists.txt links more than Qt Core (Qt6::X, Qt::X, Qt${V}::X).
# Usage: check-core-deps.sh DIR   (self-test: check-core-deps-selftest.sh)
dir=${1:-common/core}
bad=$(grep -rnE '^[[:space:]]*#[[:space:]]*include' "$dir" | awk '
BEGIN {
    split("qtnetwork qtsql qtgui qtwidgets qtserialport qtopengl qtprintsupport qtmultimedia", m, " ")
    for (i in m) modules[m[i]] = 1
    # Class-name prefixes: QFile also bans QFileInfo, QTcp bans QTcpSocket and QTcpServer.
    nprefix = split("qtcp qudp qsql qnetwork qhostaddress qlocalsocket qlocalserver qwidget " \
                    "qapplication qguiapplication qpainter qimage qfile qdir qsavefile " \
                    "qsettings qprocess qserialport", prefixes, " ")
    nplatform = split("sqlite3 sys/socket fstream cstdio stdio", platform, " ")
}
function banned(target,    parts, n, base, i) {
    n = split(target, parts, "/")
    base = parts[n]
    sub(/\.h$/, "", base)
    if ((n > 1 && parts[1] in modules) || base in modules)
        return 1
    for (i = 1; i <= nprefix; i++)
        if (index(base, prefixes[i]) == 1 && (n == 1 || parts[1] ~ /^qt/))
            return 1
    for (i = 1; i <= nplatform; i++)
        if (index(target, platform[i]) == 1)
            return 1
    return 0
}
match($0, /[<"][^>"]+[>"]/) && banned(tolower(substr($0, RSTART + 1, RLENGTH - 2))) { print }
')
if [ -n "$bad" ]; then
    echo "core dependency check FAILED: I/O or non-Core Qt headers in $dir:"
    echo "$bad"
    exit 1
fi
if grep -nE 'Qt[0-9A-Za-z_${}]*::(Network|Sql|Gui|Widgets|SerialPort)' "$dir/CMakeLists.txt"; then
    echo "core dependency check FAILED: novbe_core links more than Qt Core"
    exit 1
fi
echo "core dependency check passed: $(ls "$dir" | wc -l) files, Qt Core only"
