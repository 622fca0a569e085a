/* The privacy floor holds for every figure a reader can see: each test plays
 * the reader who wants one person's rating, reads the reports (the Report
 * and the bytes each format writes), subtracts, and must come away with
 * nothing. The stores are made in a temporary folder of their own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../engine/debrief.h"
#include "../engine/paths.h"
#include "../engine/privacy.h"
#include "../engine/report.h"
#include "../engine/report_html.h"
#include "../engine/steps/steps.h"
#include "assert_close.h"

static Scenario *scenario;
static CustomerData customers;
static char dir[64], db[128];
static Store *store;

/* One participant's session: a rating per touchpoint named (valence on 9
 * points), and, for one who rated the letter, the letter's events; its id. */
typedef struct {
    const char *touchpoint;
    int valence;
} Given;

static int64_t play(const char *who, const char *workshop, const char *department,
                    const Given *g, int n)
{
    SessionInfo info = {.scenario = "energy-move",
                        .scenario_hash = "h",
                        .workshop = workshop,
                        .participant = who,
                        .department = department,
                        .language = "en"};
    int64_t id;
    assert_int_equal(store_begin_session(store, &info, &id), STORE_OK);
    for (int i = 0; i < n; i++) {
        RatingRecord r = {.session = id,
                          .step = "billing",
                          .touchpoint = g[i].touchpoint,
                          .valence = g[i].valence,
                          .valence_points = 9,
                          .input_device = "script"};
        assert_int_equal(store_add_rating(store, &r, NULL), STORE_OK);
        if (strcmp(g[i].touchpoint, "confirmation-letter"))
            continue;
        EventRecord enter = {id, "letter", 0, {EVENT_ENTER, .right = -1}, NULL};
        EventRecord answer = {id, "letter", 1, {EVENT_ANSWER, 7000, 2, 1}, NULL};
        assert_int_equal(store_add_event(store, &enter), STORE_OK);
        assert_int_equal(store_add_event(store, &answer), STORE_OK);
        EventRecord leave = {id, "letter", 1, {EVENT_LEAVE, .right = -1}, NULL};
        assert_int_equal(store_add_event(store, &leave), STORE_OK);
    }
    return id;
}

/* n participants of one workshop and department who each rated transfer
 * (valences 2, 3, 4, ... in turn), named prefix1, prefix2, ... */
static void team(const char *prefix, const char *workshop, const char *department, int n)
{
    for (int i = 0; i < n; i++) {
        char who[32];
        snprintf(who, sizeof who, "%s%d", prefix, i + 1);
        Given g[] = {{"call-wait", 3}, {"transfer", 2 + i % 6}};
        play(who, workshop, department, g, 2);
    }
}

/* One who rated transfer +4 (9 of 9): the rating every test tries to recover. */
static void one(const char *who, const char *workshop, const char *department)
{
    Given g[] = {{"call-wait", 3}, {"transfer", 9}};
    play(who, workshop, department, g, 2);
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
    snprintf(dir, sizeof dir, "/tmp/teaser-privacy-XXXXXX");
    assert_non_null(mkdtemp(dir));
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
    customers_free(&customers);
    scenario_free(scenario);
    return 0;
}

/* A fresh store for each test. */
static int fresh(void **state)
{
    (void)state;
    static int k;
    char err[STORE_ERR_MAX];
    snprintf(db, sizeof db, "%s/store-%d.sqlite", dir, ++k);
    assert_int_equal(store_open(db, STORE_WRITE, NULL, &store, err, sizeof err), STORE_OK);
    return 0;
}

static int done(void **state)
{
    (void)state;
    store_close(store);
    return 0;
}

static void build(const char *workshop, const char *department, Report *r)
{
    StoreFilter f = {.workshop = workshop, .scenario = "energy-move", .department = department};
    char err[STORE_ERR_MAX];
    assert_true(
        report_build(scenario, &customers, store, &f, REPORT_MIN_GROUP, r, err, sizeof err));
}

/* What a format writes, as one string (free it). */
static char *written(const Report *r, const char *format)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&buf, &size);
    ReportPage page = {"Moving house", "2026-12-06", NULL, "en"};
    bool ok = !strcmp(format, "json")   ? report_write_json(f, r)
              : !strcmp(format, "csv")  ? report_write_csv(f, r)
              : !strcmp(format, "html") ? report_write_html(f, r, &page)
                                        : report_write_text(f, r, "en");
    fclose(f);
    assert_true(ok);
    return buf;
}

/* A figure of one touchpoint in the JSON: NaN when null. */
static double json_figure(const char *json, const char *object, const char *tp, const char *key)
{
    const char *at = strstr(json, object);
    assert_non_null(at);
    char id[64], k[64];
    snprintf(id, sizeof id, "{\"id\": \"%s\"", tp);
    at = strstr(at, id);
    assert_non_null(at);
    snprintf(k, sizeof k, "\"%s\": ", key);
    at = strstr(at, k);
    assert_non_null(at);
    at += strlen(k);
    return !strncmp(at, "null", 4) ? NAN : strtod(at, NULL);
}

/* The sum of the ratings behind a touchpoint's mean, as a reader works it
 * out from the JSON: n_employees * mean_employees (NaN when withheld). */
static double json_sum(const Report *r, const char *tp)
{
    char *json = written(r, "json");
    double sum = json_figure(json, "\"touchpoints\"", tp, "n_employees") *
                 json_figure(json, "\"touchpoints\"", tp, "mean_employees");
    free(json);
    return sum;
}

static void a_department_cannot_be_subtracted_from_its_workshop(void **state)
{
    (void)state;
    team("a", "W", "A", 5);
    one("b1", "W", "B");
    Report w, wa, a, all;
    build("W", NULL, &w);
    build("W", "A", &wa);
    build(NULL, "A", &a);
    build(NULL, NULL, &all);
    /* W (6) minus A in W (5) would be the sixth person's +4 */
    assert_false(isfinite(json_sum(&w, "transfer") - json_sum(&wa, "transfer")));
    assert_false(isfinite(json_sum(&all, "transfer") - json_sum(&a, "transfer")));
    assert_true(wa.withheld);
    char *json = written(&wa, "json");
    assert_non_null(strstr(json, "\"withheld\": true"));
    assert_non_null(strstr(json, "subtraction"));
    free(json);
    report_free(&w);
    report_free(&wa);
    report_free(&a);
    report_free(&all);
}

static void departments_cannot_be_summed_and_subtracted_from_their_workshop(void **state)
{
    (void)state;
    team("a", "W", "A", 5);
    team("b", "W", "B", 5);
    one("c1", "W", "C");
    Report w, wa, wb;
    build("W", NULL, &w);
    build("W", "A", &wa);
    build("W", "B", &wb);
    /* W (11) - A (5) - B (5) would be C's one person */
    assert_false(
        isfinite(json_sum(&w, "transfer") - json_sum(&wa, "transfer") - json_sum(&wb, "transfer")));
    report_free(&w);
    report_free(&wa);
    report_free(&wb);
}

static void a_department_inside_one_workshop_cannot_be_subtracted_from_it(void **state)
{
    (void)state;
    /* department B sits wholly in workshop W, beside one person of A */
    team("b", "W", "B", 5);
    one("a1", "W", "A");
    team("y", "Y", "A", 5);
    Report w, b;
    build("W", NULL, &w);
    build(NULL, "B", &b);
    assert_false(isfinite(json_sum(&w, "transfer") - json_sum(&b, "transfer")));
    report_free(&w);
    report_free(&b);
}

/* Five start, four stop after the first rating: the one who goes on is
 * alone at every later touchpoint, in every format and in the group debrief. */
static void one_who_went_on_alone_is_not_shown_in_any_format(void **state)
{
    (void)state;
    for (int i = 0; i < 4; i++) {
        char who[16];
        snprintf(who, sizeof who, "p%d", i + 1);
        Given first[] = {{"call-wait", 3 + i % 3}};
        play(who, "W", NULL, first, 1);
    }
    Given on[] = {{"call-wait", 4}, {"transfer", 8}, {"confirmation-letter", 8}};
    play("p5", "W", NULL, on, 3);
    Report r;
    build("W", NULL, &r);
    assert_false(r.withheld); /* five took part */
    char *json = written(&r, "json");
    assert_true(isfinite(json_figure(json, "\"touchpoints\"", "call-wait", "mean_employees")));
    assert_true(isnan(json_figure(json, "\"touchpoints\"", "transfer", "mean_employees")));
    assert_true(isnan(json_figure(json, "\"touchpoints\"", "transfer", "n_employees")));
    assert_true(isnan(json_figure(json, "\"touchpoints\"", "transfer", "gap")));
    assert_true(isnan(json_figure(json, "\"touchpoints\"", "confirmation-letter", "gap")));
    assert_non_null(strstr(json, "\"peak_end_employees\": null"));
    assert_null(strstr(json, "\"step\": \"letter\"")); /* what they did there */
    assert_non_null(strstr(json, "\"withheld\": \"fewer than 5 participants\""));
    free(json);
    /* +3 is theirs alone: it is in no format */
    char *text = written(&r, "text");
    assert_null(strstr(text, "3.00"));
    assert_null(strstr(text, "found the right answer"));
    assert_non_null(strstr(text, "withheld"));
    free(text);
    char *csv = written(&r, "csv");
    assert_null(strstr(csv, "transfer,Transferred to billing,1,"));
    assert_non_null(strstr(csv, "transfer,Transferred to billing,,"));
    free(csv);
    char *html = written(&r, "html");
    assert_null(strstr(html, "+3.00"));
    assert_null(strstr(html, "found the right answer"));
    free(html);
    for (int i = 0; i < r.n_tp; i++) {
        char line[400];
        debrief_group_line(&r.tp[i], "en", line, sizeof line);
        assert_null(strstr(line, "+3.0"));
    }
    report_free(&r);
}

/* Five reach the hand-off; four close the window there, the fifth gives the
 * details again twice and goes on. Counted as zeros, the four would let the
 * fifth's two repeats show as "0.4 times per person". */
static void those_who_quit_inside_a_step_do_not_hide_the_one_who_left_it(void **state)
{
    (void)state;
    for (int i = 0; i < 5; i++) {
        char who[16];
        snprintf(who, sizeof who, "q%d", i + 1);
        Given first[] = {{"call-wait", 3 + i % 3}};
        int64_t id = play(who, "W", NULL, first, 1);
        EventRecord enter = {id, "billing", 0, {EVENT_ENTER, .right = -1}, "handoff"};
        assert_int_equal(store_add_event(store, &enter), STORE_OK);
        if (i > 0)
            continue; /* closed the window at the hand-off */
        EventRecord again = {id, "billing", 1, {EVENT_REPEATED, .right = -1}, NULL};
        assert_int_equal(store_add_event(store, &again), STORE_OK);
        assert_int_equal(store_add_event(store, &again), STORE_OK);
        EventRecord leave = {id, "billing", 2, {EVENT_LEAVE, .right = -1}, "accepted"};
        assert_int_equal(store_add_event(store, &leave), STORE_OK);
    }
    Report r;
    build("W", NULL, &r);
    char *json = written(&r, "json");
    assert_null(strstr(json, "\"step\": \"billing\""));
    free(json);
    char *text = written(&r, "text");
    assert_null(strstr(text, "0.4 times"));
    free(text);
    report_free(&r);
}

static void a_comparison_never_rests_on_fewer_than_the_floor(void **state)
{
    (void)state;
    team("a", "W", "A", 5);
    team("x", "W2", "A", 5);
    one("z1", "W2", "B");
    Report now, before, w2;
    build("W", "A", &now);
    build("W2", "A", &before);
    build("W2", NULL, &w2);
    now.compare = &before;
    char *json = written(&now, "json");
    assert_true(isfinite(json_figure(json, "\"touchpoints\"", "transfer", "gap")));
    /* W2 in A is W2 without z1: its gap beside W2's would give z1's rating */
    assert_true(isnan(json_figure(json, "\"comparison\"", "transfer", "gap")));
    assert_true(isnan(json_figure(json, "\"comparison\"", "transfer", "change")));
    assert_non_null(strstr(strstr(json, "\"comparison\""), "\"withheld\": \"could be worked out"));
    free(json);
    report_free(&now);
    report_free(&before);
    report_free(&w2);
}

/* The group debrief reads the store again every two seconds: one more
 * participant between two pictures would be the difference of two means. */
static void the_group_debrief_moves_only_by_the_floor_of_people(void **state)
{
    (void)state;
    team("a", "W", NULL, 5);
    Report shown, now;
    build("W", NULL, &shown);
    const ReportTouchpoint *was = &shown.tp[2]; /* transfer */
    assert_string_equal(was->id, "transfer");
    assert_true(isfinite(was->e.mean));
    one("late", "W", NULL);
    build("W", NULL, &now);
    report_hold(&now, &shown);
    /* 6 * mean now - 5 * mean before would be the late one's +4 */
    assert_true(now.tp[2].e.mean == was->e.mean && now.tp[2].e.n == was->e.n);
    assert_true(now.tp[1].e.mean == shown.tp[1].e.mean);
    report_free(&shown);
    shown = now;
    team("b", "W", NULL, 4); /* five since the picture: it moves */
    build("W", NULL, &now);
    report_hold(&now, &shown);
    assert_close(now.tp[2].e.n, 10, 0);
    assert_true(now.tp[2].e.mean != shown.tp[2].e.mean);
    report_free(&shown);
    report_free(&now);
}

/* ---- the rules themselves, on a census made by hand ---- */

static void census(Privacy *p, const char *workshop, const char *department, const char *prefix,
                   int n)
{
    for (int i = 0; i < n; i++) {
        char who[32];
        snprintf(who, sizeof who, "%s%d", prefix, i);
        assert_true(privacy_mark(p, privacy_member(p, &(PrivacyGroup){workshop, department, NULL}, who), 0));
    }
}

static void a_rehearsal_of_one_hides_the_smallest_other_workshop_too(void **state)
{
    (void)state;
    Privacy *p = privacy_new(1);
    census(p, "W1", NULL, "a", 12);
    census(p, "W2", NULL, "b", 8);
    census(p, "rehearsal", NULL, "c", 1);
    assert_true(privacy_settle(p, 5));
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){"rehearsal", NULL, NULL}, 0), PRIVACY_FEW);
    /* everyone minus W1 minus W2 would be the rehearsal: W2, the smaller, goes too */
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){"W2", NULL, NULL}, 0), PRIVACY_SUBTRACTION);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){"W1", NULL, NULL}, 0), PRIVACY_SHOWN);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){NULL, NULL, NULL}, 0), PRIVACY_SHOWN);
    assert_int_equal(privacy_count(p, &(PrivacyGroup){NULL, NULL, NULL}, 0), 21);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){"nobody", NULL, NULL}, 0), PRIVACY_SHOWN); /* no one to show */
    assert_int_equal(privacy_count(p, &(PrivacyGroup){"nobody", NULL, NULL}, 0), 0);
    privacy_free(p);
}

/* The worked example of docs/security.md, "Subtraction, and complementary suppression". */
static void the_worked_example_of_the_security_page_holds(void **state)
{
    (void)state;
    Privacy *p = privacy_new(1);
    census(p, "W", "A", "a", 5);
    census(p, "W", "B", "b", 1);
    census(p, "Y", "A", "y", 5);
    assert_true(privacy_settle(p, 5));
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){NULL, NULL, NULL}, 0), PRIVACY_SHOWN);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){"W", NULL, NULL}, 0), PRIVACY_SHOWN);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){"Y", NULL, NULL}, 0), PRIVACY_SHOWN);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){NULL, "A", NULL}, 0), PRIVACY_SUBTRACTION);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){NULL, "B", NULL}, 0), PRIVACY_FEW);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){"W", "A", NULL}, 0), PRIVACY_SUBTRACTION);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){"Y", "A", NULL}, 0), PRIVACY_SHOWN);
    privacy_free(p);
}

static void census_at(Privacy *p, const char *workshop, const char *site, const char *prefix,
                      int n)
{
    for (int i = 0; i < n; i++) {
        char who[32];
        snprintf(who, sizeof who, "%s%d", prefix, i);
        PrivacyGroup g = {workshop, NULL, site};
        assert_true(privacy_mark(p, privacy_member(p, &g, who), 0));
    }
}

/* Sites are a third way to split: workshop W met at two sites, five at one
 * and one at the other. Everyone (or W) minus the first site is the one at
 * the second, so the first site is withheld, alone and inside W. */
static void a_site_cannot_be_subtracted_from_its_workshop(void **state)
{
    (void)state;
    Privacy *p = privacy_new(1);
    census_at(p, "W", "Utrecht", "u", 5);
    census_at(p, "W", "Breda", "b", 1);
    census_at(p, "Y", "Utrecht", "y", 5);
    assert_true(privacy_settle(p, 5));
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){NULL, NULL, NULL}, 0), PRIVACY_SHOWN);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){"W", NULL, NULL}, 0), PRIVACY_SHOWN);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){NULL, NULL, "Breda"}, 0), PRIVACY_FEW);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){NULL, NULL, "Utrecht"}, 0),
                     PRIVACY_SUBTRACTION);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){"W", NULL, "Utrecht"}, 0),
                     PRIVACY_SUBTRACTION);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){"Y", NULL, "Utrecht"}, 0), PRIVACY_SHOWN);
    assert_int_equal(privacy_count(p, &(PrivacyGroup){NULL, NULL, "Utrecht"}, 0), 10);
    privacy_free(p);
}

/* A server's census: the same people counted per cell instead of named
 * (but the one who played in two workshops, named) decides every group as
 * the census with every name does. */
static void crowds_counted_by_a_server_decide_as_names_do(void **state)
{
    (void)state;
    Privacy *named = privacy_new(2), *counted = privacy_new(2);
    const PrivacyGroup wa = {"W", "A", NULL}, wb = {"W", "B", NULL}, ya = {"Y", "A", NULL};
    census(named, "W", "A", "a", 5);
    census(named, "W", "B", "b", 1);
    census(named, "Y", "A", "y", 5);
    assert_true(privacy_add_crowd(counted, &wa, 0, 5));
    assert_true(privacy_add_crowd(counted, &wb, 0, 1));
    assert_true(privacy_add_crowd(counted, &ya, 0, 5));
    for (int k = 0; k < 2; k++) { /* layer 1: four in W, A and the same one in both workshops */
        Privacy *p = k ? counted : named;
        for (int i = 0; i < 4 && !k; i++) {
            char who[16];
            snprintf(who, sizeof who, "a%d", i);
            assert_true(privacy_mark(p, privacy_member(p, &wa, who), 1));
        }
        assert_true(k == 0 || privacy_add_crowd(p, &wa, 1, 4));
        assert_true(privacy_mark(p, privacy_member(p, &wa, "twice"), 1));
        assert_true(privacy_mark(p, privacy_member(p, &ya, "twice"), 1));
        assert_true(privacy_settle(p, 5));
    }
    const PrivacyGroup groups[] = {{NULL, NULL, NULL}, {"W", NULL, NULL}, {"Y", NULL, NULL},
                                   {NULL, "A", NULL},  {NULL, "B", NULL}, wa, wb, ya};
    for (int layer = 0; layer < 2; layer++)
        for (size_t g = 0; g < sizeof groups / sizeof *groups; g++) {
            assert_int_equal(privacy_verdict(counted, &groups[g], layer),
                             privacy_verdict(named, &groups[g], layer));
            assert_int_equal(privacy_count(counted, &groups[g], layer),
                             privacy_count(named, &groups[g], layer));
        }
    assert_int_equal(privacy_count(counted, &(PrivacyGroup){NULL, "A", NULL}, 1), 5);
    assert_int_equal(privacy_verdict(counted, &(PrivacyGroup){NULL, NULL, NULL}, 1), PRIVACY_SHOWN);
    assert_int_equal(privacy_verdict(counted, &(PrivacyGroup){NULL, "A", NULL}, 0),
                     PRIVACY_SUBTRACTION);
    privacy_free(named);
    privacy_free(counted);
}

/* Where two parts are equally small, which one the secondary suppression
 * withholds does not depend on the order the census met them in (a file
 * reads sessions in the order they were played, a server its rows in any
 * order): W's departments A and B of five each, C of one; C could be worked
 * out from everyone minus A and B, so one of A and B goes, the same one. */
static void the_order_the_census_is_met_in_changes_no_verdict(void **state)
{
    (void)state;
    static const char *const orders[2][3] = {{"A", "B", "C"}, {"C", "B", "A"}};
    PrivacyVerdict a[2], b[2];
    for (int k = 0; k < 2; k++) {
        Privacy *p = privacy_new(1);
        for (int i = 0; i < 3; i++)
            census(p, "W", orders[k][i], orders[k][i], strcmp(orders[k][i], "C") ? 5 : 1);
        assert_true(privacy_settle(p, 5));
        a[k] = privacy_verdict(p, &(PrivacyGroup){NULL, "A", NULL}, 0);
        b[k] = privacy_verdict(p, &(PrivacyGroup){NULL, "B", NULL}, 0);
        assert_int_equal(privacy_verdict(p, &(PrivacyGroup){NULL, "C", NULL}, 0), PRIVACY_FEW);
        privacy_free(p);
    }
    assert_true((a[0] == PRIVACY_SUBTRACTION) != (b[0] == PRIVACY_SUBTRACTION));
    assert_int_equal(a[1], a[0]);
    assert_int_equal(b[1], b[0]);
}

static void people_count_once_however_often_they_played(void **state)
{
    (void)state;
    Privacy *p = privacy_new(2);
    census(p, "W", NULL, "a", 4);
    census(p, "W", NULL, "a", 4); /* the same four again */
    PrivacyMember m = privacy_member(p, &(PrivacyGroup){"W", NULL, NULL}, "a0");
    assert_true(privacy_mark(p, m, 1));
    assert_true(privacy_settle(p, 5));
    assert_int_equal(privacy_count(p, &(PrivacyGroup){"W", NULL, NULL}, 0), 4);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){"W", NULL, NULL}, 0), PRIVACY_FEW);
    assert_int_equal(privacy_count(p, &(PrivacyGroup){"W", NULL, NULL}, 1), 1);
    privacy_free(p);
}

/* Found by fuzz_report under UBSan: a census with no one in it (qsort of nothing). */
static void a_census_of_no_one_shows_nothing_to_hide(void **state)
{
    (void)state;
    Privacy *p = privacy_new(3);
    assert_true(privacy_settle(p, 5));
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){NULL, NULL, NULL}, 0), PRIVACY_SHOWN);
    assert_int_equal(privacy_count(p, &(PrivacyGroup){"W", NULL, NULL}, 2), 0);
    privacy_free(p);
}

static void workshops_without_departments_are_shown_on_their_own(void **state)
{
    (void)state;
    Privacy *p = privacy_new(1);
    census(p, "W1", NULL, "a", 5);
    census(p, "W2", NULL, "b", 5);
    census(p, NULL, NULL, "c", 6); /* sessions with no workshop given */
    assert_true(privacy_settle(p, 5));
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){"W1", NULL, NULL}, 0), PRIVACY_SHOWN);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){"W2", NULL, NULL}, 0), PRIVACY_SHOWN);
    assert_int_equal(privacy_verdict(p, &(PrivacyGroup){NULL, NULL, NULL}, 0), PRIVACY_SHOWN);
    privacy_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_rehearsal_of_one_hides_the_smallest_other_workshop_too),
        cmocka_unit_test(the_worked_example_of_the_security_page_holds),
        cmocka_unit_test(a_site_cannot_be_subtracted_from_its_workshop),
        cmocka_unit_test(people_count_once_however_often_they_played),
        cmocka_unit_test(crowds_counted_by_a_server_decide_as_names_do),
        cmocka_unit_test(workshops_without_departments_are_shown_on_their_own),
        cmocka_unit_test(a_census_of_no_one_shows_nothing_to_hide),
        cmocka_unit_test_setup_teardown(a_department_cannot_be_subtracted_from_its_workshop, fresh,
                                        done),
        cmocka_unit_test_setup_teardown(
            departments_cannot_be_summed_and_subtracted_from_their_workshop, fresh, done),
        cmocka_unit_test_setup_teardown(
            a_department_inside_one_workshop_cannot_be_subtracted_from_it, fresh, done),
        cmocka_unit_test_setup_teardown(one_who_went_on_alone_is_not_shown_in_any_format, fresh,
                                        done),
        cmocka_unit_test_setup_teardown(those_who_quit_inside_a_step_do_not_hide_the_one_who_left_it,
                                        fresh, done),
        cmocka_unit_test(the_order_the_census_is_met_in_changes_no_verdict),
        cmocka_unit_test_setup_teardown(a_comparison_never_rests_on_fewer_than_the_floor, fresh,
                                        done),
        cmocka_unit_test_setup_teardown(the_group_debrief_moves_only_by_the_floor_of_people, fresh,
                                        done),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
