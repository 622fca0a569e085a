/* A scenario's steps as a graph: every way a step can end is an edge, to `next`
 * (when the step can end that way at all) and to each goto target. The checker
 * walks it for its lints, the play-time estimate for its routes. It only
 * builds the edges: it judges nothing and reports nothing. */
#ifndef TEASER_GRAPH_H
#define TEASER_GRAPH_H

#include "scenario.h"

typedef struct {
    int *to; /* step indexes, REF_END for the end; `next` first when the step continues */
    int n;   /* how many of to are set (a target may repeat) */
} Edges;

/* One Edges per step; NULL when out of memory. */
Edges *graph_edges(const Scenario *s);
void graph_free(Edges *e, int n_steps);

#endif
