/* The phone's voice in the core (steps/steps.c, menu, wait, handoff): what
 * each step says and when, timed by a speech clock handed in (here a fake
 * one, 50 ms a byte, so that the numbers can be worked out by hand), and
 * the `voice:` key's values and errors. The synthesiser itself is tested in
 * test_speech.c; the core never links it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "../engine/paths.h"
#include "../engine/player.h"
#include "../engine/steps/steps.h"

static const char head[] = "format: teaser/1\n"
                           "id: v\n"
                           "title: V\n"
                           "language: en\n"
                           "persona: {name: Sam}\n"
                           "touchpoints: [{id: t, label: T}]\n"
                           "steps:\n";

static Scenario *parse(const char *steps, DiagList *dl)
{
    char yaml[4096];
    snprintf(yaml, sizeof yaml, "%s%s", head, steps);
    Scenario *s = NULL;
    diag_init(dl);
    scenario_parse("v.yaml", yaml, strlen(yaml), paths_data_dir(), &steps_teaser1, &s, dl);
    return s;
}

static Scenario *load(const char *steps)
{
    DiagList dl;
    Scenario *s = parse(steps, &dl);
    if (!s || dl.errors)
        fail_msg("%s", dl.n ? dl.items[0].msg : "no scenario");
    diag_free(&dl);
    return s;
}

/* 50 ms a byte of what is said; the voice asked for is kept. */
static char voice_asked[64];
static long fake_ms(void *ctx, const char *text, const char *lang, const char *voice)
{
    (void)ctx, (void)lang;
    snprintf(voice_asked, sizeof voice_asked, "%s", voice ? voice : "(own)");
    return 50 * (long)strlen(text);
}

static Player *play(const Scenario *s, const char *lang, bool clock)
{
    PlayerConfig cfg = {.scenario = s, .lang = lang, .participant = "p", .workshop = "w"};
    if (clock)
        cfg.speech = (SpeechClock){fake_ms, NULL};
    Player *p = player_create(&cfg, 0);
    assert_non_null(p);
    return p;
}

static const char *said(const Player *p, int *count)
{
    const char *text, *voice;
    *count = player_speech(p, &text, &voice);
    return text;
}

static const char menu[] = "  - id: m\n"
                           "    type: menu\n"
                           "    prompt: Hello.\n" /* 6 bytes: 300 ms */
                           "    options:\n"
                           "      - {key: \"1\", label: A}\n" /* "For A, press 1." 15: 750 ms */
                           "      - {key: \"2\", label: B}\n"
                           "    timeout: {after: 2s}\n"
                           "    %s\n";

static Scenario *menu_with(const char *voice)
{
    char steps[1024];
    snprintf(steps, sizeof steps, menu, voice);
    return load(steps);
}

static void a_menu_says_its_prompt_then_each_option_as_it_appears(void **state)
{
    (void)state;
    Scenario *s = menu_with("");
    Player *p = play(s, NULL, true);
    int n;
    assert_string_equal(said(p, &n), "Hello.");
    assert_int_equal(n, 1);
    assert_int_equal(player_wake_ms(p), 300); /* the prompt's spoken length */
    player_tick(p, 300);
    assert_string_equal(said(p, &n), "For A, press 1.");
    assert_int_equal(n, 2);
    assert_int_equal(player_wake_ms(p), 1050);
    player_tick(p, 1050);
    assert_string_equal(said(p, &n), "For B, press 2.");
    assert_int_equal(n, 3);
    assert_string_equal(voice_asked, "(own)");
    player_destroy(p);
    scenario_free(s);
}

/* The timeout counts from when the whole menu has been said: 300 + 750 +
 * 750 = 1800 ms, then 2 s. */
static void a_timed_menu_counts_its_timeout_from_when_it_has_been_said(void **state)
{
    (void)state;
    Scenario *s = menu_with("");
    Player *p = play(s, NULL, true);
    player_tick(p, 300);
    player_tick(p, 1050);
    assert_int_equal(player_wake_ms(p), 3800);
    player_tick(p, 3799);
    assert_int_equal(player_phase(p), PHASE_STEP);
    InputEvent key = {.kind = IN_CHOOSE, .n = 2, .device = DEVICE_SCRIPT};
    assert_int_equal(player_input(p, &key, 3799), PLAYER_TAKEN); /* just in time */
    assert_string_equal(player_where(p), "end");
    player_destroy(p);

    p = play(s, NULL, true);
    player_tick(p, 300);
    player_tick(p, 1050);
    player_tick(p, 3800);
    assert_string_equal(player_where(p), "end"); /* timed out: next is the end */
    player_destroy(p);
    scenario_free(s);
}

static void a_voice_off_says_nothing_and_keeps_the_fixed_pace(void **state)
{
    (void)state;
    Scenario *s = menu_with("voice: off");
    Player *p = play(s, NULL, true);
    int n;
    assert_null(said(p, &n));
    assert_int_equal(player_wake_ms(p), 2500); /* the fixed pace, not 300 */
    player_tick(p, 2500);
    assert_null(said(p, &n));
    assert_int_equal(n, 0);
    player_destroy(p);
    scenario_free(s);
}

static void a_voice_per_language_is_asked_for_by_name(void **state)
{
    (void)state;
    Scenario *s = menu_with("voice: {en: en-us, nl: \"off\"}");
    Player *p = play(s, NULL, true);
    int n;
    assert_string_equal(said(p, &n), "Hello.");
    assert_string_equal(voice_asked, "en-us");
    const char *text, *voice;
    player_speech(p, &text, &voice);
    assert_string_equal(voice, "en-us");
    player_destroy(p);
    p = play(s, "nl", true); /* no Dutch text: English, but the Dutch voice is off */
    assert_null(said(p, &n));
    player_destroy(p);
    scenario_free(s);
}

static void a_wait_says_its_announcement_when_it_comes(void **state)
{
    (void)state;
    Scenario *s = load("  - id: w\n"
                       "    type: wait\n"
                       "    duration: 30s\n"
                       "    announce: {every: 10s, text: Please hold.}\n");
    Player *p = play(s, NULL, true);
    int n;
    assert_null(said(p, &n));
    player_tick(p, 9999);
    assert_null(said(p, &n));
    player_tick(p, 10000);
    assert_string_equal(said(p, &n), "Please hold.");
    assert_int_equal(n, 1);
    player_tick(p, 20000);
    assert_int_equal((said(p, &n), n), 2); /* said again, as a recording repeats */
    player_destroy(p);
    scenario_free(s);
}

static void an_agent_greets_asks_and_answers_a_wrong_number(void **state)
{
    (void)state;
    Scenario *s = load("  - id: h\n"
                       "    type: handoff\n"
                       "    from: Sales\n"
                       "    to: Billing\n"
                       "    greeting: Billing, good morning.\n"
                       "    ask: [{label: Customer number, expect: \"123\"}, Postcode]\n");
    Player *p = play(s, NULL, true);
    int n;
    assert_string_equal(said(p, &n), "Billing, good morning. Customer number?");
    InputEvent text = {.kind = IN_TEXT, .text = "999", .device = DEVICE_SCRIPT};
    player_input(p, &text, 1000);
    assert_string_equal(said(p, &n), "I can't find that number, could you check it? Customer number?");
    snprintf(text.text, sizeof text.text, "123");
    player_input(p, &text, 2000);
    assert_string_equal(said(p, &n), "Postcode?");
    assert_int_equal(n, 3);
    player_destroy(p);
    scenario_free(s);
}

static void a_transfer_asks_the_caller_to_hold_then_the_agent_answers(void **state)
{
    (void)state;
    Scenario *s = load("  - id: h\n"
                       "    type: handoff\n"
                       "    from: Sales\n"
                       "    to: Billing\n"
                       "    wait: 5s\n"
                       "    greeting: Billing.\n");
    Player *p = play(s, "nl", true);
    int n;
    assert_string_equal(said(p, &n), "Blijft u aan de lijn, u wordt doorverbonden.");
    player_tick(p, 5000);
    assert_string_equal(said(p, &n), "Billing.");
    assert_int_equal(n, 2);
    player_destroy(p);
    scenario_free(s);
}

/* Each bad value is refused at its place with E0220 (or E0213, E0204). */
static void bad_voices_are_refused_where_they_are_written(void **state)
{
    (void)state;
    static const struct {
        const char *voice, *code, *says;
        int col;
    } cases[] = {
        {"voice: \"en us\"", "E0220", "not \"en us\"", 12},
        {"voice: \"-x\"", "E0220", "espeak-ng voice name", 12},
        {"voice: {english: en}", "E0213", "not a language code", 13},
        {"voice: {en: [a]}", "E0204", "on, off or a voice name", 17},
        {"voice: [on]", "E0204", "on, off or a voice name", 12},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char steps[1024];
        snprintf(steps, sizeof steps, menu, cases[i].voice);
        DiagList dl;
        Scenario *s = parse(steps, &dl);
        assert_null(s);
        assert_int_equal(dl.errors, 1);
        assert_string_equal(diag_code_name(dl.items[0].code), cases[i].code);
        assert_non_null(strstr(dl.items[0].msg, cases[i].says));
        assert_int_equal(dl.items[0].line, 15);
        assert_int_equal(dl.items[0].col, cases[i].col);
        diag_free(&dl);
    }
}

static void voice_is_only_a_key_of_the_steps_that_speak(void **state)
{
    (void)state;
    DiagList dl;
    Scenario *s = parse("  - {id: x, type: message, text: Hi, voice: off}\n", &dl);
    assert_null(s);
    assert_string_equal(diag_code_name(dl.items[0].code), "E0201");
    diag_free(&dl);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_menu_says_its_prompt_then_each_option_as_it_appears),
        cmocka_unit_test(a_timed_menu_counts_its_timeout_from_when_it_has_been_said),
        cmocka_unit_test(a_voice_off_says_nothing_and_keeps_the_fixed_pace),
        cmocka_unit_test(a_voice_per_language_is_asked_for_by_name),
        cmocka_unit_test(a_wait_says_its_announcement_when_it_comes),
        cmocka_unit_test(an_agent_greets_asks_and_answers_a_wrong_number),
        cmocka_unit_test(a_transfer_asks_the_caller_to_hold_then_the_agent_answers),
        cmocka_unit_test(bad_voices_are_refused_where_they_are_written),
        cmocka_unit_test(voice_is_only_a_key_of_the_steps_that_speak),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
