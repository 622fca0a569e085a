/* The gap report built from a store and the shipped customer data, against
 * figures computed independently with SciPy 1.10 from the expanded data:
 *
 *   e = np.array([2,3,1,4,2,5]) - 5            # six participants, 9-point -> -4..+4
 *   c = expanded {1:120,2:100,3:55,4:25,5:8} mapped 2v-6   # 1-5 -> -4..+4
 *   Welch, Hedges' g and Cliff's delta by the formulas of docs/contract.md, np.median(e),
 *   (c < np.median(e)).mean()
 *
 * and the privacy floor: a group below it shows no employee figure
 * (tests/test_privacy.c tries harder to get round it). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <stdlib.h>

#include "../engine/paths.h"
#include "../engine/report.h"
#include "../engine/steps/steps.h"
#include "assert_close.h"
#include "helpers.h"

#define DB "build/report-test.sqlite"

static Scenario *scenario;
static CustomerData customers;
static Store *store;

static void add_session_at(const char *who, const char *workshop, const char *site, int valence)
{
    SessionInfo info = {.scenario = "energy-move",
                        .scenario_hash = "h",
                        .workshop = workshop,
                        .participant = who,
                        .department = NULL,
                        .language = "en",
                        .site = site};
    int64_t id;
    assert_int_equal(store_begin_session(store, &info, &id), STORE_OK);
    RatingRecord r = {.session = id,
                      .step = "billing",
                      .touchpoint = "transfer",
                      .valence = valence,
                      .valence_points = 9,
                      .input_device = "script"};
    assert_int_equal(store_add_rating(store, &r, NULL), STORE_OK);
    RatingRecord skipped = r;
    skipped.valence = 0; /* unanswered: left out */
    skipped.timed_out = true;
    assert_int_equal(store_add_rating(store, &skipped, NULL), STORE_OK);
    /* what the friction steps logged: a wait of valence minutes, a letter
     * answered rightly by those who rated 3 or more, in valence seconds */
    EventRecord enter = {id, "hold", 0, {EVENT_ENTER, .right = -1}, "wait"};
    assert_int_equal(store_add_event(store, &enter), STORE_OK);
    EventRecord waited = {id, "hold", 1, {EVENT_WAITED, valence * 60000, 1, -1}, NULL};
    assert_int_equal(store_add_event(store, &waited), STORE_OK);
    EventRecord left = {id, "hold", 1, {EVENT_LEAVE, .right = -1}, "ended"};
    assert_int_equal(store_add_event(store, &left), STORE_OK);
    EventRecord letter = {id, "letter", 2, {EVENT_ENTER, .right = -1}, "letter"};
    assert_int_equal(store_add_event(store, &letter), STORE_OK);
    EventRecord answer = {id, "letter", 2, {EVENT_ANSWER, valence * 1000, 2, valence >= 3}, NULL};
    assert_int_equal(store_add_event(store, &answer), STORE_OK);
    EventRecord done = {id, "letter", 2, {EVENT_LEAVE, .right = -1}, "answered"};
    assert_int_equal(store_add_event(store, &done), STORE_OK);
}

static void add_session(const char *who, const char *workshop, int valence)
{
    add_session_at(who, workshop, NULL, valence);
}

static int setup(void **state)
{
    (void)state;
    DiagList dl;
    diag_init(&dl);
    assert_int_equal(scenario_load("scenarios/energy-move.yaml", paths_data_dir(), &steps_teaser1,
                                   &scenario, &dl),
                     SCENARIO_OK);
    assert_int_equal(customers_load(scenario->customers.resolved, scenario, &customers, &dl),
                     CUSTOMERS_OK);
    diag_free(&dl);
    remove(DB);
    remove(DB "-wal");
    char err[STORE_ERR_MAX];
    assert_int_equal(store_open(DB, STORE_WRITE, NULL, &store, err, sizeof err), STORE_OK);
    static const int valences[] = {2, 3, 1, 4, 2, 5};
    for (int i = 0; i < 6; i++) {
        char who[16];
        snprintf(who, sizeof who, "p%d", i);
        add_session(who, i < 4 ? "small" : "other", valences[i]);
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    store_close(store);
    customers_free(&customers);
    scenario_free(scenario);
    return 0;
}

static const ReportTouchpoint *find(const Report *r, const char *id)
{
    for (int i = 0; i < r->n_tp; i++)
        if (!strcmp(r->tp[i].id, id))
            return &r->tp[i];
    return NULL;
}

static void the_figures_of_a_touchpoint_match_scipy(void **state)
{
    (void)state;
    Report r;
    char err[256];
    StoreFilter all = {.scenario = "energy-move"};
    assert_true(report_build(scenario, &customers, store, &all, 5, &r, err, sizeof err));
    assert_int_equal(r.participants, 6);
    assert_false(r.withheld);
    const ReportTouchpoint *t = find(&r, "transfer");
    assert_close(t->e.n, 6, 0);
    assert_close(t->c.n, 308, 0);
    assert_close(t->e.mean, -2.1666666666666665, 1e-12);
    assert_close(t->c.mean, -1.9415584415584415, 1e-12);
    assert_close(t->welch.d, -0.22510822510822504, 1e-12);
    assert_close(t->welch.lo, -1.765310657317279, 1e-7);
    assert_close(t->welch.hi, 1.315094207100829, 1e-7);
    assert_close(t->hedges_g, -0.10609696516385894, 1e-12);
    assert_close(t->cliffs, 0.01461038961038961, 1e-12);
    assert_close(t->median_e, -2.5, 0);
    assert_close(t->share_below, 0.38961038961038963, 1e-12);
    assert_true(t->cliffs_ci.lo < t->cliffs && t->cliffs < t->cliffs_ci.hi);
    assert_true(t->indicative);                        /* six employees: fewer than ten */
    assert_true(isnan(find(&r, "call-menu")->e.mean)); /* nobody rated it */
    report_free(&r);
}

/* The group debrief draws both distributions side by side: the shares of
 * each whole value of -4..+4, from the same tables as the means. */
static void each_touchpoint_has_both_distributions_over_the_nine_values(void **state)
{
    (void)state;
    Report r;
    char err[256];
    StoreFilter all = {.scenario = "energy-move"};
    assert_true(report_build(scenario, &customers, store, &all, 5, &r, err, sizeof err));
    const ReportTouchpoint *t = find(&r, "transfer");
    /* valences 2, 3, 1, 4, 2, 5 of 9 are -3, -2, -4, -1, -3, 0 */
    const double team[REPORT_VALUES] = {1 / 6.0, 2 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 0, 0, 0, 0};
    double sum = 0, mean = 0;
    for (int v = 0; v < REPORT_VALUES; v++) {
        assert_close(t->dist_e[v], team[v], 1e-12);
        sum += t->dist_c[v];
        mean += t->dist_c[v] * (v - 4);
    }
    assert_close(sum, 1, 1e-12);
    assert_close(mean, t->c.mean, 1e-12); /* the customers' table, on -4..+4 */
    assert_close(t->dist_c[0], 120 / 308.0, 1e-12); /* 1 of 1..5 is -4; 5 is +4 */
    assert_close(t->dist_c[1], 0, 0);               /* in steps of 2: no -3 */
    assert_true(isnan(find(&r, "call-menu")->dist_e[0])); /* nobody rated it */
    report_free(&r);
}

static void what_the_friction_steps_measured_is_summed_per_step(void **state)
{
    (void)state;
    Report r;
    char err[256];
    StoreFilter all = {.scenario = "energy-move"};
    assert_true(report_build(scenario, &customers, store, &all, 5, &r, err, sizeof err));
    const ReportBehaviour *hold = NULL, *letter = NULL;
    for (int i = 0; i < r.n_behaviour; i++) {
        hold = !strcmp(r.behaviour[i].step, "hold") ? &r.behaviour[i] : hold;
        letter = !strcmp(r.behaviour[i].step, "letter") ? &r.behaviour[i] : letter;
    }
    /* valences 2,3,1,4,2,5: waits of 17 minutes in all over 6 people */
    assert_int_equal(hold->did.reached, 6);
    assert_int_equal(hold->did.waits, 6);
    assert_close(hold->did.wait_ms, 17 * 60000.0, 0);
    assert_int_equal(letter->did.answers, 6);
    assert_int_equal(letter->did.right, 3); /* 3, 4 and 5 */
    assert_close(letter->did.answer_ms, 17000, 0);
    char says[256];
    report_behaviour_text(hold, "en", says, sizeof says);
    assert_string_equal(says, "Waited 2:50 on hold on average.");
    report_behaviour_text(letter, "en", says, sizeof says);
    assert_string_equal(says, "3 of 6 found the right answer, after 3 s on average.");
    report_free(&r);
}

static void a_group_below_the_privacy_floor_shows_no_employee_figure(void **state)
{
    (void)state;
    Report r;
    char err[256];
    StoreFilter small = {.workshop = "small", .scenario = "energy-move", .department = NULL};
    assert_true(report_build(scenario, &customers, store, &small, 5, &r, err, sizeof err));
    assert_int_equal(r.participants, 4);
    assert_true(r.withheld);
    const ReportTouchpoint *t = find(&r, "transfer");
    assert_true(isnan(t->e.n)); /* not even how many rated it */
    assert_true(isnan(t->e.mean) && isnan(t->welch.d) && isnan(t->cliffs) && isnan(r.pe_e));
    assert_close(t->c.n, 308, 0); /* customers are no one's secret */
    for (int v = 0; v < REPORT_VALUES; v++)
        assert_true(isnan(t->dist_e[v]) && isfinite(t->dist_c[v]));
    char json[8192];
    FILE *f = fmemopen(json, sizeof json, "w");
    assert_true(report_write_json(f, &r));
    fclose(f);
    assert_non_null(strstr(json, "\"withheld\": true"));
    assert_non_null(strstr(json, "\"mean_employees\": null"));
    assert_null(strstr(json, "-2.16"));              /* the group's mean appears nowhere */
    assert_null(strstr(json, "\"step\": \"hold\"")); /* nor what they did */
    report_free(&r);
    /* at a floor of 3 the same group is still withheld: everyone (6) minus
     * it would be the other workshop's two, who are under that floor */
    assert_true(report_build(scenario, &customers, store, &small, 3, &r, err, sizeof err));
    assert_true(r.withheld);
    assert_int_equal(r.why, PRIVACY_SUBTRACTION);
    report_free(&r);
    /* at a floor of 2 both workshops are shown */
    assert_true(report_build(scenario, &customers, store, &small, 2, &r, err, sizeof err));
    assert_false(r.withheld);
    report_free(&r);
}

static void two_workshops_are_compared_touchpoint_by_touchpoint(void **state)
{
    (void)state;
    Report now, before;
    char err[256];
    StoreFilter small = {.workshop = "small", .scenario = "energy-move", .department = NULL},
                other = {.workshop = "other", .scenario = "energy-move", .department = NULL};
    assert_true(report_build(scenario, &customers, store, &small, 2, &now, err, sizeof err));
    assert_true(report_build(scenario, &customers, store, &other, 2, &before, err, sizeof err));
    now.compare = &before;
    /* small: valences 2,3,1,4 -> mean -2.5; other: 2,5 -> mean -1.5; customers -1.9416 */
    const ReportTouchpoint *a = find(&now, "transfer"), *b = find(&before, "transfer");
    assert_close(a->welch.d, -2.5 + 1.9415584415584415, 1e-12);
    assert_close(b->welch.d, -1.5 + 1.9415584415584415, 1e-12);
    char json[16384];
    FILE *f = fmemopen(json, sizeof json, "w");
    assert_true(report_write_json(f, &now));
    fclose(f);
    assert_non_null(strstr(json, "\"comparison\": {\"workshop\": \"other\", \"participants\": 2, "
                                 "\"withheld\": false"));
    assert_non_null(strstr(json, "\"change\": -1, ")); /* -2.5 now against -1.5 before */
    report_free(&now);
    report_free(&before);
}

/* Two sites of three: each site's gap beside everyone's, computed by hand
 * (valence v of 9 is v - 5 on -4..+4): Utrecht 2,3,1 -> mean -3; Breda
 * 4,2,5 -> mean -4/3; customers -1.9416. Under a floor of 4 each site is
 * withheld, everyone still shown; with --site there is nothing beside it. */
static void sites_are_shown_side_by_side_each_behind_the_floor(void **state)
{
    (void)state;
    Store *everyone = store;
    char err[STORE_ERR_MAX];
    remove("build/report-sites.sqlite");
    assert_int_equal(
        store_open("build/report-sites.sqlite", STORE_WRITE, NULL, &store, err, sizeof err),
        STORE_OK);
    static const int valences[] = {2, 3, 1, 4, 2, 5};
    for (int i = 0; i < 6; i++) {
        char who[16];
        snprintf(who, sizeof who, "s%d", i);
        add_session_at(who, "W", i < 3 ? "Utrecht" : "Breda", valences[i]);
    }
    Report r;
    StoreFilter all = {.scenario = "energy-move"};
    assert_true(report_build(scenario, &customers, store, &all, 3, &r, err, sizeof err));
    assert_int_equal(r.n_sites, 2);
    assert_string_equal(r.sites[0].site, "Breda");
    assert_string_equal(r.sites[1].site, "Utrecht");
    int t = (int)(find(&r, "transfer") - r.tp);
    assert_int_equal(r.sites[0].participants, 3);
    assert_close(r.sites[0].tp[t].e.mean, -4.0 / 3, 1e-12);
    assert_close(r.sites[0].tp[t].welch.d, -4.0 / 3 + 1.9415584415584415, 1e-12);
    assert_close(r.sites[1].tp[t].welch.d, -3 + 1.9415584415584415, 1e-12);
    char json[65536];
    FILE *f = fmemopen(json, sizeof json, "w");
    assert_true(report_write_json(f, &r));
    fclose(f);
    assert_non_null(strstr(json, "\"sites\": [\n  {\"site\": \"Breda\", \"participants\": 3, "
                                 "\"withheld\": null"));
    report_free(&r);

    assert_true(report_build(scenario, &customers, store, &all, 4, &r, err, sizeof err));
    assert_false(r.withheld);
    assert_int_equal(r.n_sites, 2);
    for (int k = 0; k < 2; k++) {
        assert_int_equal(r.sites[k].withheld, PRIVACY_FEW);
        assert_int_equal(r.sites[k].participants, 0);
        assert_true(isnan(r.sites[k].tp[t].e.mean) && isnan(r.sites[k].tp[t].welch.d));
    }
    f = fmemopen(json, sizeof json, "w");
    assert_true(report_write_json(f, &r));
    fclose(f);
    assert_null(strstr(json, "-1.333")); /* Breda's mean appears nowhere */
    report_free(&r);

    StoreFilter breda = {.scenario = "energy-move", .site = "Breda"};
    assert_true(report_build(scenario, &customers, store, &breda, 3, &r, err, sizeof err));
    assert_int_equal(r.n_sites, 0);
    assert_close(find(&r, "transfer")->e.mean, -4.0 / 3, 1e-12);
    report_free(&r);
    store_close(store);
    store = everyone;
}

/* ---- predictions ---- */

/* The figures of predictions in the order tests/independent/predictions.py
 * prints them, and the JSON fields they are. */
static const char *const prediction_fields[] = {
    "n_predicted",           "mean_predicted", "predicted_gap", "predicted_gap_ci_low",
    "predicted_gap_ci_high", "n_shift",        "shift",         "shift_ci_low",
    "shift_ci_high"};
enum { PREDICTION_FIELDS = sizeof prediction_fields / sizeof *prediction_fields };

/* The number of field key in touchpoint tp's object of a report's JSON; NaN: null. */
static double json_figure(const char *json, const char *tp, const char *key)
{
    char at[80], field[80];
    snprintf(at, sizeof at, "{\"id\": \"%s\"", tp);
    snprintf(field, sizeof field, "\"%s\": ", key);
    const char *o = strstr(json, at), *end = o ? strchr(o, '}') : NULL;
    const char *v = o ? strstr(o, field) : NULL;
    if (!v || v > end)
        fail_msg("no %s at %s", key, tp);
    v += strlen(field);
    return strncmp(v, "null", 4) ? strtod(v, NULL) : NAN;
}

static void assert_figure(double got, double want, const char *tp, const char *key)
{
    if (isnan(want) ? !isnan(got) : !(fabs(got - want) <= 1e-8))
        fail_msg("%s at %s = %.15g, want %.15g", key, tp, got, want);
}

/* tests/data/script-water-damage.txt with its k-th "rate V" (the nine
 * predictions, then the nine felt ratings) answered 1 + (V - 1 + i (k mod 5
 * + 1) + k) mod 9 instead: participant i's own answers. */
static void write_script(const char *path, int i)
{
    char text[8192], *save = NULL;
    assert_true(read_text("tests/data/script-water-damage.txt", text, sizeof text) > 0);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    int k = 0;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        int v, n = 0;
        if (sscanf(line, "rate %d%n", &v, &n) == 1)
            fprintf(f, "rate %d%s\n", 1 + (v - 1 + i * (k % 5 + 1) + k) % 9, line + n), k++;
        else
            fprintf(f, "%s\n", line);
    }
    assert_int_equal(k, 18);
    fclose(f);
}

/* A python3 with scipy (Debian's python3-scipy), or NULL. */
static const char *python_with_scipy(void)
{
    static const char *const pythons[] = {"python3", "/usr/bin/python3"};
    for (size_t i = 0; i < sizeof pythons / sizeof *pythons; i++)
        if (shell("%s -c 'import scipy.stats' >/dev/null 2>&1", pythons[i]) == 0)
            return pythons[i];
    return NULL;
}

/* Each line of the independent script's output against the report's JSON. */
static void assert_independent_equal(const char *printed, const char *json)
{
    char text[8192], *save = NULL;
    assert_true(read_text(printed, text, sizeof text) > 0);
    int lines = 0;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char tp[64], *at = line;
        int n = 0;
        assert_int_equal(sscanf(at, "%63s%n", tp, &n), 1);
        for (int k = 0; k < PREDICTION_FIELDS; k++) {
            char word[32];
            at += n;
            assert_int_equal(sscanf(at, "%31s%n", word, &n), 1);
            double want = strcmp(word, "null") ? strtod(word, NULL) : NAN;
            assert_figure(json_figure(json, tp, prediction_fields[k]), want, tp,
                          prediction_fields[k]);
        }
        lines++;
    }
    assert_int_equal(lines, 9);
}

/* Seven participants play water-damage from a script, each with answers of
 * their own (write_script): the figures of predictions in the report equal
 * those that tests/independent/predictions.py computes from the raw rows
 * with scipy. The constants below are what it printed for this workshop:
 *
 *   teaser export --db results.sqlite > export.csv
 *   /usr/bin/python3 tests/independent/predictions.py export.csv \
 *       scenarios/water-damage.customers.csv
 *
 * and when a python3 with scipy is installed the test runs it again. */
static void predictions_of_a_scripted_workshop_match_scipy(void **state)
{
    (void)state;
    static const struct {
        const char *id;
        double v[PREDICTION_FIELDS];
    } want[] = {
        {"claims-menu",
         {7, -0.1428571429, 0.5956043956, -2.301662654, 3.492871446, 7, 0.2175824176, -1.485698411,
          1.920863246}},
        {"claims-wait",
         {7, 0, 2.088235294, -0.7878164002, 4.964286988, 7, -0.4537815126, -2.507609623,
          1.600046598}},
        {"damage-form",
         {7, -0.5714285714, 0.4747252747, -1.964885634, 2.914336183, 7, -0.8703296703, -3.25321941,
          1.51256007}},
        {"decision-letter",
         {7, -0.4285714286, 0.9243697479, -1.515075756, 3.363815252, 7, -0.243697479, -1.000415621,
          0.5130206634}},
        {"looking-back",
         {7, -0.4285714286, 0.1428571429, -2.296616547, 2.582330833, 7, 0.2653061224, -1.488185851,
          2.018798096}},
        {"payment-call-wait",
         {7, -0.1428571429, 1.96017316, -0.2698127399, 4.19015906, 7, 0.3151515152, -2.318860027,
          2.949163057}},
        {"payment-letter",
         {7, -1, 1.275449102, -0.723294332, 3.274192536, 7, -0.9358426005, -3.498996211,
          1.62731101}},
        {"to-adjuster",
         {7, -1.428571429, 0.5837362637, -1.913322178, 3.080794706, 7, -0.8641758242, -3.161475364,
          1.433123716}},
        {"to-handler",
         {7, 1, 2.866261398, 0.6000099912, 5.132512805, 7, 0.9617889709, -1.652019289,
          3.575597231}},
    };
    const char *bin = getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser";
    char dir[] = "build/report-predictions-XXXXXX", path[128], json[1 << 16];
    assert_non_null(mkdtemp(dir));
    for (int i = 1; i <= 7; i++) {
        snprintf(path, sizeof path, "%s/script-%d.txt", dir, i);
        write_script(path, i);
        assert_int_equal(shell("%s play --headless --participant p%d --workshop w --db "
                               "%s/results.sqlite --input %s scenarios/water-damage.yaml "
                               ">/dev/null",
                               bin, i, dir, path),
                         0);
    }
    assert_int_equal(shell("%s report --scenario scenarios/water-damage.yaml --format json "
                           "--db %s/results.sqlite -o %s/report.json",
                           bin, dir, dir),
                     0);
    snprintf(path, sizeof path, "%s/report.json", dir);
    assert_true(read_text(path, json, sizeof json) > 0);
    assert_non_null(strstr(json, "\"sessions\": 7, \"scripted_sessions\": 7"));
    for (size_t t = 0; t < sizeof want / sizeof *want; t++)
        for (int k = 0; k < PREDICTION_FIELDS; k++)
            assert_figure(json_figure(json, want[t].id, prediction_fields[k]), want[t].v[k],
                          want[t].id, prediction_fields[k]);
    /* felt figures never include predictions: claims-menu was felt
     * 1 + (3 + 5i + 9) mod 9 (k = 9) = 9, 5, 1, 6, 2, 7, 3, a mean of -2/7
     * on -4..+4; predicted 7, 8, 9, 1, 2, 3, 4 (-1/7) */
    assert_figure(json_figure(json, "claims-menu", "mean_employees"), -2.0 / 7, "claims-menu",
                  "mean_employees");
    const char *python = python_with_scipy();
    if (python) {
        assert_int_equal(
            shell("%s export --db %s/results.sqlite -o %s/export.csv 2>/dev/null", bin, dir, dir),
            0);
        assert_int_equal(shell("%s tests/independent/predictions.py %s/export.csv "
                               "scenarios/water-damage.customers.csv > %s/independent.txt",
                               python, dir, dir),
                         0);
        snprintf(path, sizeof path, "%s/independent.txt", dir);
        assert_independent_equal(path, json);
    } else {
        print_message("no python3 with scipy: tests/independent/predictions.py not run\n");
    }
    assert_int_equal(shell("rm -rf %s", dir), 0);
}

static void add_rating(Store *to, int64_t session, RatingKind kind, const char *tp, int valence)
{
    RatingRecord r = {.session = session,
                      .kind = kind,
                      .step = kind == RATING_PREDICTED ? "predict" : "somewhere",
                      .touchpoint = tp,
                      .valence = valence,
                      .valence_points = 9,
                      .input_device = "keyboard"};
    assert_int_equal(store_add_rating(to, &r, NULL), STORE_OK);
}

static int64_t begin(Store *to, const char *who)
{
    SessionInfo info = {.scenario = "energy-move",
                        .scenario_hash = "h",
                        .workshop = "P",
                        .participant = who,
                        .language = "en"};
    int64_t id;
    assert_int_equal(store_begin_session(to, &info, &id), STORE_OK);
    return id;
}

/* Session i of seven in workshop P (valence v of 9 is v - 5 on -4..+4):
 * everyone predicts 2 and feels 3 + i at call-wait; sessions 0-3 predict
 * transfer, which everyone feels; sessions 0-4 predict move-form, 2-6 feel
 * it (three both). */
static void add_predicting_session(Store *to, int i)
{
    char who[16];
    snprintf(who, sizeof who, "q%d", i);
    int64_t id = begin(to, who);
    add_rating(to, id, RATING_PREDICTED, "call-wait", 2);
    if (i < 4)
        add_rating(to, id, RATING_PREDICTED, "transfer", 6);
    if (i < 5)
        add_rating(to, id, RATING_PREDICTED, "move-form", 4);
    add_rating(to, id, RATING_FELT, "call-wait", 1 + i % 9);
    add_rating(to, id, RATING_FELT, "transfer", 5);
    if (i >= 2)
        add_rating(to, id, RATING_FELT, "move-form", 3);
}

/* Seven sessions of add_predicting_session in a new store in dir (a
 * mkdtemp template). */
static Store *predicting_workshop(char *dir)
{
    char path[64], err[STORE_ERR_MAX];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/results.sqlite", dir);
    Store *to;
    assert_int_equal(store_open(path, STORE_WRITE, NULL, &to, err, sizeof err), STORE_OK);
    for (int i = 0; i < 7; i++)
        add_predicting_session(to, i);
    return to;
}

/* The floor on predictions is the floor on felt figures, on its own count:
 * predictions withheld where fewer than the floor predicted; shift where
 * either side is, or where fewer than the floor both predicted and felt.
 * Felt figures never include predictions. */
static void predictions_are_behind_the_privacy_floor_on_their_own_count(void **state)
{
    (void)state;
    char dir[] = "build/report-floor-XXXXXX", err[STORE_ERR_MAX];
    Store *to = predicting_workshop(dir);
    Report r;
    StoreFilter p = {.scenario = "energy-move", .workshop = "P"};
    assert_true(report_build(scenario, &customers, to, &p, 5, &r, err, sizeof err));
    const ReportTouchpoint *wait = find(&r, "call-wait"), *transfer = find(&r, "transfer"),
                           *form = find(&r, "move-form");
    /* call-wait: felt 1..7 -> -4..2, mean -1; predicted -3 by all seven */
    assert_close(wait->e.mean, -1, 1e-12);
    assert_close(wait->p.n, 7, 0);
    assert_close(wait->p.mean, -3, 1e-12);
    assert_close(wait->predicted.d, -3 - wait->c.mean, 1e-12);
    assert_close(wait->shift.n, 7, 0);
    assert_int_equal(wait->predicted_withheld, PRIVACY_SHOWN);
    assert_int_equal(wait->predicted_people, 7);
    /* transfer: four predicted, under the floor; felt shown */
    assert_int_equal(transfer->withheld, PRIVACY_SHOWN);
    assert_close(transfer->e.mean, 0, 1e-12);
    assert_int_equal(transfer->predicted_withheld, PRIVACY_FEW);
    assert_true(isnan(transfer->p.n) && isnan(transfer->p.mean) && isnan(transfer->predicted.d));
    assert_int_equal(transfer->shift_withheld, PRIVACY_FEW);
    assert_true(isnan(transfer->shift.mean) && isnan(transfer->shift_ci.lo));
    /* move-form: five predicted, five felt, three both: only shift withheld */
    assert_close(form->p.n, 5, 0);
    assert_close(form->e.n, 5, 0);
    assert_int_equal(form->shift_withheld, PRIVACY_FEW);
    assert_true(isnan(form->shift.mean));
    /* nobody predicted the rest: n 0, no figure */
    assert_close(find(&r, "call-menu")->p.n, 0, 0);
    assert_true(isnan(find(&r, "call-menu")->predicted.d));
    char json[1 << 16];
    FILE *f = fmemopen(json, sizeof json, "w");
    assert_true(report_write_json(f, &r));
    fclose(f);
    assert_true(isnan(json_figure(json, "transfer", "n_predicted")));
    assert_true(isnan(json_figure(json, "transfer", "shift")));
    assert_close(json_figure(json, "call-menu", "n_predicted"), 0, 0);
    assert_non_null(strstr(json, "\"predicted_withheld\": \"fewer than 5 participants\""));
    assert_non_null(strstr(json, "\"sessions\": 7, \"scripted_sessions\": 0"));
    report_free(&r);
    store_close(to);
    assert_int_equal(shell("rm -rf %s", dir), 0);
}

/* The group debrief's refresh: one more prediction (fewer than the floor
 * came) leaves the predicted figures as they were shown, so that no one's
 * prediction shows as the difference; five more show the new figures. */
static void a_refresh_holds_predictions_until_the_floor_has_moved(void **state)
{
    (void)state;
    char dir[] = "build/report-hold-XXXXXX", err[STORE_ERR_MAX];
    Store *to = predicting_workshop(dir);
    Report shown, now;
    StoreFilter p = {.scenario = "energy-move", .workshop = "P"};
    assert_true(report_build(scenario, &customers, to, &p, 5, &shown, err, sizeof err));
    int64_t id = begin(to, "late"); /* predicts call-wait, feels nothing yet */
    add_rating(to, id, RATING_PREDICTED, "call-wait", 9);
    assert_true(report_build(scenario, &customers, to, &p, 5, &now, err, sizeof err));
    const ReportTouchpoint *t = find(&now, "call-wait");
    assert_close(t->p.n, 8, 0);
    report_hold(&now, &shown);
    assert_close(t->p.n, 7, 0);
    assert_close(t->p.mean, -3, 1e-12);
    report_free(&now);
    for (int i = 0; i < 4; i++) {
        char who[16];
        snprintf(who, sizeof who, "late%d", i);
        add_rating(to, begin(to, who), RATING_PREDICTED, "call-wait", 9);
    }
    assert_true(report_build(scenario, &customers, to, &p, 5, &now, err, sizeof err));
    report_hold(&now, &shown);
    t = find(&now, "call-wait");
    assert_close(t->p.n, 12, 0); /* five came: shown */
    assert_close(t->p.mean, (7 * -3 + 5 * 4) / 12.0, 1e-12);
    report_free(&now);
    report_free(&shown);
    store_close(to);
    assert_int_equal(shell("rm -rf %s", dir), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_figures_of_a_touchpoint_match_scipy),
        cmocka_unit_test(each_touchpoint_has_both_distributions_over_the_nine_values),
        cmocka_unit_test(what_the_friction_steps_measured_is_summed_per_step),
        cmocka_unit_test(a_group_below_the_privacy_floor_shows_no_employee_figure),
        cmocka_unit_test(two_workshops_are_compared_touchpoint_by_touchpoint),
        cmocka_unit_test(sites_are_shown_side_by_side_each_behind_the_floor),
        cmocka_unit_test(predictions_of_a_scripted_workshop_match_scipy),
        cmocka_unit_test(predictions_are_behind_the_privacy_floor_on_their_own_count),
        cmocka_unit_test(a_refresh_holds_predictions_until_the_floor_has_moved),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
