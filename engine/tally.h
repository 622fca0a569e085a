/* The tally of what the friction steps measured: per step, over one session
 * (the personal debrief) or many (the report), counted from typed events
 * (events.h) as they come, so that the two can never count differently.
 * No SDL, no storage: callers feed it events. */
#ifndef TEASER_TALLY_H
#define TEASER_TALLY_H

#include <stdint.h>

#include "events.h"
#include "scenario.h"

/* One step's figures, summed over the sessions fed. */
typedef struct {
    int reached;      /* sessions that came to the step (once each, however often) */
    double wait_ms;   /* waits: time on hold, over every call, summed */
    int waits;        /* waits sat through to the end */
    int hangups;      /* times the caller hung up */
    int disconnects;  /* times the line was cut */
    int repeated;     /* hand-offs: details typed again and accepted */
    int rejected;     /* hand-offs: details typed again and not accepted */
    int answers;      /* letters: the question answered */
    int right;        /* letters: ... rightly */
    double answer_ms; /* letters: time to answer, summed */
    int forms;        /* forms: accepted */
    int attempts;     /* forms: attempts the accepted ones took, summed */
    int timeouts;     /* forms: emptied for lack of input */
} TallyStep;

typedef struct {
    const Scenario *s; /* whose steps are counted; events name steps by id */
    TallyStep *steps;  /* one per scenario step, in file order */
    int64_t *last;     /* per step: the last session seen entering it; -1: none yet */
} Tally;

/* False when memory runs out. */
bool tally_init(Tally *t, const Scenario *s);
void tally_free(Tally *t);
/* Forgets everything counted, for a new session (the player's kiosk mode). */
void tally_reset(Tally *t);
/* Counts one event of session at the step with that id (unknown steps are ignored). */
void tally_add(Tally *t, int64_t session, const char *step, const Event *e);

/* Events of one kind at one step counted elsewhere (a server, store.h): how
 * many, in how many sessions, their numbers summed, how many were right. */
typedef struct {
    int64_t events, sessions, ms, count, right;
} TallyCounts;
void tally_add_counts(Tally *t, const char *step, EventKind kind, const TallyCounts *c);

#endif
