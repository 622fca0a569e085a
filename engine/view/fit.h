/* The screen-fit lint of `teaser check`: lays out every step's screen and
 * rating prompt, in every language the scenario has, on a measuring Ui at
 * 1280x720, at text scale 1.0 and 1.5 (--text-scale), and warns about
 * scenario texts that need more room than their place on screen. Kept apart from check.c because it needs the fonts. It
 * only adds warnings: it never opens a window. */
#ifndef TEASER_FIT_H
#define TEASER_FIT_H

#include "diag.h"
#include "scenario.h"
#include "ui.h"

/* measure: a measuring Ui (ui_create_measure) to reuse across scenarios, so
 * that fonts are opened once; NULL: one is made for this call. */
void fit_check(const Scenario *s, Ui *measure, DiagList *dl);
/* The same at one text scale only: what a play checks before it starts, at
 * the scale it starts with (a second scale would double the lint's time). */
void fit_check_at(const Scenario *s, Ui *measure, float scale, DiagList *dl);

#endif
