/* teaser new and its starter scenario (engine/starter.c, engine/cmd/cmd_new.c):
 * the scenario loads, uses every step type, passes check --strict in each
 * language, plays to the end from a script and reports at once; the files
 * appear whole or not at all, never over an existing one; bad --lang values
 * and an unwritable folder are one line each. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../engine/diag.h"
#include "../engine/paths.h"
#include "../engine/scenario.h"
#include "../engine/starter.h"
#include "../engine/steps/steps.h"

static const char *teaser(void)
{
    return getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser";
}

typedef struct {
    char dir[64];
    char out[4096], err[4096];
} Tmp;

static int tmp_setup(void **state)
{
    Tmp *t = calloc(1, sizeof *t);
    snprintf(t->dir, sizeof t->dir, "build/starter-XXXXXX");
    assert_non_null(mkdtemp(t->dir));
    *state = t;
    return 0;
}

static int tmp_teardown(void **state)
{
    Tmp *t = *state;
    shell("chmod -R u+w %s; rm -rf %s", t->dir, t->dir);
    free(t);
    return 0;
}

/* "teaser ARGS" (in which %s is the temporary folder), its output kept. */
static int teaser_in(Tmp *t, const char *args)
{
    char cmd[1024], line[512];
    snprintf(line, sizeof line, args, t->dir, t->dir, t->dir);
    snprintf(cmd, sizeof cmd, "%s %s >%s/out 2>%s/err </dev/null", teaser(), line, t->dir, t->dir);
    int code = shell("%s", cmd);
    char path[128];
    snprintf(path, sizeof path, "%s/out", t->dir);
    read_text(path, t->out, sizeof t->out);
    snprintf(path, sizeof path, "%s/err", t->dir);
    read_text(path, t->err, sizeof t->err);
    return code;
}

static bool exists(Tmp *t, const char *name)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", t->dir, name);
    return access(path, F_OK) == 0;
}

/* The folder's entries but out and err, one a line, sorted. */
static const char *listing(Tmp *t)
{
    static char buf[1024];
    char cmd[256], path[128];
    snprintf(path, sizeof path, "%s/ls", t->dir);
    snprintf(cmd, sizeof cmd, "ls -A %s | grep -v -x -e out -e err -e ls >%s", t->dir, path);
    shell("%s", cmd);
    read_text(path, buf, sizeof buf);
    return buf;
}

static void an_id_is_made_from_the_file_name(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"journeys/My Journey.yaml", "my-journey"},
        {"moving-house.yml", "moving-house"},
        {"--Ünïcode__2.yaml", "n-code-2"},
        {"../___.yaml", "my-scenario"},
        {"x.yaml.yaml", "x-yaml"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Starter s = {0};
        starter_id(&s, cases[i][0]);
        assert_string_equal(s.id, cases[i][1]);
    }
}

static void languages_are_read_in_order_and_bad_ones_refused(void **state)
{
    (void)state;
    Starter s = {0};
    char err[256];
    assert_true(starter_langs(&s, "nl,en", err, sizeof err));
    assert_int_equal(s.n_langs, 2);
    assert_string_equal(s.langs[0], "nl");
    assert_string_equal(s.langs[1], "en");
    assert_true(starter_langs(&s, "en", err, sizeof err));
    assert_int_equal(s.n_langs, 1);
    static const char *const bad[][2] = {
        {"fr", "\"fr\": the starter text is in en and nl"},
        {"en,de", "\"de\": the starter text is in en and nl"},
        {"en,en", "en is named twice"},
        {"en,", "\"en,\" has an empty language"},
        {"", "\"\" has an empty language"},
        {"EN", "\"EN\": the starter"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_false(starter_langs(&s, bad[i][0], err, sizeof err));
        if (strncmp(err, bad[i][1], strlen(bad[i][1])) != 0)
            fail_msg("--lang \"%s\": %s", bad[i][0], err);
    }
}

/* Loads FILE as play and check do; fails the test on any diagnostic. */
static Scenario *load(const char *path)
{
    DiagList dl;
    diag_init(&dl);
    Scenario *s = NULL;
    assert_int_equal(scenario_load(path, paths_data_dir(), &steps_teaser1, &s, &dl), SCENARIO_OK);
    assert_int_equal(dl.n, 0);
    diag_free(&dl);
    return s;
}

static void the_starter_has_every_step_type_once(void **state)
{
    Tmp *t = *state;
    assert_int_equal(teaser_in(t, "new --lang en,nl %s/journey.yaml"), 0);
    char path[128];
    snprintf(path, sizeof path, "%s/journey.yaml", t->dir);
    Scenario *s = load(path);
    assert_string_equal(s->id, "journey");
    int used[64] = {0};
    assert_true(steps_teaser1.n <= 64);
    for (int i = 0; i < s->n_steps; i++)
        for (int k = 0; k < steps_teaser1.n; k++)
            used[k] += s->steps[i].type == steps_teaser1.list[k];
    for (int k = 0; k < steps_teaser1.n; k++)
        if (used[k] != 1)
            fail_msg("step type \"%s\" is used %d times", steps_teaser1.list[k]->name, used[k]);
    assert_int_equal(s->n_steps, steps_teaser1.n);
    scenario_free(s);
}

/* check --strict: no error and no warning, in each language and in both. */
static void the_starter_passes_check_strict_in_every_language(void **state)
{
    Tmp *t = *state;
    static const char *const langs[] = {"en", "nl", "en,nl", "nl,en"};
    for (size_t i = 0; i < sizeof langs / sizeof *langs; i++) {
        char args[128];
        snprintf(args, sizeof args, "new --lang %s %%s/s%zu.yaml", langs[i], i);
        assert_int_equal(teaser_in(t, args), 0);
        snprintf(args, sizeof args, "check --strict %%s/s%zu.yaml", i);
        if (teaser_in(t, args) != 0)
            fail_msg("--lang %s: %s", langs[i], t->err);
        assert_string_equal(t->err, "");
        assert_non_null(strstr(t->out, "ok: 7 steps, 4 touchpoints, 5 ratings"));
    }
    /* one language: plain strings, in that language; two: maps in the order asked */
    char path[128], text[1 << 15];
    snprintf(path, sizeof path, "%s/s1.yaml", t->dir);
    read_text(path, text, sizeof text);
    assert_non_null(strstr(text, "\nlanguage: nl\n"));
    assert_non_null(strstr(text, "\ntitle: \"Dubbel betaald\"\n"));
    snprintf(path, sizeof path, "%s/s3.yaml", t->dir);
    read_text(path, text, sizeof text);
    assert_non_null(strstr(text, "\ntitle:\n  nl: \"Dubbel betaald\"\n  en: \"Charged twice\"\n"));
    assert_non_null(strstr(text, "    - {nl: \"opgelucht\", en: \"relieved\"}\n"));
    assert_non_null(strstr(text, "# yaml-language-server: $schema=teaser.schema.json\n"));
    /* and a real JSON Schema validator, as an editor, accepts every one */
    assert_int_equal(shell("python3 -B tests/schema_check.py scenarios/teaser.schema.json --accept "
                           "%s/s0.yaml %s/s1.yaml %s/s2.yaml %s/s3.yaml",
                           t->dir, t->dir, t->dir, t->dir),
                     0);
}

/* The scripted participant plays to the end in English and in Dutch; the
 * store then has the 4 predictions and 5 ratings, and a report reads the
 * customer data written beside the scenario. */
static void the_starter_plays_to_the_end_and_reports_at_once(void **state)
{
    Tmp *t = *state;
    assert_int_equal(teaser_in(t, "new --lang en,nl %s/play.yaml"), 0);
    static const char *const langs[] = {"en", "nl"};
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    for (int i = 0; i < 2; i++) {
        char args[256];
        snprintf(args, sizeof args,
                 "play --headless --participant p%d --lang %s --db %%s/r.sqlite "
                 "--input tests/data/script-starter.txt %%s/play.yaml",
                 i, langs[i]);
        if (teaser_in(t, args) != 0)
            fail_msg("play --lang %s: %s", langs[i], t->err);
    }
    char db[128];
    snprintf(db, sizeof db, "%s/r.sqlite", t->dir);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM ratings WHERE kind = 'predicted'"), 8);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM ratings WHERE kind = 'felt'"), 10);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM sessions WHERE finished IS NOT NULL"), 2);
    assert_int_equal(
        teaser_in(t, "report --scenario %s/play.yaml --db %s/r.sqlite --min-group 3 --format json"),
        0);
    /* 110 + 80 + 45 + 20 + 5 customers on hold */
    assert_non_null(strstr(t->out, "\"id\": \"on-hold\""));
    assert_non_null(strstr(t->out, "\"n_customers\": 260"));
}

/* Makes name in the folder with text in it; its path in path. */
static void put_file(Tmp *t, const char *name, const char *text, char *path, size_t size)
{
    snprintf(path, size, "%s/%s", t->dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

static void an_existing_file_is_never_replaced(void **state)
{
    Tmp *t = *state;
    char path[128], text[64];
    put_file(t, "mine.yaml", "my own work\n", path, sizeof path);
    assert_int_equal(teaser_in(t, "new %s/mine.yaml"), 1);
    read_text(path, text, sizeof text);
    assert_string_equal(text, "my own work\n");
    assert_non_null(strstr(t->err, "/mine.yaml already exists; teaser new never replaces a file"));
    assert_int_equal(count_of(t->err, "\n"), 1);
    assert_string_equal(t->out, "");
    assert_string_equal(listing(t), "mine.yaml\n");
    /* an existing CSV beside it stops the scenario too: nothing appears */
    put_file(t, "other.customers.csv", "", path, sizeof path);
    assert_int_equal(teaser_in(t, "new %s/other.yaml"), 1);
    assert_non_null(strstr(t->err, "/other.customers.csv already exists"));
    assert_false(exists(t, "other.yaml"));
    assert_string_equal(listing(t), "mine.yaml\nother.customers.csv\n");
    /* a link to nothing is a name taken: nothing is made where it points */
    shell("ln -s nowhere.yaml %s/linked.yaml", t->dir);
    assert_int_equal(teaser_in(t, "new %s/linked.yaml"), 1);
    assert_false(exists(t, "nowhere.yaml"));
    assert_string_equal(listing(t), "linked.yaml\nmine.yaml\nother.customers.csv\n");
    shell("rm %s/linked.yaml", t->dir);
    /* an existing schema is kept, and the rest written */
    put_file(t, "teaser.schema.json", "{}\n", path, sizeof path);
    assert_int_equal(teaser_in(t, "new %s/third.yaml"), 0);
    read_text(path, text, sizeof text);
    assert_string_equal(text, "{}\n");
    assert_non_null(strstr(t->out, "/third.yaml: the starter scenario\n"));
    assert_non_null(strstr(t->out, "kept build/"));
    assert_non_null(strstr(t->out, "next:\n  teaser check build/"));
    assert_string_equal(listing(t), "mine.yaml\nother.customers.csv\nteaser.schema.json\n"
                                    "third.customers.csv\nthird.yaml\n");
}

static void new_writes_the_scenario_its_csv_and_the_schema(void **state)
{
    Tmp *t = *state;
    assert_int_equal(teaser_in(t, "new '%s/Moving House.yaml'"), 0);
    assert_string_equal(listing(t), "Moving House.customers.csv\nMoving House.yaml\n"
                                    "teaser.schema.json\n");
    char want[1024];
    snprintf(want, sizeof want,
             "wrote %s/Moving House.yaml: the starter scenario\n"
             "wrote %s/Moving House.customers.csv: illustrative customer data: put your "
             "survey's in its place\n"
             "wrote %s/teaser.schema.json: the JSON Schema for editors (teaser schema)\n"
             "next:\n  teaser check '%s/Moving House.yaml'\n  teaser play '%s/Moving "
             "House.yaml'\n",
             t->dir, t->dir, t->dir, t->dir, t->dir);
    assert_string_equal(t->out, want);
    assert_string_equal(t->err, "");
    char path[128], text[1 << 15];
    snprintf(path, sizeof path, "%s/Moving House.yaml", t->dir);
    read_text(path, text, sizeof text);
    assert_non_null(strstr(text, "\nid: moving-house\n"));
    assert_non_null(strstr(text, "\ncustomers: \"Moving House.customers.csv\"\n"));
    assert_non_null(strstr(text, "#   teaser check Moving House.yaml "));
    /* a new file's mode is 0666 less the umask, not mkstemp's 0600 */
    mode_t mask = umask(0);
    umask(mask);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0666 & ~mask);
    /* every row of the customer data says it is illustrative */
    snprintf(path, sizeof path, "%s/Moving House.customers.csv", t->dir);
    read_text(path, text, sizeof text);
    const char *header = "touchpoint,value,count,scale_min,scale_max,source\n";
    assert_int_equal(strncmp(text, header, strlen(header)), 0);
    assert_int_equal(count_of(text, "\n"), 21);
    assert_int_equal(count_of(text, ",illustrative (not measured)\n"), 20);
    /* the schema is teaser schema's, as shipped */
    assert_int_equal(shell("cmp -s %s/teaser.schema.json scenarios/teaser.schema.json", t->dir), 0);
}

static void a_folder_that_cannot_be_written_is_one_line_and_exit_3(void **state)
{
    Tmp *t = *state;
    char args[128];
    /* root writes into a folder without write permission; /sys refuses even root */
    if (geteuid() == 0) {
        snprintf(args, sizeof args, "new /sys/teaser-new-test.yaml");
    } else {
        shell("mkdir %s/ro && chmod 555 %s/ro", t->dir, t->dir);
        snprintf(args, sizeof args, "new %%s/ro/x.yaml");
    }
    assert_int_equal(teaser_in(t, args), 3);
    assert_int_equal(count_of(t->err, "\n"), 1);
    assert_non_null(strstr(t->err, "teaser: error: new: cannot write "));
    assert_non_null(strstr(t->err, "Permission denied"));
    assert_string_equal(t->out, "");
}

static void a_bad_lang_or_name_is_refused_and_nothing_written(void **state)
{
    Tmp *t = *state;
    static const char *const args[] = {"new --lang fr %s/x.yaml", "new --lang en,en %s/x.yaml",
                                       "new --lang en, %s/x.yaml", "new %s/x.txt"};
    for (size_t i = 0; i < sizeof args / sizeof *args; i++) {
        assert_int_equal(teaser_in(t, args[i]), 1);
        assert_int_equal(count_of(t->err, "\n"), 1);
        assert_non_null(strstr(t->err, "teaser: error: new: "));
        assert_string_equal(listing(t), "");
    }
    assert_int_equal(teaser_in(t, "new"), 2);
    assert_int_equal(teaser_in(t, "new %s/a.yaml %s/b.yaml"), 2);
    assert_int_equal(teaser_in(t, "new --lang"), 2);
    assert_string_equal(listing(t), "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(an_id_is_made_from_the_file_name),
        cmocka_unit_test(languages_are_read_in_order_and_bad_ones_refused),
        cmocka_unit_test_setup_teardown(the_starter_has_every_step_type_once, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test_setup_teardown(the_starter_passes_check_strict_in_every_language,
                                        tmp_setup, tmp_teardown),
        cmocka_unit_test_setup_teardown(the_starter_plays_to_the_end_and_reports_at_once, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test_setup_teardown(an_existing_file_is_never_replaced, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test_setup_teardown(new_writes_the_scenario_its_csv_and_the_schema, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test_setup_teardown(a_folder_that_cannot_be_written_is_one_line_and_exit_3,
                                        tmp_setup, tmp_teardown),
        cmocka_unit_test_setup_teardown(a_bad_lang_or_name_is_refused_and_nothing_written,
                                        tmp_setup, tmp_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
