/* Counting typed events per step. A step entered twice in one session is
 * reached once: "reached" counts people, the other figures count events. */
#include "tally.h"

#include <stdlib.h>
#include <string.h>

bool tally_init(Tally *t, const Scenario *s)
{
    t->s = s;
    t->steps = calloc((size_t)s->n_steps + 1, sizeof *t->steps);
    t->last = malloc(((size_t)s->n_steps + 1) * sizeof *t->last);
    if (!t->steps || !t->last) {
        tally_free(t);
        return false;
    }
    tally_reset(t);
    return true;
}

void tally_reset(Tally *t)
{
    memset(t->steps, 0, (size_t)t->s->n_steps * sizeof *t->steps);
    for (int i = 0; i < t->s->n_steps; i++)
        t->last[i] = -1;
}

void tally_free(Tally *t)
{
    free(t->steps);
    free(t->last);
    t->steps = NULL;
    t->last = NULL;
}

/* The one place an event kind becomes figures. */
static void count(TallyStep *b, EventKind kind, const TallyCounts *c)
{
    switch (kind) {
    case EVENT_ENTER:
        b->reached += (int)c->sessions;
        break;
    case EVENT_WAITED:
        b->wait_ms += (double)c->ms, b->waits += (int)c->events;
        break;
    case EVENT_HANGUP:
        b->hangups += (int)c->events;
        break;
    case EVENT_DISCONNECTED:
        b->disconnects += (int)c->events;
        break;
    case EVENT_REPEATED:
        b->repeated += (int)c->events;
        break;
    case EVENT_REJECTED:
        b->rejected += (int)c->events;
        break;
    case EVENT_ANSWER:
        b->answers += (int)c->events, b->right += (int)c->right, b->answer_ms += (double)c->ms;
        break;
    case EVENT_FORM_ACCEPTED:
        b->forms += (int)c->events, b->attempts += (int)c->count;
        break;
    case EVENT_FORM_EMPTIED:
        b->timeouts += (int)c->events;
        break;
    default:
        break;
    }
}

void tally_add(Tally *t, int64_t session, const char *step, const Event *e)
{
    int i = step ? scenario_find_step(t->s, step) : -1;
    if (i < 0)
        return;
    bool first = e->kind == EVENT_ENTER && t->last[i] != session;
    if (first)
        t->last[i] = session;
    count(&t->steps[i], e->kind, &(TallyCounts){1, first, e->ms, e->count, e->right == 1});
}

void tally_add_counts(Tally *t, const char *step, EventKind kind, const TallyCounts *c)
{
    int i = step ? scenario_find_step(t->s, step) : -1;
    if (i >= 0)
        count(&t->steps[i], kind, c);
}
