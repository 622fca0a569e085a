/* The personal debrief at the end of a play: this employee's emotion curve
 * beside the customers' over the touchpoints (same -4..+4 scale), and what
 * they predicted before playing when the scenario asked, the largest gaps in
 * a sentence each, where they were furthest off before playing and whether
 * playing brought them closer, their worst moment and end against the
 * customers', and what the friction steps measured of them (each letter said
 * as it went). Numbers as the language writes them (numfmt.h). Plain data;
 * drawn by engine/view/debrief_view.c. No SDL. */
#ifndef TEASER_DEBRIEF_H
#define TEASER_DEBRIEF_H

#include <stdbool.h>

#include "report.h"
#include "scenario.h"
#include "tally.h"

enum { DEBRIEF_MAX_TP = 16, DEBRIEF_LINES = 3 };

typedef struct {
    int n;                                /* touchpoints shown (at most DEBRIEF_MAX_TP) */
    const char *label[DEBRIEF_MAX_TP];    /* in the language played */
    double you[DEBRIEF_MAX_TP];       /* -4..+4; NaN where they gave no rating */
    double customers[DEBRIEF_MAX_TP]; /* -4..+4; NaN where there is no customer data */
    double predicted[DEBRIEF_MAX_TP]; /* -4..+4; NaN where they predicted nothing */
    bool has_predicted;               /* some prediction is set: the chart has three lines */
    char furthest[240]; /* where the prediction was furthest from customers; "": none */
    char closer[400];   /* at how many moments playing brought them closer; "": none */
    char gaps[DEBRIEF_LINES][200];    /* the largest gaps (0.5 or more), one sentence each */
    int n_gaps;                    /* how many of gaps are set */
    char moments[200];            /* worst moment and end, theirs and customers'; "": no data */
    char did[DEBRIEF_LINES][200]; /* what the friction steps measured of them */
    int n_did;                    /* how many of did are set */
} Debrief;

/* you[], customers[] and predicted[] (NULL: no predictions) per scenario
 * touchpoint, in journey order; did: the tally of this person's session. */
void debrief_build(Debrief *d, const Scenario *s, const char *lang, const double *you,
                   const double *customers, const double *predicted, const Tally *did);

/* The group debrief's sentence on one touchpoint (the group's mean and n, the
 * customers', the gap and its 95% interval, and when the group predicted, the
 * predicted mean and how far playing moved them), in lang. */
void debrief_group_line(const ReportTouchpoint *t, const char *lang, char *buf, size_t size);
#endif
