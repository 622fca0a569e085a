/* A deliberate violation for tests/check_layers.sh: a core file that
 * includes the view through another header. Never built into teaser. */
#include "include-through.h"
#include "scenario.h"
