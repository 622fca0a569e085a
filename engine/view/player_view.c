/* The player's screens, by phase. Everything is read from the player's
 * accessors; the only thing handed back is the step's layout. */
#include "player_view.h"

#include "debrief_view.h"
#include "rating_view.h"
#include "screens.h"
#include "steps/step_views.h"

void player_view_draw(Player *p, Ui *ui)
{
    switch (player_phase(p)) {
    case PHASE_START:
        start_screen_draw(player_start_screen(p), ui);
        break;
    case PHASE_STEP: {
        const StepRun *run = player_step_run(p);
        StepLayout layout = run->layout;
        step_view(run->step->type->kind)->draw(run, ui, &layout);
        player_set_layout(p, &layout);
        break;
    }
    case PHASE_RATING: {
        const char *question, *context;
        RatingPrediction pr;
        player_rating_texts(p, &question, &context);
        if (player_prediction(p, &pr.k, &pr.n, &pr.label, &pr.about))
            rating_draw_prediction(player_rating(p), ui, question, &pr);
        else
            rating_draw(player_rating(p), ui, question, player_scenario(p)->persona.name, context);
        break;
    }
    default:
        debrief_draw(player_debrief(p), ui, player_lang(p), player_debrief_progress(p),
                     player_kiosk(p));
    }
}
