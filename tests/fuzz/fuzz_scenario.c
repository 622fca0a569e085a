/* libFuzzer target: any bytes as a scenario file, through the loader and the
 * checker's lints (not the screen-fit lint, which needs fonts and is the same
 * code the player draws with). Must never crash, hang or leak. */
#include <stddef.h>
#include <stdint.h>

#include "../../engine/check.h"
#include "../../engine/paths.h"
#include "../../engine/scenario.h"
#include "../../engine/steps/steps.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    DiagList dl;
    diag_init(&dl);
    Scenario *s = NULL;
    /* the path places the scenario in the source tree: named files resolve there */
    scenario_parse("tests/fuzz/scenario.yaml", (const char *)data, size, paths_data_dir(), &steps_teaser1, &s, &dl);
    if (s)
        check_scenario(s, paths_data_dir(), &dl);
    scenario_free(s);
    diag_free(&dl);
    return 0;
}
