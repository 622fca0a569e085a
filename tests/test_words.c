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

/* "Details given again: 1 times" read wrong in both languages: one is not many. */
static void a_count_of_one_reads_singular_in_both_languages(void **state)
{
    (void)state;
    assert_string_equal(words_plural("en", 1, WORD_REPEATED_ONCE, WORD_REPEATED),
                        "Details given again: once");
    assert_string_equal(words_plural("en", 3, WORD_REPEATED_ONCE, WORD_REPEATED),
                        "Details given again: %d times");
    assert_string_equal(words_plural("nl", 1, WORD_REPEATED_ONCE, WORD_REPEATED),
                        "Gegevens opnieuw gegeven: 1 keer");
    assert_string_equal(words_plural("nl", 2, WORD_REPEATED_ONCE, WORD_REPEATED),
                        "Gegevens opnieuw gegeven: %d keer");
    assert_string_equal(words_plural("en", 1, WORD_AHEAD_ONE, WORD_AHEAD), "caller ahead of you");
    assert_string_equal(words_plural("en", 0, WORD_AHEAD_ONE, WORD_AHEAD), "callers ahead of you");
    assert_string_equal(words_plural("nl", 1, WORD_AHEAD_ONE, WORD_AHEAD), "beller voor u");
    assert_string_equal(words_plural("nl", 4, WORD_AHEAD_ONE, WORD_AHEAD), "bellers voor u");
    assert_non_null(strstr(words_plural("en", 1, WORD_REPORT_BEHAVIOUR_WITHHELD_ONE,
                                        WORD_REPORT_BEHAVIOUR_WITHHELD),
                           "%d step:"));
    assert_non_null(strstr(words_plural("nl", 1, WORD_REPORT_BEHAVIOUR_WITHHELD_ONE,
                                        WORD_REPORT_BEHAVIOUR_WITHHELD),
                           "%d stap niet"));
}

/* The agent's default answer to a wrong detail, said in the language played. */
static void the_agent_answers_a_wrong_number_in_both_languages(void **state)
{
    (void)state;
    assert_string_equal(words_get("en", WORD_HANDOFF_WRONG),
                        "I can't find that number, could you check it?");
    assert_string_equal(words_get("nl", WORD_HANDOFF_WRONG),
                        "Ik kan dat nummer niet vinden, wilt u het nog eens controleren?");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_word_of_the_report_is_written_in_dutch),
        cmocka_unit_test(dutch_alone_writes_a_decimal_comma),
        cmocka_unit_test(a_count_of_one_reads_singular_in_both_languages),
        cmocka_unit_test(the_agent_answers_a_wrong_number_in_both_languages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
