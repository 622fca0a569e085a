/* The report's sentences (report_say.h): what the figures say, in words from
 * words.c and numbers from numfmt.c, never a figure of its own. */
#include "report_say.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "numfmt.h"
#include "words.h"

/* Whether the belief's figures at t are shown (not withheld, and there). */
static bool shown(const ReportTouchpoint *t, ReportBelief b)
{
    return b == BELIEF_PREDICTED ? !t->predicted_withheld && t->p.n > 0 : !t->withheld;
}

double report_say_mean(const ReportTouchpoint *t, ReportBelief b)
{
    return !shown(t, b) ? NAN : b == BELIEF_PREDICTED ? t->p.mean : t->e.mean;
}

StatsWelch report_say_welch(const ReportTouchpoint *t, ReportBelief b)
{
    StatsWelch w = b == BELIEF_PREDICTED ? t->predicted : t->welch;
    if (!shown(t, b))
        w.d = NAN;
    return w;
}

static bool has_gap(const ReportTouchpoint *t, ReportBelief b)
{
    return isfinite(report_say_welch(t, b).d);
}

ReportBelief report_say_belief(const Report *r)
{
    for (int i = 0; i < r->n_tp; i++)
        if (has_gap(&r->tp[i], BELIEF_PREDICTED))
            return BELIEF_PREDICTED;
    return BELIEF_FELT;
}

bool report_say_has_predictions(const Report *r)
{
    for (int i = 0; i < r->n_tp; i++)
        if (r->tp[i].p.n > 0)
            return true;
    return false;
}

bool report_say_indicative(const ReportTouchpoint *t)
{
    return t->indicative && has_gap(t, BELIEF_FELT);
}

bool report_say_clearly_worse(const ReportTouchpoint *t, ReportBelief b)
{
    StatsWelch w = report_say_welch(t, b);
    return isfinite(w.d) && w.d > 0 && isfinite(w.lo) && w.lo > 0;
}

ReportHeadline report_say_count(const Report *r)
{
    ReportHeadline h = {.belief = report_say_belief(r)};
    double most = 0;
    for (int i = 0; i < r->n_tp; i++) {
        const ReportTouchpoint *t = &r->tp[i];
        if (h.belief == BELIEF_PREDICTED && !t->shift_withheld && isfinite(t->shift.mean)) {
            h.shifted++;
            h.closer += isfinite(t->shift_ci.lo) && t->shift_ci.lo > 0;
        }
        if (!has_gap(t, h.belief))
            continue;
        double d = report_say_welch(t, h.belief).d;
        h.compared++;
        h.clear += report_say_clearly_worse(t, h.belief);
        if (d > most)
            h.largest = t, most = d;
    }
    return h;
}

/* "your team thought" or "your team predicted", in lang. */
static const char *whose(ReportBelief b, const char *lang)
{
    return words_get(lang, b == BELIEF_PREDICTED ? WORD_REPORT_SAY_PREDICTED
                                                 : WORD_REPORT_SAY_THOUGHT);
}

void report_say_closer(const Report *r, const char *lang, char *buf, size_t size)
{
    ReportHeadline h = report_say_count(r);
    if (size)
        buf[0] = '\0';
    if (r->withheld || h.belief != BELIEF_PREDICTED || !h.shifted)
        return;
    if (h.closer)
        snprintf(buf, size, words_get(lang, WORD_REPORT_SAY_CLOSER_MANY), h.closer, h.shifted);
    else
        snprintf(buf, size, words_get(lang, WORD_REPORT_SAY_CLOSER_NONE), h.shifted);
}

void report_say_headline(const Report *r, const char *lang, char *buf, size_t size)
{
    ReportHeadline h = report_say_count(r);
    if (r->withheld || !h.compared) {
        snprintf(buf, size, "%s",
                 words_get(lang, r->withheld ? WORD_REPORT_SAY_WITHHELD : WORD_REPORT_SAY_NOTHING));
        return;
    }
    const char *who = whose(h.belief, lang);
    int n;
    if (h.compared == 1)
        n = snprintf(buf, size,
                     words_get(lang, h.clear ? WORD_REPORT_SAY_CLEAR_ONLY
                                             : WORD_REPORT_SAY_CLEAR_ONLY_NONE),
                     who);
    else if (h.clear == h.compared || !h.clear)
        n = snprintf(buf, size,
                     words_get(lang, h.clear ? WORD_REPORT_SAY_CLEAR_ALL : WORD_REPORT_SAY_CLEAR_NONE),
                     h.compared, who);
    else
        n = snprintf(buf, size, words_get(lang, WORD_REPORT_SAY_CLEAR_MANY), h.clear, h.compared,
                     who);
    if (n < 0 || (size_t)n >= size)
        return;
    if (!h.largest) {
        snprintf(buf + n, size - (size_t)n, words_get(lang, WORD_REPORT_SAY_NO_WORSE), who);
        return;
    }
    char points[NUMFMT_MAX];
    numfmt_points(points, sizeof points, lang, report_say_welch(h.largest, h.belief).d, 1);
    snprintf(buf + n, size - (size_t)n, words_get(lang, WORD_REPORT_SAY_LARGEST), h.largest->label,
             points);
}

void report_say_gap(const ReportTouchpoint *t, ReportBelief b, const char *lang, char *buf,
                    size_t size)
{
    StatsWelch w = report_say_welch(t, b);
    bool hidden = b == BELIEF_PREDICTED ? t->predicted_withheld : t->withheld;
    if (!isfinite(w.d)) {
        snprintf(buf, size, "%s",
                 words_get(lang, hidden ? WORD_REPORT_SAY_HIDDEN : WORD_REPORT_SAY_NO_DATA));
        return;
    }
    bool clear = isfinite(w.lo) && (w.lo > 0 || w.hi < 0);
    char points[NUMFMT_MAX];
    numfmt_points(points, sizeof points, lang, w.d, 1);
    WordId say = !clear ? WORD_REPORT_SAY_UNCLEAR
                 : w.d > 0 ? WORD_REPORT_SAY_WORSE
                           : WORD_REPORT_SAY_BETTER;
    snprintf(buf, size, words_get(lang, say), points, whose(b, lang));
}

void report_say_scripted(const Report *r, const char *lang, char *buf, size_t size)
{
    if (r->scripted <= 0 || size == 0) {
        if (size)
            buf[0] = '\0';
        return;
    }
    if (r->scripted >= r->sessions)
        snprintf(buf, size, words_get(lang, WORD_REPORT_SCRIPTED_ALL), r->sessions);
    else
        snprintf(
            buf, size,
            words_plural(lang, r->scripted, WORD_REPORT_SCRIPTED_ONE, WORD_REPORT_SCRIPTED_MANY),
            r->scripted, r->sessions);
}

/* The gap a moment ranks by (none: last). */
typedef struct {
    const ReportTouchpoint *t;
    double d;
} Ranked;

static int by_gap(const void *a, const void *b)
{
    const Ranked *s = a, *t = b;
    if (s->d != t->d)
        return (s->d < t->d) - (s->d > t->d);
    return (s->t > t->t) - (s->t < t->t); /* a tie in journey order */
}

const ReportTouchpoint **report_say_ranked(const Report *r)
{
    ReportBelief belief = report_say_belief(r);
    const ReportTouchpoint **order = malloc(((size_t)r->n_tp + 1) * sizeof *order);
    Ranked *rank = malloc(((size_t)r->n_tp + 1) * sizeof *rank);
    for (int i = 0; order && rank && i < r->n_tp; i++) {
        double d = report_say_welch(&r->tp[i], belief).d;
        rank[i] = (Ranked){&r->tp[i], isfinite(d) ? d : -INFINITY};
    }
    if (order && rank) {
        qsort(rank, (size_t)r->n_tp, sizeof *rank, by_gap);
        for (int i = 0; i < r->n_tp; i++)
            order[i] = rank[i].t;
    } else {
        free(order);
        order = NULL;
    }
    free(rank);
    return order;
}

void report_say_labels(Report *r, const Scenario *s, const char *lang)
{
    /* report_build made one touchpoint per scenario touchpoint, in its order */
    for (int i = 0; i < r->n_tp && i < s->n_touchpoints; i++)
        r->tp[i].label = text_get(&s->touchpoints[i].label, lang, s->language);
    for (int i = 0; i < r->n_behaviour && i < s->n_steps; i++)
        r->behaviour[i].label = scenario_step_label(s, i, lang);
}
