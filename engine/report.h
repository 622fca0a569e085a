/* The gap report (docs/contract.md, "Statistics"): per touchpoint, employees' ratings beside the
 * customers' on the common -4..+4 scale, with the statistics of stats.c, the
 * journey's peak-end scores, and the privacy floor; and its writers (JSON,
 * CSV, text). Reads the store through store.h; computes nothing itself that
 * stats.c computes. No SDL. */
#ifndef TEASER_REPORT_H
#define TEASER_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "customers.h"
#include "privacy.h"
#include "scenario.h"
#include "stats.h"
#include "store.h"
#include "tally.h"

enum { REPORT_MIN_GROUP = 5, REPORT_MIN_GROUP_FLOOR = 3, REPORT_INDICATIVE = 10 };
/* The whole values of the common scale, -4..+4, for the distributions. */
enum { REPORT_VALUES = 9 };

/* One touchpoint's figures, E the employees (one value per session: the mean
 * of its ratings there) and C the customers. welch is E - C with its 95%
 * interval; hedges_g and cliffs are effect sizes, cliffs_ci cliffs' 95%
 * bootstrap interval. A figure that cannot be computed (no data; cliffs and
 * share_below from a customer summary) is NaN; so is every figure of E,
 * e.n included, when the privacy floor withholds them (withheld says why). */
typedef struct {
    const char *id, *label;       /* the touchpoint's id; its label in the scenario's language */
    StatsSummary e, c;            /* on -4..+4; n is 0 when there is no data */
    double median_e, share_below; /* E's median; the share (0..1) of C strictly below it */
    StatsWelch welch;
    double hedges_g, cliffs;
    StatsInterval cliffs_ci;
    bool indicative; /* fewer than REPORT_INDICATIVE on either side */
    PrivacyVerdict withheld; /* PRIVACY_SHOWN, or why E's figures are withheld here */
    int people; /* distinct participants of the group who rated it; 0 when withheld (not shown) */
    /* The two distributions over -4..+4 (index value + 4): the share (0..1)
     * of E's values and of C's that round to each whole value. NaN throughout
     * when there is no table (no data; C from a summary) and, for dist_e,
     * when E is withheld. */
    double dist_e[REPORT_VALUES], dist_c[REPORT_VALUES];
    /* What they predicted before playing (ratings of kind predicted; never in e):
     * one value a session, on -4..+4; n 0 when none predicted here. predicted
     * is P - C with Welch's 95% interval (predicted_gap). shift is over the
     * sessions that both predicted and felt here: the mean of |P - mean C| -
     * |E - mean C| (positive: playing brought them closer), with its paired t
     * 95% interval. NaN where they cannot be computed or are withheld. */
    StatsSummary p;
    StatsWelch predicted;
    StatsSummary shift;
    StatsInterval shift_ci;
    /* The floor on them, as withheld on e: predictions are withheld when
     * fewer than the floor predicted here (or by subtraction); shift when
     * either side is, or when too few sessions both predicted and felt here.
     * p.n and shift.n are NaN when withheld. The counts are of distinct
     * participants (0 when withheld), for report_hold. */
    PrivacyVerdict predicted_withheld, shift_withheld;
    int predicted_people, paired_people;
} ReportTouchpoint;

/* What the friction steps measured of the team at one step (behaviour
 * next to emotion). Counts are over the selected sessions. */
typedef struct {
    const char *step;  /* the step's id */
    const char *label; /* its touchpoint's label, or its id */
    TallyStep did;     /* what the team did there (tally.h); all 0 when withheld */
    int people;        /* distinct participants with an event there */
} ReportBehaviour;

/* One site beside the others (a report over two sites or more, no --site):
 * per touchpoint the group's employees there and their gap to everyone's
 * customers (welch, E at the site - C). Withheld as a group of its own. */
typedef struct {
    StatsSummary e;   /* n 0, NaN when withheld or none there */
    StatsWelch welch; /* NaN when withheld */
    PrivacyVerdict withheld;
} ReportSiteTouchpoint;

typedef struct {
    char *site;       /* its label */
    int participants; /* 0 when withheld */
    PrivacyVerdict withheld;
    ReportSiteTouchpoint *tp; /* one per touchpoint, as Report.tp */
} ReportSite;

typedef struct Report {
    const char *scenario;              /* the scenario's id */
    const char *workshop, *department, *site; /* the filters, or NULL */
    int participants;                  /* distinct pseudonyms in the selection */
    /* the privacy floor applied (REPORT_MIN_GROUP unless asked otherwise) */
    int min_group;
    /* no employee figure is shown: fewer participants than min_group, or the
     * group could be worked out by subtraction (why says which) */
    bool withheld;
    PrivacyVerdict why;
    int tp_withheld;        /* touchpoints whose employee figures are withheld (not whole) */
    int behaviour_withheld; /* steps whose behaviour line is withheld */
    /* one per scenario touchpoint, in the scenario's order */
    ReportTouchpoint *tp;
    int n_tp;
    double pe_e, pe_c, pe_gap;  /* peak-end of the two curves and their difference */
    ReportBehaviour *behaviour; /* one per step of the scenario; none when withheld */
    int n_behaviour;
    char first[11], last[11];     /* dates of the first and last session (YYYY-MM-DD); "": none */
    ReportSite *sites;            /* by label; none with --site, one site or the group withheld */
    int n_sites;
    int sessions, scripted; /* the group's sessions with ratings; of them, played from a script */
    const struct Report *compare; /* another workshop to compare with (before/after), or NULL */
} Report;

/* One sentence on what the team went through at a step ("" when nothing), in
 * lang (words.h). */
void report_behaviour_text(const ReportBehaviour *b, const char *lang, char *buf, size_t size);

/* Builds the report; false with err filled when the store cannot be read.
 * The privacy floor (min_group) is applied to every figure: a touchpoint, a
 * behaviour line, the journey, the whole group, each withheld when fewer
 * than the floor rest on it or when it could be worked out by subtraction
 * from other groups of the same scenario (privacy.h). */
bool report_build(const Scenario *s, const CustomerData *customers, Store *store,
                  const StoreFilter *filter, int min_group, Report *out, char *err,
                  size_t err_size);
/* The same in two halves, so that the customer data can be read meanwhile:
 * report_fold reads the employees' ratings (NULL with err filled on failure);
 * report_finish adds the customers, computes every figure and frees the fold.
 * filter must live until report_finish. */
typedef struct ReportFold ReportFold;
ReportFold *report_fold(const Scenario *s, Store *store, const StoreFilter *filter, char *err,
                        size_t err_size);
bool report_finish(ReportFold *fold, const CustomerData *customers, Store *store, int min_group,
                   Report *out, char *err, size_t err_size);
/* A fold not finished (NULL is fine). */
void report_fold_free(ReportFold *fold);
void report_free(Report *r);

/* For a report drawn again and again (the group debrief's refresh): keeps
 * shown's figures at each touchpoint and step where fewer than the floor of
 * participants came or went since, so that no one's ratings show as the
 * difference between two refreshes. now and shown are of one scenario. */
void report_hold(Report *now, const Report *shown);

bool report_write_json(FILE *f, const Report *r);
bool report_write_csv(FILE *f, const Report *r);
/* The table for a terminal, its words in lang (words.h). */
bool report_write_text(FILE *f, const Report *r, const char *lang);

#endif
