/* The interface's words (engine/words.c): the report is written in Dutch
 * whole, not in Dutch with English holes (a word missing in Dutch falls back
 * to English silently, so only this test notices). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "../engine/words.h"

static void every_word_of_the_report_is_written_in_dutch(void **state)
{
    (void)state;
    /* the same in both languages */
    static const WordId same[] = {WORD_REPORT_WORKSHOP, WORD_REPORT_COL_G,    WORD_REPORT_COL_DELTA,
                                  WORD_REPORT_TEAM,     WORD_REPORT_SCENARIO, WORD_REPORT_PRIVACY};
    for (int id = WORD_REPORT_TITLE; id < WORD_COUNT; id++) {
        bool shared = false;
        for (size_t k = 0; k < sizeof same / sizeof *same; k++)
            shared = shared || same[k] == (WordId)id;
        if (shared)
            continue;
        if (!strcmp(words_get("nl", (WordId)id), words_get("en", (WordId)id)))
            fail_msg("word %d has no Dutch: \"%s\"", id, words_get("en", (WordId)id));
    }
}

static void dutch_alone_writes_a_decimal_comma(void **state)
{
    (void)state;
    assert_true(words_decimal_comma("nl"));
    assert_true(words_decimal_comma("nl-BE"));
    assert_false(words_decimal_comma("en"));
    assert_false(words_decimal_comma(NULL));
    assert_string_equal(words_plural("nl", 1, WORD_POINTS_ONE, WORD_POINTS_MANY), "%s punt");
    assert_string_equal(words_plural("nl", 2, WORD_POINTS_ONE, WORD_POINTS_MANY), "%s punten");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_word_of_the_report_is_written_in_dutch),
        cmocka_unit_test(dutch_alone_writes_a_decimal_comma),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
