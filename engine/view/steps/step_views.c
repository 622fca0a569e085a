/* The table of step views, in StepKind order. */
#include "step_views.h"

static const StepView *const views[STEP_KIND_COUNT] = {
    [STEP_MESSAGE] = &view_message, [STEP_WAIT] = &view_wait, [STEP_HANDOFF] = &view_handoff,
    [STEP_LETTER] = &view_letter,   [STEP_MENU] = &view_menu, [STEP_FORM] = &view_form,
    [STEP_RATE] = &view_rate,
};

const StepView *step_view(StepKind kind)
{
    return views[kind];
}
