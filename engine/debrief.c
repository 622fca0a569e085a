/* The personal debrief's content. Sentences are built once from the numbers,
 * in the language played; the view (engine/view/debrief_view.c) only lays
 * them out. */
#include "debrief.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "words.h"

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
        snprintf(d->gaps[d->n_gaps], sizeof d->gaps[0],
                 words_get(lang, gap > 0 ? WORD_DEBRIEF_WORSE_THEM : WORD_DEBRIEF_WORSE_YOU), d->label[best], fabs(gap));
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
    if (yl >= 0 && cl >= 0)
        snprintf(d->moments, sizeof d->moments, words_get(lang, WORD_DEBRIEF_MOMENTS), d->label[yl], d->you[yl],
                 d->label[cl], d->customers[cl], d->you[ye], d->customers[ce]);
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
        WordId id = n == 1 ? (n_right ? WORD_DEBRIEF_LETTER_RIGHT : WORD_DEBRIEF_LETTER_WRONG)
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
        snprintf(d->did[n++], sizeof d->did[0], words_get(lang, WORD_DEBRIEF_REPEATED),
                 sum.repeated);
    if (sum.answers && n < DEBRIEF_LINES)
        letters(s, lang, t, d->did[n++], sizeof d->did[0]);
    if (sum.forms && sum.attempts > 1 && n < DEBRIEF_LINES)
        snprintf(d->did[n++], sizeof d->did[0], words_get(lang, WORD_DEBRIEF_ATTEMPTS),
                 sum.attempts);
    d->n_did = n;
}

/* To one decimal, with no "-0.0". */
static double tenth(double v)
{
    double r = round(v * 10) / 10;
    return r == 0 ? 0 : r;
}

void debrief_build(Debrief *d, const Scenario *s, const char *lang, const double *you,
                   const double *customers, const Tally *did)
{
    memset(d, 0, sizeof *d);
    d->n = s->n_touchpoints < DEBRIEF_MAX_TP ? s->n_touchpoints : DEBRIEF_MAX_TP;
    for (int i = 0; i < d->n; i++) {
        d->label[i] = text_get(&s->touchpoints[i].label, lang, s->language);
        d->you[i] = isfinite(you[i]) ? tenth(you[i]) : NAN;
        d->customers[i] = isfinite(customers[i]) ? tenth(customers[i]) : NAN;
    }
    gap_sentences(d, lang);
    moments(d, lang);
    behaviour(d, s, lang, did);
}

/* Parts the numbers allow, joined: a figure that cannot be computed (no one
 * rated it, no customer data, an interval on fewer than two) is said in
 * words, never printed as "nan". */
void debrief_group_line(const ReportTouchpoint *t, const char *lang, char *buf, size_t size)
{
    char team[160], them[120], gap[240] = "";
    if (isfinite(t->e.mean))
        snprintf(team, sizeof team, words_get(lang, WORD_GROUP_TEAM), t->e.mean, t->e.n);
    else
        snprintf(team, sizeof team, "%s",
                 words_get(lang, t->e.n == 0 ? WORD_GROUP_TEAM_NONE : WORD_GROUP_TEAM_WITHHELD));
    if (isfinite(t->c.mean))
        snprintf(them, sizeof them, words_get(lang, WORD_GROUP_CUSTOMERS), t->c.mean, t->c.n);
    else
        snprintf(them, sizeof them, "%s", words_get(lang, WORD_GROUP_NO_CUSTOMERS));
    if (isfinite(t->welch.lo) && isfinite(t->welch.hi))
        snprintf(gap, sizeof gap, words_get(lang, WORD_GROUP_GAP), t->welch.d, t->welch.lo,
                 t->welch.hi);
    else if (isfinite(t->welch.d))
        snprintf(gap, sizeof gap, words_get(lang, WORD_GROUP_GAP_NO_CI), t->welch.d);
    snprintf(buf, size, "%s %s%s%s", team, them, gap[0] ? " " : "", gap);
}
