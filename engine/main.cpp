// novbe-engine: the program lives in novbe_server (engineMain).

#include "server/enginemain.h"

int main(int argc, char **argv)
{
    return novbe::engineMain(argc, argv);
}
