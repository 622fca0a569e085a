/* The drawing of the personal debrief (a Debrief, engine/debrief.h) and of
 * the group debrief (a Report, engine/report.h). It computes no statistic and
 * holds no words: the figures and sentences are the core's, the words words.c's. */
#ifndef TEASER_DEBRIEF_VIEW_H
#define TEASER_DEBRIEF_VIEW_H

#include <stdbool.h>

#include "debrief.h"
#include "report.h"
#include "view/ui.h"

/* progress 0..1 draws the curves in gently; kiosk: "next participant". */
void debrief_draw(const Debrief *d, Ui *ui, const char *lang, double progress, bool kiosk);

/* The group debrief for the projector: the group's mean curve with its spread
 * (one SD) against the customers', touchpoints ranked by gap, one touchpoint
 * at a time for discussion (focus), and the privacy floor: below it, only
 * "waiting for N more participants". */
void debrief_group_draw(const Report *r, Ui *ui, const char *lang, int focus);

#endif
