/* The report's sentences (report_say.h): what the figures say, in words from
 * words.c and numbers from numfmt.c, never a figure of its own. */
#include "report_say.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "numfmt.h"
#include "words.h"

static bool has_gap(const ReportTouchpoint *t)
{
    return !t->withheld && isfinite(t->welch.d);
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
    return t->indicative && has_gap(t);
}

bool report_say_clearly_worse(const ReportTouchpoint *t)
{
    return has_gap(t) && t->welch.d > 0 && isfinite(t->welch.lo) && t->welch.lo > 0;
}

ReportHeadline report_say_count(const Report *r)
{
    ReportHeadline h = {0};
    for (int i = 0; i < r->n_tp; i++) {
        const ReportTouchpoint *t = &r->tp[i];
        if (!has_gap(t))
            continue;
        h.compared++;
        h.clear += report_say_clearly_worse(t);
        if (t->welch.d > 0 && (!h.largest || t->welch.d > h.largest->welch.d))
            h.largest = t;
    }
    return h;
}

void report_say_headline(const Report *r, const char *lang, char *buf, size_t size)
{
    ReportHeadline h = report_say_count(r);
    if (r->withheld || !h.compared) {
        snprintf(buf, size, "%s",
                 words_get(lang, r->withheld ? WORD_REPORT_SAY_WITHHELD : WORD_REPORT_SAY_NOTHING));
        return;
    }
    WordId count = h.compared == 1
                       ? (h.clear ? WORD_REPORT_SAY_CLEAR_ONLY : WORD_REPORT_SAY_CLEAR_ONLY_NONE)
                   : h.clear ? WORD_REPORT_SAY_CLEAR_MANY
                             : WORD_REPORT_SAY_CLEAR_NONE;
    int n = h.clear ? snprintf(buf, size, words_get(lang, count), h.clear, h.compared)
                    : snprintf(buf, size, words_get(lang, count), h.compared);
    if (n < 0 || (size_t)n >= size)
        return;
    if (!h.largest) {
        snprintf(buf + n, size - (size_t)n, "%s", words_get(lang, WORD_REPORT_SAY_NO_WORSE));
        return;
    }
    char points[NUMFMT_MAX];
    numfmt_points(points, sizeof points, lang, h.largest->welch.d, 1);
    snprintf(buf + n, size - (size_t)n, words_get(lang, WORD_REPORT_SAY_LARGEST), h.largest->label,
             points);
}

void report_say_gap(const ReportTouchpoint *t, const char *lang, char *buf, size_t size)
{
    if (t->withheld || !isfinite(t->welch.d)) {
        snprintf(buf, size, "%s",
                 words_get(lang, t->withheld ? WORD_REPORT_SAY_HIDDEN : WORD_REPORT_SAY_NO_DATA));
        return;
    }
    bool clear = isfinite(t->welch.lo) && (t->welch.lo > 0 || t->welch.hi < 0);
    char points[NUMFMT_MAX];
    numfmt_points(points, sizeof points, lang, t->welch.d, 1);
    WordId say = !clear           ? WORD_REPORT_SAY_UNCLEAR
                 : t->welch.d > 0 ? WORD_REPORT_SAY_WORSE
                                  : WORD_REPORT_SAY_BETTER;
    snprintf(buf, size, words_get(lang, say), points);
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

static int by_gap(const void *a, const void *b)
{
    const ReportTouchpoint *s = *(const ReportTouchpoint *const *)a;
    const ReportTouchpoint *t = *(const ReportTouchpoint *const *)b;
    double x = has_gap(s) ? s->welch.d : -INFINITY;
    double y = has_gap(t) ? t->welch.d : -INFINITY;
    return (x < y) - (x > y);
}

const ReportTouchpoint **report_say_ranked(const Report *r)
{
    const ReportTouchpoint **order = malloc(((size_t)r->n_tp + 1) * sizeof *order);
    for (int i = 0; order && i < r->n_tp; i++)
        order[i] = &r->tp[i];
    if (order)
        qsort(order, (size_t)r->n_tp, sizeof *order, by_gap);
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
