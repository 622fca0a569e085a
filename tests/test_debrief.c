/* The personal debrief's words: the largest gaps in a sentence each (largest
 * first, small ones left out), worst moment and end, and what the friction
 * steps measured (fed as typed events through the tally, as the player does),
 * in English and Dutch; each letter is told as it went; and the group
 * debrief's sentence on one touchpoint. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "../engine/debrief.h"
#include "../engine/paths.h"
#include "../engine/steps/steps.h"
#include "../engine/tally.h"

static Scenario *s;

static int load(void **state)
{
    (void)state;
    DiagList dl;
    diag_init(&dl);
    assert_int_equal(
        scenario_load("scenarios/energy-move.yaml", paths_data_dir(), &steps_teaser1, &s, &dl),
        SCENARIO_OK);
    diag_free(&dl);
    return 0;
}

static int unload(void **state)
{
    (void)state;
    scenario_free(s);
    return 0;
}

/* touchpoints: call-menu, call-wait, transfer, move-form, confirmation-letter, first-debit,
 * hold-again, meter-transfer, final-invoice, looking-back */
static const double you[] = {NAN, -1.0, 2.0, -3.0, 0.4, -1.0, -2.0, -2.0, -2.0, 1.0};
static const double them[] = {-0.6, -1.94, -1.94, -0.83, 0.2, -1.69, -2.57, -2.14, -2.48, -0.03};

/* One session's events, as the steps log them. */
static void feed(Tally *t, const char *step, EventKind kind, int64_t ms, int count, int right)
{
    Event e = {kind, ms, count, right};
    tally_add(t, 1, step, &e);
}

static void the_largest_gaps_are_told_largest_first(void **state)
{
    (void)state;
    Debrief d;
    Tally t;
    assert_true(tally_init(&t, s));
    feed(&t, "hold", EVENT_WAITED, 180000, 1, -1);
    feed(&t, "billing", EVENT_REPEATED, 0, 0, -1);
    feed(&t, "meter-data", EVENT_REPEATED, 0, 0, -1);
    feed(&t, "letter", EVENT_ANSWER, 30000, 2, 1);
    feed(&t, "move-form", EVENT_FORM_ACCEPTED, 0, 1, -1);
    debrief_build(&d, s, "en", you, them, NULL, &t);
    tally_free(&t);
    assert_int_equal(d.n, 10);
    assert_int_equal(d.n_gaps, 3); /* the three largest; 0.9, 0.7, 0.6, 0.5, 0.2, 0.1 left out */
    assert_string_equal(d.gaps[0], "At \"Transferred to billing\", customers felt 3.9 points worse "
                                   "than you did.");
    assert_string_equal(d.gaps[1], "At \"Online moving form\", you felt 2.2 points worse than "
                                   "customers did.");
    /* a one is singular; a value that rounds to zero has no sign; a minus is U+2212 */
    assert_string_equal(d.gaps[2], "At \"The move as a whole\", customers felt 1.0 point worse "
                                   "than you did.");
    assert_string_equal(d.moments, "Your worst moment: \"Online moving form\" (\u22123.0); "
                                   "customers' worst: \"On hold again\" (\u22122.6). At the end: "
                                   "you +1.0, customers 0.0.");
    assert_string_equal(d.furthest, ""); /* nothing predicted: nothing said of it */
    assert_string_equal(d.closer, "");
    assert_false(d.has_predicted);
    assert_int_equal(d.n_did, 3);
    assert_string_equal(d.did[0], "You waited 3:00 on hold.");
    assert_string_equal(d.did[1], "You gave your details again 2 times.");
    assert_string_equal(d.did[2], "You found what the letter meant.");
}

/* "1 times" was once on the end screen: one repeat is said as "once". */
static void one_repeat_is_once(void **state)
{
    (void)state;
    static const char *const want[][2] = {{"en", "You gave your details again once."},
                                          {"nl", "Je gaf je gegevens één keer opnieuw."}};
    for (int i = 0; i < 2; i++) {
        Debrief d;
        Tally t;
        assert_true(tally_init(&t, s));
        feed(&t, "billing", EVENT_REPEATED, 0, 0, -1);
        debrief_build(&d, s, want[i][0], you, them, NULL, &t);
        tally_free(&t);
        assert_int_equal(d.n_did, 1);
        assert_string_equal(d.did[0], want[i][1]);
    }
}

/* What the debrief says of the two letters of energy-move when the first
 * and the second were answered rightly or not, in lang. */
static const char *letters_said(bool first, bool second, const char *lang)
{
    static Debrief d;
    Tally t;
    assert_true(tally_init(&t, s));
    feed(&t, "letter", EVENT_ANSWER, 20000, first ? 2 : 1, first);
    feed(&t, "final-invoice", EVENT_ANSWER, 40000, second ? 3 : 1, second);
    debrief_build(&d, s, lang, you, them, NULL, &t);
    tally_free(&t);
    assert_int_equal(d.n_did, 1);
    return d.did[0];
}

/* A participant who understood the confirmation letter but not the final
 * invoice must not be told that they found what "the letter" meant. */
static void each_letter_is_told_as_it_went(void **state)
{
    (void)state;
    assert_string_equal(letters_said(true, false, "en"),
                        "You found what the letter meant at \"Confirmation letter\", but not at "
                        "\"Final invoice\".");
    assert_string_equal(letters_said(true, false, "nl"),
                        "Je vond wat de brief bedoelde bij \"Bevestigingsbrief\", maar niet bij "
                        "\"Eindafrekening\".");
    assert_string_equal(letters_said(false, true, "en"),
                        "You found what the letter meant at \"Final invoice\", but not at "
                        "\"Confirmation letter\".");
    assert_string_equal(letters_said(false, false, "en"),
                        "You did not find what any of the 2 letters meant.");
    assert_string_equal(letters_said(true, true, "en"),
                        "You found what each of the 2 letters meant.");
}

static void the_debrief_speaks_dutch_too(void **state)
{
    (void)state;
    Debrief d;
    Tally t;
    assert_true(tally_init(&t, s));
    feed(&t, "hold", EVENT_WAITED, 65000, 1, -1);
    feed(&t, "letter", EVENT_ANSWER, 30000, 1, 0);
    debrief_build(&d, s, "nl", you, them, NULL, &t);
    tally_free(&t);
    assert_string_equal(d.gaps[0], "Bij \"Doorverbonden met facturatie\" voelden klanten zich 3,9 "
                                   "punten slechter dan jij.");
    assert_string_equal(d.moments, "Jouw dieptepunt: \"Online verhuisformulier\" (\u22123,0); dat "
                                   "van klanten: \"Opnieuw in de wacht\" (\u22122,6). Aan het "
                                   "eind: jij +1,0, klanten 0,0.");
    assert_string_equal(d.did[0], "Je hing 1:05 in de wacht.");
    assert_string_equal(d.did[1], "Je vond niet wat de brief bedoelde.");
}

/* What they predicted before playing, per touchpoint; NaN: not asked. With
 * the debrief's values in tenths (customers -1.94 is -1.9), |predicted -
 * customers| is 1.9, 2.9, 2.8, 0.8, 0.7, 2.1, 1.5, 2.5 at the touchpoints
 * with a prediction and a customer value: furthest off at "transfer" (+1.0
 * against -1.9). Where they also felt: |felt - customers| is 0.9, 3.9, 2.2,
 * 0.2, 0.7, 0.1, 0.5, 1.0, so the shifts are +1.0, -1.0, +0.6, +0.6, 0 (as
 * far: not closer), +2.0, +1.0, +1.5: closer at 6 of 8, on average 5.7 / 8 =
 * 0.7125, said as 0.7 points. */
static const double predicted[] = {NAN, 0.0, 1.0, 2.0, 1.0, -1.0, NAN, 0.0, -1.0, 2.5};

static void
the_prediction_furthest_off_and_the_moments_playing_brought_closer_are_told(void **state)
{
    (void)state;
    Debrief d;
    Tally t;
    assert_true(tally_init(&t, s));
    debrief_build(&d, s, "en", you, them, predicted, &t);
    assert_true(d.has_predicted);
    assert_true(isnan(d.predicted[0]) && d.predicted[9] == 2.5);
    assert_string_equal(d.furthest, "Before playing, you were furthest off at \"Transferred to "
                                    "billing\": you predicted +1.0, customers report \u22121.9.");
    assert_string_equal(d.closer, "Playing brought you closer at 6 of 8 moments: on average your "
                                  "feeling was 0.7 points nearer to customers' than your "
                                  "prediction.");
    debrief_build(&d, s, "nl", you, them, predicted, &t);
    assert_string_equal(d.furthest, "V\u00f3\u00f3r het spelen zat je er het verst naast bij "
                                    "\"Doorverbonden met facturatie\": je voorspelde +1,0, "
                                    "klanten melden \u22121,9.");
    assert_string_equal(d.closer, "Door te spelen kwam je bij 6 van de 8 momenten dichter bij "
                                  "klanten: gemiddeld lag je gevoel 0,7 punten dichter bij dat "
                                  "van klanten dan je voorspelling.");
    tally_free(&t);
}

/* Someone who predicted exactly what customers report can only move away by
 * playing: closer at none, on average (0.9 + 3.9 + 2.2 + 0.2 + 0.7 + 0.6 +
 * 0.1 + 0.5 + 1.0) / 9 = 1.12 further; and no prediction was off by half a
 * point, so none is called "furthest off". */
static void a_prediction_on_the_mark_is_not_called_off_and_playing_can_move_away(void **state)
{
    (void)state;
    Debrief d;
    Tally t;
    assert_true(tally_init(&t, s));
    debrief_build(&d, s, "en", you, them, them, &t);
    tally_free(&t);
    assert_string_equal(d.furthest, "");
    assert_string_equal(d.closer, "Playing brought you closer at none of the 9 moments: on "
                                  "average your feeling was 1.1 points further from customers' "
                                  "than your prediction.");
}

/* A play that predicted nothing (a scenario without predict:, or --from a
 * later step: every value NaN) gets the debrief of two lines, word for word. */
static void no_predictions_leave_the_debrief_as_it_was(void **state)
{
    (void)state;
    double none[10];
    for (int i = 0; i < 10; i++)
        none[i] = NAN;
    Debrief with, without;
    Tally t;
    assert_true(tally_init(&t, s));
    debrief_build(&with, s, "en", you, them, none, &t);
    debrief_build(&without, s, "en", you, them, NULL, &t);
    tally_free(&t);
    assert_false(with.has_predicted);
    assert_string_equal(with.furthest, "");
    assert_string_equal(with.closer, "");
    assert_int_equal(with.n_gaps, without.n_gaps);
    assert_string_equal(with.gaps[0], without.gaps[0]);
    assert_string_equal(with.moments, without.moments);
}

/* The group debrief adds, where the group predicted, the predicted mean and
 * how far playing moved them (the shift, positive: closer), with its
 * interval, in numbers as each language writes them. */
static void the_group_line_tells_the_prediction_and_the_shift(void **state)
{
    (void)state;
    ReportTouchpoint t = {.id = "transfer", .label = "Transferred to billing"};
    t.e = (StatsSummary){20, -0.5, 1.0};
    t.c = (StatsSummary){308, -1.94, 1.2};
    t.welch = stats_welch(t.e, t.c, 0.95);
    char line[600];
    debrief_group_line(&t, "en", line, sizeof line);
    assert_null(strstr(line, "Predicted")); /* p.n 0: nothing predicted here */
    t.p = (StatsSummary){18, 0.84, 1.1};
    t.shift = (StatsSummary){18, 0.76, 0.9};
    t.shift_ci = (StatsInterval){0.31, 1.26};
    debrief_group_line(&t, "en", line, sizeof line);
    assert_non_null(strstr(
        line, "The group: \u22120.5 (n\u00a0=\u00a020). Customers: \u22121.9 (n\u00a0=\u00a0308). "
              "Gap: +1.4, 95%: +"));
    assert_non_null(strstr(line,
                           ".\nPredicted before playing: +0.8 (n\u00a0=\u00a018). Playing brought "
                           "them 0.8 points closer to customers (95%: +0.3 to +1.3)."));
    debrief_group_line(&t, "nl", line, sizeof line);
    assert_non_null(strstr(
        line, "Jullie: \u22120,5 (n\u00a0=\u00a020). Klanten: \u22121,9 (n\u00a0=\u00a0308). "
              "Verschil: +1,4, 95%: +"));
    assert_non_null(
        strstr(line, ".\nVoorspeld v\u00f3\u00f3r het spelen: +0,8 (n\u00a0=\u00a018). Door te "
                     "spelen kwamen jullie 0,8 punten dichter bij klanten (95%-interval: +0,3 "
                     "tot +1,3)."));
    t.shift = (StatsSummary){1, -1.04, NAN}; /* one person: no interval */
    t.shift_ci = (StatsInterval){NAN, NAN};
    debrief_group_line(&t, "en", line, sizeof line);
    assert_non_null(strstr(line, "Playing took them 1.0 point further from customers."));
    assert_null(strstr(line, "nan"));
    t.shift = (StatsSummary){18, 0.02, 0.4};
    debrief_group_line(&t, "nl", line, sizeof line);
    assert_non_null(strstr(line, "Door te spelen kwamen jullie niet dichter bij klanten."));
}

/* One rating at a touchpoint (or no spread on either side) gives a gap but no
 * interval: the group debrief says so in words, never "+nan". */
static void an_interval_that_cannot_be_computed_is_said_in_words(void **state)
{
    (void)state;
    ReportTouchpoint t = {.id = "transfer", .label = "Transferred to billing"};
    t.e = (StatsSummary){1, 2.0, NAN};
    t.c = (StatsSummary){308, -1.94, 1.2};
    t.welch = stats_welch(t.e, t.c, 0.95);
    assert_true(isfinite(t.welch.d) && isnan(t.welch.lo));
    char line[400];
    debrief_group_line(&t, "en", line, sizeof line);
    assert_null(strstr(line, "nan"));
    assert_non_null(strstr(line, "Gap: +3.9"));
    assert_non_null(strstr(line, "cannot be computed"));
    debrief_group_line(&t, "nl", line, sizeof line);
    assert_null(strstr(line, "nan"));
    assert_non_null(strstr(line, "niet te berekenen"));
    t.c = (StatsSummary){0, NAN, NAN}; /* and no customer data at all */
    t.welch = stats_welch(t.e, t.c, 0.95);
    debrief_group_line(&t, "en", line, sizeof line);
    assert_null(strstr(line, "nan"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_largest_gaps_are_told_largest_first),
        cmocka_unit_test(one_repeat_is_once),
        cmocka_unit_test(the_debrief_speaks_dutch_too),
        cmocka_unit_test(each_letter_is_told_as_it_went),
        cmocka_unit_test(an_interval_that_cannot_be_computed_is_said_in_words),
        cmocka_unit_test(
            the_prediction_furthest_off_and_the_moments_playing_brought_closer_are_told),
        cmocka_unit_test(a_prediction_on_the_mark_is_not_called_off_and_playing_can_move_away),
        cmocka_unit_test(no_predictions_leave_the_debrief_as_it_was),
        cmocka_unit_test(the_group_line_tells_the_prediction_and_the_shift),
    };
    return cmocka_run_group_tests(tests, load, unload);
}
