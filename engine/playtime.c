/* Play time as routes through the step graph (graph.h): each step costs one
 * visit (its type's play_ms, or a glance, plus a rating when it has one), the
 * shortest route is the quickest way to the end, the longest the slowest way
 * that repeats no step. Only arithmetic on the scenario: no clock, no I/O. */
#include "playtime.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "graph.h"
#include "step_type.h"

long playtime_reading(const Scenario *s, const Text *t, int ms_per_word)
{
    const char *c = text_get(t, s->language, s->language);
    long words = 0;
    for (bool in_word = false; c && *c; c++) {
        bool space = *c == ' ' || *c == '\n' || *c == '\t';
        words += !space && !in_word;
        in_word = !space;
    }
    return words * ms_per_word;
}

long playtime_typing(const char *text)
{
    return PLAYTIME_FIELD + (long)(text ? strlen(text) : 10) * PLAYTIME_TYPE_PER_CHAR;
}

long playtime_visit(const Scenario *s, const Step *st)
{
    return st->type->play_ms ? st->type->play_ms(st, s) : PLAYTIME_SCREEN;
}

static long step_ms(const Scenario *s, const Step *st)
{
    return playtime_visit(s, st) + (st->rate ? PLAYTIME_RATING : 0);
}

typedef struct {
    const Edges *e;
    const long *cost; /* per step, one visit */
    long *memo;       /* longest from a step to the end; -1: not known yet */
    char *on_way;     /* the step is on the route being followed */
} Walk;

/* The longest route from step i to the end that comes back to no step on the
 * way: a loop is a detour a player takes once, not a way to the end. The memo
 * keeps the first answer for each step, which makes this the longest path of
 * the graph without its back edges: exact for the shipped scenarios, a fair
 * upper figure for any. Depth is at most SCENARIO_MAX_STEPS. */
static long longest(Walk *w, int i)
{
    if (i < 0)
        return 0; /* the end */
    if (w->on_way[i])
        return -1; /* back on the way: no route to the end this way */
    if (w->memo[i] >= 0)
        return w->memo[i];
    w->on_way[i] = 1;
    long best = -1;
    for (int k = 0; k < w->e[i].n; k++) {
        long rest = longest(w, w->e[i].to[k]);
        if (rest > best)
            best = rest;
    }
    w->on_way[i] = 0;
    w->memo[i] = best < 0 ? 0 : w->cost[i] + best;
    return w->memo[i];
}

/* The quickest route from the first step to the end: Dijkstra, O(steps^2),
 * fine for a thousand steps. */
static long shortest(const Edges *e, const long *cost, int n, long *dist, char *done)
{
    for (int i = 0; i < n; i++)
        dist[i] = LONG_MAX, done[i] = 0;
    dist[0] = cost[0];
    long best = LONG_MAX;
    for (;;) {
        int u = -1;
        for (int i = 0; i < n; i++)
            if (!done[i] && dist[i] != LONG_MAX && (u < 0 || dist[i] < dist[u]))
                u = i;
        if (u < 0)
            return best == LONG_MAX ? 0 : best;
        done[u] = 1;
        for (int k = 0; k < e[u].n; k++) {
            int v = e[u].to[k];
            if (v < 0 && dist[u] < best)
                best = dist[u];
            else if (v >= 0 && dist[u] + cost[v] < dist[v])
                dist[v] = dist[u] + cost[v];
        }
    }
}

Playtime playtime_estimate(const Scenario *s)
{
    Playtime t = {0, 0};
    int n = s->n_steps;
    Edges *e = n ? graph_edges(s) : NULL;
    long *cost = calloc((size_t)n + 1, sizeof *cost);
    long *memo = calloc((size_t)n + 1, sizeof *memo);
    char *flags = calloc((size_t)n + 1, 2);
    /* flags holds two sets of marks, the walk's on_way and then Dijkstra's
     * done; memo, once the walk is over, becomes Dijkstra's distances */
    if (e && cost && memo && flags) {
        for (int i = 0; i < n; i++)
            cost[i] = step_ms(s, &s->steps[i]), memo[i] = -1;
        Walk w = {e, cost, memo, flags};
        t.longest_ms = longest(&w, 0);
        t.shortest_ms = shortest(e, cost, n, memo, flags + n + 1);
    }
    graph_free(e, n);
    free(cost);
    free(memo);
    free(flags);
    return t;
}
