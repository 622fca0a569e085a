/* The gap report in a language, in sentences a manager reads at a glance: the
 * headline ("At 7 of the 9 moments compared, customers feel clearly worse
 * than your team thought; the largest gap is ...") and one sentence per
 * moment. Shared by the text and the HTML report, so that the two say the
 * same; plain UTF-8 (the HTML page escapes it). Computes no statistic: a gap
 * is "clear" when report.c's 95% interval lies wholly on one side of 0. No SDL. */
#ifndef TEASER_REPORT_SAY_H
#define TEASER_REPORT_SAY_H

#include <stddef.h>

#include "report.h"

/* What the report sets against the customers first: what the team predicted
 * before playing, when anyone did (that belief is what the company acts on),
 * else what it felt while playing. */
typedef enum { BELIEF_FELT, BELIEF_PREDICTED } ReportBelief;
ReportBelief report_say_belief(const Report *r);
/* The belief's mean at t (-4..+4) and its gap to customers (Welch); the gap's
 * d is NaN where it is not shown (withheld, or a side without data). */
double report_say_mean(const ReportTouchpoint *t, ReportBelief b);
StatsWelch report_say_welch(const ReportTouchpoint *t, ReportBelief b);

/* What the headline rests on. */
typedef struct {
    ReportBelief belief;
    int compared; /* moments with a gap (figures on both sides, not withheld) */
    int clear;    /* of them, where customers feel clearly worse: gap > 0, interval above 0 */
    const ReportTouchpoint *largest; /* the largest gap above 0; NULL when none */
    int shifted, closer; /* predictions: moments with a shift, and clearly closer (interval > 0) */
} ReportHeadline;

ReportHeadline report_say_count(const Report *r);
/* The headline sentence in lang, cut to size. */
void report_say_headline(const Report *r, const char *lang, char *buf, size_t size);
/* After a headline on predictions, what playing did: at how many moments it
 * brought the team clearly closer to customers (the shift's interval above
 * 0), in lang; "" without predictions. */
void report_say_closer(const Report *r, const char *lang, char *buf, size_t size);
/* What one moment's gap means, without its label ("customers feel 2.3 points
 * worse than your team thought"; "... predicted"), in lang. */
void report_say_gap(const ReportTouchpoint *t, ReportBelief b, const char *lang, char *buf,
                    size_t size);
/* Whether its gap rests on fewer than REPORT_INDICATIVE answers on a side:
 * only a gap shown is marked (not one withheld or missing). */
bool report_say_indicative(const ReportTouchpoint *t);
/* Whether anyone in the report predicted before playing (a touchpoint with p.n > 0). */
bool report_say_has_predictions(const Report *r);
/* Whether customers feel clearly worse there than the team thought (b). */
bool report_say_clearly_worse(const ReportTouchpoint *t, ReportBelief b);
/* "3 of the 12 sessions were scripted plays ..." in lang; "" when none was. */
void report_say_scripted(const Report *r, const char *lang, char *buf, size_t size);
/* r's touchpoints by the gap of r's belief, largest first, those without a gap last: an
 * array of n_tp pointers the caller frees; NULL when memory runs out. */
const ReportTouchpoint **report_say_ranked(const Report *r);
/* Sets the labels of r's touchpoints and steps to the scenario's text in
 * lang (report_build writes them in the scenario's language). */
void report_say_labels(Report *r, const Scenario *s, const char *lang);

#endif
