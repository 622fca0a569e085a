/* Step types as a table: each file in engine/steps/ fills one StepType with its
 * fields and behaviour and is listed in steps.c. Adding a type touches its own
 * file, steps.c, its tests and docs/scenario-format.md, nothing else. */
#ifndef TEASER_STEPS_H
#define TEASER_STEPS_H

#include <stdbool.h>
#include <stddef.h>

#include "../scenario.h"
#include "../schema.h"

struct StepType {
    const char *name;
    size_t data_size;
    const Field *fields; /* the type's own keys, beside id, type, touchpoint, rate, next */
    size_t n_fields;
    /* Defaults, before the step's keys are read. Optional. */
    void (*init)(void *data);
    /* Rules across fields, once they are read (an answer within the options). Optional. */
    bool (*validate)(Parse *p, Step *step, const YNode *map);
    /* Can the step end by going on to `next`? NULL: always. */
    bool (*continues)(const Step *step);
};

extern const StepType step_message, step_wait, step_handoff, step_letter, step_menu, step_form,
    step_rate;

const StepType *steps_find(const char *name);
/* The names of all types, for messages; n receives their number. */
const char *const *steps_names(size_t *n);

#endif
