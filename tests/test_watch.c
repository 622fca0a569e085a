/* teaser play --watch without a window: a scenario written to a temporary
 * folder, a play of it, then the author's edits (a step's text, a step
 * removed, a syntax error, then fixed, a save by rename, a file it names):
 * when each is noticed, what the reload says, and where the play goes on.
 * The clock is passed in, so no assertion depends on real time. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../engine/paths.h"
#include "../engine/player.h"
#include "../engine/steps/message.h"
#include "../engine/steps/steps.h"
#include "../engine/watch.h"

#define HEAD                                                                                       \
    "format: teaser/1\nid: watched\ntitle: Watched\nlanguage: en\n"                                \
    "persona: {name: Sam, about: a customer}\ntouchpoints:\n  - {id: call, label: Call}\n"
#define HELLO "  - {id: hello, type: message, text: Hello., touchpoint: call, rate: true}\n"
#define THIRD "  - {id: third, type: message, text: The third step.}\n"

typedef struct {
    char dir[64], path[128];
} Folder;

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

/* The scenario of three message steps, the second saying second. */
static void write_scenario(const Folder *f, const char *second)
{
    char text[1024];
    snprintf(text, sizeof text,
             HEAD "steps:\n" HELLO "  - {id: second, type: message, text: %s}\n" THIRD, second);
    write_file(f->path, text);
}

static int setup(void **state)
{
    Folder *f = calloc(1, sizeof *f);
    snprintf(f->dir, sizeof f->dir, "/tmp/teaser-watch-XXXXXX");
    assert_non_null(mkdtemp(f->dir));
    snprintf(f->path, sizeof f->path, "%s/s.yaml", f->dir);
    write_scenario(f, "First version.");
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Folder *f = *state;
    shell("rm -rf %s", f->dir);
    free(f);
    return 0;
}

/* Loads as a watch play does; NULL when the file has errors (then in dl). */
static Scenario *load(const Folder *f, DiagList *dl)
{
    Scenario *s = NULL;
    diag_init(dl);
    watch_load(f->path, paths_data_dir(), &steps_teaser1, NULL, &s, dl);
    return s;
}

static Scenario *load_ok(const Folder *f)
{
    DiagList dl;
    Scenario *s = load(f, &dl);
    assert_int_equal(dl.errors, 0);
    assert_non_null(s);
    diag_free(&dl);
    return s;
}

static const char *message_text(const Scenario *s, int step)
{
    return text_get(&((const MessageStep *)s->steps[step].data)->text, "en", "en");
}

/* A play of s by ann from step from, as a watch play starts one. */
static Player *play(const Scenario *s, int from)
{
    PlayerConfig cfg = {.scenario = s, .from = from, .participant = "ann"};
    Player *p = player_create(&cfg, 0);
    assert_non_null(p);
    return p;
}

/* The loaded scenario and its files watched from time 0. */
typedef struct {
    Scenario *s;
    Watch w;
} Watched;

static void start_watching(const Folder *f, Watched *x)
{
    x->s = load_ok(f);
    x->w = (Watch){0};
    assert_true(watch_files(&x->w, x->s, 0));
}

static void stop_watching(Watched *x)
{
    watch_free(&x->w);
    scenario_free(x->s);
}

/* A change made before time t is seen moving at t and reported, settled,
 * one poll later. */
static void reported_one_poll_after(Watch *w, int64_t t)
{
    assert_false(watch_changed(w, t));
    assert_true(watch_changed(w, t + WATCH_POLL_MS));
}

static void an_edit_is_reloaded_once_it_has_settled(void **state)
{
    Folder *f = *state;
    Watched x;
    start_watching(f, &x);
    assert_false(watch_changed(&x.w, WATCH_POLL_MS)); /* nothing changed */
    write_scenario(f, "Second version, a little longer.");
    assert_false(watch_changed(&x.w, 2 * WATCH_POLL_MS));      /* seen moving: maybe not done */
    assert_false(watch_changed(&x.w, 2 * WATCH_POLL_MS + 10)); /* not yet time to look again */
    assert_true(watch_changed(&x.w, 3 * WATCH_POLL_MS));       /* still the same: settled */
    assert_false(watch_changed(&x.w, 4 * WATCH_POLL_MS));      /* said once */
    stop_watching(&x);
}

/* vim, VS Code and gedit write a new file and rename it over the old one:
 * even with the same size and the same second, the path is a new file. */
static void a_save_by_rename_is_noticed(void **state)
{
    Folder *f = *state;
    Watched x;
    start_watching(f, &x);
    char tmp[160];
    snprintf(tmp, sizeof tmp, "%s/.s.yaml.swp", f->dir);
    FILE *in = fopen(f->path, "rb"), *out = fopen(tmp, "wb");
    assert_non_null(in);
    assert_non_null(out);
    for (int c; (c = fgetc(in)) != EOF;)
        fputc(c, out);
    fclose(in);
    assert_int_equal(fclose(out), 0);
    assert_int_equal(rename(tmp, f->path), 0);
    reported_one_poll_after(&x.w, WATCH_POLL_MS);
    stop_watching(&x);
}

static void a_file_the_scenario_names_is_watched_too(void **state)
{
    Folder *f = *state;
    char csv[160], text[1024];
    snprintf(csv, sizeof csv, "%s/s.customers.csv", f->dir);
    write_file(csv, "touchpoint,value,count,scale_min,scale_max\ncall,1,3,1,5\n");
    snprintf(text, sizeof text, HEAD "customers: s.customers.csv\nsteps:\n" HELLO);
    write_file(f->path, text);
    Watched x;
    start_watching(f, &x);
    assert_int_equal(x.w.n, 2);
    write_file(csv, "touchpoint,value,count,scale_min,scale_max\ncall,2,3,1,5\n");
    reported_one_poll_after(&x.w, WATCH_POLL_MS);
    stop_watching(&x);
}

/* The author edits the step on view: the play goes on at it, with the new text. */
static void an_edited_step_is_played_again_with_its_new_text(void **state)
{
    Folder *f = *state;
    Scenario *old = load_ok(f);
    Player *p = play(old, 1);
    assert_string_equal(player_where(p), "second");
    write_scenario(f, "Second version.");
    Scenario *fresh = load_ok(f);
    int from = watch_resume_step(old, player_where(p), fresh);
    player_destroy(p);
    p = play(fresh, from);
    assert_string_equal(player_where(p), "second");
    assert_string_equal(message_text(fresh, from), "Second version.");
    player_destroy(p);
    scenario_free(old);
    scenario_free(fresh);
}

static void a_removed_step_goes_back_to_the_nearest_earlier_one(void **state)
{
    Folder *f = *state;
    Scenario *old = load_ok(f);
    write_file(f->path, HEAD "steps:\n" HELLO THIRD);
    Scenario *fresh = load_ok(f);
    assert_int_equal(watch_resume_step(old, "second", fresh), 0); /* hello */
    assert_int_equal(watch_resume_step(old, "third", fresh), 1);  /* moved up, still there */
    assert_int_equal(watch_resume_step(old, NULL, fresh), 0);     /* start or end screen */
    scenario_free(fresh);
    write_file(f->path, HEAD "steps:\n" HELLO "  - {id: second, type: message, text: Hi}\n");
    fresh = load_ok(f);
    assert_int_equal(watch_resume_step(old, "third", fresh), 1); /* second, not the first */
    scenario_free(old);
    scenario_free(fresh);
}

/* A broken save: its errors as `teaser check` prints them, and the last good
 * version stays, so that the fixed save goes on where the play was. */
static void a_syntax_error_is_shown_and_the_fixed_save_resumes(void **state)
{
    Folder *f = *state;
    Scenario *old = load_ok(f);
    write_file(f->path, HEAD "steps:\n" HELLO "  - {id: second, type: message, text: [Oops}\n");
    DiagList dl;
    Scenario *broken = load(f, &dl);
    assert_null(broken);
    assert_true(dl.errors > 0);
    char line[DIAG_MSG_MAX + 512], want[200];
    diag_sort(&dl);
    diag_format(&dl.items[0], f->path, line, sizeof line);
    snprintf(want, sizeof want, "%s:10:", f->path);
    assert_ptr_equal(strstr(line, want), line);
    assert_non_null(strstr(line, ": error: "));
    diag_free(&dl);
    write_scenario(f, "Fixed.");
    Scenario *fresh = load_ok(f);
    assert_int_equal(watch_resume_step(old, "second", fresh), 1);
    assert_string_equal(message_text(fresh, 1), "Fixed.");
    scenario_free(old);
    scenario_free(fresh);
}

/* Errors the checker finds (not the parser) refuse the reload as well. */
static void a_goto_to_a_missing_step_is_refused(void **state)
{
    Folder *f = *state;
    write_file(f->path,
               HEAD "steps:\n" HELLO "  - {id: second, type: message, text: Hi, next: nowhere}\n");
    DiagList dl;
    assert_null(load(f, &dl));
    assert_true(dl.errors > 0);
    assert_non_null(strstr(dl.items[0].msg, "nowhere"));
    diag_free(&dl);
}

/* A file deleted (and not written again) is reloaded as an error to show,
 * not a crash: the play then waits for the file to come back. */
static void a_deleted_file_is_an_error_to_show(void **state)
{
    Folder *f = *state;
    Watched x;
    start_watching(f, &x);
    assert_int_equal(unlink(f->path), 0);
    reported_one_poll_after(&x.w, WATCH_POLL_MS);
    DiagList dl;
    assert_null(load(f, &dl));
    assert_true(dl.errors > 0);
    assert_non_null(strstr(dl.items[0].msg, "cannot read the scenario"));
    diag_free(&dl);
    write_scenario(f, "Back.");
    reported_one_poll_after(&x.w, 3 * WATCH_POLL_MS);
    stop_watching(&x);
}

/* What --watch cannot honour is a usage error that says why. */
static void watch_refuses_headless_a_store_and_a_recording(void **state)
{
    Folder *f = *state;
    const char *bin = getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser";
    const char *with[] = {"--headless", "--db x.sqlite", "--record x.txt"};
    const char *why[] = {"needs a window", "stores nothing", "cannot --record"};
    char err[2048], path[200], cwd[1024];
    snprintf(path, sizeof path, "%s/err", f->dir);
    assert_non_null(getcwd(cwd, sizeof cwd));
    for (int i = 0; i < 3; i++) {
        assert_int_equal(shell("cd %s && %s%s%s play --watch %s s.yaml 2>err", f->dir,
                               bin[0] == '/' ? "" : cwd, bin[0] == '/' ? "" : "/", bin, with[i]),
                         2);
        read_text(path, err, sizeof err);
        assert_ptr_equal(strstr(err, "teaser: error: play: --watch"), err);
        assert_non_null(strstr(err, why[i]));
        assert_int_equal(count_of(err, "\n"), 1);
    }
    assert_int_equal(shell("test -e %s/x.sqlite || test -e %s/x.txt", f->dir, f->dir), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(an_edit_is_reloaded_once_it_has_settled, setup, teardown),
        cmocka_unit_test_setup_teardown(a_save_by_rename_is_noticed, setup, teardown),
        cmocka_unit_test_setup_teardown(a_file_the_scenario_names_is_watched_too, setup, teardown),
        cmocka_unit_test_setup_teardown(an_edited_step_is_played_again_with_its_new_text, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(a_removed_step_goes_back_to_the_nearest_earlier_one, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(a_syntax_error_is_shown_and_the_fixed_save_resumes, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(a_goto_to_a_missing_step_is_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(a_deleted_file_is_an_error_to_show, setup, teardown),
        cmocka_unit_test_setup_teardown(watch_refuses_headless_a_store_and_a_recording, setup,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
