/* The route explorer. A route is a path from the first step to the end that
 * passes no step twice, following the ways each step type says it can end
 * (StepWay). Depth first, so routes come in the order of the ways in the file;
 * every way followed counts against ROUTES_MAX_WORK, which bounds a scenario
 * whose branches multiply. A loop is not a route of its own: each listed
 * route gets the loops a player can take on it, and its longest time counts
 * each of them once round. */
#include "routes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "playtime.h"

typedef struct {
    const Scenario *s;
    StepWay (*ways)[STEP_WAYS_MAX]; /* per step */
    int *n_ways;
    long *visit_ms; /* per step, one visit at a newcomer's pace, its rating apart */
    int *pred;      /* every step's predecessors, flat; pred_at[i] to pred_at[i + 1] */
    int *pred_at;
    RouteLeg *path; /* the route being followed */
    int depth;      /* legs set in path */
    char *on_path;
    long work;
    bool no_memory;
    /* per step, for one route's loops: its place on the route (-1: off it),
     * the earliest route leg a detour from it comes back to (-1: none) and
     * that detour's time */
    int *pos, *back, *queue;
    long *detour_ms;
    Routes *out;
} Explore;

static int ways_of(const Scenario *s, const Step *st, StepWay *out)
{
    if (st->type->ways)
        return st->type->ways(st, s, out);
    out[0] = (StepWay){st->next.index, "next", 0, 0};
    return 1;
}

/* A visit at a newcomer's pace when it ends by way w: never less than the
 * clock keeps them there. */
static long leg_ms(const Explore *e, int step, const StepWay *w)
{
    long visit = e->visit_ms[step] > w->max_ms ? e->visit_ms[step] : w->max_ms;
    return visit + (e->s->steps[step].rate ? PLAYTIME_RATING : 0);
}

static long slowest_leg_ms(const Explore *e, int step)
{
    long most = 0;
    for (int k = 0; k < e->n_ways[step]; k++) {
        long ms = leg_ms(e, step, &e->ways[step][k]);
        most = ms > most ? ms : most;
    }
    return most;
}

/* ---- one route's loops ---- */

/* For every step off the route: the earliest leg of the route it can come
 * back to through steps off the route, and the time of that detour. Backward
 * breadth first from each leg in turn, so a step keeps the earliest. */
static void find_detours(Explore *e, const Route *r)
{
    for (int j = 0; j < r->n_legs; j++) {
        int head = 0, tail = 0;
        e->queue[tail++] = r->legs[j].step;
        while (head < tail) {
            int u = e->queue[head++];
            for (int p = e->pred_at[u]; p < e->pred_at[u + 1]; p++) {
                int v = e->pred[p];
                if (e->pos[v] >= 0 || e->back[v] >= 0)
                    continue;
                e->back[v] = j;
                e->detour_ms[v] = slowest_leg_ms(e, v) + (e->pos[u] >= 0 ? 0 : e->detour_ms[u]);
                e->queue[tail++] = v;
            }
        }
    }
}

/* Where way w out of leg i comes back to (a leg at or before i), with the
 * first step of its detour in *via and that detour's time in *extra; -1
 * when it does not loop. */
static int loop_back(const Explore *e, int i, const StepWay *w, int *via, long *extra)
{
    int t = w->to;
    *via = -1, *extra = 0;
    if (t < 0)
        return -1;
    if (e->pos[t] >= 0)
        return e->pos[t] <= i ? e->pos[t] : -1;
    if (e->back[t] < 0 || e->back[t] > i)
        return -1;
    *via = t, *extra = e->detour_ms[t];
    return e->back[t];
}

static void add_loops(Explore *e, Route *r, const long *before)
{
    for (int i = 0; i < r->n_legs; i++) {
        int st = r->legs[i].step;
        for (int k = 0; k < e->n_ways[st]; k++) {
            const StepWay *w = &e->ways[st][k];
            if (w->to == r->legs[i].way.to && !strcmp(w->how, r->legs[i].way.how))
                continue;
            int via;
            long extra;
            int j = loop_back(e, i, w, &via, &extra);
            if (j < 0)
                continue;
            /* the way out, the detour, then the route's legs from j up to i again */
            long round = leg_ms(e, st, w) + extra + before[i] - before[j];
            r->loops[r->n_loops++] = (RouteLoop){i, *w, r->legs[j].step, via, round};
            r->longest_ms += round;
        }
    }
}

static void find_loops(Explore *e, Route *r, const long *before)
{
    for (int i = 0; i < r->n_legs; i++)
        e->pos[r->legs[i].step] = i;
    find_detours(e, r);
    add_loops(e, r, before);
    for (int i = 0; i < e->s->n_steps; i++)
        e->pos[i] = e->back[i] = -1;
}

/* ---- recording a route ---- */

static bool has(const int *list, int n, int x)
{
    for (int i = 0; i < n; i++)
        if (list[i] == x)
            return true;
    return false;
}

static void add_rates(const Scenario *s, Route *r)
{
    for (int i = 0; i < r->n_legs; i++) {
        const Step *st = &s->steps[r->legs[i].step];
        int tp = st->touchpoint.index;
        if (st->rate && tp >= 0 && !has(r->rates, r->n_rates, tp))
            r->rates[r->n_rates++] = tp;
    }
}

static bool fill(Explore *e, Route *r, int n_legs)
{
    const Scenario *s = e->s;
    r->n_legs = n_legs;
    r->legs = malloc((size_t)n_legs * sizeof *r->legs);
    r->loops = malloc((size_t)n_legs * STEP_WAYS_MAX * sizeof *r->loops);
    r->rates = malloc(((size_t)s->n_touchpoints + 1) * sizeof *r->rates);
    r->skips = malloc(((size_t)s->n_touchpoints + 1) * sizeof *r->skips);
    long *before = malloc(((size_t)n_legs + 1) * sizeof *before);
    bool ok = r->legs && r->loops && r->rates && r->skips && before;
    if (ok) {
        memcpy(r->legs, e->path, (size_t)n_legs * sizeof *r->legs);
        before[0] = 0;
        for (int i = 0; i < n_legs; i++) {
            r->shortest_ms += r->legs[i].way.min_ms;
            before[i + 1] = before[i] + leg_ms(e, r->legs[i].step, &r->legs[i].way);
        }
        r->newcomer_ms = r->longest_ms = before[n_legs];
        add_rates(s, r);
        find_loops(e, r, before);
    }
    free(before);
    return ok;
}

static void record(Explore *e, int n_legs)
{
    Routes *out = e->out;
    out->found++;
    if (out->n >= ROUTES_MAX_LISTED)
        return;
    Route *r = &out->list[out->n++];
    if (!fill(e, r, n_legs))
        e->no_memory = true;
}

/* Depth first from step i, the path so far in e->path[0..depth). Recursion
 * depth is at most the number of steps (SCENARIO_MAX_STEPS). */
static void walk(Explore *e, int i)
{
    for (int k = 0; k < e->n_ways[i] && !e->no_memory && !e->out->more; k++) {
        if (++e->work > ROUTES_MAX_WORK) {
            e->out->more = true;
            return;
        }
        const StepWay *w = &e->ways[i][k];
        e->path[e->depth] = (RouteLeg){i, *w, e->n_ways[i] > 1};
        if (w->to == REF_END)
            record(e, e->depth + 1);
        if (w->to < 0 || e->on_path[w->to])
            continue; /* the end, or a loop: not a route of its own */
        e->on_path[w->to] = 1;
        e->depth++;
        walk(e, w->to);
        e->depth--;
        e->on_path[w->to] = 0;
    }
}

/* ---- after the search ---- */

static void add_skips(const Scenario *s, const bool *covered, Routes *out)
{
    for (int t = 0; covered && t < s->n_touchpoints; t++) {
        bool rated = false;
        for (int k = 0; k < out->n && !rated; k++)
            rated = has(out->list[k].rates, out->list[k].n_rates, t);
        for (int k = 0; covered[t] && rated && k < out->n; k++) {
            Route *r = &out->list[k];
            if (!has(r->rates, r->n_rates, t))
                r->skips[r->n_skips++] = t;
        }
    }
}

static int by_value(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/* "Far": under half the median route's newcomer time, or over twice it. */
static void mark_far(Routes *out)
{
    long *t = malloc(((size_t)out->n + 1) * sizeof *t);
    if (!t || out->n == 0) {
        free(t);
        return;
    }
    for (int k = 0; k < out->n; k++)
        t[k] = out->list[k].newcomer_ms;
    qsort(t, (size_t)out->n, sizeof *t, by_value);
    out->median_ms = out->n % 2 ? t[out->n / 2] : (t[out->n / 2 - 1] + t[out->n / 2]) / 2;
    free(t);
    for (int k = 0; out->n > 1 && k < out->n; k++) {
        long ms = out->list[k].newcomer_ms;
        out->list[k].far = 2 * ms < out->median_ms ? -1 : ms > 2 * out->median_ms ? 1 : 0;
    }
}

/* ---- setting up ---- */

static bool build_preds(Explore *e)
{
    int n = e->s->n_steps, total = 0;
    e->pred_at = calloc((size_t)n + 2, sizeof *e->pred_at);
    for (int i = 0; e->pred_at && i < n; i++)
        for (int k = 0; k < e->n_ways[i]; k++)
            if (e->ways[i][k].to >= 0)
                e->pred_at[e->ways[i][k].to + 1]++, total++;
    e->pred = malloc(((size_t)total + 1) * sizeof *e->pred);
    int *fillpos = malloc(((size_t)n + 1) * sizeof *fillpos);
    bool ok = e->pred_at && e->pred && fillpos;
    for (int i = 0; ok && i < n; i++)
        e->pred_at[i + 1] += e->pred_at[i], fillpos[i] = e->pred_at[i];
    for (int i = 0; ok && i < n; i++)
        for (int k = 0; k < e->n_ways[i]; k++)
            if (e->ways[i][k].to >= 0)
                e->pred[fillpos[e->ways[i][k].to]++] = i;
    free(fillpos);
    return ok;
}

static bool setup(Explore *e)
{
    size_t n = (size_t)e->s->n_steps + 1;
    e->ways = malloc(n * sizeof *e->ways);
    e->n_ways = malloc(n * sizeof *e->n_ways);
    e->visit_ms = malloc(n * sizeof *e->visit_ms);
    e->path = malloc(n * sizeof *e->path);
    e->on_path = calloc(n, 1);
    e->pos = malloc(n * sizeof *e->pos);
    e->back = malloc(n * sizeof *e->back);
    e->queue = malloc(n * sizeof *e->queue);
    e->detour_ms = malloc(n * sizeof *e->detour_ms);
    e->out->list = calloc(ROUTES_MAX_LISTED, sizeof *e->out->list);
    if (!e->ways || !e->n_ways || !e->visit_ms || !e->path || !e->on_path || !e->pos || !e->back ||
        !e->queue || !e->detour_ms || !e->out->list)
        return false;
    for (int i = 0; i < e->s->n_steps; i++) {
        const Step *st = &e->s->steps[i];
        e->n_ways[i] = ways_of(e->s, st, e->ways[i]);
        e->visit_ms[i] = playtime_visit(e->s, st);
        e->pos[i] = e->back[i] = -1;
    }
    return build_preds(e);
}

static void teardown(Explore *e)
{
    free(e->ways);
    free(e->n_ways);
    free(e->visit_ms);
    free(e->pred);
    free(e->pred_at);
    free(e->path);
    free(e->on_path);
    free(e->pos);
    free(e->back);
    free(e->queue);
    free(e->detour_ms);
}

bool routes_explore(const Scenario *s, const bool *covered, Routes *out)
{
    memset(out, 0, sizeof *out);
    Explore e = {.s = s, .out = out};
    bool ok = s->n_steps > 0 && setup(&e);
    if (ok) {
        e.on_path[0] = 1;
        walk(&e, 0);
        ok = !e.no_memory;
    }
    teardown(&e);
    if (!ok) {
        routes_free(out);
        return false;
    }
    add_skips(s, covered, out);
    mark_far(out);
    return true;
}

void routes_free(Routes *r)
{
    for (int k = 0; r->list && k < r->n; k++) {
        free(r->list[k].legs);
        free(r->list[k].loops);
        free(r->list[k].rates);
        free(r->list[k].skips);
    }
    free(r->list);
    memset(r, 0, sizeof *r);
}

/* ---- for people ---- */

void routes_minutes(long lo_ms, long hi_ms, char *buf, size_t size)
{
    long lo = lo_ms / 60000, hi = (hi_ms + 59999) / 60000;
    if (lo == hi || lo_ms == hi_ms)
        snprintf(buf, size, "about %ld min", hi);
    else
        snprintf(buf, size, "%ld\xe2\x80\x93%ld min", lo, hi); /* an en dash */
}

void routes_name(const Scenario *s, const Routes *all, int k, char *buf, size_t size)
{
    const Route *r = &all->list[k];
    int len = snprintf(buf, size, "route %d of %s%ld (", k + 1, all->more ? "more than " : "",
                       all->found);
    const char *sep = "";
    for (int i = 0; i < r->n_legs && len >= 0 && (size_t)len < size; i++) {
        if (!r->legs[i].choice)
            continue;
        len += snprintf(buf + len, size - (size_t)len, "%s%s: %s", sep,
                        s->steps[r->legs[i].step].id, r->legs[i].way.how);
        sep = "; ";
    }
    if (len >= 0 && (size_t)len < size)
        snprintf(buf + len, size - (size_t)len, "%s)", *sep ? "" : "the only route");
}

/* Where a route's warning goes: its first choice, else the scenario. */
static Pos route_pos(const Scenario *s, const Route *r)
{
    for (int i = 0; i < r->n_legs; i++)
        if (r->legs[i].choice)
            return s->steps[r->legs[i].step].pos;
    return s->pos;
}

static void warn_skips(const Scenario *s, const Routes *all, int k, DiagList *dl)
{
    const Route *r = &all->list[k];
    char name[512], ids[512] = "";
    size_t len = 0;
    for (int i = 0; i < r->n_skips && len < sizeof ids; i++)
        len += (size_t)snprintf(ids + len, sizeof ids - len, "%s\"%s\"", i ? ", " : "",
                                s->touchpoints[r->skips[i]].id);
    routes_name(s, all, k, name, sizeof name);
    Pos p = route_pos(s, r);
    diag_add(dl, DIAG_W0105, p.line, p.col,
             "%s rates no %s, which the customer data covers: the report's figures there leave "
             "out everyone who takes this route",
             name, ids);
}

static void warn_far(const Scenario *s, const Routes *all, int k, DiagList *dl)
{
    const Route *r = &all->list[k];
    char name[512], took[32];
    routes_name(s, all, k, name, sizeof name);
    routes_minutes(r->newcomer_ms, r->newcomer_ms, took, sizeof took);
    Pos p = route_pos(s, r);
    diag_add(dl, DIAG_W0106, p.line, p.col,
             "%s takes %s at a newcomer's pace, %s the median route's %ld min", name, took,
             r->far < 0 ? "less than half" : "more than twice", (all->median_ms + 59999) / 60000);
}

void routes_check(const Scenario *s, const Routes *r, DiagList *dl)
{
    for (int k = 0; k < r->n; k++) {
        if (r->list[k].n_skips)
            warn_skips(s, r, k, dl);
        if (r->list[k].far)
            warn_far(s, r, k, dl);
    }
}
