/* The drawing of the player's own screens around the scenario: the start
 * screen (its state and input are engine/start_screen.h) and the end screen.
 * Drawing only: it changes no state. */
#ifndef TEASER_SCREENS_H
#define TEASER_SCREENS_H

#include <stdbool.h>

#include "start_screen.h"
#include "view/ui.h"

void start_screen_draw(const StartScreen *s, Ui *ui);

/* One small line under the start screen's card: that the play will be
 * silent (no audio device), in the language played. */
void start_screen_no_audio_draw(Ui *ui, const char *lang);

void end_screen_draw(Ui *ui, const char *lang, bool kiosk);

#endif
