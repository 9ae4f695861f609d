#pragma once

// Roles and their names are part of the wire: defined once in protocol/wire.h.
#include "protocol/wire.h"
