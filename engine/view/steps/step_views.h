/* The drawing of each step type, the view's half of a step type: a table
 * indexed by StepKind, beside the core's table of formats and behaviours
 * (engine/steps/steps.c). A view reads the step's data and play state
 * through the type's header (engine/steps/TYPE.h) and changes nothing of
 * it; what only layout can know (how far a letter scrolls) it reports in
 * *layout, which the player keeps with the step. */
#ifndef TEASER_STEP_VIEWS_H
#define TEASER_STEP_VIEWS_H

#include "step_type.h"
#include "view/ui.h"

typedef struct {
    /* Draws the step's screen as run is now. layout comes in as the player
     * keeps it and may be updated. */
    void (*draw)(const StepRun *run, Ui *ui, StepLayout *layout);
} StepView;

/* The view of a step type. */
const StepView *step_view(StepKind kind);

extern const StepView view_message, view_wait, view_handoff, view_letter, view_menu, view_form,
    view_rate;

#endif
