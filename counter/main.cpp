// novbe-counter: the operator's desk, or (--rating-pad) the citizen's rating screen.
#include "counterapp.h"

int main(int argc, char **argv)
{
    return novbe::runCounterApp(argc, argv);
}
