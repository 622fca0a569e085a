/* The table of step types of scenario format teaser/1, and the helpers every
 * type uses to end, to log and to read its texts. */
#include "steps.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const StepType *const types[STEP_KIND_COUNT] = {
    [STEP_MESSAGE] = &step_message, [STEP_WAIT] = &step_wait, [STEP_HANDOFF] = &step_handoff,
    [STEP_LETTER] = &step_letter,   [STEP_MENU] = &step_menu, [STEP_FORM] = &step_form,
    [STEP_RATE] = &step_rate,
};

const StepTypes steps_teaser1 = {types, STEP_KIND_COUNT};

void step_end(StepRun *run, int target, const char *how)
{
    run->done = true;
    run->sound = NULL;
    run->next = target;
    run->wake_ms = -1;
    run->wants_text = false;
    step_log(run, step_event(EVENT_LEAVE, 0, 0, -1), "%s", how);
}

Event step_event(EventKind kind, int64_t ms, int count, int right)
{
    return (Event){kind, ms, count, right};
}

void step_log(StepRun *run, Event ev, const char *fmt, ...)
{
    char text[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    if (run->log)
        run->log(run->log_ctx, run->step->id, run->now_ms, &ev, text);
}

const char *step_text(const StepRun *run, const Text *t)
{
    const char *s = text_get(t, run->lang, run->scenario->language);
    return s ? s : "";
}

void step_scroll(StepRun *run, float by)
{
    run->scroll += by;
    if (run->layout.scroll_max >= 0 && run->scroll > run->layout.scroll_max)
        run->scroll = run->layout.scroll_max;
    if (run->scroll < 0)
        run->scroll = 0;
}

StepWay step_way(int to, const char *how, long min_ms, long max_ms)
{
    StepWay w = {to, "", min_ms, max_ms};
    snprintf(w.how, sizeof w.how, "%s", how);
    return w;
}
