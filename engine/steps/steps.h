/* The step types of format teaser/1 and what they share. Each file in
 * engine/steps/ fills one StepType (step_type.h) with its format and its
 * behaviour, and is listed in steps.c; its drawing is in engine/view/steps/.
 * Adding a type touches its own file, its header (the data its view reads),
 * steps.c, its view, its tests and docs/scenario-format.md. A step never
 * draws and never reads a clock: no SDL here. */
#ifndef TEASER_STEPS_H
#define TEASER_STEPS_H

#include <stdbool.h>

#include "step_type.h"

/* Every type of format teaser/1, in StepKind order: hand it to scenario_load. */
extern const StepTypes steps_teaser1;

/* Ends the step, going to target (a step index or REF_END), logging how. */
void step_end(StepRun *run, int target, const char *how);
/* Logs an event of this step at the current time, with a readable sentence. */
void step_log(StepRun *run, Event ev, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* An event of kind with its numbers (right: -1 when the kind has none). */
Event step_event(EventKind kind, int64_t ms, int count, int right);
/* The text in the language played, else as text_get falls back; "" when not given. */
const char *step_text(const StepRun *run, const Text *t);
/* One way out of a step (StepWay), its how cut to fit. */
StepWay step_way(int to, const char *how, long min_ms, long max_ms);
/* Moves the screen's content by `by` canvas units, within what the view laid out. */
void step_scroll(StepRun *run, float by);

extern const StepType step_message, step_wait, step_handoff, step_letter, step_menu, step_form,
    step_rate;

#endif
