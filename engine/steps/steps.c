/* The table of step types of scenario format teaser/1. */
#include "steps.h"

#include <string.h>

static const StepType *const types[] = {
    &step_message, &step_wait, &step_handoff, &step_letter, &step_menu, &step_form, &step_rate,
};
static const char *const names[] = {
    "message", "wait", "handoff", "letter", "menu", "form", "rate",
};

const StepType *steps_find(const char *name)
{
    for (size_t i = 0; i < FIELD_COUNT(types); i++)
        if (!strcmp(types[i]->name, name))
            return types[i];
    return NULL;
}

const char *const *steps_names(size_t *n)
{
    *n = FIELD_COUNT(names);
    return names;
}
