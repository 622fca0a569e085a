/* The table of step types of scenario format teaser/1. */
#include "steps.h"

#include <stdarg.h>
#include <stdio.h>
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

void step_end(StepRun *run, int target, const char *how)
{
    run->done = true;
    run->sound = NULL;
    run->next = target;
    run->wake_ms = -1;
    run->wants_text = false;
    step_log(run, "leave", "%s", how);
}

void step_log(StepRun *run, const char *kind, const char *fmt, ...)
{
    char detail[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    if (run->log)
        run->log(run->log_ctx, run->step->id, run->now_ms, kind, detail);
}

const char *step_text(const StepRun *run, const Text *t)
{
    const char *s = text_get(t, run->lang, run->scenario->language);
    return s ? s : "";
}
