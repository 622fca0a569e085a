/* The route explorer (engine/routes.c) and `teaser check --paths`: the
 * routes of a small scenario and their times worked out by hand, loops taken
 * once, the warnings, a scenario whose branches multiply, the JSON, and the
 * times against headless plays of every shipped scenario's scripts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"

#include <glob.h>
#include <unistd.h>

#include "../engine/paths.h"
#include "../engine/playtime.h"
#include "../engine/routes.h"
#include "../engine/steps/steps.h"

static Scenario *load(const char *path)
{
    Scenario *s = NULL;
    DiagList dl;
    diag_init(&dl);
    assert_int_equal(scenario_load(path, paths_data_dir(), &steps_teaser1, &s, &dl), SCENARIO_OK);
    diag_free(&dl);
    return s;
}

static Scenario *parse(const char *yaml)
{
    Scenario *s = NULL;
    DiagList dl;
    diag_init(&dl);
    ScenarioStatus st =
        scenario_parse("mem.yaml", yaml, strlen(yaml), paths_data_dir(), &steps_teaser1, &s, &dl);
    if (st != SCENARIO_OK)
        fail_msg("%s", dl.n ? dl.items[0].msg : "not loaded");
    diag_free(&dl);
    return s;
}

static const char *leg_step(const Scenario *s, const Route *r, int i)
{
    return s->steps[r->legs[i].step].id;
}

/* tests/data/check-branches.yaml, by hand (playtime.h, menu.h, wait.h):
 * menu: screen 2000 + its prompt (4 words x 400 = 1600, never under 2500) +
 * two options ("press N" 800 + 1 word x 400, never under 1500) = 7500; its
 * timeout holds it 10 s after it has been read out (at once, or the 5500
 * of its reading at listening pace). hold: 90 s, the line cut at 45 s + 5 s dead =
 * 50000 a newcomer spends before the cut (play_ms); held to the end 90000.
 * done: screen 2000 + 1 word x 300 + a rating 15000 = 17300. */
static void the_routes_of_a_small_scenario_and_their_times_are_as_worked_out_by_hand(void **state)
{
    (void)state;
    Scenario *s = load("tests/data/check-branches.yaml");
    Routes r;
    assert_true(routes_explore(s, NULL, &r));
    assert_int_equal(r.found, 2);
    assert_int_equal(r.n, 2);
    assert_false(r.more);

    const Route *a = &r.list[0]; /* menu [option 1] -> hold [time up] -> done -> end */
    assert_int_equal(a->n_legs, 3);
    assert_string_equal(leg_step(s, a, 0), "menu");
    assert_string_equal(a->legs[0].way.how, "option 1");
    assert_true(a->legs[0].choice);
    assert_string_equal(leg_step(s, a, 1), "hold");
    assert_string_equal(a->legs[1].way.how, "time up");
    assert_string_equal(leg_step(s, a, 2), "done");
    assert_false(a->legs[2].choice);
    assert_int_equal(a->legs[2].way.to, REF_END);
    assert_int_equal(a->shortest_ms, 90000); /* the hold alone */
    assert_int_equal(a->newcomer_ms, 7500 + 90000 + 17300);
    /* loops: the timeout (10 s + 5.5 s of reading), hanging up (the hold, up to 90 s, 3 s of
     * calling again, then the menu again) and the cut line (50 s, then the
     * menu again), once each */
    assert_int_equal(a->n_loops, 3);
    assert_string_equal(a->loops[0].way.how, "timeout");
    assert_int_equal(a->loops[0].round_ms, 10000 + 5500);
    assert_string_equal(a->loops[1].way.how, "hang up");
    assert_int_equal(a->loops[1].round_ms, 90000 + 3000 + 7500);
    assert_string_equal(a->loops[2].way.how, "line cut");
    assert_int_equal(a->loops[2].round_ms, 50000 + 7500);
    assert_string_equal(s->steps[a->loops[2].back_to].id, "menu");
    assert_int_equal(a->loops[2].via, -1);
    assert_int_equal(a->longest_ms, 114800 + 15500 + 100500 + 57500);

    const Route *b = &r.list[1]; /* menu [option 2] -> end */
    assert_int_equal(b->n_legs, 1);
    assert_string_equal(b->legs[0].way.how, "option 2");
    assert_int_equal(b->shortest_ms, 0);
    assert_int_equal(b->newcomer_ms, 7500);
    /* option 1 goes round through hold (its slowest way, hanging up at 90 s
     * and calling again for 3 s) back to the menu */
    assert_int_equal(b->n_loops, 2);
    assert_string_equal(s->steps[b->loops[0].via].id, "hold");
    assert_int_equal(b->loops[0].round_ms, 7500 + 93000);
    assert_int_equal(b->longest_ms, 7500 + 100500 + 15500);

    /* the median of 114800 and 7500; 7500 is under half of it */
    assert_int_equal(r.median_ms, (114800 + 7500) / 2);
    assert_int_equal(a->far, 0);
    assert_int_equal(b->far, -1);
    routes_free(&r);
    scenario_free(s);
}

/* Two routes, each rating one of two touchpoints the customer data covers. */
static const char two_ways[] =
    "format: teaser/1\nid: two\ntitle: Two\npersona: {name: Sam}\n"
    "touchpoints:\n  - {id: phone, label: Phone}\n  - {id: mail, label: Mail}\n"
    "  - {id: shop, label: Shop}\n"
    "steps:\n"
    "  - id: pick\n    type: menu\n    prompt: \"Phone or mail?\"\n"
    "    options:\n      - {key: \"1\", label: Phone, goto: call}\n"
    "      - {key: \"2\", label: Mail, goto: write}\n"
    "  - {id: call, type: rate, touchpoint: phone, text: \"Called.\", next: end}\n"
    "  - {id: write, type: rate, touchpoint: mail, text: \"Wrote.\"}\n"
    "  - {id: visit, type: message, touchpoint: shop, text: \"A shop.\", rate: true}\n";

static void
a_route_that_skips_a_touchpoint_the_customer_data_covers_is_named_in_a_warning(void **state)
{
    (void)state;
    Scenario *s = parse(two_ways);
    /* the customer data covers phone and mail; shop too, but no route rates it */
    bool covered[3] = {true, true, true};
    Routes r;
    assert_true(routes_explore(s, covered, &r));
    assert_int_equal(r.n, 2); /* pick [1] -> call; pick [2] -> write -> visit */
    assert_int_equal(r.list[0].n_rates, 1);
    assert_int_equal(r.list[0].n_skips, 2); /* mail, and shop that route 2 rates */
    assert_string_equal(s->touchpoints[r.list[0].skips[0]].id, "mail");
    DiagList dl;
    diag_init(&dl);
    routes_check(s, &r, &dl);
    assert_true(dl.warnings >= 1);
    assert_non_null(strstr(dl.items[0].msg, "route 1 of 2 (pick: option 1)"));
    assert_non_null(strstr(dl.items[0].msg, "\"mail\", \"shop\""));
    assert_non_null(strstr(dl.items[0].msg, "customer data"));
    assert_int_equal(dl.items[0].line, 10); /* the step where the route chose */
    diag_free(&dl);
    routes_free(&r);

    /* without customer data, nothing is skipped */
    assert_true(routes_explore(s, NULL, &r));
    for (int k = 0; k < r.n; k++)
        assert_int_equal(r.list[k].n_skips, 0);
    routes_free(&r);
    scenario_free(s);
}

/* 40 menus in a row, each with two ways to the next: 2^40 routes. */
static char *many_branches(int menus)
{
    size_t size = 256 + (size_t)menus * 160;
    char *y = malloc(size);
    assert_non_null(y);
    int len = snprintf(y, size,
                       "format: teaser/1\nid: many\ntitle: Many\npersona: {name: Sam}\n"
                       "steps:\n");
    for (int i = 0; i < menus; i++)
        len += snprintf(y + len, size - (size_t)len,
                        "  - {id: m%d, type: menu, prompt: \"Pick\", options: [{key: \"1\", "
                        "label: A}, {key: \"2\", label: B, goto: %s%d}]}\n",
                        i, i + 1 < menus ? "m" : "end", i + 1 < menus ? i + 1 : 0);
    if (menus > 0 && strstr(y, "goto: end0"))
        memcpy(strstr(y, "goto: end0"), "goto: end ", 10);
    return y;
}

static void
a_scenario_whose_branches_multiply_lists_200_routes_and_says_there_are_more(void **state)
{
    (void)state;
    char *y = many_branches(40);
    Scenario *s = parse(y);
    Routes r;
    assert_true(routes_explore(s, NULL, &r));
    assert_int_equal(r.n, ROUTES_MAX_LISTED);
    assert_true(r.more);
    assert_true(r.found > ROUTES_MAX_LISTED);
    assert_int_equal(r.list[0].n_legs, 40);
    routes_free(&r);
    scenario_free(s);
    free(y);

    /* 10 menus: 1024 routes, every one counted, 200 listed */
    y = many_branches(10);
    s = parse(y);
    assert_true(routes_explore(s, NULL, &r));
    assert_false(r.more);
    assert_int_equal(r.found, 1024);
    assert_int_equal(r.n, ROUTES_MAX_LISTED);
    routes_free(&r);
    scenario_free(s);
    free(y);
}

/* A loop with a way out only through itself: the route takes it no more than
 * once round, however the steps point back. */
static void a_route_passes_no_step_twice_and_takes_each_loop_once(void **state)
{
    (void)state;
    Scenario *s = load("scenarios/energy-move.yaml");
    Routes r;
    assert_true(routes_explore(s, NULL, &r));
    assert_true(r.n >= 1);
    for (int k = 0; k < r.n; k++) {
        const Route *x = &r.list[k];
        for (int i = 0; i < x->n_legs; i++)
            for (int j = 0; j < i; j++)
                assert_int_not_equal(x->legs[i].step, x->legs[j].step);
        long loops = 0;
        for (int l = 0; l < x->n_loops; l++)
            loops += x->loops[l].round_ms;
        assert_int_equal(x->longest_ms, x->newcomer_ms + loops);
        assert_true(x->shortest_ms <= x->newcomer_ms);
    }
    routes_free(&r);
    scenario_free(s);
}

static char dir[] = "/tmp/teaser-routes-XXXXXX";

static const char *bin(void)
{
    return getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser";
}

static void the_json_has_every_documented_field_and_bad_flags_are_refused(void **state)
{
    (void)state;
    assert_int_equal(shell("%s check --paths --format json tests/data/check-branches.yaml "
                           ">%s/b.json 2>%s/b.err",
                           bin(), dir, dir),
                     0);
    assert_int_equal(
        shell("python3 -c 'import json,sys; d = json.load(open(sys.argv[1])); "
              "assert set(d) == {\"file\", \"scenario\", \"routes_found\", \"more\", "
              "\"median_ms\", \"routes\"}, d.keys(); r = d[\"routes\"][0]; "
              "assert set(r) == {\"number\", \"legs\", \"shortest_ms\", \"newcomer_ms\", "
              "\"longest_ms\", \"rates\", \"skips\", \"far\", \"loops\"}, r.keys(); "
              "assert set(r[\"legs\"][0]) == {\"step\", \"way\", \"to\", \"choice\", \"min_ms\", "
              "\"max_ms\"}; assert set(r[\"loops\"][0]) == {\"at\", \"way\", \"back_to\", "
              "\"via\", \"round_ms\"}; assert d[\"routes_found\"] == 2; "
              "assert r[\"legs\"][-1][\"to\"] == \"end\"; "
              "assert d[\"routes\"][1][\"far\"] == \"shorter\"' %s/b.json",
              dir),
        0);
    char err[1024];
    /* the warning goes to stderr, in the one format; --strict makes it count */
    char path[128];
    snprintf(path, sizeof path, "%s/b.err", dir);
    read_text(path, err, sizeof err);
    assert_non_null(strstr(err, "tests/data/check-branches.yaml:8:5: warning: W0106: route 2 of 2 "
                                "(menu: option 2) takes about 1 min"));
    assert_int_equal(shell("%s check --strict --paths tests/data/check-branches.yaml "
                           ">/dev/null 2>&1",
                           bin()),
                     1);
    assert_int_equal(shell("%s check --format json tests/data/check-branches.yaml "
                           ">/dev/null 2>&1",
                           bin()),
                     2);
    assert_int_equal(shell("%s check --paths --format xml tests/data/check-branches.yaml "
                           ">/dev/null 2>&1",
                           bin()),
                     1);
    assert_int_equal(shell("%s check --paths --format json tests/data/check-branches.yaml "
                           "tests/data/check-branches.yaml >/dev/null 2>&1",
                           bin()),
                     2);
}

/* Every shipped scenario, played headless down each of its scripts
 * (tests/data/script-ID*.txt): the route each play took (its walk with the
 * loops erased) is listed, and the play's time on the scenario clock lies
 * within that route's shortest and longest (tests/routes_check.py). */
static void route_times_agree_with_headless_plays_of_every_shipped_scenario(void **state)
{
    (void)state;
    glob_t scenarios;
    assert_int_equal(glob("scenarios/*.yaml", 0, NULL, &scenarios), 0);
    for (size_t i = 0; i < scenarios.gl_pathc; i++) {
        Scenario *sc = load(scenarios.gl_pathv[i]);
        char pattern[256], stores[4096] = "";
        snprintf(pattern, sizeof pattern, "tests/data/script-%s*.txt", sc->id);
        glob_t scripts;
        assert_int_equal(glob(pattern, 0, NULL, &scripts), 0);
        size_t len = 0;
        for (size_t k = 0; k < scripts.gl_pathc; k++) {
            int rc = shell("%s play --headless --db %s/%s-%zu.sqlite --participant p --input %s "
                           "%s >/dev/null 2>%s/play.err",
                           bin(), dir, sc->id, k, scripts.gl_pathv[k], scenarios.gl_pathv[i], dir);
            if (rc != 0)
                fail_msg("%s: exit %d", scripts.gl_pathv[k], rc);
            len += (size_t)snprintf(stores + len, sizeof stores - len, " %s/%s-%zu.sqlite", dir,
                                    sc->id, k);
        }
        assert_int_equal(shell("%s check --paths --format json %s >%s/%s.json", bin(),
                               scenarios.gl_pathv[i], dir, sc->id),
                         0);
        if (shell("python3 -B tests/routes_check.py %s/%s.json%s", dir, sc->id, stores) != 0)
            fail_msg("%s: a play's time is outside its route's", scenarios.gl_pathv[i]);
        globfree(&scripts);
        scenario_free(sc);
    }
    globfree(&scenarios);
}

static int make_dir(void **state)
{
    (void)state;
    return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state)
{
    (void)state;
    return shell("rm -rf %s", dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_routes_of_a_small_scenario_and_their_times_are_as_worked_out_by_hand),
        cmocka_unit_test(
            a_route_that_skips_a_touchpoint_the_customer_data_covers_is_named_in_a_warning),
        cmocka_unit_test(
            a_scenario_whose_branches_multiply_lists_200_routes_and_says_there_are_more),
        cmocka_unit_test(a_route_passes_no_step_twice_and_takes_each_loop_once),
        cmocka_unit_test(the_json_has_every_documented_field_and_bad_flags_are_refused),
        cmocka_unit_test(route_times_agree_with_headless_plays_of_every_shipped_scenario),
    };
    return cmocka_run_group_tests(tests, make_dir, remove_dir);
}
