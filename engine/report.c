/* Building a report: the store's ratings are folded, per session and
 * touchpoint, into one value each (the mean of that person's ratings there,
 * so that a loop does not count a person twice), then into frequency tables
 * on -4..+4 (report_fold.c, which also reads the events and the census);
 * customers' tables are mapped onto the same scale. Everything after that
 * is stats.c.
 *
 * The work is split so that the slow parts overlap: report_fold reads the
 * store and then draws the employees' half of every bootstrap ahead
 * (draw_ahead), while the caller may read the customers' CSV on another
 * thread; report_finish computes the figures and runs the bootstrap
 * intervals, the slowest part, on up to REPORT_THREADS threads. Every
 * interval has a fixed seed, so the report is the same however the work is
 * spread.
 *
 * The store is read for the whole scenario, not only the group asked for:
 * the group's ratings and events are folded, and everyone's place (workshop,
 * department, which touchpoints and steps) goes into a census for the
 * privacy floor (privacy.c), which decides which groups could be worked out
 * from one another. The floor is applied last, to figures already computed:
 * nothing of the employees that it withholds leaves report_finish. */
#include "report.h"

#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report_fold.h"
#include "tally.h"
#include "numfmt.h"
#include "words.h"

enum {
    BOOTSTRAP_RESAMPLES = 10000,
    BOOTSTRAP_SEED = 20261123,
    BOOTSTRAP_AHEAD_BYTES = 64 << 20,
    REPORT_THREADS = 4,
};


/* A customer touchpoint's table on -4..+4 (a summary has no table). */
static int customer_table(const CustomerTouchpoint *ct, StatsFreq *out)
{
    for (int i = 0; i < ct->n_freq; i++)
        out[i] = (StatsFreq){customers_common(ct, ct->freq[i].value), ct->freq[i].count};
    return ct->n_freq;
}

/* A bootstrap interval still to compute: the slow part of a report. */
typedef struct {
    const Table *e;
    StatsFreq *c; /* the customers' table on -4..+4 */
    int nc;
    StatsInterval *out;
} CiJob;

typedef struct {
    CiJob *jobs;
    int n;
    atomic_int next;
} CiQueue;

static void *ci_worker(void *arg)
{
    CiQueue *q = arg;
    double *work = malloc(BOOTSTRAP_RESAMPLES * sizeof *work);
    for (int i; work && (i = atomic_fetch_add(&q->next, 1)) < q->n;) {
        const CiJob *j = &q->jobs[i];
        if (j->e->drawn)
            stats_cliffs_delta_ci_from(j->e->f, j->e->n, j->e->drawn, j->c, j->nc,
                                       BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED, 0.95, work, j->out);
        else
            stats_cliffs_delta_ci(j->e->f, j->e->n, j->c, j->nc, BOOTSTRAP_RESAMPLES,
                                  BOOTSTRAP_SEED, 0.95, work, j->out);
    }
    free(work);
    return NULL;
}

/* Every interval, on as many threads as there are processors (at most
 * REPORT_THREADS). Each touchpoint has the same seed whichever thread takes
 * it, so the report is the same; without threads this thread does them all. */
static void bootstrap_all(CiJob *jobs, int n)
{
    CiQueue q = {jobs, n, 0};
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    pthread_t helper[REPORT_THREADS];
    int started = 0;
    for (long k = 1; k < cpus && k < REPORT_THREADS && k < n; k++)
        started += pthread_create(&helper[started], NULL, ci_worker, &q) == 0;
    ci_worker(&q);
    for (int k = 0; k < started; k++)
        pthread_join(helper[k], NULL);
}

/* The figures of what was predicted, before they are known. */
static void no_predictions(ReportTouchpoint *t)
{
    t->p = t->shift = (StatsSummary){0, NAN, NAN};
    t->predicted = (StatsWelch){NAN, NAN, NAN, NAN, NAN};
    t->shift_ci = (StatsInterval){NAN, NAN};
}

/* The shift that playing caused at a touchpoint, from its (predicted, felt)
 * pairs: each pair's |P - mean C| - |E - mean C| is a value of a table, so
 * the mean, SD and paired t interval come from stats.c as every other
 * figure does. Without the customers' mean every value is NaN, and so are
 * the figures, but n still says how many sessions did both. */
static void shift_figures(ReportTouchpoint *t, const PairTable *pairs)
{
    StatsFreq *d = malloc(((size_t)pairs->n + 1) * sizeof *d);
    if (!d)
        return;
    double mc = t->c.mean;
    for (int i = 0; i < pairs->n; i++)
        d[i] = (StatsFreq){fabs(pairs->f[i].predicted - mc) - fabs(pairs->f[i].felt - mc),
                           pairs->f[i].count};
    t->shift = stats_summary(d, pairs->n);
    free(d);
    if (t->shift.n >= 2 && isfinite(t->shift.sd)) {
        double half = stats_t_quantile(0.975, t->shift.n - 1) * t->shift.sd / sqrt(t->shift.n);
        t->shift_ci = (StatsInterval){t->shift.mean - half, t->shift.mean + half};
    }
}

/* What the group predicted at a touchpoint, beside the customers (t->c known). */
static void prediction_figures(ReportTouchpoint *t, const Table *p, const PairTable *pairs)
{
    no_predictions(t);
    t->p = stats_summary(p->f, p->n);
    t->predicted = stats_welch(t->p, t->c, 0.95);
    shift_figures(t, pairs);
}

/* The shares of a table over the whole values -4..+4, each value rounded to
 * the nearest (a session's mean of two ratings can fall between); NaN
 * throughout for an empty table. */
static void distribution(const StatsFreq *f, int n, double out[REPORT_VALUES])
{
    double total = 0;
    for (int v = 0; v < REPORT_VALUES; v++)
        out[v] = 0;
    for (int i = 0; i < n; i++) {
        int v = (int)lround(fmin(4, fmax(-4, f[i].value))) + 4;
        out[v] += f[i].count;
        total += f[i].count;
    }
    for (int v = 0; v < REPORT_VALUES; v++)
        out[v] = total > 0 ? out[v] / total : NAN;
}

/* Every figure of a touchpoint but its bootstrap interval, which goes to job.
 * A customer summary (n, mean, sd) is mapped onto -4..+4 by its scale: the
 * mean through customers_common, the sd by the ratio of the scales' widths;
 * it has no table, so no Cliff's delta and no share below. */
static void figures(ReportTouchpoint *t, const Table *e, const CustomerTouchpoint *ct, CiJob *job)
{
    StatsFreq *c = ct ? malloc(((size_t)ct->n_freq + 1) * sizeof *c) : NULL;
    int nc = c ? customer_table(ct, c) : 0;
    t->e = stats_summary(e->f, e->n);
    distribution(e->f, e->n, t->dist_e);
    distribution(c, nc, t->dist_c);
    t->c = (StatsSummary){0, NAN, NAN};
    if (ct && ct->summary) {
        double scale = 8 / (ct->scale_max - ct->scale_min);
        t->c = (StatsSummary){ct->n, customers_common(ct, ct->mean), ct->sd * scale};
    } else if (ct) {
        t->c = stats_summary(c, nc);
    }
    t->median_e = stats_median(e->f, e->n);
    t->share_below = nc && isfinite(t->median_e) ? stats_share_below(c, nc, t->median_e) : NAN;
    t->welch = stats_welch(t->e, t->c, 0.95);
    t->hedges_g = stats_hedges_g(t->e, t->c);
    t->cliffs = nc && e->n ? stats_cliffs_delta(e->f, e->n, c, nc) : NAN;
    t->cliffs_ci = (StatsInterval){NAN, NAN};
    *job = (CiJob){e, c, nc && e->n ? nc : 0, &t->cliffs_ci};
    t->indicative = t->e.n < REPORT_INDICATIVE || t->c.n < REPORT_INDICATIVE;
    no_predictions(t);
}

/* Peak-end over the touchpoints that both curves have, in journey order. */
static void peak_end(Report *r)
{
    double *e = malloc(((size_t)r->n_tp + 1) * sizeof *e),
           *c = malloc(((size_t)r->n_tp + 1) * sizeof *c);
    int n = 0;
    for (int i = 0; e && c && i < r->n_tp; i++)
        if (r->tp[i].e.n > 0 && r->tp[i].c.n > 0)
            e[n] = r->tp[i].e.mean, c[n++] = r->tp[i].c.mean;
    r->pe_e = stats_peak_end(e, n);
    r->pe_c = stats_peak_end(c, n);
    r->pe_gap = r->pe_e - r->pe_c;
    free(e);
    free(c);
}

/* What the group did at each step (counted by the store already, or read
 * here event by event); false with err filled when the store cannot be read
 * or memory runs out. */
static bool behaviour(Report *r, Fold *fold, Store *store, char *err, size_t err_size)
{
    const Scenario *s = fold->s;
    r->behaviour = calloc((size_t)s->n_steps + 1, sizeof *r->behaviour);
    if (!r->behaviour) {
        snprintf(err, err_size, "out of memory");
        return false;
    }
    if (fold_events(fold, store) != STORE_OK) {
        snprintf(err, err_size, "%s", store_error(store));
        return false;
    }
    for (int i = 0; i < s->n_steps; i++) {
        r->behaviour[i].step = s->steps[i].id;
        r->behaviour[i].label = scenario_step_label(s, i, s->language);
        r->behaviour[i].did = fold->tally.steps[i];
    }
    r->n_behaviour = s->n_steps;
    if (fold->failed)
        snprintf(err, err_size, "out of memory");
    return !fold->failed;
}

/* Appends a sentence and a space to buf, whose first n bytes are written;
 * returns the new length (beyond size when it did not fit). */
static size_t say(char *buf, size_t size, size_t n, const char *word, ...)
{
    if (n >= size)
        return n;
    va_list ap;
    va_start(ap, word);
    int k = vsnprintf(buf + n, size - n, word, ap);
    va_end(ap);
    n += k > 0 ? (size_t)k : 0;
    if (n + 1 < size)
        buf[n] = ' ', buf[n + 1] = '\0';
    return n + 1;
}

void report_behaviour_text(const ReportBehaviour *b, const char *lang, char *buf, size_t size)
{
    const TallyStep *d = &b->did;
    size_t n = 0;
    buf[0] = '\0';
    if (d->waits)
        n = say(buf, size, n,
                words_get(lang, d->hangups ? WORD_REPORT_WAITED_HANGUPS : WORD_REPORT_WAITED),
                floor(d->wait_ms / d->waits / 60000),
                fmod(floor(d->wait_ms / d->waits / 1000), 60));
    if (d->hangups)
        n = say(buf, size, n,
                words_plural(lang, d->hangups, WORD_REPORT_HANGUPS_ONE, WORD_REPORT_HANGUPS_MANY),
                d->hangups);
    if (d->disconnects)
        n = say(
            buf, size, n,
            words_plural(lang, d->disconnects, WORD_REPORT_CUT_OFF_ONE, WORD_REPORT_CUT_OFF_MANY),
            d->disconnects);
    char x[NUMFMT_MAX]; /* "2,5" in Dutch */
    if (d->repeated && d->reached)
        n = say(buf, size, n,
                words_get(lang, d->rejected ? WORD_REPORT_REPEATED_TYPOS : WORD_REPORT_REPEATED),
                numfmt_fixed(x, sizeof x, lang, (double)d->repeated / d->reached, 1, 0));
    if (d->answers)
        n = say(buf, size, n, words_get(lang, WORD_REPORT_ANSWERS), d->right, d->answers,
                d->answer_ms / d->answers / 1000);
    if (d->forms)
        n = say(buf, size, n,
                words_get(lang, d->timeouts ? WORD_REPORT_FORM_TIMEOUT : WORD_REPORT_FORM),
                numfmt_fixed(x, sizeof x, lang, (double)d->attempts / d->forms, 1, 0));
    if (n > 0 && n <= size)
        buf[n - 1] = '\0'; /* the last space */
}

/* ---- the privacy floor ---- */

/* A touchpoint whose employee figures may not show: every one of them is
 * gone, their count too. */
static void withhold(ReportTouchpoint *t, PrivacyVerdict why)
{
    t->withheld = why;
    t->people = 0;
    t->e = (StatsSummary){NAN, NAN, NAN};
    t->median_e = t->share_below = t->hedges_g = t->cliffs = NAN;
    t->welch = (StatsWelch){NAN, NAN, NAN, NAN, NAN};
    t->cliffs_ci = (StatsInterval){NAN, NAN};
    t->indicative = true;
    for (int v = 0; v < REPORT_VALUES; v++)
        t->dist_e[v] = NAN;
}

/* The same for the predictions at a touchpoint, and for shift. */
static void withhold_predicted(ReportTouchpoint *t, PrivacyVerdict why)
{
    t->predicted_withheld = why;
    t->predicted_people = 0;
    t->p = (StatsSummary){NAN, NAN, NAN};
    t->predicted = (StatsWelch){NAN, NAN, NAN, NAN, NAN};
}

static void withhold_shift(ReportTouchpoint *t, PrivacyVerdict why)
{
    t->shift_withheld = why;
    t->paired_people = 0;
    t->shift = (StatsSummary){NAN, NAN, NAN};
    t->shift_ci = (StatsInterval){NAN, NAN};
}

/* The floor on one touchpoint's predictions and shift: each side as the felt
 * figures (felt: the verdict on them), and shift when too few both
 * predicted and felt there. */
static void floor_predictions(ReportTouchpoint *t, const Privacy *p, const PrivacyGroup *g,
                              const Report *r, const Scenario *s, int i, PrivacyVerdict felt)
{
    int layer_p = fold_layer_predicted(s, i), layer_both = fold_layer_paired(s, i);
    t->predicted_people = privacy_count(p, g, layer_p);
    t->paired_people = privacy_count(p, g, layer_both);
    PrivacyVerdict v = r->withheld ? r->why : privacy_verdict(p, g, layer_p);
    if (v != PRIVACY_SHOWN)
        withhold_predicted(t, v);
    PrivacyVerdict both = felt ? felt : v ? v : privacy_verdict(p, g, layer_both);
    if (both != PRIVACY_SHOWN)
        withhold_shift(t, both);
}

static bool has_behaviour(const TallyStep *d)
{
    return d->reached || d->waits || d->hangups || d->disconnects || d->repeated || d->answers ||
           d->forms || d->timeouts;
}

/* Applies the census's verdicts to the whole group, each touchpoint, the
 * journey (which rests on the touchpoints) and each behaviour line. */
static void apply_floor(Report *r, const Privacy *p, const StoreFilter *f, const Scenario *s)
{
    const PrivacyGroup *g = &(PrivacyGroup){f->workshop, f->department, f->site};
    r->participants = privacy_count(p, g, 0);
    r->why = r->participants < r->min_group ? PRIVACY_FEW /* none at all, too */
                                            : privacy_verdict(p, g, 0);
    r->withheld = r->why != PRIVACY_SHOWN;
    bool journey = true;
    for (int i = 0; i < r->n_tp; i++) {
        ReportTouchpoint *t = &r->tp[i];
        t->people = privacy_count(p, g, fold_layer_felt(i));
        PrivacyVerdict v = r->withheld ? r->why : privacy_verdict(p, g, fold_layer_felt(i));
        floor_predictions(t, p, g, r, s, i, v);
        if (v == PRIVACY_SHOWN)
            continue;
        journey = journey && !(t->e.n > 0 && t->c.n > 0);
        r->tp_withheld += !r->withheld;
        withhold(t, v);
    }
    if (!journey || r->withheld)
        r->pe_e = r->pe_gap = NAN;
    for (int i = 0; i < r->n_behaviour; i++) {
        ReportBehaviour *b = &r->behaviour[i];
        b->people = privacy_count(p, g, fold_layer_step(s, i));
        if (!r->withheld && privacy_verdict(p, g, fold_layer_step(s, i)) == PRIVACY_SHOWN)
            continue;
        r->behaviour_withheld += !r->withheld && has_behaviour(&b->did);
        b->did = (TallyStep){0};
        b->people = 0;
    }
    if (r->withheld) {
        free(r->behaviour), r->behaviour = NULL, r->n_behaviour = 0;
        r->sessions = r->scripted = 0;
    }
}

/* ---- sites side by side ---- */

static int by_label(const void *a, const void *b)
{
    return strcmp(((const ReportSite *)a)->site, ((const ReportSite *)b)->site);
}

/* One site's figures at every touchpoint, each behind the floor of the
 * group it is: the filter's workshop and department at that site. */
static bool site_figures(ReportSite *o, const Report *r, const Table *tables, const Privacy *p,
                         const PrivacyGroup *g)
{
    o->tp = calloc((size_t)r->n_tp + 1, sizeof *o->tp);
    if (!o->tp)
        return false;
    o->participants = privacy_count(p, g, 0);
    o->withheld = o->participants < r->min_group ? PRIVACY_FEW : privacy_verdict(p, g, 0);
    if (o->withheld)
        o->participants = 0;
    for (int t = 0; t < r->n_tp; t++) {
        ReportSiteTouchpoint *x = &o->tp[t];
        x->withheld = o->withheld ? o->withheld : privacy_verdict(p, g, fold_layer_felt(t));
        x->e = x->withheld ? (StatsSummary){0, NAN, NAN} : stats_summary(tables[t].f, tables[t].n);
        x->welch = x->withheld ? (StatsWelch){NAN, NAN, NAN, NAN, NAN}
                               : stats_welch(x->e, r->tp[t].c, 0.95);
    }
    return true;
}

/* Every site of the group beside the others, when the report is over two
 * or more and shows its group. False when memory runs out. */
static bool sites_side_by_side(Report *r, const Fold *fold, const StoreFilter *f)
{
    int n = fold->sites.n;
    if (f->site || n < 2 || r->withheld)
        return true;
    r->sites = calloc((size_t)n, sizeof *r->sites);
    if (!r->sites)
        return false;
    r->n_sites = n;
    for (int k = 0; k < n; k++) {
        ReportSite *o = &r->sites[k];
        const PrivacyGroup g = {f->workshop, f->department, fold->sites.keys[k]};
        if (!(o->site = strdup(g.site)) ||
            !site_figures(o, r, fold->by_site + (size_t)k * r->n_tp, fold->privacy, &g))
            return false;
    }
    qsort(r->sites, (size_t)n, sizeof *r->sites, by_label);
    return true;
}


/* The employees' half of every bootstrap, drawn now: a caller that reads the
 * customers' data meanwhile (teaser report) has this done by then. Within a
 * memory bound; beyond it the interval draws its own. */
static void draw_ahead(Fold *fold, int n_tp)
{
    size_t budget = BOOTSTRAP_AHEAD_BYTES;
    for (int t = 0; t < n_tp; t++) {
        Table *e = &fold->employees[t];
        size_t bytes = (size_t)e->n * BOOTSTRAP_RESAMPLES * sizeof *e->drawn;
        if (e->n == 0 || bytes > budget || !(e->drawn = malloc(bytes)))
            continue;
        budget -= bytes;
        if (!stats_resample_all(e->f, e->n, BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED, e->drawn)) {
            free(e->drawn);
            e->drawn = NULL;
        }
    }
}

struct ReportFold {
    Fold fold;
    const StoreFilter *filter;
};

ReportFold *report_fold(const Scenario *s, Store *store, const StoreFilter *filter, char *err,
                        size_t err_size)
{
    int n = s->n_touchpoints;
    ReportFold *rf = calloc(1, sizeof *rf);
    if (!rf) {
        snprintf(err, err_size, "out of memory");
        return NULL;
    }
    rf->filter = filter;
    Fold *fold = &rf->fold;
    bool ok = fold_init(fold, s, filter);
    StoreStatus st = ok ? fold_store(fold, store) : STORE_OK;
    if (st != STORE_OK)
        snprintf(err, err_size, "%s", store_error(store));
    else if (!ok || fold->failed)
        snprintf(err, err_size, "out of memory");
    if (st != STORE_OK || !ok || fold->failed) {
        fold_free(fold);
        free(rf);
        return NULL;
    }
    draw_ahead(fold, n);
    return rf;
}

/* Every figure of every touchpoint; false when memory runs out. */
static bool all_figures(Report *out, const Scenario *s, Fold *fold, const CustomerData *customers)
{
    CiJob *jobs = calloc((size_t)out->n_tp + 1, sizeof *jobs);
    int n_jobs = 0;
    for (int t = 0; jobs && t < out->n_tp; t++) {
        out->tp[t].id = s->touchpoints[t].id;
        out->tp[t].label = text_get(&s->touchpoints[t].label, s->language, s->language);
        figures(&out->tp[t], &fold->employees[t],
                customers ? customers_find(customers, s->touchpoints[t].id) : NULL, &jobs[n_jobs]);
        prediction_figures(&out->tp[t], &fold->predicted[t], &fold->pairs[t]);
        if (jobs[n_jobs].nc)
            n_jobs++;
        else
            free(jobs[n_jobs].c);
    }
    if (jobs)
        bootstrap_all(jobs, n_jobs);
    for (int j = 0; jobs && j < n_jobs; j++)
        free(jobs[j].c);
    free(jobs);
    return jobs != NULL;
}

bool report_finish(ReportFold *rf, const CustomerData *customers, Store *store, int min_group,
                   Report *out, char *err, size_t err_size)
{
    memset(out, 0, sizeof *out);
    Fold *fold = &rf->fold;
    const Scenario *s = fold->s;
    *out = (Report){.scenario = s->id,
                    .workshop = rf->filter->workshop,
                    .department = rf->filter->department,
                    .site = rf->filter->site,
                    .min_group = min_group,
                    .tp = calloc((size_t)s->n_touchpoints + 1, sizeof *out->tp),
                    .n_tp = s->n_touchpoints};
    bool ok = out->tp && all_figures(out, s, fold, customers);
    if (!ok)
        snprintf(err, err_size, "out of memory");
    ok = ok && behaviour(out, fold, store, err, err_size);
    if (ok && !privacy_settle(fold->privacy, min_group))
        snprintf(err, err_size, "out of memory"), ok = false;
    if (ok) {
        peak_end(out);
        memcpy(out->first, fold->first, sizeof out->first);
        memcpy(out->last, fold->last, sizeof out->last);
        out->sessions = fold->sessions;
        out->scripted = fold->scripted_sessions;
        apply_floor(out, fold->privacy, rf->filter, s);
        if (!sites_side_by_side(out, fold, rf->filter))
            snprintf(err, err_size, "out of memory"), ok = false;
    }
    fold_free(fold);
    free(rf);
    return ok;
}

void report_fold_free(ReportFold *rf)
{
    if (rf)
        fold_free(&rf->fold);
    free(rf);
}

bool report_build(const Scenario *s, const CustomerData *customers, Store *store,
                  const StoreFilter *filter, int min_group, Report *out, char *err, size_t err_size)
{
    memset(out, 0, sizeof *out);
    ReportFold *rf = report_fold(s, store, filter, err, err_size);
    return rf && report_finish(rf, customers, store, min_group, out, err, err_size);
}

void report_free(Report *r)
{
    for (int i = 0; i < r->n_sites; i++)
        free(r->sites[i].site), free(r->sites[i].tp);
    free(r->sites);
    free(r->behaviour);
    free(r->tp);
    memset(r, 0, sizeof *r);
}

/* Fewer than the floor came or went (or nothing did, and nothing moved). */
static bool too_few_moved(int now, int shown, int floor)
{
    return abs(now - shown) < floor;
}

/* The felt figures of a touchpoint as shown before, its predictions as now. */
static void hold_felt(ReportTouchpoint *t, const ReportTouchpoint *was)
{
    ReportTouchpoint now = *t;
    *t = *was;
    t->p = now.p, t->predicted = now.predicted;
    t->shift = now.shift, t->shift_ci = now.shift_ci;
    t->predicted_withheld = now.predicted_withheld, t->shift_withheld = now.shift_withheld;
    t->predicted_people = now.predicted_people, t->paired_people = now.paired_people;
}

/* The predictions and shift at a touchpoint: each held on its own count, as
 * the felt figures are on theirs (a workshop predicts first and feels
 * later; someone may predict and not yet have felt). */
static void hold_predictions(ReportTouchpoint *t, const ReportTouchpoint *was, int floor)
{
    if (!t->predicted_withheld && !was->predicted_withheld &&
        too_few_moved(t->predicted_people, was->predicted_people, floor)) {
        t->p = was->p, t->predicted = was->predicted;
        t->predicted_people = was->predicted_people;
    }
    if (!t->shift_withheld && !was->shift_withheld &&
        too_few_moved(t->paired_people, was->paired_people, floor)) {
        t->shift = was->shift, t->shift_ci = was->shift_ci;
        t->paired_people = was->paired_people;
    }
}

void report_hold(Report *now, const Report *shown)
{
    if (now->withheld || shown->withheld || now->n_tp != shown->n_tp ||
        now->n_behaviour != shown->n_behaviour)
        return; /* nothing was shown, or nothing is: no difference to take */
    bool held = false;
    for (int i = 0; i < now->n_tp; i++) {
        ReportTouchpoint *t = &now->tp[i];
        const ReportTouchpoint *was = &shown->tp[i];
        if (!t->withheld && !was->withheld && too_few_moved(t->people, was->people, now->min_group))
            hold_felt(t, was), held = true;
        hold_predictions(t, was, now->min_group);
    }
    for (int i = 0; i < now->n_behaviour; i++)
        if (too_few_moved(now->behaviour[i].people, shown->behaviour[i].people, now->min_group))
            now->behaviour[i] = shown->behaviour[i];
    if (held) /* the journey rests on the touchpoints held */
        now->pe_e = shown->pe_e, now->pe_c = shown->pe_c, now->pe_gap = shown->pe_gap;
}
