/* The personal debrief at the end of a play: this employee's emotion curve
 * beside the customers' over the touchpoints (same -4..+4 scale), the largest
 * gaps in a sentence each, their worst moment and end against the customers',
 * and what the friction steps measured of them. Plain data and drawing through
 * ui.h; no SDL, no storage. */
#ifndef TEASER_DEBRIEF_H
#define TEASER_DEBRIEF_H

#include <stdbool.h>

#include "report.h"
#include "scenario.h"
#include "ui.h"

enum { DEBRIEF_MAX_TP = 16, DEBRIEF_LINES = 3 };

typedef struct {
    int n;
    const char *label[DEBRIEF_MAX_TP];
    double you[DEBRIEF_MAX_TP];       /* -4..+4; NaN where they gave no rating */
    double customers[DEBRIEF_MAX_TP]; /* -4..+4; NaN where there is no customer data */
    char gaps[DEBRIEF_LINES][200];    /* the largest gaps, one sentence each */
    int n_gaps;
    char moments[200];            /* worst moment and end, theirs and customers' */
    char did[DEBRIEF_LINES][200]; /* what the friction steps measured of them */
    int n_did;
} Debrief;

/* What the player tallied of this person's play. */
typedef struct {
    double wait_ms;
    int waits, repeated, answers, right, form_attempts, forms;
} DebriefBehaviour;

/* you[] and customers[] per scenario touchpoint, in journey order. */
void debrief_build(Debrief *d, const Scenario *s, const char *lang, const double *you,
                   const double *customers, const DebriefBehaviour *b);
/* progress 0..1 draws the curves in gently; kiosk: "next participant". */
void debrief_draw(const Debrief *d, Ui *ui, const char *lang, double progress, bool kiosk);

/* The group debrief for the projector: the group's mean curve with its spread
 * (one SD) against the customers', touchpoints ranked by gap, one touchpoint
 * at a time for discussion (focus), and the privacy floor: below it, only
 * "waiting for N more participants". */
void debrief_group_draw(const Report *r, Ui *ui, const char *lang, int focus);

#endif
