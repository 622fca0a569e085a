/* The personal debrief's content. Sentences are built once from the numbers,
 * in the language played; the view (engine/view/debrief_view.c) only lays
 * them out. */
#include "debrief.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numfmt.h"
#include "words.h"

/* A value on -4..+4 as the debriefs write it: one decimal, always signed (a
 * side of neutral), with a true minus (the screen is typeset). buf holds
 * NUMFMT_MAX. */
static const char *value(char *buf, const char *lang, double v)
{
    return numfmt_fixed(buf, NUMFMT_MAX, lang, v, 1, NUMFMT_PLUS | NUMFMT_MINUS);
}

static void gap_sentences(Debrief *d, const char *lang)
{
    bool used[DEBRIEF_MAX_TP] = {false};
    for (d->n_gaps = 0; d->n_gaps < DEBRIEF_LINES; d->n_gaps++) {
        int best = -1;
        for (int i = 0; i < d->n; i++)
            if (!used[i] && isfinite(d->you[i]) && isfinite(d->customers[i]) &&
                (best < 0 ||
                 fabs(d->you[i] - d->customers[i]) > fabs(d->you[best] - d->customers[best])))
                best = i;
        if (best < 0 || fabs(d->you[best] - d->customers[best]) < 0.5)
            break;
        used[best] = true;
        double gap = d->you[best] - d->customers[best];
        char points[NUMFMT_MAX];
        snprintf(d->gaps[d->n_gaps], sizeof d->gaps[0],
                 words_get(lang, gap > 0 ? WORD_DEBRIEF_WORSE_THEM : WORD_DEBRIEF_WORSE_YOU),
                 d->label[best], numfmt_points(points, sizeof points, lang, gap, 1));
    }
}

/* The lowest point of a curve and its last point (-1 when it has none). */
static void low_and_last(const double *v, int n, int *low, int *last)
{
    *low = *last = -1;
    for (int i = 0; i < n; i++)
        if (isfinite(v[i])) {
            if (*low < 0 || v[i] < v[*low])
                *low = i;
            *last = i;
        }
}

static void moments(Debrief *d, const char *lang)
{
    int yl, ye, cl, ce;
    low_and_last(d->you, d->n, &yl, &ye);
    low_and_last(d->customers, d->n, &cl, &ce);
    char v[4][NUMFMT_MAX];
    if (yl >= 0 && cl >= 0)
        snprintf(d->moments, sizeof d->moments, words_get(lang, WORD_DEBRIEF_MOMENTS), d->label[yl],
                 value(v[0], lang, d->you[yl]), d->label[cl], value(v[1], lang, d->customers[cl]),
                 value(v[2], lang, d->you[ye]), value(v[3], lang, d->customers[ce]));
}

/* Appends a quoted label to a list of them ("\"A\", \"B\" and \"C\""): the
 * last of n is joined with the word for "and". */
static void list_add(char *buf, size_t size, const char *label, int k, int n, const char *lang)
{
    size_t len = strlen(buf);
    const char *sep = k == 0 ? "" : k == n - 1 ? words_get(lang, WORD_AND) : ", ";
    snprintf(buf + len, size - len, "%s\"%s\"", sep, label);
}

/* What is true of each letter with a question: found (every answer to it
 * right) or not, by the touchpoint it belongs to. */
static void letters(const Scenario *s, const char *lang, const Tally *t, char *out, size_t size)
{
    int n = 0, n_right = 0;
    for (int i = 0; i < s->n_steps; i++)
        if (t->steps[i].answers)
            n++, n_right += t->steps[i].right == t->steps[i].answers;
    if (n == 1 || n_right == 0 || n_right == n) {
        WordId id = n == 1    ? (n_right ? WORD_DEBRIEF_LETTER_RIGHT : WORD_DEBRIEF_LETTER_WRONG)
                    : n_right ? WORD_DEBRIEF_LETTERS_RIGHT
                              : WORD_DEBRIEF_LETTERS_WRONG;
        snprintf(out, size, words_get(lang, id), n);
        return;
    }
    char right[160] = "", wrong[160] = "";
    int kr = 0, kw = 0;
    for (int i = 0; i < s->n_steps; i++) {
        const TallyStep *b = &t->steps[i];
        if (!b->answers)
            continue;
        const char *label = scenario_step_label(s, i, lang);
        if (b->right == b->answers)
            list_add(right, sizeof right, label, kr++, n_right, lang);
        else
            list_add(wrong, sizeof wrong, label, kw++, n - n_right, lang);
    }
    snprintf(out, size, words_get(lang, WORD_DEBRIEF_LETTERS_MIXED), right, wrong);
}

/* What the friction steps measured of this person, summed over the steps. */
static void behaviour(Debrief *d, const Scenario *s, const char *lang, const Tally *t)
{
    TallyStep sum = {0};
    for (int i = 0; i < s->n_steps; i++) {
        const TallyStep *b = &t->steps[i];
        sum.wait_ms += b->wait_ms, sum.waits += b->waits, sum.repeated += b->repeated;
        sum.answers += b->answers, sum.forms += b->forms, sum.attempts += b->attempts;
    }
    int n = 0;
    if (sum.waits) {
        long sec = (long)(sum.wait_ms / 1000);
        snprintf(d->did[n++], sizeof d->did[0], words_get(lang, WORD_DEBRIEF_WAITED),
                 (int)(sec / 60), (int)(sec % 60));
    }
    if (sum.repeated && n < DEBRIEF_LINES)
        snprintf(
            d->did[n++], sizeof d->did[0],
            words_plural(lang, sum.repeated, WORD_DEBRIEF_REPEATED_ONCE, WORD_DEBRIEF_REPEATED),
            sum.repeated);
    if (sum.answers && n < DEBRIEF_LINES)
        letters(s, lang, t, d->did[n++], sizeof d->did[0]);
    if (sum.forms && sum.attempts > 1 && n < DEBRIEF_LINES)
        snprintf(d->did[n++], sizeof d->did[0], words_get(lang, WORD_DEBRIEF_ATTEMPTS),
                 sum.attempts);
    d->n_did = n;
}

/* To one decimal, with no "-0.0"; NaN stays NaN. */
static double tenth(double v)
{
    double r = round(v * 10) / 10;
    return r == 0 ? 0 : r;
}

/* How far the prediction at touchpoint i was from the customers, less how far
 * the feeling was: positive when playing brought them closer. */
static double shift_at(const Debrief *d, int i)
{
    return fabs(d->predicted[i] - d->customers[i]) - fabs(d->you[i] - d->customers[i]);
}

/* Whether playing brought them closer: counted over the touchpoints with all
 * three values, then the mean shift in points. The values are tenths, so a
 * shift is too: more than half a tenth is closer, whatever the rounding of
 * the subtraction. */
static void closer(Debrief *d, const char *lang)
{
    int n = 0, k = 0;
    double sum = 0;
    for (int i = 0; i < d->n; i++)
        if (isfinite(d->predicted[i]) && isfinite(d->customers[i]) && isfinite(d->you[i])) {
            n++, k += shift_at(d, i) > 0.05;
            sum += shift_at(d, i);
        }
    if (n == 0)
        return;
    char lead[200], tail[200], points[NUMFMT_MAX];
    if (k)
        snprintf(lead, sizeof lead, words_get(lang, WORD_DEBRIEF_CLOSER_AT), k, n);
    else
        snprintf(lead, sizeof lead, words_get(lang, WORD_DEBRIEF_CLOSER_NONE), n);
    double mean = tenth(sum / n);
    snprintf(tail, sizeof tail,
             words_get(lang, mean > 0   ? WORD_DEBRIEF_NEARER
                             : mean < 0 ? WORD_DEBRIEF_FURTHER
                                        : WORD_DEBRIEF_AS_FAR),
             numfmt_points(points, sizeof points, lang, mean, 1));
    snprintf(d->closer, sizeof d->closer, "%s%s", lead, tail);
}

/* Where the prediction was furthest from the customers (the first such
 * touchpoint in journey order), with both values; nothing when no prediction
 * was off by half a point, as the gaps' sentences leave small gaps out. */
static void furthest(Debrief *d, const char *lang)
{
    int far = -1;
    for (int i = 0; i < d->n; i++)
        if (isfinite(d->predicted[i]) && isfinite(d->customers[i]) &&
            (far < 0 || fabs(d->predicted[i] - d->customers[i]) >
                            fabs(d->predicted[far] - d->customers[far]) + 0.05))
            far = i;
    char p[NUMFMT_MAX], c[NUMFMT_MAX];
    if (far >= 0 && fabs(d->predicted[far] - d->customers[far]) > 0.45)
        snprintf(d->furthest, sizeof d->furthest, words_get(lang, WORD_DEBRIEF_FURTHEST),
                 d->label[far], value(p, lang, d->predicted[far]),
                 value(c, lang, d->customers[far]));
}

void debrief_build(Debrief *d, const Scenario *s, const char *lang, const double *you,
                   const double *customers, const double *predicted, const Tally *did)
{
    memset(d, 0, sizeof *d);
    d->n = s->n_touchpoints < DEBRIEF_MAX_TP ? s->n_touchpoints : DEBRIEF_MAX_TP;
    for (int i = 0; i < d->n; i++) {
        d->label[i] = text_get(&s->touchpoints[i].label, lang, s->language);
        d->you[i] = isfinite(you[i]) ? tenth(you[i]) : NAN;
        d->customers[i] = isfinite(customers[i]) ? tenth(customers[i]) : NAN;
        d->predicted[i] = predicted && isfinite(predicted[i]) ? tenth(predicted[i]) : NAN;
        d->has_predicted |= isfinite(d->predicted[i]);
    }
    gap_sentences(d, lang);
    furthest(d, lang);
    closer(d, lang);
    moments(d, lang);
    behaviour(d, s, lang, did);
}

/* What the group predicted here and how far playing moved them (the shift:
 * positive, closer to the customers), when they predicted; else "". */
static void group_predicted(const ReportTouchpoint *t, const char *lang, char *buf, size_t size)
{
    buf[0] = '\0';
    if (t->p.n <= 0 || !isfinite(t->p.mean))
        return;
    char v[NUMFMT_MAX], shift[200] = "", ci[2 * NUMFMT_MAX + 40] = ".";
    if (isfinite(t->shift.mean)) {
        double m = tenth(t->shift.mean);
        snprintf(shift, sizeof shift,
                 words_get(lang, m > 0   ? WORD_GROUP_SHIFT_CLOSER
                                 : m < 0 ? WORD_GROUP_SHIFT_FURTHER
                                         : WORD_GROUP_SHIFT_NONE),
                 numfmt_points(v, sizeof v, lang, m, 1));
        char range[2 * NUMFMT_MAX + 16];
        if (isfinite(t->shift_ci.lo) && isfinite(t->shift_ci.hi))
            snprintf(ci, sizeof ci, words_get(lang, WORD_GROUP_SHIFT_CI),
                     numfmt_interval(range, sizeof range, lang, t->shift_ci.lo, t->shift_ci.hi, 1,
                                     NUMFMT_PLUS | NUMFMT_MINUS));
    }
    char p[160];
    snprintf(p, sizeof p, words_get(lang, WORD_GROUP_PREDICTED), value(v, lang, t->p.mean), t->p.n);
    snprintf(buf, size, "%s%s%s%s", p, shift[0] ? " " : "", shift, shift[0] ? ci : "");
}

/* Parts the numbers allow, joined: a figure that cannot be computed (no one
 * rated it, no customer data, an interval on fewer than two) is said in
 * words, never printed as "nan". */
void debrief_group_line(const ReportTouchpoint *t, const char *lang, char *buf, size_t size)
{
    char team[160], them[120], gap[240] = "", v[NUMFMT_MAX], ci[2 * NUMFMT_MAX + 16];
    if (isfinite(t->e.mean))
        snprintf(team, sizeof team, words_get(lang, WORD_GROUP_TEAM), value(v, lang, t->e.mean),
                 t->e.n);
    else
        snprintf(team, sizeof team, "%s",
                 words_get(lang, t->e.n == 0 ? WORD_GROUP_TEAM_NONE : WORD_GROUP_TEAM_WITHHELD));
    if (isfinite(t->c.mean))
        snprintf(them, sizeof them, words_get(lang, WORD_GROUP_CUSTOMERS),
                 value(v, lang, t->c.mean), t->c.n);
    else
        snprintf(them, sizeof them, "%s", words_get(lang, WORD_GROUP_NO_CUSTOMERS));
    if (isfinite(t->welch.lo) && isfinite(t->welch.hi))
        snprintf(gap, sizeof gap, words_get(lang, WORD_GROUP_GAP), value(v, lang, t->welch.d),
                 numfmt_interval(ci, sizeof ci, lang, t->welch.lo, t->welch.hi, 1,
                                 NUMFMT_PLUS | NUMFMT_MINUS));
    else if (isfinite(t->welch.d))
        snprintf(gap, sizeof gap, words_get(lang, WORD_GROUP_GAP_NO_CI),
                 value(v, lang, t->welch.d));
    char predicted[640];
    group_predicted(t, lang, predicted, sizeof predicted);
    /* what they predicted is a paragraph of its own on the projector */
    snprintf(buf, size, "%s %s%s%s%s%s", team, them, gap[0] ? " " : "", gap,
             predicted[0] ? "\n" : "", predicted);
}
