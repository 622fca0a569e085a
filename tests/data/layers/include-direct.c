/* A deliberate violation for tests/check_layers.sh: a core file that
 * includes the drawing layer directly. Never built into teaser. */
#include "scenario.h"
#include "view/ui.h"
