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

void tally_add(Tally *t, int64_t session, const char *step, const Event *e)
{
    int i = step ? scenario_find_step(t->s, step) : -1;
    if (i < 0)
        return;
    TallyStep *b = &t->steps[i];
    switch (e->kind) {
    case EVENT_ENTER:
        if (t->last[i] != session)
            b->reached++, t->last[i] = session;
        break;
    case EVENT_WAITED:
        b->wait_ms += (double)e->ms, b->waits++;
        break;
    case EVENT_HANGUP:
        b->hangups++;
        break;
    case EVENT_DISCONNECTED:
        b->disconnects++;
        break;
    case EVENT_REPEATED:
        b->repeated++;
        break;
    case EVENT_REJECTED:
        b->rejected++;
        break;
    case EVENT_ANSWER:
        b->answers++, b->right += e->right == 1, b->answer_ms += (double)e->ms;
        break;
    case EVENT_FORM_ACCEPTED:
        b->forms++, b->attempts += e->count;
        break;
    case EVENT_FORM_EMPTIED:
        b->timeouts++;
        break;
    default:
        break;
    }
}
