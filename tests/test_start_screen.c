/* The start screen's keys for how the play is taken in: T steps the text
 * size through 100, 125, 150, 175 and 200% and back, C turns high contrast on
 * and off, A reading aloud, each by its chip too; in a text field the letters
 * are typed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "../engine/start_screen.h"

static InputEvent key(Key k)
{
    return (InputEvent){.kind = IN_KEY, .device = DEVICE_KEYBOARD, .key = k};
}

/* A start screen with its focus on the consent box (no text field). */
static void on_consent(StartScreen *s)
{
    start_screen_init(s, "en", "Moving house", "", false);
    s->look.text_size = 100;
    s->focus = 3;
}

static void t_steps_the_text_size_round_c_and_a_turn_contrast_and_reading_on_and_off(void **state)
{
    (void)state;
    StartScreen s;
    on_consent(&s);
    static const int sizes[] = {125, 150, 175, 200, 100};
    for (int i = 0; i < 5; i++) {
        InputEvent t = key(KEY_T);
        assert_int_equal(start_screen_input(&s, &t), START_TAKEN);
        assert_int_equal(s.look.text_size, sizes[i]);
    }
    InputEvent c = key(KEY_C);
    assert_int_equal(start_screen_input(&s, &c), START_TAKEN);
    assert_true(s.look.high_contrast);
    start_screen_input(&s, &c);
    assert_false(s.look.high_contrast);
    InputEvent a = key(KEY_A);
    assert_int_equal(start_screen_input(&s, &a), START_TAKEN);
    assert_true(s.look.read_aloud);
    start_screen_input(&s, &a);
    assert_false(s.look.read_aloud);
    assert_int_equal(s.focus, 3); /* the keys move nothing else */
}

/* A size given on the command line between two steps goes on to the next. */
static void a_size_between_steps_goes_on_to_the_next(void **state)
{
    (void)state;
    assert_int_equal(start_next_text_size(130), 150);
    assert_int_equal(start_next_text_size(200), 100);
    assert_int_equal(start_next_text_size(0), 100);
}

/* Typing a pseudonym with a t or a c in it changes nothing of the look. */
static void in_a_text_field_t_c_and_a_are_letters(void **state)
{
    (void)state;
    StartScreen s;
    start_screen_init(&s, "en", "Moving house", "", false);
    s.look.text_size = 100;
    InputEvent t = key(KEY_T), c = key(KEY_C), a = key(KEY_A);
    assert_int_equal(start_screen_input(&s, &t), START_WAITING);
    assert_int_equal(start_screen_input(&s, &c), START_WAITING);
    assert_int_equal(start_screen_input(&s, &a), START_WAITING);
    InputEvent typed = {.kind = IN_CHARS, .device = DEVICE_KEYBOARD};
    strcpy(typed.text, "tca");
    start_screen_input(&s, &typed);
    assert_string_equal(s.pseudonym, "tca");
    assert_int_equal(s.look.text_size, 100);
    assert_false(s.look.high_contrast);
    assert_false(s.look.read_aloud);
}

static void the_chips_do_what_the_keys_do(void **state)
{
    (void)state;
    StartScreen s;
    start_screen_init(&s, "en", "Moving house", "", false);
    s.look.text_size = 150;
    InputEvent size = {.kind = IN_ACTION, .device = DEVICE_MOUSE, .action = ACT_TEXT_SIZE};
    InputEvent contrast = {.kind = IN_ACTION, .device = DEVICE_MOUSE, .action = ACT_CONTRAST};
    InputEvent aloud = {.kind = IN_ACTION, .device = DEVICE_MOUSE, .action = ACT_READ_ALOUD};
    assert_int_equal(start_screen_input(&s, &size), START_TAKEN);
    assert_int_equal(start_screen_input(&s, &contrast), START_TAKEN);
    assert_int_equal(start_screen_input(&s, &aloud), START_TAKEN);
    assert_int_equal(s.look.text_size, 175);
    assert_true(s.look.high_contrast);
    assert_true(s.look.read_aloud);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(t_steps_the_text_size_round_c_and_a_turn_contrast_and_reading_on_and_off),
        cmocka_unit_test(a_size_between_steps_goes_on_to_the_next),
        cmocka_unit_test(in_a_text_field_t_c_and_a_are_letters),
        cmocka_unit_test(the_chips_do_what_the_keys_do),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
