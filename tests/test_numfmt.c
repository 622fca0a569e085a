/* Numbers for people (engine/numfmt.c): a decimal comma in Dutch and a point
 * otherwise, a true minus sign only when asked, no "-0.0", and the plural of
 * "point" by the number as written. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>

#include "../engine/numfmt.h"

static void dutch_writes_a_decimal_comma_and_english_a_point(void **state)
{
    (void)state;
    char b[NUMFMT_MAX];
    assert_string_equal(numfmt_fixed(b, sizeof b, "nl", 2.24, 1, 0), "2,2");
    assert_string_equal(numfmt_fixed(b, sizeof b, "en", 2.24, 1, 0), "2.2");
    assert_string_equal(numfmt_fixed(b, sizeof b, "nl", -1.5, 2, 0), "-1,50");
    assert_string_equal(numfmt_fixed(b, sizeof b, "nl", 1234.6, 0, 0), "1235");
    /* any other language, and none, reads English */
    assert_string_equal(numfmt_fixed(b, sizeof b, "fr", 0.25, 2, 0), "0.25");
    assert_string_equal(numfmt_fixed(b, sizeof b, NULL, 0.25, 2, 0), "0.25");
}

static void signs_are_written_as_asked_and_never_on_zero(void **state)
{
    (void)state;
    char b[NUMFMT_MAX];
    assert_string_equal(numfmt_fixed(b, sizeof b, "nl", -1.5, 1, NUMFMT_MINUS), "\xe2\x88\x92"
                                                                                "1,5");
    assert_string_equal(numfmt_fixed(b, sizeof b, "en", 2.3, 1, NUMFMT_PLUS), "+2.3");
    assert_string_equal(numfmt_fixed(b, sizeof b, "en", -0.04, 1, NUMFMT_PLUS), "0.0");
    assert_string_equal(numfmt_fixed(b, sizeof b, "en", 0.04, 1, NUMFMT_PLUS), "0.0");
    assert_string_equal(numfmt_fixed(b, sizeof b, "en", NAN, 1, 0), "-");
    assert_string_equal(numfmt_fixed(b, sizeof b, "en", NAN, 1, NUMFMT_MINUS), "\xe2\x80\x93");
}

static void points_take_the_plural_of_the_number_written(void **state)
{
    (void)state;
    char b[NUMFMT_MAX];
    assert_string_equal(numfmt_points(b, sizeof b, "nl", 2.24, 1), "2,2 punten");
    assert_string_equal(numfmt_points(b, sizeof b, "nl", 1.0, 0), "1 punt");
    assert_string_equal(numfmt_points(b, sizeof b, "nl", -0.98, 1), "1,0 punt");
    assert_string_equal(numfmt_points(b, sizeof b, "en", 1.0, 0), "1 point");
    assert_string_equal(numfmt_points(b, sizeof b, "en", -2.3, 1), "2.3 points");
    assert_string_equal(numfmt_points(b, sizeof b, "en", 1.06, 1), "1.1 points");
    assert_string_equal(numfmt_points(b, sizeof b, "en", 0, 1), "0.0 points");
}

static void an_interval_is_written_in_words_of_its_language(void **state)
{
    (void)state;
    char b[2 * NUMFMT_MAX];
    assert_string_equal(numfmt_interval(b, sizeof b, "nl", -2.14, -0.4, 1, NUMFMT_MINUS),
                        "\xe2\x88\x92"
                        "2,1 tot \xe2\x88\x92"
                        "0,4");
    assert_string_equal(numfmt_interval(b, sizeof b, "en", -2.14, 0.4, 2, NUMFMT_PLUS),
                        "-2.14 to +0.40");
}

static void a_short_buffer_is_cut_not_overrun(void **state)
{
    (void)state;
    char b[4] = "xyz";
    assert_string_equal(numfmt_fixed(b, sizeof b, "nl", -1234.5, 1, 0), "-12");
    assert_string_equal(numfmt_points(b, sizeof b, "nl", 22.2, 1), "22,");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dutch_writes_a_decimal_comma_and_english_a_point),
        cmocka_unit_test(signs_are_written_as_asked_and_never_on_zero),
        cmocka_unit_test(points_take_the_plural_of_the_number_written),
        cmocka_unit_test(an_interval_is_written_in_words_of_its_language),
        cmocka_unit_test(a_short_buffer_is_cut_not_overrun),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
