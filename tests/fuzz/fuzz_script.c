/* libFuzzer target: any bytes as a scripted-input file (--input). Must never
 * crash, hang or leak. */
#include <stddef.h>
#include <stdint.h>

#include "../../engine/script.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    DiagList dl;
    diag_init(&dl);
    Script s;
    if (script_parse((const char *)data, size, &s, &dl))
        script_free(&s);
    diag_free(&dl);
    return 0;
}
