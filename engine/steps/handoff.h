/* handoff: the call moves to another department, which asks again for what was
 * given. Its data and play state, which its view (engine/view/steps/handoff.c) reads. */
#ifndef TEASER_STEPS_HANDOFF_H
#define TEASER_STEPS_HANDOFF_H

#include "steps.h"

typedef struct {
    Pos pos;            /* where the item is written, for messages */
    Text label;         /* what is asked ("postcode"); with detail: not given */
    const char *expect; /* NULL: any answer is taken */
    Ref detail;         /* a persona detail: its label and value */
} AskItem;

typedef struct {
    Text from, to; /* the departments, left and reached */
    Text greeting; /* what the new department says first; optional */
    long wait;     /* time on the line between the two departments */
    Asset music;   /* heard during that wait */
    AskItem *ask;  /* what the caller must give again, in order */
    int n_ask;
    Text *lost; /* what the new department cannot see, one line each */
    int n_lost;
} HandoffStep;

typedef struct {
    bool transferring; /* still on the line between the departments */
    int asked;         /* ask items given so far */
    int wrong;         /* wrong answers to the current item */
    char typed[128];   /* the answer being typed to the current item */
} HandoffState;

/* The label of an ask item in the language played: its own, or its persona detail's. */
const char *handoff_ask_label(const StepRun *run, const AskItem *a);

#endif
