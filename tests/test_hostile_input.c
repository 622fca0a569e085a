/* Random, truncated and absurd input never crashes, hangs or grows memory
 * without bound: each case loads (and, when it loads, lints) a damaged
 * scenario and asserts that the outcome is a clean verdict. Run under
 * `make asan` this also proves the absence of memory errors on these inputs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/check.h"
#include "../engine/paths.h"
#include "../engine/scenario.h"
#include "../engine/steps/steps.h"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *buf = malloc(1 << 20);
    assert_non_null(buf);
    *len = fread(buf, 1, 1 << 20, f);
    fclose(f);
    return buf;
}

/* Loads and lints; returns the number of errors (0: valid). */
static int verdict(const char *data, size_t len)
{
    DiagList dl;
    Scenario *s = NULL;
    diag_init(&dl);
    ScenarioStatus st =
        scenario_parse("scenarios/hostile.yaml", data, len, paths_data_dir(), &steps_teaser1, &s, &dl);
    if (s)
        check_scenario(s, paths_data_dir(), &dl);
    int errors = dl.errors;
    assert_true(st == SCENARIO_OK || st == SCENARIO_INVALID);
    assert_true(st == SCENARIO_OK || errors > 0); /* never invalid without saying why */
    scenario_free(s);
    diag_free(&dl);
    return errors;
}

static const char *first_message(const char *data, size_t len)
{
    static char msg[DIAG_MSG_MAX];
    DiagList dl;
    Scenario *s = NULL;
    diag_init(&dl);
    scenario_parse("x.yaml", data, len, paths_data_dir(), &steps_teaser1, &s, &dl);
    snprintf(msg, sizeof msg, "%s", dl.n ? dl.items[0].msg : "");
    scenario_free(s);
    diag_free(&dl);
    return msg;
}

static uint32_t rng = 12345;
static uint32_t next_random(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

static void every_truncation_of_a_valid_scenario_gets_a_verdict(void **state)
{
    (void)state;
    size_t len;
    char *data = slurp("scenarios/energy-move.yaml", &len);
    assert_int_equal(verdict(data, len), 0);
    for (size_t cut = 0; cut < len; cut++)
        verdict(data, cut);
    free(data);
}

static void random_byte_damage_gets_a_verdict(void **state)
{
    (void)state;
    size_t len;
    char *orig = slurp("scenarios/energy-move.yaml", &len);
    char *data = malloc(len);
    assert_non_null(data);
    static const char alphabet[] = "{}[]:-,&*!|>'\"#%@`\t\n \\\0\x80\xff";
    for (int round = 0; round < 20000; round++) {
        memcpy(data, orig, len);
        int hits = 1 + (int)(next_random() % 8);
        for (int h = 0; h < hits; h++) {
            size_t at = next_random() % len;
            data[at] = next_random() % 2 ? (char)next_random()
                                         : alphabet[next_random() % (sizeof alphabet - 1)];
        }
        verdict(data, len);
    }
    free(data);
    free(orig);
}

static void random_yaml_like_noise_gets_a_verdict(void **state)
{
    (void)state;
    static const char *const pieces[] = {"format: teaser/1\n",
                                         "steps:\n",
                                         "  - ",
                                         "{",
                                         "}",
                                         "[",
                                         "]",
                                         "id: a",
                                         "type: wait",
                                         ", ",
                                         "\n",
                                         "  ",
                                         ": ",
                                         "duration: 3m",
                                         "goto: a",
                                         "next: end",
                                         "text: x",
                                         "- ",
                                         "\"",
                                         "'",
                                         "#",
                                         "&a ",
                                         "*a",
                                         "? ",
                                         "|\n",
                                         "\t"};
    char buf[4096];
    for (int round = 0; round < 20000; round++) {
        size_t len = 0;
        int n = (int)(next_random() % 60);
        for (int i = 0; i < n; i++) {
            const char *p = pieces[next_random() % (sizeof pieces / sizeof *pieces)];
            size_t pl = strlen(p);
            if (len + pl >= sizeof buf)
                break;
            memcpy(buf + len, p, pl);
            len += pl;
        }
        verdict(buf, len);
    }
}

static void deep_nesting_is_refused_early(void **state)
{
    (void)state;
    size_t n = 1000000;
    char *data = malloc(n + 4);
    assert_non_null(data);
    memcpy(data, "a: ", 3);
    memset(data + 3, '[', n);
    assert_int_equal(verdict(data, n + 3), 1);
    assert_string_equal(first_message(data, n + 3), "nested deeper than 32 levels");
    free(data);
}

static void alias_bombs_are_refused_at_the_first_anchor(void **state)
{
    (void)state;
    static const char bomb[] = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                               "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                               "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                               "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n";
    assert_int_equal(verdict(bomb, sizeof bomb - 1), 1);
    assert_string_equal(first_message(bomb, sizeof bomb - 1),
                        "YAML anchors (&name) are not allowed in a scenario; write the text out");
}

static void a_huge_map_or_list_is_refused(void **state)
{
    (void)state;
    size_t cap = 4 << 20, len = 0;
    char *data = malloc(cap);
    assert_non_null(data);
    for (int i = 0; i < 600; i++)
        len += (size_t)snprintf(data + len, cap - len, "k%d: 1\n", i);
    assert_string_equal(first_message(data, len), "more than 500 keys in one map");
    len = (size_t)snprintf(data, cap, "a:\n");
    for (int i = 0; i < 20000; i++)
        len += (size_t)snprintf(data + len, cap - len, "- 1\n");
    assert_string_equal(first_message(data, len), "more than 10000 items in one list");
    free(data);
}

static void a_file_over_the_size_limit_is_refused_unread(void **state)
{
    (void)state;
    size_t len = SCENARIO_MAX_BYTES + 1;
    char *data = malloc(len);
    assert_non_null(data);
    memset(data, '#', len);
    assert_string_equal(first_message(data, len),
                        "the file is larger than 4 MiB; a scenario is never this large");
    free(data);
}

static void a_nul_byte_in_text_is_an_error_not_a_truncation(void **state)
{
    (void)state;
    static const char yaml[] = "format: teaser/1\nid: n\ntitle: \"a\\0b\"\npersona: {name: S}\n"
                               "steps: [{id: a, type: rate}]\n";
    assert_int_equal(verdict(yaml, sizeof yaml - 1), 1);
    assert_string_equal(first_message(yaml, sizeof yaml - 1), "\"title\" contains a NUL character");
}

static void an_empty_file_is_named_empty(void **state)
{
    (void)state;
    assert_string_equal(first_message("", 0),
                        "the file is empty; a scenario starts with \"format: teaser/1\"");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_truncation_of_a_valid_scenario_gets_a_verdict),
        cmocka_unit_test(random_byte_damage_gets_a_verdict),
        cmocka_unit_test(random_yaml_like_noise_gets_a_verdict),
        cmocka_unit_test(deep_nesting_is_refused_early),
        cmocka_unit_test(alias_bombs_are_refused_at_the_first_anchor),
        cmocka_unit_test(a_huge_map_or_list_is_refused),
        cmocka_unit_test(a_file_over_the_size_limit_is_refused_unread),
        cmocka_unit_test(a_nul_byte_in_text_is_an_error_not_a_truncation),
        cmocka_unit_test(an_empty_file_is_named_empty),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
