/* Every route through a scenario, for `teaser check --paths`: each way from
 * the first step to the end that passes no step twice, with the ways it takes
 * out of each step, how long it plays, the touchpoints it rates and the loops
 * a player can take on it (each at most once round). The search is bounded:
 * a scenario whose branches multiply lists the first ROUTES_MAX_LISTED routes
 * and says there are more. Plain data and arithmetic: never prints. */
#ifndef TEASER_ROUTES_H
#define TEASER_ROUTES_H

#include <stdbool.h>

#include "diag.h"
#include "scenario.h"
#include "step_type.h"

enum {
    ROUTES_MAX_LISTED = 200,   /* routes kept with their details */
    ROUTES_MAX_WORK = 2000000, /* ways followed before the search stops counting */
};

typedef struct {
    int step;    /* index into the scenario's steps */
    StepWay way; /* how the route leaves it (way.to: the next leg's step, or REF_END) */
    bool choice; /* the step has other ways out: the route chose this one */
} RouteLeg;

/* A loop the route can take: a way out of one of its steps that comes back
 * to that step or an earlier one of the route, straight or through steps off
 * the route (a detour). */
typedef struct {
    int at;        /* the leg it leaves from (index into legs) */
    StepWay way;   /* the way out of that leg's step */
    int back_to;   /* the step of the route it comes back to */
    int via;       /* the first step of the detour; -1: straight back */
    long round_ms; /* one round at a newcomer's pace, the steps taken again included */
} RouteLoop;

typedef struct {
    RouteLeg *legs; /* in order, from the first step; the last leaves to the end */
    int n_legs;
    RouteLoop *loops; /* in the order of their legs */
    int n_loops;
    int *rates; /* touchpoints rated, in the order first rated, each once */
    int n_rates;
    int *skips; /* touchpoints the customer data covers that the scenario rates elsewhere */
    int n_skips;
    /* the scenario's clock alone, every loop left out: reading, typing and
     * rating at once (what a headless play with untimed input takes) */
    long shortest_ms;
    long newcomer_ms; /* at a newcomer's pace (playtime.h), every loop left out */
    long longest_ms;  /* at a newcomer's pace, every loop taken once round */
    int far;          /* -1 far shorter than the median route, 1 far longer, 0 neither */
} Route;

typedef struct {
    Route *list; /* the first routes found, at most ROUTES_MAX_LISTED, depth first */
    int n;
    long found;     /* every route found, listed or not */
    bool more;      /* the search stopped at ROUTES_MAX_WORK: there are more than found */
    long median_ms; /* of the listed routes' newcomer_ms */
} Routes;

/* Explores s (loaded without errors). covered: per touchpoint, whether the
 * customer data has figures for it; NULL when there is no customer data.
 * False when out of memory (out is then empty). */
bool routes_explore(const Scenario *s, const bool *covered, Routes *out);
void routes_free(Routes *r);

/* The warnings of the routes: a route that skips a touchpoint the customer
 * data covers, a route far shorter or longer than the median (docs/authoring.md). */
void routes_check(const Scenario *s, const Routes *r, DiagList *dl);

/* "route 3 of 7 (ivr: option 2; hold: hang up)": its number among all found
 * and the ways it takes where there is a choice ("the only route" when none). */
void routes_name(const Scenario *s, const Routes *all, int k, char *buf, size_t size);
/* A time range for people: "14–19 min", or "about 3 min" when both round
 * alike; the low end rounded down, the high end up. */
void routes_minutes(long lo_ms, long hi_ms, char *buf, size_t size);

#endif
