#include "graph.h"

#include <stdlib.h>

#include "step_type.h"

Edges *graph_edges(const Scenario *s)
{
    Edges *e = calloc((size_t)s->n_steps + 1, sizeof *e);
    for (int i = 0; e && i < s->n_steps; i++) {
        const Step *st = &s->steps[i];
        e[i].to = malloc(((size_t)st->n_targets + 1) * sizeof *e[i].to);
        if (!e[i].to) {
            graph_free(e, s->n_steps);
            return NULL;
        }
        if (!st->type->continues || st->type->continues(st))
            e[i].to[e[i].n++] = st->next.index;
        for (int t = 0; t < st->n_targets; t++)
            e[i].to[e[i].n++] = st->targets[t]->index;
    }
    return e;
}

void graph_free(Edges *e, int n_steps)
{
    for (int i = 0; e && i < n_steps; i++)
        free(e[i].to);
    free(e);
}
