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
    assert_int_equal(scenario_load("scenarios/energy-move.yaml", paths_data_dir(), &steps_teaser1, &s, &dl),
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
    debrief_build(&d, s, "en", you, them, &t);
    tally_free(&t);
    assert_int_equal(d.n, 10);
    assert_int_equal(d.n_gaps, 3); /* the three largest; 0.9, 0.7, 0.6, 0.5, 0.2, 0.1 left out */
    assert_string_equal(d.gaps[0], "At \"Transferred to billing\", customers felt 3.9 points worse "
                                   "than you did.");
    assert_string_equal(d.gaps[1], "At \"Online moving form\", you felt 2.2 points worse than "
                                   "customers did.");
    assert_string_equal(d.gaps[2], "At \"The move as a whole\", customers felt 1.0 points worse "
                                   "than you did.");
    assert_string_equal(d.moments, "Your worst moment: \"Online moving form\" (-3.0); customers' "
                                   "worst: \"On hold again\" (-2.6). At the end: you +1.0, "
                                   "customers +0.0.");
    assert_int_equal(d.n_did, 3);
    assert_string_equal(d.did[0], "You waited 3:00 on hold.");
    assert_string_equal(d.did[1], "You gave your details again 2 times.");
    assert_string_equal(d.did[2], "You found what the letter meant.");
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
    debrief_build(&d, s, lang, you, them, &t);
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
    debrief_build(&d, s, "nl", you, them, &t);
    tally_free(&t);
    assert_string_equal(d.gaps[0], "Bij \"Doorverbonden met facturatie\" voelden klanten zich 3.9 "
                                   "punt slechter dan jij.");
    assert_string_equal(d.did[0], "Je hing 1:05 in de wacht.");
    assert_string_equal(d.did[1], "Je vond niet wat de brief bedoelde.");
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
        cmocka_unit_test(the_debrief_speaks_dutch_too),
        cmocka_unit_test(each_letter_is_told_as_it_went),
        cmocka_unit_test(an_interval_that_cannot_be_computed_is_said_in_words),
    };
    return cmocka_run_group_tests(tests, load, unload);
}
