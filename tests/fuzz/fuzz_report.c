/* libFuzzer target: the report writer and the privacy floor. Each input
 * becomes a results store of the shipped scenario (random sessions,
 * participants, workshops, departments, ratings, dropouts, steps reached), a
 * floor and a filter; the report is built for that filter and written in
 * every format, and for every group a filter can select (the whole scenario,
 * each workshop, each department, each pair). Then an oracle that knows
 * nothing of privacy.c plays the reader who subtracts, from the input
 * itself:
 *
 *   - no figure (a touchpoint, a behaviour line, the group) rests on fewer
 *     than the floor of participants;
 *   - no group shown beside a shown parent (each filter dropped, or both)
 *     leaves a rest of fewer than the floor;
 *   - no shown group, split by a workshop or department, has parts not
 *     shown that hold together fewer than the floor (a reader subtracts the
 *     shown parts from it);
 *   - a withheld figure is withheld whole, and no format prints "nan".
 *
 * Any breach aborts. Input layout: byte 0 the floor (2 + b % 5); byte 1 the
 * filter (workshop b % 5, department b / 5 % 5: 0 any, 1-3 a value, 4 one
 * that matches nothing); byte 2 bit 0: with the customer data (bootstrap
 * intervals, slower); then per session 4 bytes and its ratings: workshop and
 * department (b % 4, b / 4 % 4: 0 none), participant (b % 20), k = b % 8
 * ratings of one byte each (touchpoint b % 11, 10 none; valence b / 11 % 10,
 * 0 unanswered), a mask of the first 8 steps reached. */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../engine/paths.h"
#include "../../engine/report.h"
#include "../../engine/report_html.h"
#include "../../engine/steps/steps.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { MAX_SESSIONS = 48, PEOPLE = 20, VALUES = 3, STEPS = 8, MAX_TP = 10 };

static Scenario *scenario;
static CustomerData customers;
static char path[96];
static const char *const workshops[] = {NULL, "W1", "W2", "W3", "nobody"};
static const char *const departments[] = {NULL, "A", "B", "C", "nobody"};

typedef struct {
    int w, d, person;   /* 0: none given; the participant */
    bool took_part;     /* has a rating row */
    bool rated[MAX_TP]; /* answered, per touchpoint */
    unsigned steps;     /* steps reached (mask) */
} Session;

static Session sessions[MAX_SESSIONS];
static int n_sessions, n_tp, floor_;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    DiagList dl;
    diag_init(&dl);
    if (scenario_load("scenarios/energy-move.yaml", paths_data_dir(), &steps_teaser1, &scenario,
                      &dl) != SCENARIO_OK ||
        customers_load(scenario->customers.resolved, scenario, &customers, &dl) != CUSTOMERS_OK)
        abort(); /* run from the top of the source tree */
    diag_free(&dl);
    n_tp = scenario->n_touchpoints < MAX_TP ? scenario->n_touchpoints : MAX_TP;
    if (scenario->n_steps < STEPS)
        abort();
    const char *shm = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(path, sizeof path, "%s/teaser-fuzz-report-%d.sqlite", shm, (int)getpid());
    return 0;
}

static void check(bool ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "privacy breach: %s\n", what);
        abort();
    }
}

/* ---- the input as a store ---- */

static void remove_store(void)
{
    char p[128];
    remove(path);
    snprintf(p, sizeof p, "%s-wal", path);
    remove(p);
    snprintf(p, sizeof p, "%s-shm", path);
    remove(p);
}

static void add_session(Store *st, Session *s, const uint8_t **at, const uint8_t *end)
{
    char who[16];
    snprintf(who, sizeof who, "p%d", s->person);
    SessionInfo info = {.scenario = scenario->id,
                        .scenario_hash = "h",
                        .workshop = workshops[s->w],
                        .participant = who,
                        .department = departments[s->d],
                        .language = "en"};
    int64_t id;
    check(store_begin_session(st, &info, &id) == STORE_OK, "session not stored");
    for (int k = (*at)[-1] % 8; k > 0 && *at < end; k--, (*at)++) {
        int tp = **at % 11, valence = **at / 11 % 10;
        RatingRecord r = {.session = id,
                          .step = "billing",
                          .touchpoint = tp < n_tp ? scenario->touchpoints[tp].id : NULL,
                          .valence = valence,
                          .valence_points = 9,
                          .input_device = "script"};
        check(store_add_rating(st, &r, NULL) == STORE_OK, "rating not stored");
        s->took_part = true;
        if (tp < n_tp && valence > 0)
            s->rated[tp] = true;
    }
    s->steps = *at < end ? *(*at)++ : 0;
    for (int i = 0; i < STEPS; i++)
        if (s->steps >> i & 1) {
            EventRecord enter = {id, scenario->steps[i].id, 0, {EVENT_ENTER, .right = -1}, NULL};
            EventRecord waited = {id, scenario->steps[i].id, 1, {EVENT_WAITED, 60000, 1, -1}, NULL};
            check(store_add_event(st, &enter) == STORE_OK &&
                      store_add_event(st, &waited) == STORE_OK,
                  "event not stored");
        }
}

static Store *make_store(const uint8_t *data, size_t size)
{
    Store *st;
    char err[STORE_ERR_MAX];
    remove_store();
    check(store_open(path, STORE_WRITE, NULL, &st, err, sizeof err) == STORE_OK, err);
    check(store_transaction(st, STORE_TX_BEGIN) == STORE_OK, "no transaction");
    const uint8_t *at = data, *end = data + size;
    for (n_sessions = 0; n_sessions < MAX_SESSIONS && end - at >= 3; n_sessions++) {
        Session *s = &sessions[n_sessions];
        *s = (Session){.w = at[0] % 4, .d = at[0] / 4 % 4, .person = at[1] % PEOPLE};
        at += 3;
        add_session(st, s, &at, end);
    }
    check(store_transaction(st, STORE_TX_COMMIT) == STORE_OK, "not committed");
    return st;
}

/* ---- the oracle: the participants of a group in a layer, from the input ---- */

/* A group: a workshop and a department, each 0 (any), 1-3, or -1 (none given). */
typedef struct {
    int w, d;
} Group;

static bool in(const Session *s, Group g)
{
    return (!g.w || s->w == (g.w < 0 ? 0 : g.w)) && (!g.d || s->d == (g.d < 0 ? 0 : g.d));
}

/* Layer 0 took part, 1 + t rated t, 1 + n_tp + i reached step i. */
static bool counts(const Session *s, int layer)
{
    return layer == 0      ? s->took_part
           : layer <= n_tp ? s->rated[layer - 1]
                           : (s->steps >> (layer - 1 - n_tp) & 1) != 0;
}

/* The distinct participants of sessions in a but not in b (b.w 99: none excluded). */
static int people(Group a, Group b, int layer)
{
    uint32_t set = 0;
    for (int i = 0; i < n_sessions; i++)
        if (in(&sessions[i], a) && (b.w == 99 || !in(&sessions[i], b)) &&
            counts(&sessions[i], layer))
            set |= 1u << sessions[i].person;
    return __builtin_popcount(set);
}

static const Group ALL_OF = {99, 0};

/* ---- the reports, for every group a filter can select ---- */

enum { N_GROUPS = 16 };
static Report reports[N_GROUPS];
static Group groups[N_GROUPS];

static bool shown(int g, int layer)
{
    const Report *r = &reports[g];
    if (r->withheld)
        return false;
    if (layer == 0)
        return true;
    if (layer <= n_tp)
        return r->tp[layer - 1].withheld == PRIVACY_SHOWN;
    const TallyStep *d = &r->behaviour[layer - 1 - n_tp].did;
    return d->reached || d->waits;
}

static int group_index(Group g)
{
    for (int i = 0; i < N_GROUPS; i++)
        if (groups[i].w == g.w && groups[i].d == g.d)
            return i;
    return -1; /* none given: no report selects it */
}

/* A withheld figure is withheld whole; a shown one agrees with its count. */
static void whole(const Report *r, int g)
{
    for (int t = 0; t < r->n_tp; t++) {
        const ReportTouchpoint *tp = &r->tp[t];
        if (tp->withheld != PRIVACY_SHOWN)
            check(isnan(tp->e.n) && isnan(tp->e.mean) && isnan(tp->e.sd) && isnan(tp->welch.d) &&
                      isnan(tp->welch.lo) && isnan(tp->hedges_g) && isnan(tp->cliffs) &&
                      isnan(tp->median_e) && isnan(tp->share_below),
                  "a withheld touchpoint shows a figure");
        else if (g >= 0)
            check(tp->people == people(groups[g], ALL_OF, 1 + t), "a count differs");
        if (tp->withheld != PRIVACY_SHOWN && tp->c.n > 0)
            check(isnan(r->pe_e), "the journey rests on a withheld touchpoint");
    }
    if (r->withheld)
        check(r->n_behaviour == 0 && isnan(r->pe_e), "a withheld group shows behaviour");
}

/* Splits of a shown group into parts: by workshop (dim 0) or department (1),
 * or both (2); each part not shown (or not selectable) is unknown to a
 * reader, and together the unknown ones must hold none or the floor. */
static void split(int g, int dim, int layer)
{
    Group p = groups[g];
    if ((dim != 1 && p.w) || (dim != 0 && p.d) || !shown(g, layer))
        return;
    uint32_t unknown = 0;
    for (int w = -1; w <= 3; w++)
        for (int d = -1; d <= 3; d++) {
            if (!w || !d || (dim == 1 && w != -1) || (dim == 0 && d != -1))
                continue;
            Group part = {dim == 1 ? p.w : w, dim == 0 ? p.d : d};
            int k = group_index(part);
            if (k >= 0 && shown(k, layer))
                continue;
            for (int i = 0; i < n_sessions; i++)
                if (in(&sessions[i], part) && counts(&sessions[i], layer))
                    unknown |= 1u << sessions[i].person;
        }
    int n = __builtin_popcount(unknown);
    check(n == 0 || n >= floor_, "shown parts subtracted from a shown group leave a few");
}

static void oracle(void)
{
    for (int g = 0; g < N_GROUPS; g++) {
        whole(&reports[g], g);
        for (int layer = 0; layer <= n_tp + STEPS; layer++) {
            int n = people(groups[g], ALL_OF, layer);
            if (shown(g, layer))
                check(n == 0 || n >= floor_, "a figure rests on fewer than the floor");
            /* each filter dropped, then both */
            Group parents[3] = {{0, groups[g].d}, {groups[g].w, 0}, {0, 0}};
            for (int k = 0; k < 3; k++) {
                int p = group_index(parents[k]);
                if (p == g || !shown(g, layer) || !shown(p, layer))
                    continue;
                int rest = people(parents[k], groups[g], layer);
                check(rest == 0 || rest >= floor_, "a group's rest within its parent is a few");
            }
            for (int dim = 0; dim < 3; dim++)
                split(g, dim, layer);
        }
    }
}

/* ---- the writers ---- */

/* Whether word stands in text on its own (not inside a longer word). */
static bool word_in(const char *text, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = text; (p = strstr(p, word)); p++) {
        bool before = p > text && ((p[-1] | 32) >= 'a' && (p[-1] | 32) <= 'z');
        bool after = (p[n] | 32) >= 'a' && (p[n] | 32) <= 'z';
        if (!before && !after)
            return true;
    }
    return false;
}

static void write_all(const Report *r)
{
    for (int i = 0; i < 4; i++) { /* json, csv, text, html */
        char *buf = NULL;
        size_t size = 0;
        FILE *f = open_memstream(&buf, &size);
        if (!f)
            abort();
        ReportPage page = {"Moving house", "2026-12-06", NULL, "en"};
        bool ok = i == 0   ? report_write_json(f, r)
                  : i == 1 ? report_write_csv(f, r)
                  : i == 2 ? report_write_text(f, r, "en")
                           : report_write_html(f, r, &page);
        fclose(f);
        check(ok && buf, "a writer failed");
        check(!word_in(buf, "nan") && !word_in(buf, "inf"), "a format prints nan");
        if (i == 0) {
            int nulls = 0, withheld = 0;
            for (const char *p = buf; (p = strstr(p, "\"n_employees\": null")); p++)
                nulls++;
            for (int t = 0; t < r->n_tp; t++)
                withheld += r->tp[t].withheld != PRIVACY_SHOWN;
            check(nulls == withheld, "a withheld count shows in JSON");
        }
        free(buf);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    floor_ = 2 + data[0] % 5;
    Group asked = {data[1] % 5, data[1] / 5 % 5};
    bool with_customers = data[2] & 1;
    Store *st = make_store(data + 3, size - 3);
    char err[STORE_ERR_MAX];
    int n = 0;
    for (int w = 0; w <= 3; w++)
        for (int d = 0; d <= 3; d++) {
            groups[n] = (Group){w, d};
            StoreFilter f = {
                .workshop = workshops[w], .scenario = scenario->id, .department = departments[d]};
            check(report_build(scenario, NULL, st, &f, floor_, &reports[n++], err, sizeof err),
                  err);
        }
    oracle();
    Report r;
    StoreFilter f = {.workshop = workshops[asked.w],
                     .scenario = scenario->id,
                     .department = departments[asked.d]};
    check(report_build(scenario, with_customers ? &customers : NULL, st, &f, floor_, &r, err,
                       sizeof err),
          err);
    whole(&r, asked.w < 4 && asked.d < 4 ? group_index(asked) : -1);
    r.compare = &reports[1]; /* beside workshop W1 */
    write_all(&r);
    report_free(&r);
    for (int g = 0; g < N_GROUPS; g++)
        report_free(&reports[g]);
    store_close(st);
    remove_store();
    return 0;
}
