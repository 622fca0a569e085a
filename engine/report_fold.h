/* A report's reading of the store (private to report.c and report_fold.c):
 * the group's frequency table per touchpoint (one value a session: the mean
 * of its ratings there), the same per site, the same of its predictions, a
 * table of (predicted, felt) pairs of the sessions that have both (values
 * are few, so pairs stay few however many sessions), the census of who took part in
 * what for the privacy floor (everyone of the scenario, not only the group),
 * the tally of what the group did at each step, and the group's dates. From
 * rows read one by one (a file), or from the counts a store makes itself
 * (store_summarise: a server); either way the tables end in one order, so
 * that every sum and bootstrap draw over them is the same. No SDL. */
#ifndef TEASER_REPORT_FOLD_H
#define TEASER_REPORT_FOLD_H

#include <stdbool.h>
#include <stdint.h>

#include "names.h"
#include "privacy.h"
#include "scenario.h"
#include "stats.h"
#include "store.h"
#include "tally.h"

typedef struct {
    StatsFreq *f;
    int n, cap;
    double *drawn; /* its bootstrap resamples, drawn ahead; NULL: drawn with the interval */
} Table;

/* How many sessions had this (predicted, felt) pair at a touchpoint. */
typedef struct {
    double predicted, felt, count;
} FoldPair;

typedef struct {
    FoldPair *f;
    int n, cap;
} PairTable;

/* The census's layers: 0 taking part; then felt touchpoint t, left step i,
 * predicted touchpoint t, and both predicted and felt touchpoint t in one
 * session (the sessions shift rests on). */
static inline int fold_layer_felt(int t)
{
    return 1 + t;
}
static inline int fold_layer_step(const Scenario *s, int i)
{
    return 1 + s->n_touchpoints + i;
}
static inline int fold_layer_predicted(const Scenario *s, int t)
{
    return 1 + s->n_touchpoints + s->n_steps + t;
}
static inline int fold_layer_paired(const Scenario *s, int t)
{
    return 1 + 2 * s->n_touchpoints + s->n_steps + t;
}

typedef struct {
    const Scenario *s;
    const StoreFilter *filter; /* the group asked for */
    Table *employees;          /* per touchpoint, the group's */
    Table *predicted;          /* per touchpoint, the group's predictions */
    PairTable *pairs;          /* per touchpoint, the group's (predicted, felt) pairs */
    double *sum, *psum; /* the current session's ratings per touchpoint, felt and predicted */
    int *count, *pcount;
    bool scripted;                   /* ... was played from a script (a rating's input device) */
    int sessions, scripted_sessions; /* the group's sessions with ratings; of them scripted */
    int64_t session;                 /* the session being summed; -1 before the first */
    bool in_group;                   /* ... is of the group asked for */
    Privacy *privacy;                /* the census, in the layers above */
    PrivacyMember member;            /* the current session's participant there */
    char first[11], last[11];        /* the group's first and last session's date, YYYY-MM-DD */
    Names sites;                     /* the group's sites, in the order met */
    Table *by_site;                  /* per site, per touchpoint, the group's there */
    Table *at_site; /* the current session's site's; NULL: none given, or not of the group */
    Tally tally;    /* what the group did at each step */
    bool counted;   /* the store counted (store_summarise): no rows to read */
    bool failed;    /* memory ran out: the fold is no good */
} Fold;

/* An empty fold of s for the group filter asks for (filter->scenario set;
 * it must live as long as the fold); false when memory runs out. */
bool fold_init(Fold *fold, const Scenario *s, const StoreFilter *filter);
/* The scenario's sessions into the fold: counted by the store when it can,
 * else read rating by rating (then fold_events reads the events). */
StoreStatus fold_store(Fold *fold, Store *store);
/* The events, read one by one, when the store did not count them. */
StoreStatus fold_events(Fold *fold, Store *store);
void fold_free(Fold *fold);

#endif
