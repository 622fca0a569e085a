/* The drawing of whatever the player has on view: the start screen, a step
 * (through the step views), the rating prompt, the personal debrief. It
 * reads the player through its accessors and never drives it: the one thing
 * it hands back is the step's layout. */
#ifndef TEASER_PLAYER_VIEW_H
#define TEASER_PLAYER_VIEW_H

#include "player.h"
#include "view/ui.h"

/* Draws the screen on view. The player is not const only to be told what
 * the step's layout found (player_set_layout). */
void player_view_draw(Player *p, Ui *ui);

#endif
