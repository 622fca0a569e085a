/* libFuzzer target: any bytes as a customer CSV, read against the shipped
 * scenario's touchpoints. Must never crash, hang or leak. The reader takes a
 * path (it streams files), so each input is written to a file first. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../../engine/customers.h"
#include "../../engine/paths.h"
#include "../../engine/steps/steps.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static Scenario *scenario;
static char path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    DiagList dl;
    diag_init(&dl);
    if (scenario_load("scenarios/energy-move.yaml", paths_data_dir(), &steps_teaser1, &scenario, &dl) !=
        SCENARIO_OK)
        abort(); /* run from the top of the source tree */
    diag_free(&dl);
    snprintf(path, sizeof path, "/tmp/teaser-fuzz-%d.csv", (int)getpid());
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
        abort();
    DiagList dl;
    diag_init(&dl);
    CustomerData cd;
    customers_load(path, scenario, &cd, &dl);
    customers_free(&cd);
    diag_free(&dl);
    return 0;
}
