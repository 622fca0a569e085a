/* wait: on hold on the phone, with a queue, announcements and hold music. Its
 * data and play state, which its view (engine/view/steps/wait.c) reads and
 * never changes. */
#ifndef TEASER_STEPS_WAIT_H
#define TEASER_STEPS_WAIT_H

#include "steps.h"

/* How long an announcement stays on screen, and the cut-off message. */
/* How long an announcement shows, the cut-off message shows, and calling
 * again after a hang-up takes (dialling and ringing, on the scenario's clock). */
enum { WAIT_ANNOUNCE_MS = 9000, WAIT_CUT_MS = 5000, WAIT_REDIAL_MS = 3000 };

typedef struct {
    long at; /* ms into the call when the position changes: rising, within the duration */
    int to;  /* the new position, 1 = next in line (up to 9999) */
    Pos pos; /* where the change is written, for messages */
} QueueChange;

typedef struct {
    int start;            /* the position when a call begins (1 to 9999); 0: no queue shown */
    QueueChange *changes; /* in time order; at most 100 */
    int n_changes;
} Queue;

typedef struct {
    long every; /* ms between announcements (5 s or more); 0: none */
    Text text;  /* what the recorded voice says */
} Announce;

typedef struct {
    bool allowed; /* the caller may hang up */
    Text label;   /* under the hang-up button; not given: "Hang up" */
    Ref go;       /* not given: a new call, from the queue's start position */
} Hangup;

/* The line is cut once, in the first call of the first visit to the step:
 * calling again (no goto) starts the wait over, and that call holds until the
 * end. A later visit (a loop back) is never cut. */
typedef struct {
    long at;   /* ms into the first call when the line is cut; 0: never */
    Text text; /* shown while the line is dead; not given: "..." */
    Ref go;    /* not given: the caller calls again and the wait starts over */
} Disconnect;

typedef struct {
    long duration;         /* ms of one call until the wait is over (1 s or more) */
    Text calling;          /* who is called; not given: the scenario's title */
    Queue queue;           /* the position in line and how it moves */
    Announce announce;     /* the recurring announcement */
    Asset music;           /* looped on hold; not given: "builtin:hold"; "none": silence */
    Hangup hangup;         /* whether and where the caller can hang up */
    Disconnect disconnect; /* when the line is cut (at 0: never) */
    StepVoice voice;       /* who says the announcements (on by default) */
} WaitStep;

typedef struct {
    int64_t first_ms; /* when the first call began: the customer waits from here */
    int64_t call_ms;  /* when the current call began (hanging up starts a new one) */
    int64_t cut_ms;   /* when the line was cut, while its message shows; 0: not cut */
    int64_t redial_ms; /* when the caller hung up, while calling again; 0: not */
    int calls;        /* calls made in this visit, the current one included */
    int position;     /* the queue position shown now */
    int announced;    /* announcements said in the current call */
} WaitState;

/* Milliseconds into the current call. */
int64_t wait_elapsed(const StepRun *run);

#endif
