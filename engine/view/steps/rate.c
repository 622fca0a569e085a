/* The drawing of a rate step: the room's colour; the prompt follows at once. */
#include "step_views.h"

#include "view/theme.h"

static void draw(const StepRun *run, Ui *ui, StepLayout *layout)
{
    (void)run, (void)layout;
    ui_clear(ui, COLOR_BG);
}

const StepView view_rate = {.draw = draw};
