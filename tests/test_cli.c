/* The teaser binary as a user meets it: help, version, the exit codes of
 * docs/contract.md, the one-line error format, and what goes to stdout and to
 * stderr. The binary is $TEASER_BIN (the Makefile sets it), else build/teaser. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../engine/store.h"

typedef struct {
    int code;
    char out[8192], err[8192];
} Run;

/* Runs "teaser ARGS" through the shell, with env (may be "") before it. */
static Run *run(const char *env, const char *args)
{
    static Run r;
    const char *bin = getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser";
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "%s %s %s >build/cli.out 2>build/cli.err </dev/null", env, bin, args);
    int status = system(cmd);
    assert_true(WIFEXITED(status));
    r.code = WEXITSTATUS(status);
    read_text("build/cli.out", r.out, sizeof r.out);
    read_text("build/cli.err", r.err, sizeof r.err);
    return &r;
}

static void help_lists_the_commands_on_stdout(void **state)
{
    (void)state;
    Run *r = run("", "--help");
    assert_int_equal(r->code, 0);
    assert_non_null(strstr(r->out, "usage: teaser"));
    assert_non_null(strstr(r->out, "check FILE..."));
    assert_non_null(strstr(r->out, "store init "));
    assert_string_equal(r->err, "");
    r = run("", "check --help");
    assert_int_equal(r->code, 0);
    assert_non_null(strstr(r->out, "usage: teaser check"));
    assert_non_null(strstr(r->out, "--strict"));
}

static void version_names_the_program_and_its_version(void **state)
{
    (void)state;
    Run *r = run("", "--version");
    assert_int_equal(r->code, 0);
    assert_string_equal(r->out, "teaser 0.1.0\n");
}

static void no_command_is_a_usage_error(void **state)
{
    (void)state;
    Run *r = run("", "");
    assert_int_equal(r->code, 2);
    assert_non_null(strstr(r->err, "usage: teaser"));
}

static void a_misspelt_command_gets_a_suggestion(void **state)
{
    (void)state;
    Run *r = run("", "chekc x.yaml");
    assert_int_equal(r->code, 2);
    assert_string_equal(r->err,
                        "teaser: error: unknown command \"chekc\" (did you mean \"check\"?)\n");
    r = run("", "--frobnicate");
    assert_int_equal(r->code, 2);
    assert_string_equal(r->err,
                        "teaser: error: unknown option \"--frobnicate\"; see teaser --help\n");
}

static void check_without_files_or_with_a_bad_option_is_a_usage_error(void **state)
{
    (void)state;
    Run *r = run("", "check");
    assert_int_equal(r->code, 2);
    assert_string_equal(r->err,
                        "teaser: error: check: no scenario named (usage: teaser check FILE...)\n");
    r = run("", "check --fast scenarios/energy-move.yaml");
    assert_int_equal(r->code, 2);
    assert_string_equal(
        r->err, "teaser: error: check: unknown option \"--fast\" (see teaser check --help)\n");
}

/* 100 MB of scenario (a sparse file: nothing to read) is refused by its size,
 * before any of it is read; so is 100 MB of scripted input. */
static void a_100_mb_scenario_or_script_is_refused_by_its_size(void **state)
{
    (void)state;
    assert_int_equal(system("truncate -s 100M build/huge.yaml build/huge.txt"), 0);
    Run *r = run("", "check build/huge.yaml");
    assert_int_equal(r->code, 1);
    assert_string_equal(r->err, "teaser: error: E0003: build/huge.yaml: the file is larger than 4 MiB; a "
                                "scenario is never this large\n");
    r = run("SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy",
            "play --headless --participant p --db build/huge.sqlite --input build/huge.txt "
            "scenarios/energy-move.yaml");
    assert_int_equal(r->code, 1);
    assert_non_null(strstr(r->err, "the input is larger than 4 MiB"));
    unlink("build/huge.yaml");
    unlink("build/huge.txt");
}

static void a_fault_drill_that_cannot_be_read_is_refused(void **state)
{
    (void)state;
    Run *r = run("TEASER_FAULT_STORE_WRITES=5:ro", "export --db build/drill.sqlite");
    assert_int_equal(r->code, 1);
    assert_string_equal(r->err, "teaser: error: TEASER_FAULT_STORE_WRITES is a number of writes, "
                                "maybe followed by \":readonly\", not \"5:ro\"\n");
}

static void a_valid_scenario_passes_with_a_summary_on_stdout(void **state)
{
    (void)state;
    Run *r = run("", "check scenarios/energy-move.yaml");
    assert_int_equal(r->code, 0);
    assert_string_equal(r->err, "");
    assert_string_equal(r->out,
                        "scenarios/energy-move.yaml: ok: 17 steps, 10 touchpoints, 9 ratings, "
                        "about 19 minutes to play\n");
    r = run("", "check --quiet scenarios/energy-move.yaml");
    assert_int_equal(r->code, 0);
    assert_string_equal(r->out, "");
}

static void an_invalid_scenario_gets_one_line_per_problem_and_exit_1(void **state)
{
    (void)state;
    Run *r = run("", "check tests/data/cli-invalid.yaml");
    assert_int_equal(r->code, 1);
    assert_string_equal(r->err, "tests/data/cli-invalid.yaml:8:5: error: E0201: unknown key \"duraton\" "
                                "in step \"hold\" (did you mean \"duration\"?)\n");
}

static void warnings_alone_pass_unless_strict(void **state)
{
    (void)state;
    Run *r = run("", "check -q tests/data/check-warnings.yaml");
    assert_int_equal(r->code, 0);
    assert_non_null(strstr(r->err, "tests/data/check-warnings.yaml:15:5: warning: W0101: step \"orphan\" "
                                   "can never be reached\n"));
    r = run("", "check -q --strict tests/data/check-warnings.yaml");
    assert_int_equal(r->code, 1);
}

static void a_missing_file_is_named_and_the_worst_verdict_wins(void **state)
{
    (void)state;
    Run *r = run("", "check -q scenarios/energy-move.yaml no-such.yaml");
    assert_int_equal(r->code, 1);
    assert_string_equal(r->err, "teaser: error: E0002: no-such.yaml: cannot read the scenario: No such "
                                "file or directory\n");
}

static void a_missing_data_folder_is_an_environment_problem(void **state)
{
    (void)state;
    Run *r = run("TEASER_DATA_DIR=/nonexistent", "check scenarios/energy-move.yaml");
    assert_int_equal(r->code, 3);
    assert_string_equal(r->err,
                        "teaser: error: TEASER_DATA_DIR (\"/nonexistent\") is not a folder\n");
}

static void the_data_folder_can_be_given_by_environment(void **state)
{
    (void)state;
    Run *r = run("TEASER_DATA_DIR=.", "check -q scenarios/energy-move.yaml");
    assert_int_equal(r->code, 0);
}

static void forget_needs_a_participant_and_reports_what_it_deleted(void **state)
{
    (void)state;
    Run *r = run("", "forget --db build/cli-forget.sqlite");
    assert_int_equal(r->code, 2);
    assert_string_equal(
        r->err, "teaser: error: forget: name the participant: teaser forget --participant ID\n");
    r = run("", "forget --participant x --db build/no-such-store.sqlite");
    assert_int_equal(r->code, 3);
    assert_string_equal(r->err,
                        "teaser: error: there is no results store at build/no-such-store.sqlite\n");
    assert_int_equal(system("rm -f build/cli-forget.sqlite*"), 0);
    Store *s;
    char err[STORE_ERR_MAX];
    assert_int_equal(store_open("build/cli-forget.sqlite", STORE_WRITE, NULL, &s, err, sizeof err),
                     STORE_OK);
    SessionInfo info = {.scenario = "sc",
                        .scenario_hash = "h",
                        .workshop = "w",
                        .participant = "pseudo-9",
                        .department = NULL,
                        .language = "en"};
    int64_t id;
    assert_int_equal(store_begin_session(s, &info, &id), STORE_OK);
    RatingRecord rating = {
        .session = id, .step = "a", .valence = 3, .valence_points = 9, .input_device = "keyboard"};
    assert_int_equal(store_add_rating(s, &rating, NULL), STORE_OK);
    store_close(s);
    r = run("", "forget --participant pseudo-9 --db build/cli-forget.sqlite");
    assert_int_equal(r->code, 0);
    assert_string_equal(r->out, "forgot participant \"pseudo-9\": 1 session, 1 rating and 0 "
                                "events deleted\n");
    r = run("", "forget --participant pseudo-9 --db build/cli-forget.sqlite");
    assert_int_equal(r->code, 0);
    assert_string_equal(r->out, "no data for participant \"pseudo-9\"\n");
}

/* Someone whose only ratings wait in a recovery file (the store could not be
 * written when their session began) is found there, not "no data". */
static void forget_finds_a_participant_who_is_only_in_a_recovery_file(void **state)
{
    (void)state;
    char dir[] = "build/cli-forget-rec-XXXXXX", args[256], want[512];
    assert_non_null(mkdtemp(dir));
    char db[64], rec[80];
    snprintf(db, sizeof db, "%s/results.sqlite", dir);
    snprintf(rec, sizeof rec, "%s.recovery", db);
    Store *s;
    char err[STORE_ERR_MAX];
    assert_int_equal(store_open(db, STORE_WRITE, NULL, &s, err, sizeof err), STORE_OK);
    store_close(s);
    FILE *f = fopen(rec, "wb");
    assert_non_null(f);
    fputs("teaser-recovery 1\nS\t5\t0\tsc\th\tw\tonly-here\t%N\ten\t2026-01-01T10:00:00.000Z\n"
          "R\t5\thold\tcall-wait\t3\t9\t0\t0\t%N\t0\t10\tscript\t0\t0\t0\nF\t5\n",
          f);
    fclose(f);
    snprintf(args, sizeof args, "forget --participant only-here --db %s", db);
    Run *r = run("", args);
    assert_int_equal(r->code, 0);
    snprintf(want, sizeof want,
             "forgot participant \"only-here\": 1 session and 1 rating removed from the recovery "
             "file %s (deleted: nothing else was in it)\n",
             rec);
    assert_string_equal(r->out, want);
    assert_int_equal(access(rec, F_OK), -1);
    snprintf(args, sizeof args, "rm -rf %s", dir);
    assert_int_equal(system(args), 0);
}

static void a_file_that_is_not_a_store_is_an_environment_problem(void **state)
{
    (void)state;
    Run *r = run("", "export --db README.md");
    assert_int_equal(r->code, 3);
    assert_string_equal(r->err, "teaser: error: README.md is not a teaser results store (not an "
                                "SQLite database)\n");
    r = run("", "export --db");
    assert_int_equal(r->code, 2);
    assert_string_equal(r->err,
                        "teaser: error: export: --db needs a value (see teaser export --help)\n");
}

typedef struct {
    char site[4][16];
    int n;
} Sites;

static bool each_site(const RatingRow *r, void *ctx)
{
    Sites *k = ctx;
    if (k->n < 4)
        snprintf(k->site[k->n++], sizeof k->site[0], "%s", r->site ? r->site : "(none)");
    return true;
}

/* play stores the site with the session: --site, else TEASER_SITE, an empty
 * one as none; a control character in TEASER_SITE is refused, exit 3, before
 * anything is played. */
/* Workshop W met at two sites, five in Utrecht and one in Breda; workshop Y
 * in Utrecht. Breda alone is too few; Utrecht could be subtracted from
 * everyone to give Breda's one; Y in Utrecht is all of Y and shows. */
static void reports_by_site_keep_the_privacy_floor(void **state)
{
    (void)state;
    char dir[] = "build/cli-sites-XXXXXX", db[64], args[400];
    assert_non_null(mkdtemp(dir));
    snprintf(db, sizeof db, "%s/results.sqlite", dir);
    static const struct {
        const char *workshop, *site;
        int n;
    } groups[] = {{"W", "Utrecht", 5}, {"W", "Breda", 1}, {"Y", "Utrecht", 5}};
    for (size_t g = 0; g < sizeof groups / sizeof *groups; g++)
        for (int i = 0; i < groups[g].n; i++) {
            snprintf(args, sizeof args,
                     "play --headless --participant %s%s%d --workshop %s --site %s --db %s "
                     "--input tests/data/script-store-tiny.txt tests/data/store-tiny.yaml",
                     groups[g].workshop, groups[g].site, i, groups[g].workshop, groups[g].site,
                     db);
            assert_int_equal(run("", args)->code, 0);
        }
    static const struct {
        const char *filter, *want;
    } reports[] = {
        {"--site Breda", "\"withheld\": true, \"withheld_reason\": \"fewer than 5 participants\""},
        {"--site Utrecht", "\"withheld\": true, \"withheld_reason\": \"could be worked out by "
                           "subtraction from other groups\""},
        {"--workshop W --site Utrecht", "\"withheld\": true"},
        {"--workshop Y --site Utrecht", "\"withheld\": false"},
        {"", "\"withheld\": false"},
    };
    for (size_t i = 0; i < sizeof reports / sizeof *reports; i++) {
        snprintf(args, sizeof args,
                 "report --scenario tests/data/store-tiny.yaml --format json %s --db %s",
                 reports[i].filter, db);
        Run *r = run("", args);
        assert_int_equal(r->code, 0);
        if (!strstr(r->out, reports[i].want))
            fail_msg("report %s: no %s in\n%s", reports[i].filter, reports[i].want, r->out);
    }
    snprintf(args, sizeof args, "export --site Breda --db %s", db);
    Run *r = run("", args);
    assert_int_equal(r->code, 0);
    assert_non_null(strstr(r->out, ",WBreda0,"));
    assert_null(strstr(r->out, "Utrecht"));
    snprintf(args, sizeof args, "rm -rf %s", dir);
    assert_int_equal(system(args), 0);
}

/* A facilitator with two laptops' files, one a copy of the other plus one
 * more session: read together they are six people, not eleven; TEASER_DB
 * names the store when --db does not. */
static void reports_read_several_stores_as_one(void **state)
{
    (void)state;
    char dir[] = "build/cli-union-XXXXXX", args[400];
    assert_non_null(mkdtemp(dir));
    for (int i = 0; i < 6; i++) {
        snprintf(args, sizeof args,
                 "play --headless --participant p%d --db %s/%s.sqlite --input "
                 "tests/data/script-store-tiny.txt tests/data/store-tiny.yaml",
                 i, dir, i < 5 ? "a" : "b");
        assert_int_equal(run("", args)->code, 0);
        if (i == 4)
            assert_int_equal(shell("cp %s/a.sqlite %s/b.sqlite", dir, dir), 0);
    }
    snprintf(args, sizeof args,
             "report --scenario tests/data/store-tiny.yaml --format json --db %s/a.sqlite --db "
             "%s/b.sqlite --db %s/a.sqlite",
             dir, dir, dir);
    Run *r = run("", args);
    assert_int_equal(r->code, 0);
    assert_non_null(strstr(r->out, "\"participants\": 6,"));
    char env[128];
    snprintf(env, sizeof env, "TEASER_DB=%s/b.sqlite", dir);
    r = run(env, "export");
    assert_int_equal(r->code, 0);
    assert_non_null(strstr(r->out, ",p5,"));
    snprintf(args, sizeof args, "export --db %s/a.sqlite --db %s/none.sqlite", dir, dir);
    r = run("", args);
    assert_int_equal(r->code, 3);
    assert_non_null(strstr(r->err, "none.sqlite"));
    assert_int_equal(shell("rm -rf %s", dir), 0);
}

/* A language the scenario has no text in is refused the same way by every
 * command that takes --lang, before anything is opened or written. */
static void a_lang_the_scenario_lacks_is_exit_1_listing_the_ones_it_has(void **state)
{
    (void)state;
    char dir[] = "/tmp/teaser-cli-lang-XXXXXX", args[512];
    assert_non_null(mkdtemp(dir));
    static const char *const commands[][2] = {
        {"play", "play --headless --participant p --lang fr --db %s/r.sqlite "
                 "scenarios/energy-move.yaml"},
        {"report", "report --lang fr --db %s/r.sqlite --scenario scenarios/energy-move.yaml"},
        {"debrief", "debrief --headless --lang fr --db %s/r.sqlite "
                    "--scenario scenarios/energy-move.yaml"}};
    for (int i = 0; i < 3; i++) {
        snprintf(args, sizeof args, commands[i][1], dir);
        Run *r = run("SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy", args);
        assert_int_equal(r->code, 1);
        char want[256];
        snprintf(want, sizeof want,
                 "teaser: error: %s: --lang fr: the scenario has no text in that language; it "
                 "has en, nl\n",
                 commands[i][0]);
        assert_string_equal(r->err, want);
        assert_string_equal(r->out, "");
    }
    assert_int_equal(shell("test -z \"$(ls -A %s)\"", dir), 0); /* nothing was created */
    /* a language it has is taken: the report's words and labels in Dutch */
    char db[64];
    snprintf(db, sizeof db, "%s/r.sqlite", dir);
    store_one_rating(db, "p1");
    snprintf(args, sizeof args, "report --lang nl --db %s --scenario scenarios/energy-move.yaml",
             db);
    Run *r = run("", args);
    assert_int_equal(r->code, 0);
    assert_non_null(strstr(r->out, "Verschillenrapport: energy-move"));
    assert_int_equal(shell("rm -rf %s", dir), 0);
}

static void play_stores_the_site_from_the_flag_or_the_environment(void **state)
{
    (void)state;
    char dir[] = "build/cli-site-XXXXXX", db[64], args[320];
    assert_non_null(mkdtemp(dir));
    snprintf(db, sizeof db, "%s/results.sqlite", dir);
    static const char *const runs[][2] = {
        {"TEASER_SITE=Amersfoort", "--site Utrecht"},
        {"TEASER_SITE=Amersfoort", ""},
        {"TEASER_SITE=", ""},
    };
    for (size_t i = 0; i < sizeof runs / sizeof *runs; i++) {
        snprintf(args, sizeof args,
                 "play --headless --participant p%zu %s --db %s --input "
                 "tests/data/script-store-tiny.txt tests/data/store-tiny.yaml",
                 i, runs[i][1], db);
        assert_int_equal(run(runs[i][0], args)->code, 0);
    }
    snprintf(args, sizeof args,
             "play --headless --participant p9 --db %s --input tests/data/script-store-tiny.txt "
             "tests/data/store-tiny.yaml",
             db);
    Run *r = run("TEASER_SITE=\"$(printf 'Zw\\033olle')\"", args);
    assert_int_equal(r->code, 3);
    assert_string_equal(r->err, "teaser: error: the environment variable TEASER_SITE: "
                                "\"Zw\\x1bolle\" holds a control character (\\x1b); teaser "
                                "stores no site label with one\n");
    Store *s;
    char err[STORE_ERR_MAX];
    assert_int_equal(store_open(db, STORE_READ, NULL, &s, err, sizeof err), STORE_OK);
    Sites got = {.n = 0};
    assert_int_equal(store_each_rating(s, NULL, each_site, &got), STORE_OK);
    store_close(s);
    assert_int_equal(got.n, 3); /* p9 never played */
    assert_string_equal(got.site[0], "Utrecht");
    assert_string_equal(got.site[1], "Amersfoort");
    assert_string_equal(got.site[2], "(none)");
    snprintf(args, sizeof args, "rm -rf %s", dir);
    assert_int_equal(system(args), 0);
}

/* A PostgreSQL URI is never taken for a file name (a folder "postgresql:"
 * would be made or looked for): every command that opens a store goes to the
 * server, and one it cannot reach is one line, exit 3. */
static void an_unreachable_postgresql_store_is_one_line(void **state)
{
    (void)state;
    static const char *const cmds[] = {
        "export --db postgresql:///results?host=/nonexistent",
        "report --db postgres:///results?host=/nonexistent --scenario scenarios/energy-move.yaml",
        "forget --participant P1 --db postgresql:///results?host=/nonexistent",
        "play --headless --participant P1 scenarios/energy-move.yaml --db "
        "postgresql:///results?host=/nonexistent",
    };
    for (size_t i = 0; i < sizeof cmds / sizeof *cmds; i++) {
        Run *r = run("", cmds[i]);
        assert_int_equal(r->code, 3);
        assert_string_equal(r->err, "teaser: error: cannot reach the PostgreSQL database "
                                    "\"results\" at /nonexistent: No such file or directory\n");
    }
    assert_int_equal(access("postgresql:", F_OK), -1);
}

static void report_refuses_bad_flag_values_and_writes_whole_files(void **state)
{
    (void)state;
    Run *r = run("", "report --scenario scenarios/energy-move.yaml --format pdf --db README.md");
    assert_int_equal(r->code, 1);
    assert_string_equal(r->err, "teaser: error: report: --format must be html, json, csv or text, "
                                "not \"pdf\"\n");
    r = run("", "report --scenario scenarios/energy-move.yaml --min-group 2");
    assert_int_equal(r->code, 1);
    assert_string_equal(r->err, "teaser: error: report: --min-group must be a whole number of at "
                                "least 3\n");
    r = run("", "report --db build/export-test-none.sqlite");
    assert_int_equal(r->code, 2);
    assert_int_equal(system("rm -f build/cli-report.json"), 0);
    r = run("", "report --scenario scenarios/energy-move.yaml --db build/cli-forget.sqlite "
                "--format json -o build/cli-report.json");
    assert_int_equal(r->code, 0);
    assert_int_equal(system("grep -q '\"scenario\": \"energy-move\"' build/cli-report.json"), 0);
}

/* A real install into a temporary prefix, in a build folder of its own: the
 * installed binary, run from elsewhere, finds its scenarios and assets. */
static void store_init_makes_a_file_store_and_needs_its_subcommand(void **state)
{
    (void)state;
    Run *r = run("", "store --db build/cli-init.sqlite");
    assert_int_equal(r->code, 2);
    assert_string_equal(r->err,
                        "teaser: error: store: name what to do: teaser store init [--db PATH|URI]\n");
    r = run("", "store --help");
    assert_int_equal(r->code, 0);
    assert_non_null(strstr(r->out, "usage: teaser store init [--db PATH|URI]"));
    assert_int_equal(system("rm -f build/cli-init.sqlite*"), 0);
    for (int i = 0; i < 2; i++) {
        r = run("", "store init --db build/cli-init.sqlite");
        assert_int_equal(r->code, 0);
        assert_int_equal(r->err[0], '\0');
    }
    Store *s;
    char err[STORE_ERR_MAX];
    assert_int_equal(store_open("build/cli-init.sqlite", STORE_READ, NULL, &s, err, sizeof err),
                     STORE_OK);
    assert_int_equal(store_version(s), STORE_SCHEMA_VERSION);
    store_close(s);
    r = run("", "store init --db build/no-such-folder/x.sqlite");
    assert_int_equal(r->code, 3);
}

static void an_installed_teaser_finds_its_data_in_the_share_folder(void **state)
{
    (void)state;
    char cwd[1024], cmd[4096];
    assert_non_null(getcwd(cwd, sizeof cwd));
    snprintf(cmd, sizeof cmd,
             "rm -rf build/install-root && make -s BUILD=build/install-test "
             "PREFIX=%s/build/install-root install >build/install.log 2>&1",
             cwd);
    assert_int_equal(system(cmd), 0);
    snprintf(cmd, sizeof cmd,
             "cd / && env -u TEASER_DATA_DIR %s/build/install-root/bin/teaser check -q "
             "%s/build/install-root/share/teaser/scenarios/energy-move.yaml",
             cwd, cwd);
    assert_int_equal(system(cmd), 0);
    snprintf(cmd, sizeof cmd,
             "test -s %s/build/install-root/share/man/man1/teaser.1 && "
             "test -s %s/build/install-root/share/doc/teaser/scenario-format.md",
             cwd, cwd);
    assert_int_equal(system(cmd), 0);
    /* the installed man page names the folders where this install put things */
    snprintf(cmd, sizeof cmd,
             "grep -q '^\\.I %s/build/install-root/share/teaser/$' "
             "%s/build/install-root/share/man/man1/teaser.1 && "
             "! grep -q '/usr/local/share' %s/build/install-root/share/man/man1/teaser.1",
             cwd, cwd, cwd);
    assert_int_equal(system(cmd), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(help_lists_the_commands_on_stdout),
        cmocka_unit_test(version_names_the_program_and_its_version),
        cmocka_unit_test(no_command_is_a_usage_error),
        cmocka_unit_test(a_misspelt_command_gets_a_suggestion),
        cmocka_unit_test(check_without_files_or_with_a_bad_option_is_a_usage_error),
        cmocka_unit_test(a_valid_scenario_passes_with_a_summary_on_stdout),
        cmocka_unit_test(an_invalid_scenario_gets_one_line_per_problem_and_exit_1),
        cmocka_unit_test(warnings_alone_pass_unless_strict),
        cmocka_unit_test(a_missing_file_is_named_and_the_worst_verdict_wins),
        cmocka_unit_test(a_100_mb_scenario_or_script_is_refused_by_its_size),
        cmocka_unit_test(a_fault_drill_that_cannot_be_read_is_refused),
        cmocka_unit_test(a_missing_data_folder_is_an_environment_problem),
        cmocka_unit_test(the_data_folder_can_be_given_by_environment),
        cmocka_unit_test(an_installed_teaser_finds_its_data_in_the_share_folder),
        cmocka_unit_test(forget_needs_a_participant_and_reports_what_it_deleted),
        cmocka_unit_test(store_init_makes_a_file_store_and_needs_its_subcommand),
        cmocka_unit_test(forget_finds_a_participant_who_is_only_in_a_recovery_file),
        cmocka_unit_test(a_file_that_is_not_a_store_is_an_environment_problem),
        cmocka_unit_test(play_stores_the_site_from_the_flag_or_the_environment),
        cmocka_unit_test(a_lang_the_scenario_lacks_is_exit_1_listing_the_ones_it_has),
        cmocka_unit_test(reports_by_site_keep_the_privacy_floor),
        cmocka_unit_test(reports_read_several_stores_as_one),
        cmocka_unit_test(an_unreachable_postgresql_store_is_one_line),
        cmocka_unit_test(report_refuses_bad_flag_values_and_writes_whole_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
