// novbe-dashboard: placeholder entry point until its issue lands.
#include <QApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream(stderr) << "novbe-dashboard is not built yet; see the issue list.\n";
    return 2;
}
