/* teaser play through the binary, headless: a scripted play of the shipped
 * scenario stores every rating with its timing and what happened in each
 * step; the same input gives byte-identical screenshots; a recorded play
 * replays to the same result; screens match their golden images; input
 * that does not fit is an error naming the step. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"

#include <png.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <glob.h>
#include <math.h>
#include <sys/wait.h>

#include "../engine/report.h"
#include "../engine/scenario.h"
#include "../engine/steps/steps.h"
#include "../engine/store.h"
#include "../engine/view/debrief_view.h"
#include "../engine/view/platform.h"

#define SCENARIO "scenarios/energy-move.yaml"
#define SCRIPT   "tests/data/script-energy-move.txt"

static char err_text[4096];

/* A shell command; what it wrote to build/play-test.err is kept in err_text. */
static int sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int sh(const char *fmt, ...)
{
    char cmd[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    int code = shell("%s", cmd);
    read_text("build/play-test.err", err_text, sizeof err_text);
    return code;
}

static const char *bin(void)
{
    return getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser";
}

/* A headless play of SCENARIO into a fresh store and screenshot folder. */
static int play(const char *tag, const char *args)
{
    return sh("rm -rf build/play-%s build/play-%s.sqlite* && %s play --headless --db "
              "build/play-%s.sqlite --screenshots build/play-%s %s 2>build/play-test.err",
              tag, tag, bin(), tag, tag, args);
}

typedef struct {
    int n;
    char step[16][64], emotion[16][64], device[16][16];
    int valence[16];
    long long rt[16];
} Ratings;

static bool keep(const RatingRow *r, void *ctx)
{
    Ratings *x = ctx;
    if (x->n == 16)
        return false;
    snprintf(x->step[x->n], 64, "%s", r->step);
    snprintf(x->emotion[x->n], 64, "%s", r->emotion ? r->emotion : "");
    snprintf(x->device[x->n], 16, "%s", r->input_device);
    x->valence[x->n] = r->valence;
    x->rt[x->n] = r->response_ms - r->onset_ms;
    x->n++;
    return true;
}

static void ratings_of(const char *tag, Ratings *out)
{
    char path[128], err[STORE_ERR_MAX];
    snprintf(path, sizeof path, "build/play-%s.sqlite", tag);
    Store *s;
    memset(out, 0, sizeof *out);
    assert_int_equal(store_open(path, STORE_READ, NULL, &s, err, sizeof err), STORE_OK);
    assert_int_equal(store_each_rating(s, NULL, keep, out), STORE_OK);
    store_close(s);
}

static void the_shipped_scenario_plays_to_the_end_and_every_rating_is_stored(void **state)
{
    (void)state;
    assert_int_equal(play("a", "--participant p-1 --workshop w --input " SCRIPT " " SCENARIO), 0);
    Ratings r;
    ratings_of("a", &r);
    static const char *const steps[] = {"hold",       "billing",       "move-form",
                                        "letter",     "debit-mail",    "hold-again",
                                        "meter-data", "final-invoice", "looking-back"};
    static const int valence[] = {3, 2, 2, 4, 3, 2, 2, 2, 3};
    assert_int_equal(r.n, 9);
    for (int i = 0; i < 9; i++) {
        assert_string_equal(r.step[i], steps[i]);
        assert_int_equal(r.valence[i], valence[i]);
        assert_string_equal(r.device[i], "script");
    }
    assert_string_equal(r.emotion[0], "annoyed");
    assert_string_equal(r.emotion[4], "anxious");
    /* what happened inside the steps is in the store too */
    assert_int_equal(sh("%s export --db build/play-a.sqlite >/dev/null 2>&1", bin()), 0);
}

/* The whole scenario with one kind of input each: every rating is given, and
 * stored with the device that gave it. */
static void keyboard_only_mouse_only_and_touch_only_all_play_to_the_end(void **state)
{
    (void)state;
    static const char *const kinds[] = {"keyboard", "mouse", "touch"};
    static const int valence[3][9] = {
        {2, 2, 3, 4, 3, 2, 2, 2, 3}, {2, 2, 2, 4, 3, 2, 2, 2, 3}, {2, 2, 2, 4, 3, 2, 2, 2, 3}};
    for (int k = 0; k < 3; k++) {
        char args[256];
        snprintf(args, sizeof args,
                 "--participant p --input tests/data/script-energy-move-%s.txt " SCENARIO,
                 kinds[k]);
        assert_int_equal(play(kinds[k], args), 0);
        Ratings r;
        ratings_of(kinds[k], &r);
        assert_int_equal(r.n, 9);
        for (int i = 0; i < 9; i++) {
            assert_string_equal(r.device[i], kinds[k]);
            assert_int_equal(r.valence[i], valence[k][i]);
        }
        assert_int_equal(r.rt[0], 1000); /* "181 key 2" or click, then confirmed at once */
        assert_int_equal(r.rt[5], 1000); /* "482 key 2" after the second hold */
    }
}

/* The participant closes the window on a rating prompt: the play ends (exit 0),
 * says so, and the session stays unfinished with the rating given before. */
static void a_window_closed_mid_rating_leaves_the_session_unfinished_not_lost(void **state)
{
    (void)state;
    FILE *f = fopen("build/play-close.txt", "w");
    assert_non_null(f);
    fputs("continue\nchoose 3\nrate 3 emotion annoyed\ntext 4021 7788\ntext 3811 AB\nclose\n", f);
    fclose(f);
    assert_int_equal(play("close", "--participant p-9 --input build/play-close.txt " SCENARIO), 0);
    assert_string_equal(err_text, "teaser: the play was closed before the end; the session stays "
                                  "unfinished (1 rating saved)\n");
    assert_int_equal(sql_int("build/play-close.sqlite", "SELECT count(*) FROM ratings"), 1);
    assert_int_equal(
        sql_int("build/play-close.sqlite", "SELECT count(*) FROM sessions WHERE finished IS NULL"),
        1);
    assert_int_equal(
        sql_int("build/play-close.sqlite",
                "SELECT count(*) FROM events WHERE step = 'billing' AND kind = 'leave'"),
        1); /* the hand-off was done: it was its rating that was open */
}

static int lines_starting(const char *path, const char *prefix)
{
    FILE *f = fopen(path, "rb");
    char line[4096];
    int n = 0;
    while (f && fgets(line, sizeof line, f))
        n += !strncmp(line, prefix, strlen(prefix));
    if (f)
        fclose(f);
    return n;
}

/* A play with SDL's audio driver set to driver: its exit code; its stderr
 * is in err_text. */
static int play_with_audio(const char *driver)
{
    const char *was = getenv("SDL_AUDIODRIVER");
    char saved[64];
    snprintf(saved, sizeof saved, "%s", was ? was : "");
    setenv("SDL_AUDIODRIVER", driver, 1);
    int code = play("audio", "--participant p-1 --input " SCRIPT " " SCENARIO);
    if (was)
        setenv("SDL_AUDIODRIVER", saved, 1);
    else
        unsetenv("SDL_AUDIODRIVER");
    return code;
}

/* A machine without a sound card (ALSA finds none) or an audio driver that
 * does not exist: the play goes on silent and says so once, in one line;
 * ALSA's own lines ("ALSA lib confmisc.c:855:(parse_card) cannot find card
 * '0'"...) never reach the terminal. With a sound card the ALSA half is
 * skipped: the play then has sound and says nothing. */
static void without_an_audio_device_the_play_says_so_in_one_line(void **state)
{
    (void)state;
    const char *said = "teaser: warning: no audio device: hold music and voices are off\n";
    assert_int_equal(play_with_audio("no-such-driver"), 0);
    assert_string_equal(err_text, said);
    assert_int_equal(play_with_audio("alsa"), 0);
    if (!err_text[0])
        skip(); /* ALSA opened a device: this machine has sound */
    assert_string_equal(err_text, said);
}

/* A disk that fills up mid-play (a fault drill: every write after the 12th
 * fails as "disk full"): the play goes on and says at once where the ratings
 * are kept; every confirmed rating is in the recovery file; the next play
 * imports them. Nothing confirmed is lost. */
static void a_full_or_read_only_store_mid_play_loses_no_rating(void **state)
{
    (void)state;
    const char *db = "build/play-full.sqlite", *kept = "build/play-full.sqlite.recovery";
    setenv("TEASER_FAULT_STORE_WRITES", "12", 1);
    int code = play("full", "--participant p-1 --input " SCRIPT " " SCENARIO);
    unsetenv("TEASER_FAULT_STORE_WRITES");
    assert_int_equal(code, 0);
    assert_non_null(strstr(err_text, "teaser: warning: the disk holding the results store "
                                     "build/play-full.sqlite is full; this session's ratings are "
                                     "kept in build/play-full.sqlite.recovery"));
    assert_int_equal(sql_int(db, "SELECT count(*) FROM ratings"), 1);
    assert_int_equal(lines_starting(kept, "R\t"), 8);
    assert_int_equal(lines_starting(kept, "F\t"), 1);
    assert_int_equal(sh("%s play --headless --db %s --participant p-2 --input " SCRIPT " " SCENARIO
                        " 2>build/play-test.err",
                        bin(), db),
                     0);
    assert_non_null(strstr(err_text, "teaser: 8 ratings kept in a recovery file while the store "
                                     "could not be written are now in the store"));
    assert_int_equal(sql_int(db,
                             "SELECT count(*) FROM ratings r JOIN sessions s ON s.id = r.session "
                             "WHERE s.participant = 'p-1'"),
                     9);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM sessions WHERE participant = 'p-1' "
                                 "AND finished IS NOT NULL"),
                     1);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM ratings"), 18);
    assert_int_equal(access(kept, F_OK), -1); /* imported whole, then removed */
    /* the same when the store is made read-only under the play */
    setenv("TEASER_FAULT_STORE_WRITES", "30:readonly", 1);
    code = sh("%s play --headless --db %s --participant p-3 --input " SCRIPT " " SCENARIO
              " 2>build/play-test.err",
              bin(), db);
    unsetenv("TEASER_FAULT_STORE_WRITES");
    assert_int_equal(code, 0);
    assert_non_null(strstr(err_text, "teaser: warning: the results store build/play-full.sqlite "
                                     "cannot be written (read-only); this session's ratings are "
                                     "kept in build/play-full.sqlite.recovery"));
    assert_int_equal(sh("%s play --headless --db %s --participant p-4 --input " SCRIPT " " SCENARIO
                        " 2>build/play-test.err",
                        bin(), db),
                     0);
    assert_int_equal(sql_int(db,
                             "SELECT count(*) FROM ratings r JOIN sessions s ON s.id = r.session "
                             "WHERE s.participant = 'p-3'"),
                     9);
}

/* The other ways through the shipped scenario: menu option 1 to a message
 * that leads back, the menu again, its timeout, option 2, hanging up; at the
 * second menu the chat that leads back, the menu again, its timeout, option
 * 1, hanging up on the second hold; a wrong answer to each letter. */
static void every_branch_of_the_shipped_scenario_is_walked(void **state)
{
    (void)state;
    assert_int_equal(
        play("br", "--participant p --input tests/data/script-energy-move-branches.txt " SCENARIO),
        0);
    const char *db = "build/play-br.sqlite";
    assert_int_equal(
        sql_int(db, "SELECT count(*) FROM events WHERE step = 'ivr' AND kind = 'enter'"), 4);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM events WHERE step = 'meter-online' AND kind "
                                 "= 'enter'"),
                     1);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM events WHERE step = 'ivr' AND detail = "
                                 "'timeout'"),
                     1);
    assert_int_equal(sql_int(db, "SELECT t_ms FROM events WHERE kind = 'hangup' AND step = 'hold'"),
                     96000); /* the menu read out (14.4 s) and timed out (20 s) first */
    /* 60 s, 3 s of calling again, then the whole 3 minutes */
    assert_int_equal(
        sql_int(db, "SELECT count(*) FROM events WHERE detail = '243000 ms in 2 calls'"), 1);
    assert_int_equal(sql_int(db,
                             "SELECT count(*) FROM events WHERE kind = 'answer' AND detail LIKE "
                             "'option 1 (wrong)%'"),
                     1);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM events WHERE step = 'ivr-again' AND kind = "
                                 "'enter'"),
                     4);
    assert_int_equal(
        sql_int(db, "SELECT count(*) FROM events WHERE step = 'chat' AND kind = 'enter'"), 1);
    assert_int_equal(sql_int(db,
                             "SELECT count(*) FROM events WHERE step = 'ivr-again' AND detail = "
                             "'timeout'"),
                     1);
    assert_int_equal(
        sql_int(db, "SELECT t_ms FROM events WHERE kind = 'hangup' AND step = 'hold-again'"), 409000);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM events WHERE step = 'hold-again' AND detail = "
                               "'333000 ms in 2 calls'"),
                     1);
    assert_int_equal(sql_int(db,
                             "SELECT count(*) FROM events WHERE step = 'final-invoice' AND kind = "
                             "'answer' AND detail LIKE 'option 2 (wrong)%'"),
                     1);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM ratings"), 9);
}

/* Every shipped scenario against every script written for it
 * (tests/data/script-ID*.txt): each plays to the end, each play stores one
 * rating per rating point it passes, and together the scripts enter every
 * step of the scenario, so no branch goes unplayed. */
static void every_shipped_scenario_is_played_down_every_branch(void **state)
{
    (void)state;
    glob_t scenarios;
    assert_int_equal(glob("scenarios/*.yaml", 0, NULL, &scenarios), 0);
    assert_true(scenarios.gl_pathc >= 3);
    for (size_t i = 0; i < scenarios.gl_pathc; i++) {
        const char *path = scenarios.gl_pathv[i];
        DiagList dl;
        diag_init(&dl);
        Scenario *sc = NULL;
        assert_int_equal(scenario_load(path, ".", &steps_teaser1, &sc, &dl), SCENARIO_OK);
        diag_free(&dl);
        char pattern[256], db[256];
        snprintf(pattern, sizeof pattern, "tests/data/script-%s*.txt", sc->id);
        snprintf(db, sizeof db, "build/play-every-%s.sqlite", sc->id);
        sh("rm -f %s*", db);
        glob_t scripts;
        assert_int_equal(glob(pattern, 0, NULL, &scripts), 0);
        for (size_t k = 0; k < scripts.gl_pathc; k++) {
            int rc = sh("%s play --headless --db %s --participant p%zu --input %s %s "
                        "2>build/play-test.err",
                        bin(), db, k, scripts.gl_pathv[k], path);
            if (rc != 0)
                fail_msg("%s: exit %d: %s", scripts.gl_pathv[k], rc, err_text);
        }
        assert_int_equal(sql_int(db, "SELECT count(*) FROM sessions"), (long long)scripts.gl_pathc);
        int rated = 0;
        for (int t = 0; t < sc->n_steps; t++)
            rated += sc->steps[t].rate || !strcmp(sc->steps[t].type->name, "rate");
        char sql[256];
        snprintf(sql, sizeof sql,
                 "SELECT count(*) FROM (SELECT session FROM ratings GROUP BY session "
                 "HAVING count(DISTINCT step) = %d)",
                 rated);
        assert_int_equal(sql_int(db, sql), (long long)scripts.gl_pathc);
        long long entered =
            sql_int(db, "SELECT count(DISTINCT step) FROM events WHERE kind = 'enter'");
        if (entered != sc->n_steps)
            fail_msg("%s: the scripts enter %lld of %d steps", path, entered, sc->n_steps);
        globfree(&scripts);
        scenario_free(sc);
    }
    globfree(&scenarios);
}

static void the_same_input_gives_byte_identical_screenshots(void **state)
{
    (void)state;
    assert_int_equal(play("a", "--participant p-1 --input " SCRIPT " " SCENARIO), 0);
    assert_int_equal(play("b", "--participant p-1 --input " SCRIPT " " SCENARIO), 0);
    assert_int_equal(sh("ls build/play-a | wc -l | grep -qx 24"), 0);
    assert_int_equal(sh("diff -r build/play-a build/play-b >/dev/null"), 0);
}

static void a_recorded_play_replays_to_the_same_result(void **state)
{
    (void)state;
    assert_int_equal(
        play("a", "--participant p-1 --record build/play-rec.txt --input " SCRIPT " " SCENARIO), 0);
    assert_int_equal(play("b", "--participant p-1 --input build/play-rec.txt " SCENARIO), 0);
    Ratings a, b;
    ratings_of("a", &a);
    ratings_of("b", &b);
    assert_int_equal(a.n, b.n);
    for (int i = 0; i < a.n; i++) {
        assert_string_equal(a.step[i], b.step[i]);
        assert_int_equal(a.valence[i], b.valence[i]);
        assert_int_equal(a.rt[i], b.rt[i]);
    }
    assert_int_equal(sh("diff -r build/play-a build/play-b >/dev/null"), 0);
}

static void the_start_screen_takes_a_pseudonym_and_a_workshop(void **state)
{
    (void)state;
    assert_int_equal(play("s", "--input tests/data/script-start-screen.txt --from hold " SCENARIO),
                     1); /* the script stops before the end: an error naming the step */
    assert_string_equal(err_text, "teaser: error: tests/data/script-start-screen.txt: the input "
                                  "ran out while step \"hold\" still waits for rate\n");
    sqlite3 *db;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open("build/play-s.sqlite", &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db,
                                        "SELECT participant, workshop, finished IS NULL FROM "
                                        "sessions",
                                        -1, &st, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "p-17");
    assert_string_equal((const char *)sqlite3_column_text(st, 1), "Utrecht week 47");
    assert_int_equal(sqlite3_column_int(st, 2), 1); /* left unfinished, not lost */
    sqlite3_finalize(st);
    sqlite3_close(db);
}

static void input_that_does_not_fit_names_the_step_and_the_line(void **state)
{
    (void)state;
    assert_int_equal(sh("printf 'continue\\nrate 3\\n' > build/play-bad.txt"), 0);
    assert_int_equal(play("x", "--participant p --input build/play-bad.txt " SCENARIO), 1);
    assert_string_equal(err_text, "build/play-bad.txt:2:1: error: step \"ivr\" waits for choose, "
                                  "not \"rate\"\n");
    assert_int_equal(sh("printf 'continue\\nchoose 9\\n' > build/play-bad.txt"), 0);
    assert_int_equal(play("x", "--participant p --input build/play-bad.txt " SCENARIO), 1);
    assert_string_equal(err_text, "build/play-bad.txt:2:1: error: step \"ivr\" has no option 9\n");
    assert_int_equal(sh("printf 'choose 3\\nrate 12\\n' > build/play-bad.txt"), 0);
    assert_int_equal(play("x", "--participant p --from ivr --input build/play-bad.txt " SCENARIO),
                     1);
    assert_string_equal(err_text,
                        "build/play-bad.txt:2:1: error: rate 12 is outside the scale 1 to 9\n");
}

static void bad_flag_values_are_refused_before_anything_opens(void **state)
{
    (void)state;
    assert_int_equal(play("x", "--window 10x10 " SCENARIO), 1);
    assert_string_equal(err_text, "teaser: error: play: --window must be WIDTHxHEIGHT from "
                                  "640x360 to 7680x4320, not \"10x10\"\n");
    assert_int_equal(play("x", "--window 1280x720px " SCENARIO), 1);
    assert_string_equal(err_text, "teaser: error: play: --window must be WIDTHxHEIGHT from "
                                  "640x360 to 7680x4320, not \"1280x720px\"\n");
    assert_int_equal(play("x", "--from hodl " SCENARIO), 1);
    assert_string_equal(err_text, "teaser: error: play: --from: the scenario has no step "
                                  "\"hodl\" (did you mean \"hold\"?)\n");
    assert_int_equal(play("x", "--lang EN " SCENARIO), 1);
    assert_int_equal(play("x", "--participant p tests/data/cli-invalid.yaml"), 1);
    assert_int_equal(play("x", ""), 2);
}

/* --text-scale takes a decimal from 1.0 to 2.0, on play and debrief alike;
 * anything else is one line and exit 1 before a window opens, a missing
 * value a usage error. */
static void text_scale_is_a_number_from_one_to_two(void **state)
{
    (void)state;
    static const char *const bad[] = {"0.9",  "2.01", "3",    "abc", "1,5", "1.5x", "",
                                      "-1.5", "+1.5", "1..5", "nan", "1e0", ".5"};
    char want[160];
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char args[160];
        snprintf(args, sizeof args, "--text-scale '%s' " SCENARIO, bad[i]);
        assert_int_equal(play("x", args), 1);
        snprintf(want, sizeof want,
                 "teaser: error: play: --text-scale must be a number from 1.0 to 2.0, not \"%s\"\n",
                 bad[i]);
        assert_string_equal(err_text, want);
    }
    assert_int_equal(sh("%s debrief --headless --scenario " SCENARIO " --db build/play-x.sqlite "
                        "--text-scale 2.5 --high-contrast 2>build/play-test.err",
                        bin()),
                     1);
    assert_string_equal(err_text, "teaser: error: debrief: --text-scale must be a number from "
                                  "1.0 to 2.0, not \"2.5\"\n");
    assert_int_equal(play("x", SCENARIO " --text-scale"), 2);
    /* taken: these plays fail only for want of input */
    assert_int_equal(play("x", "--participant p --from thanks --text-scale 1.5 --high-contrast "
                               "--input /dev/null " SCENARIO),
                     1);
    assert_non_null(strstr(err_text, "the input ran out"));
    assert_int_equal(
        play("x", "--participant p --from thanks --text-scale 2.0 --input /dev/null " SCENARIO), 1);
    assert_null(strstr(err_text, "--text-scale must"));
}

static double differing(const char *a, const char *b);

/* The start screen's keys T, T and C play on exactly as --text-scale 1.5
 * --high-contrast do: every screen after the start is the same image. */
static void the_start_screens_keys_play_as_the_flags_do(void **state)
{
    (void)state;
    char dir[] = "build/play-look-XXXXXX";
    assert_non_null(mkdtemp(dir));
    assert_int_equal(sh("cat tests/data/script-start-screen-look.txt " SCRIPT " >%s/in.txt", dir),
                     0);
    assert_int_equal(sh("%s play --headless --db %s/keys.sqlite --screenshots %s/keys --input "
                        "%s/in.txt " SCENARIO " 2>build/play-test.err",
                        bin(), dir, dir, dir),
                     0);
    assert_int_equal(sh("%s play --headless --db %s/flags.sqlite --screenshots %s/flags "
                        "--participant p-17 --workshop 'Utrecht week 47' --text-scale 1.5 "
                        "--high-contrast --input " SCRIPT " " SCENARIO " 2>build/play-test.err",
                        bin(), dir, dir),
                     0);
    assert_int_equal(sh("cd %s && n=0 && for f in flags/*.png; do cmp -s $f keys/${f#flags/} || "
                        "exit 1; n=$((n+1)); done && test $n -ge 20 && test -f keys/00-start.png",
                        dir),
                     0);
    /* and so as the golden image of that look */
    char ivr[64];
    snprintf(ivr, sizeof ivr, "%s/keys/02-ivr.png", dir);
    assert_true(differing(ivr, "tests/golden/hc15-02-ivr.png") <= 0.005);
    shell("rm -rf %s", dir);
}

static void without_a_display_the_play_says_so(void **state)
{
    (void)state;
    int code = sh("env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER %s play --db "
                  "build/play-x.sqlite --participant p " SCENARIO " 2>build/play-test.err",
                  bin());
    assert_int_equal(code, 3);
    assert_non_null(strstr(err_text, "no display"));
}

/* ---- golden images ---- */

static bool read_png(const char *path, png_image *img, png_bytep *pixels)
{
    memset(img, 0, sizeof *img);
    img->version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(img, path))
        return false;
    img->format = PNG_FORMAT_RGB;
    *pixels = malloc(PNG_IMAGE_SIZE(*img));
    return *pixels && png_image_finish_read(img, NULL, *pixels, 0, NULL);
}

/* The share of pixels that differ by more than 24 in a channel. Small
 * differences come from font rasterising across FreeType versions. */
static double differing(const char *a, const char *b)
{
    png_image ia, ib;
    png_bytep pa = NULL, pb = NULL;
    if (!read_png(a, &ia, &pa) || !read_png(b, &ib, &pb) || ia.width != ib.width ||
        ia.height != ib.height) {
        free(pa), free(pb);
        return 1.0;
    }
    size_t n = (size_t)ia.width * ia.height, bad = 0;
    for (size_t i = 0; i < n; i++)
        for (int c = 0; c < 3; c++)
            if (abs(pa[3 * i + c] - pb[3 * i + c]) > 24) {
                bad++;
                break;
            }
    free(pa), free(pb);
    return (double)bad / (double)n;
}

/* How many of the screens (build/FOLDER/NAME.png) differ from their golden
 * images (tests/golden/PREFIXNAME.png), each named. */
static int unlike_golden(const char *const *screens, size_t n, const char *prefix)
{
    int failures = 0;
    for (size_t i = 0; i < n; i++) {
        char got[128], want[128];
        snprintf(got, sizeof got, "build/%s.png", screens[i]);
        snprintf(want, sizeof want, "tests/golden/%s%s.png", prefix, strchr(screens[i], '/') + 1);
        double d = differing(got, want);
        if (d > 0.005) {
            print_error("%s differs from %s in %.2f%% of its pixels (make golden "
                        "updates the images after a deliberate change)\n",
                        got, want, d * 100);
            failures++;
        }
    }
    return failures;
}

static void every_screen_type_matches_its_golden_image(void **state)
{
    (void)state;
    assert_int_equal(play("g", "--participant p-1 --input " SCRIPT " " SCENARIO), 0);
    assert_int_equal(play("gs", "--lang nl --input tests/data/script-start-screen.txt " SCENARIO),
                     1);
    static const char *const screens[] = {
        "play-g/01-intro",   "play-g/02-ivr",
        "play-g/03-hold",    "play-g/04-hold-rating",
        "play-g/05-billing", "play-g/07-move-form",
        "play-g/09-letter",  "play-g/22-looking-back-rating",
        "play-g/24-end",     "play-gs/00-start",
    };
    assert_int_equal(unlike_golden(screens, sizeof screens / sizeof *screens, ""), 0);
}

/* The group debrief: five people play, the projector shows the group; a
 * workshop below the privacy floor shows only that it is waiting. */
static char out_text[4096];

/* "teaser ARGS" with env before it; its standard output is kept in out_text,
 * its standard error in err_text. */
static int teaser(const char *env, const char *args)
{
    int code = sh("%s %s %s >build/play-test.out 2>build/play-test.err", env, bin(), args);
    read_text("build/play-test.out", out_text, sizeof out_text);
    return code;
}

/* A folder of the test's own (dir: a mkdtemp template), with the paths of a
 * store in it and of that store's recovery file. */
static void temp_store(char *dir, char db[64], char rec[80])
{
    assert_non_null(mkdtemp(dir));
    snprintf(db, 64, "%s/results.sqlite", dir);
    snprintf(rec, 80, "%s.recovery", db);
}

/* A participant whose ratings wait in a recovery file (the store was full
 * during their play) asks to be forgotten: forget finds them there, says so
 * and removes the file. A copy of that file that forget could not reach (on
 * another laptop, say) imported by a later play brings none of it back: the
 * store's tombstone leaves it out, and the play says so. */
static void forget_reaches_recovery_files_and_nothing_comes_back(void **state)
{
    (void)state;
    char dir[] = "build/play-forget-XXXXXX", db[64], rec[80], args[512];
    temp_store(dir, db, rec);
    snprintf(args, sizeof args,
             "play --headless --db %s --participant p-gone --input " SCRIPT " " SCENARIO, db);
    assert_int_equal(teaser("TEASER_FAULT_STORE_WRITES=12", args), 0);
    assert_int_equal(lines_starting(rec, "R\t"), 8);
    assert_int_equal(shell("cp %s %s/elsewhere.recovery", rec, dir), 0);

    snprintf(args, sizeof args, "forget --participant p-gone --db %s", db);
    assert_int_equal(teaser("", args), 0);
    char want[512];
    snprintf(want, sizeof want,
             "forgot participant \"p-gone\": 1 session, 1 rating and 10 events deleted\n"
             "forgot participant \"p-gone\": 1 session and 8 ratings removed from the recovery "
             "file %s (deleted: nothing else was in it)\n",
             rec);
    assert_string_equal(out_text, want);
    assert_int_equal(access(rec, F_OK), -1);

    assert_int_equal(shell("cp %s/elsewhere.recovery %s", dir, rec), 0);
    snprintf(args, sizeof args,
             "play --headless --db %s --participant p-next --input " SCRIPT " " SCENARIO, db);
    assert_int_equal(teaser("", args), 0);
    assert_non_null(strstr(err_text, "teaser: 8 ratings in a recovery file belonged to "
                                     "participants forgotten (teaser forget) after their session "
                                     "began; left out"));
    assert_int_equal(access(rec, F_OK), -1);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM sessions WHERE participant = 'p-gone'"), 0);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM ratings"), 9);
    /* the pseudonym may play again after being forgotten: that session is kept */
    snprintf(args, sizeof args,
             "play --headless --db %s --participant p-gone --input " SCRIPT " " SCENARIO, db);
    assert_int_equal(teaser("", args), 0);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM sessions WHERE participant = 'p-gone'"), 1);
    assert_int_equal(shell("rm -rf %s", dir), 0);
}

/* A store another program has locked when a play starts: the play waits
 * (TEASER_STORE_WAIT seconds, 10 by default), then plays on into the recovery
 * file with the warning, as when the store fails mid-play: a participant is
 * never stopped. forget, which must write, waits and stops with exit 3;
 * export, which only reads, goes on (a WAL store's readers are not blocked by
 * a writer). Once the lock is gone, the next play imports the ratings. */
static void a_store_locked_at_start_waits_then_plays_on_into_the_recovery_file(void **state)
{
    (void)state;
    char dir[] = "build/play-locked-XXXXXX", db[64], rec[80], args[512];
    temp_store(dir, db, rec);
    static const char tiny[] =
        "--input tests/data/script-store-tiny.txt tests/data/store-tiny.yaml";
    snprintf(args, sizeof args, "play --headless --db %s --participant p-1 %s", db, tiny);
    assert_int_equal(teaser("", args), 0);

    sqlite3 *other;
    assert_int_equal(sqlite3_open(db, &other), SQLITE_OK);
    assert_int_equal(sqlite3_exec(other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), SQLITE_OK);
    snprintf(args, sizeof args, "play --headless --db %s --participant p-2 %s", db, tiny);
    assert_int_equal(teaser("TEASER_STORE_WAIT=0.2", args), 0);
    char want[512];
    snprintf(want, sizeof want,
             "teaser: warning: the results store %s is locked by another program (waited 0.2 s); "
             "this session's ratings are kept in %s",
             db, rec);
    assert_non_null(strstr(err_text, want));
    assert_int_equal(lines_starting(rec, "R\t"), 1);
    snprintf(args, sizeof args, "forget --participant p-1 --db %s", db);
    assert_int_equal(teaser("TEASER_STORE_WAIT=0.2", args), 3);
    snprintf(want, sizeof want,
             "teaser: error: the results store %s is locked by another program (waited 0.2 s)\n",
             db);
    assert_string_equal(err_text, want);
    snprintf(args, sizeof args, "export --db %s", db);
    assert_int_equal(teaser("TEASER_STORE_WAIT=0.2", args), 0);
    assert_non_null(strstr(out_text, "p-1"));
    assert_int_equal(teaser("TEASER_STORE_WAIT=soon", args), 1);
    assert_string_equal(err_text, "teaser: error: TEASER_STORE_WAIT is a number of seconds from "
                                  "0.001 to 3600, not \"soon\"\n");

    sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(other);
    snprintf(args, sizeof args, "play --headless --db %s --participant p-3 %s", db, tiny);
    assert_int_equal(teaser("", args), 0);
    assert_int_equal(access(rec, F_OK), -1);
    assert_int_equal(sql_int(db, "SELECT count(*) FROM ratings r JOIN sessions s ON s.id = "
                                 "r.session WHERE s.participant IN ('p-1', 'p-2', 'p-3')"),
                     3);
    assert_int_equal(shell("rm -rf %s", dir), 0);
}

/* Starts "teaser play" headless on the tiny scenario into db as participant
 * p-K, its standard error into DIR/err-K; returns the child's pid. */
static pid_t start_tiny_play(const char *dir, const char *db, int k)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        char who[32], err[512];
        snprintf(who, sizeof who, "p-%d", k);
        snprintf(err, sizeof err, "%s/err-%d", dir, k);
        if (!freopen(err, "w", stderr) || !freopen("/dev/null", "w", stdout))
            _exit(99);
        execl(bin(), bin(), "play", "--headless", "--db", db, "--participant", who, "--input",
              "tests/data/script-store-tiny.txt", "tests/data/store-tiny.yaml", (char *)NULL);
        _exit(98);
    }
    return pid;
}

/* Ten plays start together on a store file that does not exist yet, fifty
 * times: every one exits 0 and every session and rating is stored. (Before the
 * version was read inside the transaction that creates the schema, most rounds
 * had a play exit 3: "table sessions already exists", "locked", "not a teaser
 * results store".) */
static void ten_plays_starting_together_on_a_new_store_all_succeed(void **state)
{
    (void)state;
    enum { ROUNDS = 50, PLAYS = 10 };
    char dir[] = "build/play-together-XXXXXX", db[64], rec[80];
    temp_store(dir, db, rec);
    for (int round = 0; round < ROUNDS; round++) {
        assert_int_equal(shell("rm -f %s %s-wal %s-shm", db, db, db), 0);
        pid_t pids[PLAYS];
        for (int k = 0; k < PLAYS; k++)
            pids[k] = start_tiny_play(dir, db, k);
        for (int k = 0; k < PLAYS; k++) {
            int status;
            assert_int_equal(waitpid(pids[k], &status, 0), pids[k]);
            if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
                shell("cat %s/err-%d >&2", dir, k);
                fail_msg("round %d: play %d exited %d", round, k,
                         WIFEXITED(status) ? WEXITSTATUS(status) : -1);
            }
        }
        assert_int_equal(sql_int(db, "SELECT count(*) FROM sessions WHERE finished IS NOT NULL"),
                         PLAYS);
        assert_int_equal(sql_int(db, "SELECT count(DISTINCT participant) FROM sessions"), PLAYS);
        assert_int_equal(sql_int(db, "SELECT count(*) FROM ratings WHERE valence = 5"), PLAYS);
    }
    assert_int_equal(shell("rm -rf %s", dir), 0);
}

/* High contrast and text one and a half times as large (--high-contrast
 * --text-scale 1.5): the start screen, a phone menu, a hand-off, a rating,
 * a form and a letter match their golden images. */
static void high_contrast_and_larger_text_match_their_golden_images(void **state)
{
    (void)state;
    assert_int_equal(play("hc", "--participant p-1 --high-contrast --text-scale 1.5 --input " SCRIPT
                                " " SCENARIO),
                     0);
    assert_int_equal(play("hcs", "--high-contrast --text-scale 1.5 --input "
                                 "tests/data/script-start-screen.txt " SCENARIO),
                     1);
    static const char *const screens[] = {"play-hcs/00-start",      "play-hc/02-ivr",
                                          "play-hc/04-hold-rating", "play-hc/05-billing",
                                          "play-hc/07-move-form",   "play-hc/09-letter"};
    assert_int_equal(unlike_golden(screens, sizeof screens / sizeof *screens, "hc15-"), 0);
}

static void the_group_debrief_draws_each_screen_once(void **state)
{
    (void)state;
    assert_int_equal(sh("rm -rf build/play-gd* && for i in 1 2 3 4 5; do %s play --headless "
                        "--participant p$i --workshop W --db build/play-gd.sqlite --input " SCRIPT
                        " " SCENARIO " || exit 1; done",
                        bin()),
                     0);
    assert_int_equal(sh("%s debrief --headless --scenario " SCENARIO " --workshop W --db "
                        "build/play-gd.sqlite --screenshots build/play-gd 2>build/play-test.err",
                        bin()),
                     0);
    assert_int_equal(sh("ls build/play-gd | tr '\\n' ' ' | grep -qx '00-overview.png "
                        "02-call-wait.png 03-transfer.png 04-move-form.png "
                        "05-confirmation-letter.png 06-first-debit.png 07-hold-again.png "
                        "08-meter-transfer.png 09-final-invoice.png 10-looking-back.png '"),
                     0);
    assert_int_equal(sh("%s debrief --headless --scenario " SCENARIO " --workshop nobody --db "
                        "build/play-gd.sqlite --screenshots build/play-gd-waiting",
                        bin()),
                     0);
    assert_int_equal(sh("ls build/play-gd-waiting | tr '\\n' ' ' | grep -qx '00-waiting.png '"), 0);
    /* play and debrief read --window alike: a capital X is a size, a unit after it is not */
    assert_int_equal(sh("%s debrief --headless --window 1280X720 --scenario " SCENARIO
                        " --workshop W --db build/play-gd.sqlite --screenshots build/play-gd-x",
                        bin()),
                     0);
    assert_int_equal(sh("%s debrief --headless --window 1280x720px --scenario " SCENARIO
                        " --workshop W --db build/play-gd.sqlite 2>build/play-test.err",
                        bin()),
                     1);
    assert_true(differing("build/play-gd/00-overview.png", "tests/golden/group-00-overview.png") <=
                0.005);
    assert_true(differing("build/play-gd/03-transfer.png", "tests/golden/group-03-transfer.png") <=
                0.005);
    assert_true(differing("build/play-gd-waiting/00-waiting.png",
                          "tests/golden/group-00-waiting.png") <= 0.005);
}

/* Five start, four close the window after the first rating: the projector
 * shows the one touchpoint five rated and says how many it does not show. */
static void the_group_debrief_says_how_many_moments_it_withholds(void **state)
{
    (void)state;
    assert_int_equal(sh("rm -rf build/play-gw* && awk '{print} /^rate 3 emotion annoyed/ "
                        "{print \"close\"; exit}' " SCRIPT " >build/play-gw-stop.txt"),
                     0);
    assert_int_equal(sh("for i in 1 2 3 4 5; do s=build/play-gw-stop.txt; [ $i = 1 ] && s=" SCRIPT
                        "; %s play --headless --participant p$i --workshop W --db "
                        "build/play-gw.sqlite --input $s " SCENARIO
                        " >/dev/null 2>&1 || exit 1; done",
                        bin()),
                     0);
    assert_int_equal(sh("%s debrief --headless --scenario " SCENARIO " --workshop W --db "
                        "build/play-gw.sqlite --screenshots build/play-gw 2>build/play-test.err",
                        bin()),
                     0);
    assert_int_equal(sh("ls build/play-gw | tr '\\n' ' ' | grep -qx '00-overview.png "
                        "02-call-wait.png '"),
                     0);
    assert_true(differing("build/play-gw/00-overview.png", "tests/golden/group-00-withheld.png") <=
                0.005);
}

/* ---- predictions ---- */

#define WATER        "scenarios/water-damage.yaml"
#define WATER_SCRIPT "tests/data/script-water-damage.txt"

/* Whether build/GOT.png matches tests/golden/WANT.png; says which does not. */
static bool matches(const char *got, const char *want)
{
    char a[128], b[128];
    snprintf(a, sizeof a, "build/%s.png", got);
    snprintf(b, sizeof b, "tests/golden/%s.png", want);
    double d = differing(a, b);
    if (d > 0.005)
        print_error("%s differs from %s in %.2f%% of its pixels (make golden updates the images "
                    "after a deliberate change)\n",
                    a, b, d * 100);
    return d <= 0.005;
}

/* water-damage predicts: nine predictions come first, stored as their own
 * kind, then the play; the prompt and the personal debrief's three lines
 * match their golden images in English and in Dutch. */
static void a_play_that_predicts_ends_on_three_lines_in_english_and_dutch(void **state)
{
    (void)state;
    assert_int_equal(play("wp", "--participant p-1 --input " WATER_SCRIPT " " WATER), 0);
    assert_int_equal(play("wpnl", "--lang nl --participant p-1 --input " WATER_SCRIPT " " WATER),
                     0);
    assert_int_equal(
        sql_int("build/play-wp.sqlite", "SELECT count(*) FROM ratings WHERE kind = 'predicted'"),
        9);
    assert_int_equal(sh("ls build/play-wp | grep -c '^00a-predict-' | grep -qx 9"), 0);
    int failures = !matches("play-wp/00a-predict-06-payment-letter", "predict-prompt") +
                   !matches("play-wpnl/00a-predict-06-payment-letter", "predict-prompt-nl") +
                   !matches("play-wp/23-end", "predict-end") +
                   !matches("play-wpnl/23-end", "predict-end-nl");
    assert_int_equal(failures, 0);
}

/* A facilitator's rehearsal from a later step asks no predictions: the first
 * screen is the step, the store has the one felt rating, the debrief two lines. */
static void a_play_from_a_later_step_predicts_nothing(void **state)
{
    (void)state;
    assert_int_equal(sh("printf 'rate 3 emotion worried\\ncontinue\\n' >build/play-wf.txt"), 0);
    assert_int_equal(
        play("wf", "--participant p-1 --from looking-back --input build/play-wf.txt " WATER), 0);
    assert_int_equal(sql_int("build/play-wf.sqlite", "SELECT count(*) FROM ratings"), 1);
    assert_int_equal(
        sql_int("build/play-wf.sqlite", "SELECT count(*) FROM ratings WHERE kind = 'predicted'"),
        0);
    assert_int_equal(sh("ls build/play-wf | grep -q predict"), 1);
}

/* A group's figures set by hand, as report.c computes them: felt (e),
 * customers (c), predicted (p) and the shift, per touchpoint of water-damage. */
static const char *const water_en[] = {"Claims line menu",
                                       "On hold for the claims desk",
                                       "Transferred to the loss adjuster",
                                       "Online damage form",
                                       "Claim decision letter",
                                       "Payment letter with underinsurance",
                                       "On hold about the payment",
                                       "Transferred to the claims handler",
                                       "The claim as a whole"};
static const char *const water_nl[] = {"Keuzemenu schadelijn",
                                       "In de wacht voor de schadebalie",
                                       "Doorverbonden met de schade-expert",
                                       "Online schadeformulier",
                                       "Brief met schadebesluit",
                                       "Uitkeringsbrief met onderverzekering",
                                       "In de wacht over de uitkering",
                                       "Doorverbonden met de schadebehandelaar",
                                       "De schadeclaim als geheel"};

/* A distribution for a figure set by hand: a quarter, a half and a quarter
 * on the whole values around mean. */
static void spread_around(double mean, double dist[REPORT_VALUES])
{
    int at = (int)lround(fmin(3, fmax(-3, mean))) + 4;
    for (int v = 0; v < REPORT_VALUES; v++)
        dist[v] = v == at ? 0.5 : abs(v - at) == 1 ? 0.25 : 0;
}
static void predicted_group(Report *r, ReportTouchpoint *tp, const char *const *labels)
{
    static const double e[] = {-1.2, -2.8, -2.6, -1.9, -1.5, -3.1, -2.9, -2.7, -2.2};
    static const double c[] = {-0.7, -2.1, -2.0, -1.0, -1.4, -2.3, -2.1, -1.9, -0.6};
    static const double p[] = {0.8, -0.4, -0.2, 0.9, 0.1, -0.9, -0.3, -0.2, 0.3};
    memset(r, 0, sizeof *r);
    *r = (Report){.scenario = "water-damage",
                  .workshop = "W",
                  .participants = 12,
                  .min_group = 5,
                  .tp = tp,
                  .n_tp = 9,
                  .sessions = 12};
    for (int i = 0; i < 9; i++) {
        double shift = fabs(p[i] - c[i]) - fabs(e[i] - c[i]);
        tp[i] = (ReportTouchpoint){.id = "tp", .label = labels[i], .people = 12};
        tp[i].e = (StatsSummary){12, e[i], 1.0};
        tp[i].c = (StatsSummary){300, c[i], 1.3};
        tp[i].welch = stats_welch(tp[i].e, tp[i].c, 0.95);
        tp[i].p = (StatsSummary){12, p[i], 1.1};
        tp[i].predicted = stats_welch(tp[i].p, tp[i].c, 0.95);
        tp[i].shift = (StatsSummary){12, shift, 0.9};
        tp[i].shift_ci = (StatsInterval){shift - 0.57, shift + 0.57};
        spread_around(e[i], tp[i].dist_e);
        spread_around(c[i], tp[i].dist_c);
    }
}

typedef struct {
    const Report *r;
    const char *lang;
    int focus;
} GroupScreen;

static void draw_group(void *ctx, Ui *ui)
{
    const GroupScreen *g = ctx;
    debrief_group_draw(g->r, ui, g->lang, g->focus);
}

/* The group debrief's screen as the projector shows it, into build/NAME.png. */
static void group_screen(const Report *r, const char *lang, int focus, const char *name)
{
    char err[256] = "", path[128];
    Platform *p = platform_open(&(PlatformConfig){1280, 720, false, true, "test"}, err, sizeof err);
    Ui *ui = p ? ui_create(platform_renderer(p), NULL, err, sizeof err) : NULL;
    if (!ui)
        print_error("%s\n", err);
    assert_non_null(ui);
    assert_true(ui_frame(ui, 1280, 720, draw_group, &(GroupScreen){r, lang, focus}));
    snprintf(path, sizeof path, "build/%s.png", name);
    assert_true(platform_screenshot(p, path, err, sizeof err));
    ui_destroy(ui);
    platform_close(p);
}

/* A group that predicted: the projector's chart has the third, dashed line,
 * and a touchpoint's panel says the predicted mean and the shift. */
static void the_group_debrief_shows_what_the_group_predicted(void **state)
{
    (void)state;
    Report r;
    ReportTouchpoint tp[9];
    assert_int_equal(sh("rm -rf build/play-gp && mkdir -p build/play-gp"), 0);
    predicted_group(&r, tp, water_en);
    group_screen(&r, "en", -1, "play-gp/overview");
    group_screen(&r, "en", 5, "play-gp/payment-letter");
    predicted_group(&r, tp, water_nl);
    group_screen(&r, "nl", 5, "play-gp/payment-letter-nl");
    int failures = !matches("play-gp/overview", "group-predicted-overview") +
                   !matches("play-gp/payment-letter", "group-predicted-06") +
                   !matches("play-gp/payment-letter-nl", "group-predicted-06-nl");
    assert_int_equal(failures, 0);
}

/* Pixels of colour c in the panel's left half, where the group's bars go. */
static int team_side_pixels(const char *name, Color c)
{
    char path[128];
    png_image img;
    png_bytep px = NULL;
    snprintf(path, sizeof path, "build/%s.png", name);
    assert_true(read_png(path, &img, &px));
    int n = 0;
    for (int y = 230; y < 560; y++)
        for (int x = 830; x < 998; x++) {
            const png_byte *q = px + ((size_t)y * img.width + (size_t)x) * 3;
            n += q[0] == c.r && q[1] == c.g && q[2] == c.b;
        }
    free(px);
    return n;
}

/* One touchpoint's panel draws the group's distribution beside the
 * customers'; where the floor withholds the group there, none of the
 * group's bars is drawn, only the customers'. */
static void a_withheld_touchpoint_shows_no_distribution_of_the_group(void **state)
{
    (void)state;
    Report r;
    ReportTouchpoint tp[9];
    const Color team = {38, 103, 128, 255}; /* the group's colour, COLOR_ACCENT */
    assert_int_equal(sh("rm -rf build/play-gx && mkdir -p build/play-gx"), 0);
    predicted_group(&r, tp, water_en);
    group_screen(&r, "en", 5, "play-gx/shown");
    assert_true(team_side_pixels("play-gx/shown", team) > 1000);
    tp[5].withheld = PRIVACY_FEW; /* its figures left in: the panel must not draw them */
    group_screen(&r, "en", 5, "play-gx/withheld");
    assert_int_equal(team_side_pixels("play-gx/withheld", team), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_shipped_scenario_plays_to_the_end_and_every_rating_is_stored),
        cmocka_unit_test(a_full_or_read_only_store_mid_play_loses_no_rating),
        cmocka_unit_test(without_an_audio_device_the_play_says_so_in_one_line),
        cmocka_unit_test(ten_plays_starting_together_on_a_new_store_all_succeed),
        cmocka_unit_test(forget_reaches_recovery_files_and_nothing_comes_back),
        cmocka_unit_test(a_store_locked_at_start_waits_then_plays_on_into_the_recovery_file),
        cmocka_unit_test(a_window_closed_mid_rating_leaves_the_session_unfinished_not_lost),
        cmocka_unit_test(keyboard_only_mouse_only_and_touch_only_all_play_to_the_end),
        cmocka_unit_test(every_branch_of_the_shipped_scenario_is_walked),
        cmocka_unit_test(every_shipped_scenario_is_played_down_every_branch),
        cmocka_unit_test(the_same_input_gives_byte_identical_screenshots),
        cmocka_unit_test(a_recorded_play_replays_to_the_same_result),
        cmocka_unit_test(the_start_screen_takes_a_pseudonym_and_a_workshop),
        cmocka_unit_test(input_that_does_not_fit_names_the_step_and_the_line),
        cmocka_unit_test(bad_flag_values_are_refused_before_anything_opens),
        cmocka_unit_test(text_scale_is_a_number_from_one_to_two),
        cmocka_unit_test(without_a_display_the_play_says_so),
        cmocka_unit_test(every_screen_type_matches_its_golden_image),
        cmocka_unit_test(high_contrast_and_larger_text_match_their_golden_images),
        cmocka_unit_test(the_start_screens_keys_play_as_the_flags_do),
        cmocka_unit_test(the_group_debrief_draws_each_screen_once),
        cmocka_unit_test(the_group_debrief_says_how_many_moments_it_withholds),
        cmocka_unit_test(a_play_that_predicts_ends_on_three_lines_in_english_and_dutch),
        cmocka_unit_test(a_play_from_a_later_step_predicts_nothing),
        cmocka_unit_test(the_group_debrief_shows_what_the_group_predicted),
        cmocka_unit_test(a_withheld_touchpoint_shows_no_distribution_of_the_group),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
