/* The scenario loader on valid input: the values it reads, the defaults it
 * fills in, the references it resolves and the places it keeps. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/paths.h"
#include "../engine/scenario.h"
#include "../engine/schema.h"
#include "../engine/steps/steps.h"

static Scenario *load_text(const char *yaml)
{
    DiagList dl;
    Scenario *s = NULL;
    diag_init(&dl);
    ScenarioStatus st =
        scenario_parse("tests/data/inline.yaml", yaml, strlen(yaml), paths_data_dir(), &steps_teaser1, &s, &dl);
    for (int i = 0; i < dl.n; i++)
        print_error("%d:%d: %s\n", dl.items[i].line, dl.items[i].col, dl.items[i].msg);
    assert_int_equal(st, SCENARIO_OK);
    diag_free(&dl);
    return s;
}

static const char minimal[] = "format: teaser/1\n"
                              "id: mini\n"
                              "title: Mini\n"
                              "persona: {name: Sam}\n"
                              "steps:\n"
                              "  - {id: a, type: message, text: hello}\n"
                              "  - {id: b, type: rate}\n";

static void the_shipped_scenario_loads_with_its_values(void **state)
{
    (void)state;
    DiagList dl;
    Scenario *s;
    diag_init(&dl);
    assert_int_equal(scenario_load("scenarios/energy-move.yaml", paths_data_dir(), &steps_teaser1, &s, &dl),
                     SCENARIO_OK);
    assert_int_equal(dl.errors, 0);
    assert_string_equal(s->id, "energy-move");
    assert_string_equal(text_get(&s->title, "nl", s->language), "Verhuizen");
    assert_string_equal(text_get(&s->title, "en", s->language), "Moving house");
    assert_string_equal(s->persona.name, "Sanne");
    assert_int_equal(s->persona.n_details, 2);
    assert_string_equal(s->persona.details[0].value, "4021 7788");
    assert_string_equal(s->customers.resolved, "scenarios/energy-move.customers.csv");
    assert_int_equal(s->rating.valence.points, 9);
    assert_false(s->rating.arousal.enabled);
    assert_int_equal(s->rating.n_emotions, 5);
    assert_string_equal(text_get(&s->rating.emotions[1], "nl", "en"), "geërgerd");
    assert_int_equal(s->n_touchpoints, 10);
    assert_string_equal(s->touchpoints[1].channel, "phone");
    assert_int_equal(s->n_steps, 17);
    scenario_free(s);
    diag_free(&dl);
}

static void a_text_falls_back_to_the_scenario_language_then_to_the_first(void **state)
{
    (void)state;
    Scenario *s = load_text("format: teaser/1\nid: t\nlanguage: nl\n"
                            "title: {de: Titel, nl: Titel-nl}\n"
                            "persona: {name: Sam}\n"
                            "steps: [{id: a, type: message, text: plain}]\n");
    assert_string_equal(text_get(&s->title, "fr", s->language), "Titel-nl");
    assert_string_equal(text_get(&s->title, "de", s->language), "Titel");
    assert_string_equal(text_get(&s->title, "fr", "it"), "Titel");
    const Text *plain = s->texts[s->n_texts - 1];
    assert_null(plain->parts[0].lang);
    assert_string_equal(text_get(plain, "en", "nl"), "plain");
    scenario_free(s);
}

static void defaults_fill_in_what_is_not_given(void **state)
{
    (void)state;
    Scenario *s = load_text(minimal);
    assert_string_equal(s->language, "en");
    assert_int_equal(s->rating.valence.points, 9);
    assert_string_equal(text_get(&s->rating.valence.low, "en", "en"), "very negative");
    assert_string_equal(text_get(&s->rating.valence.high, "en", "en"), "very positive");
    assert_false(s->rating.arousal.enabled);
    assert_int_equal(s->rating.question.n, 0);
    assert_null(s->customers.path);
    assert_false(s->steps[0].rate);
    assert_true(s->steps[1].rate); /* a rate step is its rating */
    scenario_free(s);
}

/* Expected value computed independently with Python:
 * h = 0xcbf29ce484222325; for b in data: h = ((h ^ b) * 0x100000001b3) % 2**64 */
static void the_fingerprint_is_fnv1a_of_the_file_bytes(void **state)
{
    (void)state;
    Scenario *s = load_text(minimal);
    assert_string_equal(s->hash, "01ba226f744ad54f");
    scenario_free(s);
}

static void next_defaults_to_the_following_step_and_the_last_step_ends(void **state)
{
    (void)state;
    Scenario *s = load_text(minimal);
    assert_int_equal(s->steps[0].next.index, 1);
    assert_null(s->steps[0].next.id);
    assert_int_equal(s->steps[1].next.index, REF_END);
    scenario_free(s);
}

static void gotos_resolve_to_step_indices_and_end(void **state)
{
    (void)state;
    Scenario *s =
        load_text("format: teaser/1\nid: g\ntitle: G\npersona: {name: Sam}\n"
                  "steps:\n"
                  "  - id: m\n"
                  "    type: menu\n"
                  "    prompt: p\n"
                  "    options: [{key: '1', label: x, goto: w}, {key: '2', label: y, goto: end}]\n"
                  "    timeout: {after: 20s, goto: m}\n"
                  "  - {id: w, type: wait, duration: 2m, hangup: {goto: m}, next: end}\n");
    const Step *m = &s->steps[0], *w = &s->steps[1];
    assert_int_equal(m->n_targets, 3);
    assert_int_equal(m->targets[0]->index, 1);
    assert_int_equal(m->targets[1]->index, REF_END);
    assert_int_equal(m->targets[2]->index, 0);
    assert_int_equal(w->n_targets, 1);
    assert_int_equal(w->targets[0]->index, 0);
    assert_int_equal(w->next.index, REF_END);
    assert_string_equal(w->next.id, "end");
    scenario_free(s);
}

static void touchpoints_resolve_and_keep_their_places(void **state)
{
    (void)state;
    Scenario *s = load_text("format: teaser/1\nid: t\ntitle: T\npersona: {name: Sam}\n"
                            "touchpoints:\n"
                            "  - {id: one, label: One}\n"
                            "  - {id: two, label: Two, channel: letter, department: Billing}\n"
                            "steps:\n"
                            "  - {id: a, type: rate, touchpoint: two}\n");
    assert_int_equal(s->steps[0].touchpoint.index, 1);
    assert_int_equal(s->touchpoints[1].pos.line, 7);
    assert_int_equal(s->touchpoints[1].pos.col, 5);
    assert_int_equal(s->steps[0].pos.line, 9);
    assert_int_equal(s->steps[0].touchpoint.pos.col, 37);
    assert_string_equal(text_get(&s->touchpoints[1].department, "en", "en"), "Billing");
    scenario_free(s);
}

static void arousal_is_on_when_given_as_a_scale(void **state)
{
    (void)state;
    Scenario *s = load_text("format: teaser/1\nid: a\ntitle: A\npersona: {name: Sam}\n"
                            "rating: {valence: {points: 7}, arousal: {points: 5, low: calm}}\n"
                            "steps: [{id: a, type: rate}]\n");
    assert_int_equal(s->rating.valence.points, 7);
    assert_true(s->rating.arousal.enabled);
    assert_int_equal(s->rating.arousal.points, 5);
    assert_string_equal(text_get(&s->rating.arousal.low, "en", "en"), "calm");
    assert_string_equal(text_get(&s->rating.arousal.high, "en", "en"), "agitated");
    scenario_free(s);
}

static void paths_under_assets_name_teasers_own_folder(void **state)
{
    (void)state;
    Scenario *s = load_text("format: teaser/1\nid: a\ntitle: A\npersona: {name: Sam}\n"
                            "customers: data/c.csv\n"
                            "steps: [{id: w, type: wait, duration: 1m, music: assets/x.wav}]\n");
    char want[4096];
    snprintf(want, sizeof want, "%s/assets/x.wav", paths_data_dir());
    assert_int_equal(s->n_assets, 2);
    assert_string_equal(s->customers.resolved, "tests/data/data/c.csv");
    assert_string_equal(s->assets[1]->resolved, want);
    scenario_free(s);
}

static void durations_read_every_unit_and_combination(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        long ms;
    } good[] = {{"500ms", 500},  {"90s", 90000},         {"3m", 180000}, {"1m30s", 90000},
                {"2h", 7200000}, {"1h1m1s1ms", 3661001}, {"0s", 0},      {"007s", 7000}};
    static const char *const bad[] = {"",     "3",  "3 m", "30s1m",
                                      "1.5s", "m",  "-1s", "1s1s",
                                      "3min", "1M", "s5",  "99999999999999999999h"};
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        long ms = -1;
        assert_true(schema_parse_duration(good[i].text, &ms));
        assert_int_equal(ms, good[i].ms);
    }
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        long ms;
        if (schema_parse_duration(bad[i], &ms))
            print_error("accepted \"%s\"\n", bad[i]);
        assert_false(schema_parse_duration(bad[i], &ms));
    }
}

static void durations_print_in_a_form_that_reads_back(void **state)
{
    (void)state;
    static const long values[] = {500,     1000, 59000,    60000,   90000, 180000,
                                  3601000, 1234, 43200000, 5400000, 0};
    static const char *const texts[] = {"500ms", "1s",     "59s", "1m",    "1m30s", "3m",
                                        "1h1s",  "1234ms", "12h", "1h30m", "0s"};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
        char buf[32];
        long back;
        schema_format_duration(values[i], buf, sizeof buf);
        assert_string_equal(buf, texts[i]);
        assert_true(schema_parse_duration(buf, &back));
        assert_int_equal(back, values[i]);
    }
}

static void language_codes_are_recognised(void **state)
{
    (void)state;
    assert_true(schema_is_lang_code("en"));
    assert_true(schema_is_lang_code("nl"));
    assert_true(schema_is_lang_code("pt-BR"));
    assert_true(schema_is_lang_code("zh-Hant"));
    assert_true(schema_is_lang_code("fil"));
    assert_false(schema_is_lang_code("e"));
    assert_false(schema_is_lang_code("EN"));
    assert_false(schema_is_lang_code("english"));
    assert_false(schema_is_lang_code("en-"));
    assert_false(schema_is_lang_code("label"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_shipped_scenario_loads_with_its_values),
        cmocka_unit_test(a_text_falls_back_to_the_scenario_language_then_to_the_first),
        cmocka_unit_test(defaults_fill_in_what_is_not_given),
        cmocka_unit_test(the_fingerprint_is_fnv1a_of_the_file_bytes),
        cmocka_unit_test(next_defaults_to_the_following_step_and_the_last_step_ends),
        cmocka_unit_test(gotos_resolve_to_step_indices_and_end),
        cmocka_unit_test(touchpoints_resolve_and_keep_their_places),
        cmocka_unit_test(arousal_is_on_when_given_as_a_scale),
        cmocka_unit_test(paths_under_assets_name_teasers_own_folder),
        cmocka_unit_test(durations_read_every_unit_and_combination),
        cmocka_unit_test(durations_print_in_a_form_that_reads_back),
        cmocka_unit_test(language_codes_are_recognised),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
