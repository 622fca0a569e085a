/* A deliberate violation for tests/check_layers.sh: a header that looks
 * harmless and brings the view's theme (and with it ui.h). */
#include "view/theme.h"
