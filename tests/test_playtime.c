/* The play-time estimate teaser check prints, against figures worked out by
 * hand from the speeds in engine/playtime.h; and the shipped scenarios each
 * take 15 to 20 minutes, as a workshop plans for. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <glob.h>
#include <stdio.h>

#include "../engine/paths.h"
#include "../engine/playtime.h"
#include "../engine/steps/steps.h"

static Playtime estimate(const char *path)
{
    Scenario *s;
    DiagList dl;
    diag_init(&dl);
    assert_int_equal(scenario_load(path, paths_data_dir(), &steps_teaser1, &s, &dl), SCENARIO_OK);
    Playtime t = playtime_estimate(s);
    scenario_free(s);
    diag_free(&dl);
    return t;
}

static void routes_are_timed_step_by_step_and_loops_are_taken_once(void **state)
{
    (void)state;
    Playtime t = estimate("tests/data/playtime.yaml");
    /* menu: screen 2000 + the prompt, 3 words x 400 but never under the 2500 the screen
     * takes + per option "press N" 800 and its label (1, 2 and 1 words x 400), never under
     * 1500 = 2000 + 2500 + 1500 + 1600 + 1500 = 9100.
     * hold: 10 minutes + one rating = 600000 + 15000. short: 2000 + 10 words x 300. */
    assert_int_equal(t.shortest_ms, 9100 + 5000);
    assert_int_equal(t.longest_ms, 9100 + 615000 + 5000);
}

static void every_shipped_scenario_takes_15_to_20_minutes(void **state)
{
    (void)state;
    glob_t g;
    assert_int_equal(glob("scenarios/*.yaml", 0, NULL, &g), 0);
    assert_true(g.gl_pathc >= 3);
    for (size_t i = 0; i < g.gl_pathc; i++) {
        Playtime t = estimate(g.gl_pathv[i]);
        printf("%s: %.1f to %.1f minutes\n", g.gl_pathv[i], t.shortest_ms / 60000.0,
               t.longest_ms / 60000.0);
        assert_true(t.shortest_ms >= 15 * 60000);
        assert_true(t.longest_ms <= 20 * 60000);
    }
    globfree(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(routes_are_timed_step_by_step_and_loops_are_taken_once),
        cmocka_unit_test(every_shipped_scenario_takes_15_to_20_minutes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
