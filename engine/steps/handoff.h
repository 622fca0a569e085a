/* handoff: the call moves to another department, which asks again for what was
 * given. Its data and play state, which its view (engine/view/steps/handoff.c)
 * reads and never changes. */
#ifndef TEASER_STEPS_HANDOFF_H
#define TEASER_STEPS_HANDOFF_H

#include "steps.h"

typedef struct {
    Pos pos;            /* where the item is written, for messages */
    Text label;         /* what is asked ("postcode"); with detail: not given */
    const char *expect; /* compared as a clerk would (edit_same); NULL: any but "" is taken */
    Ref detail;         /* a persona detail: its label and value; index REF_NONE: none */
} AskItem;

typedef struct {
    Text from, to; /* the departments, left and reached */
    Text greeting; /* what the new department says first; optional */
    Text wrong;    /* what it says to a wrong answer; not given: the words' default */
    long wait;     /* ms on the line between the two departments (1 s or more); 0: none */
    Asset music;   /* heard during that wait; not given or "none": silence */
    AskItem *ask;  /* what the caller must give again, in order; at most 10 */
    int n_ask;
    Text *lost; /* what the new department cannot see, one line each; at most 10 */
    int n_lost;
    StepVoice voice; /* who says the agent's lines (on by default) */
} HandoffStep;

typedef struct {
    bool transferring; /* still on the line between the departments */
    int asked;         /* ask items given so far: the current one is ask[asked] */
    int wrong;         /* wrong answers to the current item */
    char typed[128];   /* the answer being typed to the current item (UTF-8) */
    char line[512];    /* what the agent says now */
} HandoffState;

/* What the agent says after a wrong answer, in the language played: the
 * scenario's "wrong" line, or the default ("I can't find that number, ..."). */
const char *handoff_wrong_line(const StepRun *run);

/* The label of an ask item in the language played: its own, or its persona detail's. */
const char *handoff_ask_label(const StepRun *run, const AskItem *a);

#endif
