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

#include "../engine/paths.h"
#include "../engine/report.h"
#include "../engine/steps/steps.h"
#include "assert_close.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_figures_of_a_touchpoint_match_scipy),
        cmocka_unit_test(what_the_friction_steps_measured_is_summed_per_step),
        cmocka_unit_test(a_group_below_the_privacy_floor_shows_no_employee_figure),
        cmocka_unit_test(two_workshops_are_compared_touchpoint_by_touchpoint),
        cmocka_unit_test(sites_are_shown_side_by_side_each_behind_the_floor),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
