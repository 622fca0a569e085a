/* The screen-fit lint: texts that need more room than their place on the
 * screen at 1280x720 are reported at their place in the file, in the
 * language that overflows, and the text scale (1.0, 1.5) it overflows at; the
 * shipped scenarios fit in every language at both. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "../engine/view/fit.h"
#include "../engine/paths.h"
#include "../engine/steps/steps.h"

/* The lint's warnings at one text scale ("1.0", "1.5"); NULL: all. */
static void lint_at(const char *path, const char *scale, DiagList *dl)
{
    Scenario *s;
    diag_init(dl);
    assert_int_equal(scenario_load(path, paths_data_dir(), &steps_teaser1, &s, dl), SCENARIO_OK);
    fit_check(s, NULL, dl);
    diag_sort(dl);
    scenario_free(s);
    char want[32];
    snprintf(want, sizeof want, "text scale %s ", scale ? scale : "");
    int kept = 0;
    for (int i = 0; i < dl->n; i++)
        if (!scale || strstr(dl->items[i].msg, want))
            dl->items[kept++] = dl->items[i];
    dl->n = kept;
}

/* The fixtures' cuts as made (text scale 1.0). */
static void lint(const char *path, DiagList *dl)
{
    lint_at(path, "1.0", dl);
}

static void texts_too_long_for_the_screen_are_reported_where_they_are(void **state)
{
    (void)state;
    DiagList dl;
    lint("tests/data/fit-too-long.yaml", &dl);
    assert_int_equal(dl.n, 5);
    /* a persona detail's value, on the customer card in two columns */
    assert_int_equal(dl.items[0].line, 10);
    assert_int_equal(dl.items[0].col, 7);
    assert_int_equal(dl.items[0].code, DIAG_W0301);
    assert_non_null(strstr(dl.items[0].msg, "does not fit its place on the screen at 1280x720, "
                                            "text scale 1.0 "
                                            "(step \"h\", \"value\" of persona detail \"iban\", "
                                            "in nl): it takes 2 lines where there is room for 1"));
    assert_int_equal(dl.items[1].level, DIAG_WARNING);
    assert_int_equal(dl.items[1].line, 17);
    assert_int_equal(dl.items[1].col, 27);
    assert_non_null(
        strstr(dl.items[1].msg, "(step \"m\", \"label\" of \"options\" item 1, in nl)"));
    assert_int_equal(dl.items[2].line, 21);
    assert_non_null(strstr(dl.items[2].msg,
                           "(step \"f\", \"message\" of \"errors\" item 1, in nl): "
                           "it takes 2 lines where there is room for 1"));
    /* a hand-off's lost items flow under the greeting: they must stop at the question */
    assert_int_equal(dl.items[3].line, 34);
    assert_non_null(strstr(dl.items[3].msg, "(step \"h2\", \"lost\" item 2, in nl): the texts "
                                            "above it on the screen leave it less than a line"));
    assert_int_equal(dl.items[4].line, 35);
    assert_non_null(strstr(dl.items[4].msg, "\"lost\" item 3"));
    diag_free(&dl);
}

/* The one warning a fixture gives: at line, and its message holds place. */
static void one_cut_at(const char *path, int line, const char *place)
{
    DiagList dl;
    lint(path, &dl);
    for (int i = 0; i < dl.n; i++)
        print_message("%d:%d: %s\n", dl.items[i].line, dl.items[i].col, dl.items[i].msg);
    assert_int_equal(dl.n, 1);
    assert_int_equal(dl.items[0].code, DIAG_W0301);
    assert_int_equal(dl.items[0].line, line);
    assert_non_null(strstr(dl.items[0].msg, place));
    diag_free(&dl);
}

/* A letter's answers wrap in their buttons: "No, you pay € 2,104.55" on two
 * lines is no warning; an answer longer than three lines is, and the warning
 * names the step, the option and the language it is too long in. */
static void a_long_letter_answer_wraps_and_a_too_long_one_is_named(void **state)
{
    (void)state;
    one_cut_at("tests/data/fit-letter-options.yaml", 20,
               "(step \"bill\", \"options\" item 3, in en): it takes 10 lines where there is "
               "room for 3, so it is cut");
}

/* A form field's label wraps to two lines above its input; a longer one is
 * cut and reported as the field's label, in the language it is too long in. */
static void a_long_form_label_wraps_and_a_too_long_one_is_named(void **state)
{
    (void)state;
    one_cut_at("tests/data/fit-form-labels.yaml", 15,
               "(step \"move\", \"label\" of \"fields\" item 2, in en): it takes 3 lines where "
               "there is room for 2");
}

/* On a prediction's screen the touchpoint's label and its about line each
 * have one line: longer ones are reported where they are written. */
static void a_prediction_whose_label_or_about_is_too_long_is_reported(void **state)
{
    (void)state;
    DiagList dl;
    lint("tests/data/fit-predict-too-long.yaml", &dl);
    assert_int_equal(dl.n, 2);
    assert_int_equal(dl.items[0].line, 12); /* the about line */
    assert_int_equal(dl.items[1].line, 14); /* the label */
    for (int i = 0; i < 2; i++) {
        assert_int_equal(dl.items[i].level, DIAG_WARNING);
        assert_non_null(strstr(dl.items[i].msg, "does not fit its place on the screen"));
    }
    diag_free(&dl);
}

static void the_shipped_scenario_fits_in_every_language(void **state)
{
    (void)state;
    DiagList dl;
    static const char *const shipped[] = {"scenarios/energy-move.yaml",
                                          "scenarios/internet-outage.yaml",
                                          "scenarios/water-damage.yaml"};
    for (size_t k = 0; k < sizeof shipped / sizeof *shipped; k++) {
        lint_at(shipped[k], NULL, &dl); /* at text scale 1.0 and 1.5 */
        for (int i = 0; i < dl.n; i++)
            print_error("%s:%d:%d: %s\n", shipped[k], dl.items[i].line, dl.items[i].col,
                        dl.items[i].msg);
        assert_int_equal(dl.n, 0);
        diag_free(&dl);
    }
    lint_at("tests/data/check-every-field.yaml", NULL, &dl);
    assert_int_equal(dl.n, 0);
    diag_free(&dl);
}

/* Every step type (a letter, a form of six fields and a captcha, a phone
 * menu, a wait, a hand-off, a message) and the rating instrument fit
 * 1280x720 with text one and a half times as large: their texts wrap, their
 * parts move down, the form takes three columns. */
static void every_screen_fits_at_text_scale_one_and_a_half(void **state)
{
    (void)state;
    DiagList dl;
    lint_at("tests/data/check-every-field.yaml", "1.5", &dl);
    for (int i = 0; i < dl.n; i++)
        print_error("%d:%d: %s\n", dl.items[i].line, dl.items[i].col, dl.items[i].msg);
    assert_int_equal(dl.n, 0);
    diag_free(&dl);
}

/* The larger scale is checked too, and named: a customer number that fits
 * its column as made is cut at 1.5. */
static void a_text_that_fits_only_as_made_is_named_at_its_scale(void **state)
{
    (void)state;
    DiagList dl;
    lint_at("tests/data/fit-scale.yaml", NULL, &dl);
    assert_int_equal(dl.n, 1);
    assert_int_equal(dl.items[0].line, 9);
    assert_non_null(strstr(dl.items[0].msg, "at 1280x720, text scale 1.5 (step \"h\", \"value\" "
                                            "of persona detail \"order\", in en)"));
    diag_free(&dl);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(texts_too_long_for_the_screen_are_reported_where_they_are),
        cmocka_unit_test(the_shipped_scenario_fits_in_every_language),
        cmocka_unit_test(every_screen_fits_at_text_scale_one_and_a_half),
        cmocka_unit_test(a_text_that_fits_only_as_made_is_named_at_its_scale),
        cmocka_unit_test(a_prediction_whose_label_or_about_is_too_long_is_reported),
        cmocka_unit_test(a_long_letter_answer_wraps_and_a_too_long_one_is_named),
        cmocka_unit_test(a_long_form_label_wraps_and_a_too_long_one_is_named),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
