/* The player's state machine without a window: events and a clock in,
 * records out (a sink that keeps them). Steps, branching, timers, ratings
 * after steps however they ended, the start screen, kiosk mode. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/paths.h"
#include "../engine/player.h"
#include "../engine/steps/form.h"
#include "../engine/steps/handoff.h"
#include "../engine/steps/wait.h"
#include "../engine/steps/steps.h"

typedef struct {
    char participant[64], workshop[64];
    int begun, finished, n_ratings, n_events;
    RatingRecord ratings[32];
    char steps[32][64], emotions[32][64], devices[32][16];
    char events[256][160];
} Sink;

static bool begin(void *ctx, const char *participant, const char *workshop, char *err, size_t n)
{
    (void)err, (void)n;
    Sink *s = ctx;
    snprintf(s->participant, sizeof s->participant, "%s", participant);
    snprintf(s->workshop, sizeof s->workshop, "%s", workshop);
    s->begun++;
    return true;
}

static bool rating(void *ctx, const RatingRecord *r, char *err, size_t n)
{
    (void)err, (void)n;
    Sink *s = ctx;
    int i = s->n_ratings++;
    s->ratings[i] = *r;
    snprintf(s->steps[i], 64, "%s", r->step);
    snprintf(s->emotions[i], 64, "%s", r->emotion ? r->emotion : "");
    snprintf(s->devices[i], 16, "%s", r->input_device);
    return true;
}

static void event(void *ctx, const char *step, int64_t t, const Event *e, const char *detail)
{
    Sink *s = ctx;
    if (s->n_events < 256)
        snprintf(s->events[s->n_events++], 160, "%lld %s %s %s", (long long)t, step, event_name(e->kind), detail);
}

static bool finish(void *ctx, char *err, size_t n)
{
    (void)err, (void)n;
    ((Sink *)ctx)->finished++;
    return true;
}

static Scenario *scenario;
static Sink sink;

static int load(void **state)
{
    (void)state;
    DiagList dl;
    diag_init(&dl);
    assert_int_equal(scenario_load("tests/data/play-all.yaml", paths_data_dir(), &steps_teaser1, &scenario, &dl),
                     SCENARIO_OK);
    diag_free(&dl);
    return 0;
}

static int unload(void **state)
{
    (void)state;
    scenario_free(scenario);
    return 0;
}

static Player *play(const char *participant, const char *from, bool kiosk)
{
    memset(&sink, 0, sizeof sink);
    int start = from ? scenario_find_step(scenario, from) : 0;
    PlayerConfig cfg = {scenario,
                        NULL,
                        start,
                        participant,
                        participant ? "w1" : NULL,
                        kiosk,
                        NULL,
                        false,
                        {begin, rating, event, finish, &sink},
                        {NULL, NULL},
                        {0, false, false}};
    Player *p = player_create(&cfg, 0);
    assert_non_null(p);
    return p;
}

static InputEvent ev(InputKind kind)
{
    return (InputEvent){.kind = kind, .device = DEVICE_SCRIPT};
}

static InputEvent key(Key k)
{
    return (InputEvent){.kind = IN_KEY, .key = k, .device = DEVICE_KEYBOARD};
}

static InputEvent choose(int n)
{
    InputEvent e = ev(IN_CHOOSE);
    e.n = n;
    return e;
}

static InputEvent text(const char *t)
{
    InputEvent e = ev(IN_TEXT);
    snprintf(e.text, sizeof e.text, "%s", t);
    return e;
}

static InputEvent rate(int v, const char *emotion)
{
    InputEvent e = ev(IN_RATE);
    e.valence = v;
    snprintf(e.emotion, sizeof e.emotion, "%s", emotion ? emotion : "");
    return e;
}

static void give(Player *p, InputEvent e, int64_t now)
{
    assert_int_equal(player_input(p, &e, now), PLAYER_TAKEN);
}

static bool logged(const char *needle)
{
    for (int i = 0; i < sink.n_events; i++)
        if (strstr(sink.events[i], needle))
            return true;
    return false;
}

static void with_a_participant_the_first_step_comes_at_once(void **state)
{
    (void)state;
    Player *p = play("p-1", NULL, false);
    assert_int_equal(sink.begun, 1);
    assert_string_equal(sink.participant, "p-1");
    assert_int_equal(player_phase(p), PHASE_STEP);
    assert_string_equal(player_where(p), "intro");
    assert_int_equal(player_accepts(p), ACCEPT_CONTINUE);
    assert_string_equal(player_screen_name(p), "01-intro");
    give(p, ev(IN_CONTINUE), 1000);
    assert_string_equal(player_where(p), "menu");
    player_destroy(p);
}

static void a_rating_follows_a_step_however_it_ended(void **state)
{
    (void)state;
    Player *p = play("p-1", "menu", false);
    assert_int_equal(player_wake_ms(p), 2500); /* the voice reaches the first option */
    /* nobody chose: the 20 s count from when the menu has been read out, its
     * prompt (2.5 s) and three options (1.5 s each, with no speech clock) */
    player_tick(p, 26999);
    assert_int_equal(player_phase(p), PHASE_STEP);
    player_tick(p, 27000);
    assert_int_equal(player_phase(p), PHASE_RATING);
    assert_string_equal(player_where(p), "menu");
    assert_int_equal(player_accepts(p), ACCEPT_RATE);
    assert_true(logged("menu leave timeout"));
    give(p, rate(3, NULL), 28000);
    assert_string_equal(player_where(p), "hold"); /* the timeout's goto */
    assert_int_equal(sink.n_ratings, 1);
    assert_int_equal(sink.ratings[0].valence, 3);
    assert_int_equal(sink.ratings[0].onset_ms, 27000);
    assert_int_equal(sink.ratings[0].response_ms, 28000);
    assert_string_equal(sink.devices[0], "script");
    player_destroy(p);
}

static void no_rating_is_given_by_the_start_position(void **state)
{
    (void)state;
    Player *p = play("p-1", "menu", false);
    give(p, choose(2), 500);
    assert_int_equal(player_phase(p), PHASE_RATING);
    give(p, key(KEY_ENTER), 600); /* nothing chosen: Enter only moves the focus */
    assert_int_equal(player_phase(p), PHASE_RATING);
    assert_int_equal(sink.n_ratings, 0);
    player_destroy(p);
}

static void keys_choose_and_enter_confirms_counting_changes(void **state)
{
    (void)state;
    Player *p = play("p-1", "menu", false);
    give(p, key(KEY_0 + 1), 500); /* option 1 by its key */
    assert_int_equal(player_phase(p), PHASE_RATING);
    give(p, key(KEY_0 + 3), 1000);
    give(p, key(KEY_0 + 7), 1500);
    give(p, key(KEY_LEFT), 1700);
    give(p, key(KEY_ENTER), 2500);
    assert_int_equal(sink.n_ratings, 1);
    assert_int_equal(sink.ratings[0].valence, 6);
    assert_int_equal(sink.ratings[0].changes, 2);
    assert_string_equal(sink.devices[0], "keyboard");
    assert_int_equal(sink.ratings[0].response_ms - sink.ratings[0].onset_ms, 2000);
    assert_string_equal(player_where(p), "hold");
    player_destroy(p);
}

static void the_first_arrow_lands_on_the_middle_and_taps_work(void **state)
{
    (void)state;
    Player *p = play("p-1", "menu", false);
    give(p, choose(1), 100);
    give(p, key(KEY_RIGHT), 200);
    InputEvent tap = {.kind = IN_ACTION, .action = ACT_EMOTION, .arg = 1, .device = DEVICE_TOUCH};
    give(p, tap, 300);
    tap.action = ACT_CONFIRM;
    give(p, tap, 400);
    assert_int_equal(sink.ratings[0].valence, 5);
    assert_string_equal(sink.emotions[0], "annoyed");
    assert_string_equal(sink.devices[0], "touch");
    player_destroy(p);
}

static void an_impossible_scripted_rating_is_rejected(void **state)
{
    (void)state;
    Player *p = play("p-1", "menu", false);
    give(p, choose(2), 100);
    InputEvent bad = rate(10, NULL);
    assert_int_equal(player_input(p, &bad, 200), PLAYER_REJECTED);
    assert_string_equal(player_error(p), "rate 10 is outside the scale 1 to 9");
    bad = rate(4, "furious");
    assert_int_equal(player_input(p, &bad, 200), PLAYER_REJECTED);
    assert_int_equal(sink.n_ratings, 0);
    give(p, rate(4, "Calm"), 300);
    assert_string_equal(sink.emotions[0], "calm");
    player_destroy(p);
}

static void a_wait_ends_by_itself_and_logs_the_queue(void **state)
{
    (void)state;
    Player *p = play("p-1", "hold", false);
    assert_int_equal(player_accepts(p), 0);
    assert_int_equal(player_wake_ms(p), 30000);
    player_tick(p, 30000);
    assert_true(logged("30000 hold queue position 7"));
    int64_t t = 30000;
    while (player_phase(p) == PHASE_STEP && t < 10000000)
        player_tick(p, t = player_wake_ms(p));
    assert_int_equal(t, 120000);
    assert_true(logged("hold waited 120000 ms in 1 call"));
    assert_int_equal(player_phase(p), PHASE_RATING);
    player_destroy(p);
}

static void hanging_up_starts_the_queue_again(void **state)
{
    (void)state;
    Player *p = play("p-1", "hold", false);
    player_tick(p, 100000);
    give(p, key(KEY_ESCAPE), 100000);
    assert_true(logged("hold hangup after 100000 ms"));
    /* first the phone dials again, for a moment of the scenario's clock */
    const WaitState *s = player_step_run(p)->state;
    assert_int_equal(s->redial_ms, 100000);
    assert_int_equal(player_wake_ms(p), 100000 + WAIT_REDIAL_MS);
    player_tick(p, 100000 + WAIT_REDIAL_MS - 1);
    assert_int_equal(s->calls, 1);
    player_tick(p, 100000 + WAIT_REDIAL_MS);
    assert_int_equal(s->redial_ms, 0);
    assert_int_equal(s->calls, 2); /* through: the queue starts over */
    player_tick(p, 219999 + WAIT_REDIAL_MS);
    assert_int_equal(player_phase(p), PHASE_STEP);
    player_tick(p, 220000 + WAIT_REDIAL_MS);
    assert_int_equal(player_phase(p), PHASE_RATING);
    assert_true(logged("waited 223000 ms in 2 calls"));
    player_destroy(p);
}

/* Hanging up where the scenario says to call back through the menu: the
 * phone dials first, then the menu answers. */
static void hanging_up_calls_again_where_the_scenario_says(void **state)
{
    (void)state;
    Player *p = play("p-1", "hold-back", false);
    player_tick(p, 20000);
    give(p, key(KEY_ESCAPE), 20000);
    assert_true(logged("hold-back hangup after 20000 ms"));
    assert_string_equal(player_where(p), "hold-back");
    player_tick(p, 20000 + WAIT_REDIAL_MS - 1);
    assert_string_equal(player_where(p), "hold-back");
    player_tick(p, 20000 + WAIT_REDIAL_MS);
    assert_string_equal(player_where(p), "menu");
    player_destroy(p);
}

static void a_handoff_wants_the_details_again_and_checks_them(void **state)
{
    (void)state;
    Player *p = play("p-1", "hand", false);
    assert_int_equal(player_accepts(p), 0); /* still being transferred */
    player_tick(p, 10000);
    assert_int_equal(player_accepts(p), ACCEPT_TEXT);
    assert_true(player_wants_text(p));
    give(p, text("12 35"), 11000);
    assert_true(logged("hand rejected Customer number: 12 35"));
    /* the agent answers back, and the screen shows what they said */
    const StepRun *run = player_step_run(p);
    assert_int_equal(((const HandoffState *)run->state)->wrong, 1);
    assert_string_equal(handoff_wrong_line(run), "I can't find that number, could you check it?");
    give(p, text("1234"), 12000); /* spaces do not matter */
    give(p, text("moving house"), 13000);
    assert_true(logged("hand repeated Reason: moving house"));
    assert_int_equal(player_phase(p), PHASE_RATING);
    player_destroy(p);
}

/* A scenario's own "wrong" line is the one the agent says. */
static void a_handoff_says_the_scenarios_line_to_a_wrong_answer(void **state)
{
    (void)state;
    Player *p = play("p-1", "hand-own", false);
    give(p, text("15-05-1991"), 1000);
    const StepRun *run = player_step_run(p);
    assert_int_equal(((const HandoffState *)run->state)->wrong, 1);
    assert_string_equal(handoff_wrong_line(run), "That date is not in our system.");
    give(p, text("14 05 1991"), 2000);
    assert_true(logged("hand-own repeated Date of birth: 14 05 1991"));
    player_destroy(p);
}

/* Only the view knows how tall a letter is; once it has said so, the paper
 * stops at its end, so that one press up after many down moves it at once. */
static void a_letter_scrolls_no_further_than_the_view_laid_it_out(void **state)
{
    (void)state;
    Player *p = play("p-1", "letter", false);
    for (int i = 0; i < 3; i++)
        give(p, key(KEY_DOWN), 1000 + i);
    assert_true(player_step_run(p)->scroll == 480); /* no layout yet: no limit known */
    player_set_layout(p, &(StepLayout){1100, 420});
    assert_true(player_step_run(p)->scroll == 420);
    for (int i = 0; i < 5; i++)
        give(p, key(KEY_DOWN), 2000 + i);
    assert_true(player_step_run(p)->scroll == 420);
    give(p, key(KEY_UP), 3000);
    assert_true(player_step_run(p)->scroll == 260);
    for (int i = 0; i < 3; i++)
        give(p, key(KEY_UP), 4000 + i);
    assert_true(player_step_run(p)->scroll == 0);
    player_destroy(p);
}

/* A click can only focus a field the form has: a made-up one is not for it. */
static void a_form_ignores_focus_on_a_field_it_does_not_have(void **state)
{
    (void)state;
    Player *p = play("p-1", "form", false);
    InputEvent focus = {.kind = IN_ACTION, .action = ACT_FOCUS, .arg = 99, .device = DEVICE_MOUSE};
    assert_int_equal(player_input(p, &focus, 1000), PLAYER_IGNORED);
    focus.arg = 0;
    assert_int_equal(player_input(p, &focus, 1001), PLAYER_IGNORED);
    focus.arg = 2;
    assert_int_equal(player_input(p, &focus, 1002), PLAYER_TAKEN);
    player_destroy(p);
}

static void a_form_rejects_as_scripted_then_accepts(void **state)
{
    (void)state;
    Player *p = play("p-1", "form", false);
    give(p, text("3811 AB"), 1000);
    give(p, text("12"), 2000);
    assert_true(logged("form form-rejected attempt 1: zip=3811 AB; meter=12"
                       " | zip: Unknown postcode.; meter: Three digits."));
    give(p, text("3811 AB"), 3000); /* the zip again: every field is filled, so it sends */
    /* each attempts error is shown once, in turn: the first did not use up the second */
    assert_true(logged("form form-rejected attempt 2: zip=3811 AB; meter=12"
                       " | zip: Postcode and meter do not match.; meter: Three digits."));
    give(p, text("3811 AB"), 3500);
    assert_true(logged("form form-rejected attempt 3: zip=3811 AB; meter=12 | meter: Three digits."));
    give(p, text("123"), 4000);
    assert_true(logged("form accepted attempt 4: zip=3811 AB; meter=123"));
    assert_int_equal(player_phase(p), PHASE_RATING);
    player_destroy(p);
}

/* A mistyped capital is refused where capitals count, with a message that
 * says so, and taken where the scenario says they do not. */
static void a_captcha_minds_capitals_unless_the_scenario_says_otherwise(void **state)
{
    (void)state;
    Player *p = play("p-1", "captcha", false);
    give(p, text("Sam"), 1000);
    give(p, text("K7RP2Q"), 2000);
    assert_true(logged("captcha form-rejected attempt 1: name=Sam | captcha: wrong capitals"));
    const StepRun *run = player_step_run(p);
    assert_string_equal(form_error_text(run, -3),
                        "Capitals count: type the characters exactly as you see them");
    give(p, text("k7rp2x"), 3000);
    assert_true(logged("captcha form-rejected attempt 2: name=Sam | captcha: wrong"));
    give(p, text("k7Rp2q"), 4000);
    assert_true(logged("captcha accepted attempt 3: name=Sam"));
    player_destroy(p);

    p = play("p-1", "captcha-any", false);
    give(p, text("Sam"), 1000);
    give(p, text("K7RP2X"), 2000); /* one character wrong is still wrong */
    assert_true(logged("captcha-any form-rejected attempt 1: name=Sam | captcha: wrong"));
    give(p, text("K7RP2Q"), 3000);
    assert_true(logged("captcha-any accepted attempt 2: name=Sam"));
    assert_int_not_equal(player_phase(p), PHASE_STEP); /* the form is behind it */
    player_destroy(p);
}

static void a_form_left_alone_is_emptied_by_its_timeout(void **state)
{
    (void)state;
    Player *p = play("p-1", "form", false);
    give(p, text("3811 AB"), 1000);
    assert_int_equal(player_wake_ms(p), 61000);
    player_tick(p, 61000);
    assert_true(logged("form timeout"));
    give(p, text("9999 ZZ"), 62000); /* typed into the first field again */
    give(p, text("123"), 63000);
    assert_true(logged("attempt 1: zip=9999 ZZ; meter=123"));
    player_destroy(p);
}

static void a_letter_logs_whether_the_answer_was_right(void **state)
{
    (void)state;
    Player *p = play("p-1", "letter", false);
    assert_int_equal(player_accepts(p), ACCEPT_CHOOSE);
    give(p, choose(3), 45000);
    assert_true(logged("letter answer option 3 (wrong) after 45000 ms"));
    give(p, rate(2, NULL), 46000);
    assert_string_equal(player_where(p), "last"); /* a rate step shows its prompt at once */
    assert_int_equal(player_phase(p), PHASE_RATING);
    give(p, rate(5, NULL), 47000);
    assert_int_equal(player_phase(p), PHASE_END);
    assert_true(player_finished(p));
    assert_int_equal(sink.finished, 1);
    assert_int_equal(sink.n_ratings, 2);
    assert_string_equal(sink.steps[1], "last");
    player_destroy(p);
}

static void the_start_screen_asks_and_times_start_with_the_session(void **state)
{
    (void)state;
    Player *p = play(NULL, NULL, false);
    assert_int_equal(player_phase(p), PHASE_START);
    assert_string_equal(player_screen_name(p), "00-start");
    give(p, text("p-42"), 5000);
    give(p, text("Week 47"), 9000);
    assert_int_equal(sink.begun, 0);
    assert_false(player_in_session(p));
    give(p, ev(IN_CONTINUE), 30000); /* a scripted continue is consent */
    assert_int_equal(sink.begun, 1);
    assert_true(player_in_session(p));
    assert_string_equal(sink.participant, "p-42");
    assert_string_equal(sink.workshop, "Week 47");
    give(p, ev(IN_CONTINUE), 31000);
    give(p, choose(2), 32000);
    give(p, rate(4, NULL), 33000);
    assert_int_equal(sink.ratings[0].onset_ms, 2000); /* since the session began */
    player_destroy(p);
}

static void kiosk_mode_returns_to_the_start_screen(void **state)
{
    (void)state;
    Player *p = play("p-1", "last", true);
    give(p, rate(5, NULL), 1000);
    assert_int_equal(player_phase(p), PHASE_END);
    assert_false(player_finished(p));
    assert_false(player_in_session(p));
    give(p, ev(IN_CONTINUE), 2000);
    assert_int_equal(player_phase(p), PHASE_START);
    assert_false(player_in_session(p));
    player_destroy(p);
}

static void a_revisited_step_gets_no_second_screenshot_name(void **state)
{
    (void)state;
    Player *p = play("p-1", "menu", false);
    assert_string_equal(player_screen_name(p), "01-menu");
    give(p, choose(3), 1000);
    assert_string_equal(player_screen_name(p), "02-menu-rating");
    int serial = player_screen_serial(p);
    give(p, rate(5, NULL), 2000);
    assert_string_equal(player_where(p), "menu");
    assert_string_equal(player_screen_name(p), ""); /* seen before: no new screenshot */
    assert_true(player_screen_serial(p) > serial);  /* but a new screen to draw */
    give(p, choose(1), 3000);
    give(p, rate(5, NULL), 4000);
    assert_string_equal(player_screen_name(p), "03-hold");
    player_destroy(p);
}


/* A scenario that asks for predictions: touchpoint a is rated by s2, b by s1
 * and s4, c by no step. */
static Scenario *predicting(void)
{
    static const char yaml[] =
        "format: teaser/1\nid: predicts\ntitle: P\nlanguage: en\n"
        "persona: {name: Sam}\n"
        "predict: {question: {en: \"Customers here?\", nl: \"Klanten hier?\"}}\n"
        "touchpoints:\n"
        "  - {id: a, label: {en: A, nl: Aa}, about: {en: \"the first call\", nl: \"het eerste gesprek\"}}\n"
        "  - {id: b, label: B, department: Billing}\n"
        "  - {id: c, label: C}\n"
        "steps:\n"
        "  - {id: s1, type: message, text: one, touchpoint: b, rate: true}\n"
        "  - {id: s2, type: message, text: two, touchpoint: a, rate: true}\n"
        "  - {id: s3, type: message, text: three, touchpoint: c}\n"
        "  - {id: s4, type: message, text: four, touchpoint: b, rate: true}\n";
    Scenario *s = NULL;
    DiagList dl;
    diag_init(&dl);
    assert_int_equal(scenario_parse("p.yaml", yaml, strlen(yaml), paths_data_dir(), &steps_teaser1,
                                    &s, &dl),
                     SCENARIO_OK);
    diag_free(&dl);
    return s;
}

static Player *play_predicting(const Scenario *s, const char *lang, int from)
{
    memset(&sink, 0, sizeof sink);
    PlayerConfig cfg = {.scenario = s, .lang = lang, .from = from, .participant = "p-1",
                        .workshop = "w1", .sink = {begin, rating, event, finish, &sink}};
    Player *p = player_create(&cfg, 0);
    assert_non_null(p);
    return p;
}

static void predictions_come_first_in_journey_order_and_are_stored_as_predicted(void **state)
{
    (void)state;
    Scenario *s = predicting();
    Player *p = play_predicting(s, NULL, 0);
    const char *question, *context;
    assert_int_equal(player_phase(p), PHASE_RATING);
    assert_string_equal(player_where(p), "predict");
    assert_string_equal(player_screen_name(p), "00a-predict-01-a");
    player_rating_texts(p, &question, &context);
    assert_string_equal(question, "Customers here?");
    assert_string_equal(context, "1/2  A \xe2\x80\x94 the first call");
    give(p, rate(7, NULL), 1000);
    assert_string_equal(player_screen_name(p), "00a-predict-02-b");
    player_rating_texts(p, &question, &context);
    assert_string_equal(context, "2/2  B \xe2\x80\x94 Billing"); /* no about: the department */
    give(p, rate(3, NULL), 2000);
    /* then the journey, its screens numbered as without predictions */
    assert_int_equal(player_phase(p), PHASE_STEP);
    assert_string_equal(player_where(p), "s1");
    assert_string_equal(player_screen_name(p), "01-s1");
    give(p, ev(IN_CONTINUE), 3000);
    give(p, rate(2, NULL), 4000);
    assert_int_equal(sink.n_ratings, 3);
    /* a, stored with the first step that rates it; then b; c is rated nowhere */
    assert_int_equal(sink.ratings[0].kind, RATING_PREDICTED);
    assert_string_equal(sink.steps[0], "s2");
    assert_int_equal(sink.ratings[0].valence, 7);
    assert_int_equal(sink.ratings[1].kind, RATING_PREDICTED);
    assert_string_equal(sink.steps[1], "s1");
    assert_int_equal(sink.ratings[1].valence, 3);
    assert_int_equal(sink.ratings[2].kind, RATING_FELT);
    assert_string_equal(sink.steps[2], "s1");
    assert_int_equal(sink.ratings[0].onset_ms, 0); /* the session began with the first */
    assert_int_equal(sink.ratings[1].onset_ms, 1000);
    player_destroy(p);
    /* in Dutch, the scenario's Dutch question and labels */
    p = play_predicting(s, "nl", 0);
    player_rating_texts(p, &question, &context);
    assert_string_equal(question, "Klanten hier?");
    assert_string_equal(context, "1/2  Aa \xe2\x80\x94 het eerste gesprek");
    player_destroy(p);
    scenario_free(s);
}

static void a_play_from_a_later_step_predicts_nothing(void **state)
{
    (void)state;
    Scenario *s = predicting();
    Player *p = play_predicting(s, NULL, scenario_find_step(s, "s2"));
    assert_int_equal(player_phase(p), PHASE_STEP);
    assert_string_equal(player_where(p), "s2");
    give(p, ev(IN_CONTINUE), 1000);
    give(p, rate(4, NULL), 2000);
    assert_int_equal(sink.n_ratings, 1);
    assert_int_equal(sink.ratings[0].kind, RATING_FELT);
    player_destroy(p);
    scenario_free(s);
}

#define T(f) cmocka_unit_test(f)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(with_a_participant_the_first_step_comes_at_once),
        T(a_rating_follows_a_step_however_it_ended),
        T(no_rating_is_given_by_the_start_position),
        T(keys_choose_and_enter_confirms_counting_changes),
        T(the_first_arrow_lands_on_the_middle_and_taps_work),
        T(an_impossible_scripted_rating_is_rejected),
        T(a_wait_ends_by_itself_and_logs_the_queue),
        T(hanging_up_starts_the_queue_again),
        T(hanging_up_calls_again_where_the_scenario_says),
        T(a_handoff_wants_the_details_again_and_checks_them),
        T(a_handoff_says_the_scenarios_line_to_a_wrong_answer),
        T(a_letter_scrolls_no_further_than_the_view_laid_it_out),
        T(a_form_ignores_focus_on_a_field_it_does_not_have),
        T(a_form_rejects_as_scripted_then_accepts),
        T(a_captcha_minds_capitals_unless_the_scenario_says_otherwise),
        T(a_form_left_alone_is_emptied_by_its_timeout),
        T(a_letter_logs_whether_the_answer_was_right),
        T(the_start_screen_asks_and_times_start_with_the_session),
        T(kiosk_mode_returns_to_the_start_screen),
        T(a_revisited_step_gets_no_second_screenshot_name),
        T(predictions_come_first_in_journey_order_and_are_stored_as_predicted),
        T(a_play_from_a_later_step_predicts_nothing),
    };
    return cmocka_run_group_tests(tests, load, unload);
}
