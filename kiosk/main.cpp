// novbe-kiosk: the touchscreen ticket kiosk (see docs/kiosk.md).
#include "kioskmain.h"

int main(int argc, char **argv)
{
    return novbe::runKiosk(argc, argv);
}
