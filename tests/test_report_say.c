/* The report's sentences (engine/report_say.c) on a workshop whose figures
 * are worked out by hand. Six participants of energy-move rate three
 * touchpoints (9-point valence, v - 5 on -4..+4); customers answer on 1..5
 * (2v - 6 on -4..+4), twenty each:
 *
 *   call-wait      team 0,1,0,1,0,1 (mean 0.5)      customers 10 x -4, 10 x -2 (mean -3)
 *   transfer       team 1,2,1,2,1,2 (mean 1.5)      customers 10 x 0, 10 x +2 (mean +1)
 *   final-invoice  team -1,0,-1,0,-1,0 (mean -0.5)  customers 10 x -4, 10 x -2 (mean -3)
 *
 * Welch: s_E = 0.548, s_C = 1.026, SE = sqrt(0.3/6 + 1.053/20) = 0.320, df = 14.9,
 * t = 2.13, half-width 0.68. So call-wait's gap is 3.5 (2.82 to 4.18: clearly
 * worse), final-invoice's 2.5 (1.82 to 3.18: clearly worse), transfer's 0.5
 * (-0.18 to 1.18: above 0, but not clearly). The other touchpoints have no customer
 * data: 3 moments compared, 2 clearly worse, the largest "Waiting on the
 * phone", 3.5 points. Everything is written in a temporary folder. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/paths.h"
#include "../engine/report_say.h"
#include "../engine/steps/steps.h"
#include "assert_close.h"

static char dir[] = "/tmp/teaser-report-say-XXXXXX";
static Scenario *scenario;
static CustomerData customers;
static Report report;

static void rate(Store *store, int64_t session, const char *step, const char *tp, int v)
{
    RatingRecord r = {.session = session,
                      .step = step,
                      .touchpoint = tp,
                      .valence = v,
                      .valence_points = 9,
                      .input_device = "script"};
    assert_int_equal(store_add_rating(store, &r, NULL), STORE_OK);
}

static void write_customers(const char *path)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("touchpoint,value,count,scale_min,scale_max\n"
          "call-wait,1,10,1,5\ncall-wait,2,10,1,5\n"
          "transfer,3,10,1,5\ntransfer,4,10,1,5\n"
          "final-invoice,1,10,1,5\nfinal-invoice,2,10,1,5\n",
          f);
    fclose(f);
}

static int setup(void **state)
{
    (void)state;
    assert_non_null(mkdtemp(dir));
    char db[256], csv[256], err[STORE_ERR_MAX];
    snprintf(db, sizeof db, "%s/results.sqlite", dir);
    snprintf(csv, sizeof csv, "%s/customers.csv", dir);
    DiagList dl;
    diag_init(&dl);
    assert_int_equal(scenario_load("scenarios/energy-move.yaml", paths_data_dir(), &steps_teaser1,
                                   &scenario, &dl),
                     SCENARIO_OK);
    write_customers(csv);
    assert_int_equal(customers_load(csv, scenario, &customers, &dl), CUSTOMERS_OK);
    diag_free(&dl);
    Store *store;
    assert_int_equal(store_open(db, STORE_WRITE, NULL, &store, err, sizeof err), STORE_OK);
    for (int i = 0; i < 6; i++) {
        char who[16];
        snprintf(who, sizeof who, "p%d", i);
        SessionInfo info = {.scenario = "energy-move",
                            .scenario_hash = "h",
                            .workshop = "w",
                            .participant = who,
                            .language = "en"};
        int64_t id;
        assert_int_equal(store_begin_session(store, &info, &id), STORE_OK);
        rate(store, id, "hold", "call-wait", 5 + i % 2);
        rate(store, id, "billing", "transfer", 6 + i % 2);
        rate(store, id, "final-invoice", "final-invoice", 4 + i % 2);
    }
    StoreFilter filter = {.workshop = "w", .scenario = "energy-move"};
    assert_true(report_build(scenario, &customers, store, &filter, REPORT_MIN_GROUP, &report, err,
                             sizeof err));
    store_close(store);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    report_free(&report);
    customers_free(&customers);
    scenario_free(scenario);
    assert_int_equal(shell("rm -rf %s", dir), 0);
    return 0;
}

static const char *text_of(const char *lang)
{
    static char buf[1 << 15];
    FILE *f = fmemopen(buf, sizeof buf, "w");
    assert_true(report_write_text(f, &report, lang));
    fclose(f);
    return buf;
}

static void the_headline_counts_the_clear_gaps_and_names_the_largest(void **state)
{
    (void)state;
    report_say_labels(&report, scenario, "en");
    ReportHeadline h = report_say_count(&report);
    assert_int_equal(h.compared, 3);
    assert_int_equal(h.clear, 2);
    assert_non_null(h.largest);
    assert_string_equal(h.largest->id, "call-wait");
    assert_close(h.largest->welch.d, 3.5, 1e-9);
    char says[1024];
    report_say_headline(&report, "en", says, sizeof says);
    assert_string_equal(says, "At 2 of the 3 moments compared, customers feel clearly worse than "
                              "your team thought; the largest gap is \xe2\x80\x9cWaiting on the "
                              "phone\xe2\x80\x9d: 3.5 points on a 9-point scale.");
}

static void in_dutch_the_headline_has_dutch_labels_commas_and_plurals(void **state)
{
    (void)state;
    report_say_labels(&report, scenario, "nl");
    char says[1024];
    report_say_headline(&report, "nl", says, sizeof says);
    assert_string_equal(says, "Op 2 van de 3 vergeleken momenten voelen klanten zich duidelijk "
                              "slechter dan je team dacht; het grootste verschil zit bij "
                              "\xe2\x80\x98Wachten aan de telefoon\xe2\x80\x99: 3,5 punten op een "
                              "schaal van 9 punten.");
    /* the projector's steps too (the group debrief draws these labels) */
    assert_string_equal(report.behaviour[scenario_find_step(scenario, "hold")].label,
                        "Wachten aan de telefoon");
    report_say_labels(&report, scenario, "en");
}

static void each_moment_says_what_its_gap_means(void **state)
{
    (void)state;
    char says[512];
    const ReportTouchpoint *transfer = &report.tp[2], *menu = &report.tp[0];
    assert_string_equal(transfer->id, "transfer");
    report_say_gap(transfer, BELIEF_FELT, "en", says, sizeof says);
    assert_string_equal(says,
                        "no clear difference (0.5 points apart, within the margin of error).");
    report_say_gap(transfer, BELIEF_FELT, "nl", says, sizeof says);
    assert_string_equal(says, "geen duidelijk verschil (0,5 punten, binnen de foutmarge).");
    report_say_gap(menu, BELIEF_FELT, "en", says, sizeof says);
    assert_string_equal(says, "no comparison: one side has no answers here.");
}

static void the_dutch_text_report_has_decimal_commas_and_points_in_words(void **state)
{
    (void)state;
    report_say_labels(&report, scenario, "nl");
    const char *text = text_of("nl");
    report_say_labels(&report, scenario, "en");
    /* the headline first, then the moments in words, largest gap first */
    assert_non_null(strstr(text, "Op 2 van de 3 vergeleken momenten"));
    const char *first = strstr(text, "Wachten aan de telefoon: klanten voelen zich 3,5 punten");
    const char *second = strstr(text, "Eindafrekening: klanten voelen zich 2,5 punten");
    assert_non_null(first);
    assert_non_null(second);
    assert_true(first < second);
    assert_true(second < strstr(text, "call-wait")); /* the words before the table */
    assert_non_null(strstr(text, "3,50"));
    assert_null(strstr(text, "3.50"));
    assert_non_null(strstr(text, "2,82 tot 4,18"));
}

static void the_indicative_note_is_said_once_however_many_rows_it_marks(void **state)
{
    (void)state;
    const char *text = text_of("en");
    /* 6 participants: every gap shown is indicative; each row has a marker */
    assert_int_equal(count_of(text, "fewer than 10 answers"), 1);
    assert_int_equal(count_of(text, " *\n"), 3 + 3); /* three in words, three rows */
    assert_null(strstr(text, "(indicative"));
}

static void scripted_plays_are_said_in_numbers(void **state)
{
    (void)state;
    Report r = {.sessions = 6, .scripted = 0};
    char says[512];
    report_say_scripted(&r, "en", says, sizeof says);
    assert_string_equal(says, "");
    r.scripted = 1;
    report_say_scripted(&r, "en", says, sizeof says);
    assert_non_null(strstr(says, "1 of the 6 sessions was a scripted play (a test run)"));
    r.scripted = 3;
    report_say_scripted(&r, "nl", says, sizeof says);
    assert_non_null(strstr(says, "3 van de 6 sessies waren gescripte speelbeurten"));
    r.scripted = 6;
    report_say_scripted(&r, "en", says, sizeof says);
    assert_non_null(strstr(says, "All 6 sessions were scripted plays"));
    /* and the text report says it where the behaviour is */
    report.scripted = 2;
    report.sessions = 6;
    const char *text = text_of("en");
    report.scripted = report.sessions = 0;
    assert_non_null(strstr(text, "2 of the 6 sessions were scripted plays (test runs)"));
}

/* With predictions the report leads with them (what the team believed
 * before playing): a hand-set report of three moments. Predicted gaps: A
 * +2.0 (1.0 to 3.0: clear), B +2.5 (-0.2 to 5.2: not clear), C +0.5 (0.1 to
 * 0.9: clear); so 2 of 3 clearly worse, the largest B. Shifts: A 0.8 (0.2 to
 * 1.4: clearly closer), B 0.3 (-0.1 to 0.7: not), C withheld: closer at 1 of 2. */
static void with_predictions_the_headline_is_about_what_the_team_predicted(void **state)
{
    (void)state;
    ReportTouchpoint tp[3] = {
        {.id = "a", .label = "A", .p = {8, 1.0, 1}, .predicted = {2.0, 0.4, 9, 1.0, 3.0},
         .shift = {8, 0.8, 0.6}, .shift_ci = {0.2, 1.4}},
        {.id = "b", .label = "B", .p = {8, 1.5, 1}, .predicted = {2.5, 1.2, 9, -0.2, 5.2},
         .shift = {8, 0.3, 0.5}, .shift_ci = {-0.1, 0.7}},
        {.id = "c", .label = "C", .p = {8, 0.0, 1}, .predicted = {0.5, 0.2, 9, 0.1, 0.9},
         .shift = {0, NAN, NAN}, .shift_ci = {NAN, NAN}, .shift_withheld = PRIVACY_FEW},
    };
    for (int i = 0; i < 3; i++) /* felt: no gap anywhere, so only predictions can lead */
        tp[i].welch = (StatsWelch){NAN, NAN, NAN, NAN, NAN};
    Report r = {.scenario = "s", .participants = 8, .min_group = 5, .tp = tp, .n_tp = 3};
    assert_int_equal(report_say_belief(&r), BELIEF_PREDICTED);
    char says[1024];
    report_say_headline(&r, "en", says, sizeof says);
    assert_string_equal(says, "At 2 of the 3 moments compared, customers feel clearly worse than "
                              "your team predicted; the largest gap is \xe2\x80\x9c" "B\xe2\x80\x9d: "
                              "2.5 points on a 9-point scale.");
    report_say_closer(&r, "en", says, sizeof says);
    assert_string_equal(says,
                        "Playing brought your team clearly closer to customers at 1 of the 2 moments.");
    report_say_closer(&r, "nl", says, sizeof says);
    assert_string_equal(says,
                        "Door te spelen kwam je team op 1 van de 2 momenten duidelijk dichter bij klanten.");
    report_say_gap(&tp[2], BELIEF_PREDICTED, "nl", says, sizeof says);
    assert_string_equal(says, "klanten voelen zich 0,5 punten slechter dan je team voorspelde.");
    const ReportTouchpoint **order = report_say_ranked(&r);
    assert_non_null(order);
    assert_string_equal(order[0]->id, "b");
    assert_string_equal(order[1]->id, "a");
    assert_string_equal(order[2]->id, "c");
    free((void *)order);
    /* predictions withheld everywhere: the felt gaps lead again */
    for (int i = 0; i < 3; i++)
        tp[i].predicted_withheld = PRIVACY_FEW;
    assert_int_equal(report_say_belief(&r), BELIEF_FELT);
    report_say_closer(&r, "en", says, sizeof says);
    assert_string_equal(says, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_headline_counts_the_clear_gaps_and_names_the_largest),
        cmocka_unit_test(in_dutch_the_headline_has_dutch_labels_commas_and_plurals),
        cmocka_unit_test(each_moment_says_what_its_gap_means),
        cmocka_unit_test(the_dutch_text_report_has_decimal_commas_and_points_in_words),
        cmocka_unit_test(the_indicative_note_is_said_once_however_many_rows_it_marks),
        cmocka_unit_test(scripted_plays_are_said_in_numbers),
        cmocka_unit_test(with_predictions_the_headline_is_about_what_the_team_predicted),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
