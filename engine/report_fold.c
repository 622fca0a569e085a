/* Folding the store's sessions for a report (report_fold.h): the ratings
 * into tables and the census, the events into the tally and the census;
 * from rows one by one, or from a store's own counts. A session's felt and
 * predicted ratings never mix: each kind has its tables, and the pairs of
 * the two are counted per session. */
#include "report_fold.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scale.h"

bool fold_init(Fold *fold, const Scenario *s, const StoreFilter *filter)
{
    int n = s->n_touchpoints;
    *fold = (Fold){.s = s,
                   .filter = filter,
                   .session = -1,
                   .employees = calloc((size_t)n + 1, sizeof(Table)),
                   .predicted = calloc((size_t)n + 1, sizeof(Table)),
                   .pairs = calloc((size_t)n + 1, sizeof(PairTable)),
                   .sum = calloc((size_t)n + 1, sizeof(double)),
                   .psum = calloc((size_t)n + 1, sizeof(double)),
                   .count = calloc((size_t)n + 1, sizeof(int)),
                   .pcount = calloc((size_t)n + 1, sizeof(int)),
                   .privacy = privacy_new(fold_layer_paired(s, n))};
    return fold->employees && fold->predicted && fold->pairs && fold->sum && fold->psum &&
           fold->count && fold->pcount && fold->privacy && tally_init(&fold->tally, s);
}

/* items (n of size bytes, room for *cap) with room for one more: the same,
 * or moved to twice the room; NULL, with the fold failed, when memory runs
 * out (items is still the caller's). */
static void *room(Fold *fold, void *items, int n, int *cap, size_t size)
{
    if (n < *cap)
        return items;
    int more = *cap ? *cap * 2 : 16;
    void *grown = realloc(items, (size_t)more * size);
    if (!grown)
        fold->failed = true;
    else
        *cap = more;
    return grown;
}

static void table_add(Fold *fold, Table *t, double value, double count)
{
    for (int i = 0; i < t->n; i++)
        if (t->f[i].value == value) {
            t->f[i].count += count;
            return;
        }
    StatsFreq *f = room(fold, t->f, t->n, &t->cap, sizeof *t->f);
    if (f)
        t->f = f, t->f[t->n++] = (StatsFreq){value, count};
}

static void pair_add(Fold *fold, PairTable *t, double predicted, double felt, double count)
{
    for (int i = 0; i < t->n; i++)
        if (t->f[i].predicted == predicted && t->f[i].felt == felt) {
            t->f[i].count += count;
            return;
        }
    FoldPair *f = room(fold, t->f, t->n, &t->cap, sizeof *t->f);
    if (f)
        t->f = f, t->f[t->n++] = (FoldPair){predicted, felt, count};
}

/* The site's tables (NULL: none given), made when new; NULL when memory runs out too. */
static Table *site_tables(Fold *fold, const char *site)
{
    int n_tp = fold->s->n_touchpoints, had = fold->sites.n;
    int k = site ? names_add(&fold->sites, site) : -1;
    if (k >= had && !(k & (k - 1))) { /* a power of two: room for twice as many */
        Table *grown = realloc(fold->by_site, (size_t)(2 * k + 1) * n_tp * sizeof *grown);
        if (!grown)
            return NULL;
        fold->by_site = grown;
    }
    if (k >= had)
        memset(fold->by_site + (size_t)k * n_tp, 0, (size_t)n_tp * sizeof *fold->by_site);
    return k < 0 ? NULL : fold->by_site + (size_t)k * n_tp;
}

/* A value of the group's at touchpoint t, and at its site's. */
static void group_add(Fold *fold, int t, Table *at_site, double value, double count)
{
    table_add(fold, &fold->employees[t], value, count);
    if (at_site)
        table_add(fold, &at_site[t], value, count);
}

/* The session just read, whole: its values into the group's tables (when it
 * is of the group), and the touchpoints it both predicted and felt into the
 * census (whoever it is). */
static void flush_session(Fold *fold)
{
    const Scenario *s = fold->s;
    for (int t = 0; t < s->n_touchpoints; t++) {
        double felt = fold->count[t] ? fold->sum[t] / fold->count[t] : NAN;
        double predicted = fold->pcount[t] ? fold->psum[t] / fold->pcount[t] : NAN;
        if (fold->in_group && fold->count[t])
            group_add(fold, t, fold->at_site, felt, 1);
        if (fold->in_group && fold->pcount[t])
            table_add(fold, &fold->predicted[t], predicted, 1);
        if (fold->in_group && fold->count[t] && fold->pcount[t])
            pair_add(fold, &fold->pairs[t], predicted, felt, 1);
        if (fold->count[t] && fold->pcount[t] &&
            !privacy_mark(fold->privacy, fold->member, fold_layer_paired(s, t)))
            fold->failed = true;
        fold->sum[t] = fold->psum[t] = 0;
        fold->count[t] = fold->pcount[t] = 0;
    }
    if (fold->in_group && fold->session >= 0)
        fold->sessions++, fold->scripted_sessions += fold->scripted;
    fold->scripted = false;
}

/* Whether a session of that workshop and department is in the group f asks
 * for (the scenario is the store's filter; these are compared here, as
 * SQLite's "=" compares text). */
static bool matches(const char *wanted, const char *value)
{
    return !wanted || (value && !strcmp(wanted, value));
}

static bool in_group(const StoreFilter *f, const PrivacyGroup *g)
{
    return matches(f->workshop, g->workshop) && matches(f->department, g->department) &&
           matches(f->site, g->site);
}

static void dates(Fold *fold, const char *started)
{
    if (started && (!fold->first[0] || strncmp(started, fold->first, 10) < 0))
        snprintf(fold->first, sizeof fold->first, "%.10s", started);
    if (started && strncmp(started, fold->last, 10) > 0)
        snprintf(fold->last, sizeof fold->last, "%.10s", started);
}

static bool fold_row(const RatingRow *r, void *ctx)
{
    Fold *fold = ctx;
    if (r->session != fold->session) {
        flush_session(fold);
        fold->session = r->session;
        PrivacyGroup g = {r->workshop, r->department, r->site};
        fold->in_group = in_group(fold->filter, &g);
        fold->member = privacy_member(fold->privacy, &g, r->participant);
        if (!privacy_mark(fold->privacy, fold->member, 0))
            return !(fold->failed = true);
        if (fold->in_group)
            dates(fold, r->started);
        fold->at_site = fold->in_group && r->site ? site_tables(fold, r->site) : NULL;
        if (fold->in_group && r->site && !fold->at_site)
            return !(fold->failed = true);
    }
    fold->scripted = fold->scripted || (r->input_device && !strcmp(r->input_device, "script"));
    if (r->valence < 1 || !r->touchpoint || r->valence_points < 2)
        return true; /* not answered, or about no touchpoint */
    bool felt = r->kind == RATING_FELT;
    for (int t = 0; t < fold->s->n_touchpoints; t++)
        if (!strcmp(fold->s->touchpoints[t].id, r->touchpoint)) {
            int layer = felt ? fold_layer_felt(t) : fold_layer_predicted(fold->s, t);
            if (!privacy_mark(fold->privacy, fold->member, layer))
                return !(fold->failed = true);
            /* summed for everyone: the census needs to know who has both */
            *(felt ? &fold->sum[t] : &fold->psum[t]) += scale_common(r->valence, r->valence_points);
            (*(felt ? &fold->count[t] : &fold->pcount[t]))++;
        }
    return true;
}

/* ---- the events the friction steps logged, read one by one ---- */

/* The events of the whole scenario: the group's counted in the tally, and
 * everyone's step marked in the census (layer 1 + touchpoints + step). A visit
 * to a step counts once it was left: someone who closed the window halfway
 * through is no figure of what the team went through, and counted as a zero
 * they would let a lone finisher's numbers show through a crowd that quit. */
typedef struct {
    Fold *fold;
    int64_t session; /* the session of the last event; -1 before the first */
    bool in_group;
    PrivacyMember member;
    int step;     /* the last event's step index (events come in runs at a step); -1: none */
    Event *visit; /* the events of the visit to step not yet left */
    int n_visit, visit_cap;
} Events;

static int step_index(Events *ev, const char *id)
{
    const Scenario *s = ev->fold->s;
    if (ev->step >= 0 && !strcmp(s->steps[ev->step].id, id))
        return ev->step;
    for (int i = 0; i < s->n_steps; i++)
        if (!strcmp(s->steps[i].id, id))
            return ev->step = i;
    return -1;
}

/* The visit to ev->step, left: its step marked in the census, its events
 * counted when the session is in the group. */
static bool count_visit(Events *ev, int64_t session)
{
    Fold *fold = ev->fold;
    int n = ev->n_visit;
    ev->n_visit = 0;
    if (!privacy_mark(fold->privacy, ev->member, fold_layer_step(fold->s, ev->step)))
        return !(fold->failed = true);
    for (int i = 0; ev->in_group && i < n; i++)
        tally_add(&fold->tally, session, fold->s->steps[ev->step].id, &ev->visit[i]);
    return true;
}

static bool count_event(const EventRow *e, void *ctx)
{
    Events *ev = ctx;
    Fold *fold = ev->fold;
    int last = ev->step;
    if (e->session != ev->session) {
        ev->session = e->session;
        PrivacyGroup g = {e->workshop, e->department, e->site};
        ev->in_group = in_group(fold->filter, &g);
        ev->member = privacy_member(fold->privacy, &g, e->participant);
        ev->n_visit = 0; /* the last session ended inside a step */
    }
    int step = step_index(ev, e->step);
    if (step != last)
        ev->n_visit = 0; /* moved on without leaving: not a visit that counts */
    if (step < 0)
        return true;
    if (ev->n_visit == ev->visit_cap) {
        int cap = ev->visit_cap ? 2 * ev->visit_cap : 16;
        Event *grown = realloc(ev->visit, (size_t)cap * sizeof *grown);
        if (!grown)
            return !(fold->failed = true);
        ev->visit = grown, ev->visit_cap = cap;
    }
    ev->visit[ev->n_visit++] = e->event;
    return e->event.kind != EVENT_LEAVE || count_visit(ev, e->session);
}

StoreStatus fold_events(Fold *fold, Store *store)
{
    if (fold->counted)
        return STORE_OK;
    StoreFilter scenario = {.scenario = fold->s->id};
    Events ev = {.fold = fold, .session = -1, .step = -1};
    StoreStatus st = store_each_event(store, &scenario, count_event, &ev);
    free(ev.visit);
    return st;
}

/* ---- a store that counts (a server): its counts into the fold ---- */

static int touchpoint_index(const Scenario *s, const char *id)
{
    for (int t = 0; id && t < s->n_touchpoints; t++)
        if (!strcmp(s->touchpoints[t].id, id))
            return t;
    return -1;
}

/* The census layer of a row, as fold_row and count_event mark it; -1: a
 * touchpoint or step the scenario does not have. */
static int census_layer(const Scenario *s, const StoreCensusRow *c)
{
    int i = c->layer == STORE_LAYER_SCENARIO        ? 0
            : c->layer == STORE_LAYER_STEP && c->id ? scenario_find_step(s, c->id)
            : c->layer == STORE_LAYER_STEP          ? -1
                                                    : touchpoint_index(s, c->id);
    if (i < 0)
        return -1;
    switch (c->layer) {
    case STORE_LAYER_SCENARIO:
        return 0;
    case STORE_LAYER_TOUCHPOINT:
        return fold_layer_felt(i);
    case STORE_LAYER_STEP:
        return fold_layer_step(s, i);
    case STORE_LAYER_PREDICTED:
        return fold_layer_predicted(s, i);
    case STORE_LAYER_PAIRED:
        return fold_layer_paired(s, i);
    }
    return -1;
}

static bool take_census(const StoreCensusRow *c, void *ctx)
{
    Fold *fold = ctx;
    int layer = census_layer(fold->s, c);
    const PrivacyGroup g = {c->workshop, c->department, c->site};
    bool ok =
        layer < 0 ||
        (c->participant
             ? privacy_mark(fold->privacy, privacy_member(fold->privacy, &g, c->participant), layer)
             : privacy_add_crowd(fold->privacy, &g, layer, (int)c->n));
    return ok || !(fold->failed = true);
}

static bool take_value(const StoreValueRow *v, void *ctx)
{
    Fold *fold = ctx;
    int t = touchpoint_index(fold->s, v->touchpoint);
    Table *at_site = v->site ? site_tables(fold, v->site) : NULL;
    if (v->site && !at_site)
        return !(fold->failed = true);
    if (t >= 0 && v->kind == RATING_FELT)
        group_add(fold, t, at_site, v->value, (double)v->n);
    else if (t >= 0) /* predictions are not shown by site */
        table_add(fold, &fold->predicted[t], v->value, (double)v->n);
    return !fold->failed;
}

static bool take_pair(const StorePairRow *v, void *ctx)
{
    Fold *fold = ctx;
    int t = touchpoint_index(fold->s, v->touchpoint);
    if (t >= 0)
        pair_add(fold, &fold->pairs[t], v->predicted, v->felt, (double)v->n);
    return !fold->failed;
}

static bool take_sessions(int64_t sessions, int64_t scripted, void *ctx)
{
    Fold *fold = ctx;
    fold->sessions = (int)sessions;
    fold->scripted_sessions = (int)scripted;
    return true;
}

static bool take_step(const StoreStepRow *r, void *ctx)
{
    Fold *fold = ctx;
    TallyCounts c = {r->events, r->sessions, r->ms, r->count, r->right};
    tally_add_counts(&fold->tally, r->step, r->kind, &c);
    return true;
}

static bool take_dates(const char *first, const char *last, void *ctx)
{
    Fold *fold = ctx;
    snprintf(fold->first, sizeof fold->first, "%.10s", first);
    snprintf(fold->last, sizeof fold->last, "%.10s", last);
    return true;
}

static int by_value(const void *a, const void *b)
{
    const StatsFreq *x = a, *y = b;
    return (x->value > y->value) - (x->value < y->value);
}

static void sort_table(Table *t)
{
    if (t->n)
        qsort(t->f, (size_t)t->n, sizeof *t->f, by_value);
}

static int by_pair(const void *a, const void *b)
{
    const FoldPair *x = a, *y = b;
    return x->predicted != y->predicted
               ? (x->predicted > y->predicted) - (x->predicted < y->predicted)
               : (x->felt > y->felt) - (x->felt < y->felt);
}

/* Tables in one order whichever way they were read, so that every sum over
 * them, and every bootstrap draw, is the same. */
static void sort_tables(Fold *fold)
{
    int n_tp = fold->s->n_touchpoints;
    for (int t = 0; t < n_tp; t++) {
        sort_table(&fold->employees[t]);
        sort_table(&fold->predicted[t]);
        if (fold->pairs[t].n)
            qsort(fold->pairs[t].f, (size_t)fold->pairs[t].n, sizeof *fold->pairs[t].f, by_pair);
    }
    for (size_t t = 0; t < (size_t)fold->sites.n * n_tp; t++)
        sort_table(&fold->by_site[t]);
}

StoreStatus fold_store(Fold *fold, Store *store)
{
    const StoreFilter *filter = fold->filter;
    const StoreSummarySink sink = {take_census, take_value,    take_step, take_dates,
                                   take_pair,   take_sessions, fold};
    StoreStatus st = store_summarise(store, filter, &sink);
    fold->counted = st == STORE_OK;
    if (st == STORE_OK)
        sort_tables(fold);
    if (st != STORE_UNSUPPORTED)
        return st;
    StoreFilter scenario = {.scenario = filter->scenario}; /* everyone, for the census */
    st = store_each_valence(store, &scenario, fold_row, fold);
    flush_session(fold);
    if (st == STORE_OK)
        sort_tables(fold);
    return st;
}

void fold_free(Fold *f)
{
    int n_tp = f->s->n_touchpoints;
    for (int t = 0; f->employees && t < n_tp; t++)
        free(f->employees[t].f), free(f->employees[t].drawn);
    for (int t = 0; f->predicted && t < n_tp; t++)
        free(f->predicted[t].f);
    for (int t = 0; f->pairs && t < n_tp; t++)
        free(f->pairs[t].f);
    free(f->predicted);
    free(f->pairs);
    free(f->psum);
    free(f->pcount);
    for (size_t t = 0; f->by_site && t < (size_t)f->sites.n * n_tp; t++)
        free(f->by_site[t].f);
    free(f->by_site);
    names_free(&f->sites);
    privacy_free(f->privacy);
    tally_free(&f->tally);
    free(f->employees);
    free(f->sum);
    free(f->count);
}
