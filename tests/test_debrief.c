/* The personal debrief's words: the largest gaps in a sentence each (largest
 * first, small ones left out), worst moment and end, and what the friction
 * steps measured, in English and Dutch. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "../engine/debrief.h"
#include "../engine/paths.h"

static Scenario *s;

static int load(void **state)
{
    (void)state;
    DiagList dl;
    diag_init(&dl);
    assert_int_equal(scenario_load("scenarios/energy-move.yaml", paths_data_dir(), &s, &dl),
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

static void the_largest_gaps_are_told_largest_first(void **state)
{
    (void)state;
    Debrief d;
    DebriefBehaviour b = {180000, 1, 2, 1, 1, 2, 1};
    debrief_build(&d, s, "en", you, them, &b);
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

static void the_debrief_speaks_dutch_too(void **state)
{
    (void)state;
    Debrief d;
    DebriefBehaviour b = {65000, 1, 0, 1, 0, 0, 0};
    debrief_build(&d, s, "nl", you, them, &b);
    assert_string_equal(d.gaps[0], "Bij \"Doorverbonden met facturatie\" voelden klanten zich 3.9 "
                                   "punt slechter dan jij.");
    assert_string_equal(d.did[0], "Je hing 1:05 in de wacht.");
    assert_string_equal(d.did[1], "Je vond niet wat de brief bedoelde.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_largest_gaps_are_told_largest_first),
        cmocka_unit_test(the_debrief_speaks_dutch_too),
    };
    return cmocka_run_group_tests(tests, load, unload);
}
