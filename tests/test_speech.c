/* The speech synthesiser at the edge (engine/view/speech.c): espeak-ng says
 * a known sentence in English and in Dutch (audible, about as long as a
 * person takes, the same samples every time, each line made once), refuses
 * a voice it has not; and `teaser say`, which writes what a scenario's phone
 * says as a WAV file, and refuses bad input with the contract's exit codes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/view/speech.h"
#include "helpers.h"

static char dir[] = "/tmp/teaser-speech-XXXXXX";

static const char *bin(void)
{
    return getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser";
}

static double rms(const SpeechClip *c)
{
    double sum = 0;
    for (size_t i = 0; i < c->n; i++)
        sum += (double)c->samples[i] * c->samples[i];
    return c->n ? sqrt(sum / (double)c->n) : 0;
}

static void says_a_sentence(const char *text, const char *lang)
{
    char err[256];
    Speech *a = speech_create(), *b = speech_create();
    const SpeechClip *c = speech_say(a, text, lang, NULL, err, sizeof err);
    assert_non_null(c);
    assert_int_equal(c->rate, 22050);
    long ms = speech_clip_ms(c);
    assert_in_range(ms, 1500, 6000); /* eight words, at a speaking pace */
    assert_true(rms(c) > 300);       /* speech, not silence */
    /* the same line again is the same clip, not made twice */
    assert_ptr_equal(speech_say(a, text, lang, NULL, err, sizeof err), c);
    /* made anew after other lines, espeak-ng's voice has moved on a little
     * (its pitch flutter runs on from line to line): a few ms apart, which is
     * why each line is made once and a play makes them in its own order */
    const SpeechClip *d = speech_say(b, text, lang, NULL, err, sizeof err);
    assert_non_null(d);
    assert_in_range(speech_clip_ms(d), ms - 30, ms + 30);
    speech_destroy(a);
    speech_destroy(b);
}

static void english_is_said_audibly_and_the_same_every_time(void **state)
{
    (void)state;
    says_a_sentence("Your call is important to us, please hold.", "en");
}

static void dutch_is_said_audibly_and_the_same_every_time(void **state)
{
    (void)state;
    says_a_sentence("Uw gesprek is belangrijk voor ons, blijft u aan de lijn.", "nl");
}

static void a_voice_by_name_differs_and_an_unknown_one_is_refused(void **state)
{
    (void)state;
    char err[256] = "";
    Speech *s = speech_create();
    const SpeechClip *en = speech_say(s, "Moving house", "en", NULL, err, sizeof err);
    const SpeechClip *us = speech_say(s, "Moving house", "en", "en-us", err, sizeof err);
    assert_non_null(en);
    assert_non_null(us);
    assert_ptr_not_equal(en, us);
    assert_true(en->n != us->n || memcmp(en->samples, us->samples, en->n * 2) != 0);
    assert_null(speech_say(s, "Moving house", "en", "xx-nosuch", err, sizeof err));
    assert_string_equal(err, "espeak-ng has no voice \"xx-nosuch\"");
    /* the clock times a line by its samples, and an unsayable one as -1 */
    SpeechClock clock = speech_clock(s);
    assert_int_equal(clock.ms(clock.ctx, "Moving house", "en", NULL), speech_clip_ms(en));
    assert_int_equal(clock.ms(clock.ctx, "Moving house", "en", "xx-nosuch"), -1);
    assert_string_equal(speech_new_error(s), "espeak-ng has no voice \"xx-nosuch\"");
    assert_null(speech_new_error(s)); /* told once */
    speech_destroy(s);
}

/* The 44-byte header of a PCM WAV, read as a player would. */
static void assert_wav(const char *path, size_t *samples)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    unsigned char h[44];
    assert_int_equal(fread(h, 1, 44, f), 44);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fclose(f);
    uint32_t u32[11];
    for (int i = 0; i < 11; i++)
        u32[i] = (uint32_t)h[4 * i] | (uint32_t)h[4 * i + 1] << 8 | (uint32_t)h[4 * i + 2] << 16 |
                 (uint32_t)h[4 * i + 3] << 24;
    assert_memory_equal(h, "RIFF", 4);
    assert_memory_equal(h + 8, "WAVEfmt ", 8);
    assert_int_equal(u32[1], (uint32_t)size - 8);
    assert_int_equal(u32[4], 16);                 /* fmt chunk size */
    assert_int_equal(u32[5], 1 | (1u << 16));     /* PCM, mono */
    assert_int_equal(u32[6], 22050);              /* rate */
    assert_int_equal(u32[7], 44100);              /* bytes a second */
    assert_int_equal(u32[8], 2 | (16u << 16));    /* 2 bytes a frame, 16 bits */
    assert_memory_equal(h + 36, "data", 4);
    assert_int_equal(u32[10], (uint32_t)size - 44);
    *samples = u32[10] / 2;
}

static size_t said_samples(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    size_t n;
    assert_wav(path, &n);
    return n;
}

/* The menu of energy-move: its prompt and four options, each followed by
 * half a second (11025 samples) of silence; in Dutch other words, other
 * lengths; the whole scenario says more. */
static void say_writes_a_menu_as_a_wav_in_either_language(void **state)
{
    (void)state;
    assert_int_equal(shell("%s say --step ivr -o %s/en.wav scenarios/energy-move.yaml", bin(), dir),
                     0);
    assert_int_equal(
        shell("%s say --step ivr --lang nl -o %s/nl.wav scenarios/energy-move.yaml", bin(), dir), 0);
    assert_int_equal(shell("%s say -o %s/all.wav scenarios/energy-move.yaml", bin(), dir), 0);
    size_t en = said_samples("en.wav"), nl = said_samples("nl.wav"), all = said_samples("all.wav");
    assert_in_range(en, 22050 * 8, 22050 * 30); /* five lines, at a speaking pace */
    assert_in_range(nl, 22050 * 8, 22050 * 30);
    assert_true(en != nl);
    assert_true(all > en + nl / 2);
    /* said again, the same bytes */
    assert_int_equal(shell("%s say --step ivr -o %s/en2.wav scenarios/energy-move.yaml && "
                           "cmp -s %s/en.wav %s/en2.wav",
                           bin(), dir, dir, dir),
                     0);
}

static void say_refuses_bad_input_with_the_contracts_codes(void **state)
{
    (void)state;
    char err[4096];
    char path[300];
    snprintf(path, sizeof path, "%s/err", dir);
    /* no -o: usage */
    assert_int_equal(shell("%s say scenarios/energy-move.yaml 2>%s", bin(), path), 2);
    read_text(path, err, sizeof err);
    assert_non_null(strstr(err, "teaser: error: say: no output file given"));
    /* a step that is not there, or says nothing: invalid input, and no file */
    assert_int_equal(
        shell("%s say --step nosuch -o %s/x.wav scenarios/energy-move.yaml 2>%s", bin(), dir, path),
        1);
    read_text(path, err, sizeof err);
    assert_string_equal(err, "teaser: error: say: the scenario has no step \"nosuch\"\n");
    assert_int_equal(
        shell("%s say --step intro -o %s/x.wav scenarios/energy-move.yaml 2>%s", bin(), dir, path),
        1);
    read_text(path, err, sizeof err);
    assert_non_null(strstr(err, "the step says nothing"));
    assert_int_equal(shell("test -e %s/x.wav", dir), 1);
    /* a language the scenario has no text in */
    assert_int_equal(
        shell("%s say --lang fr -o %s/x.wav scenarios/energy-move.yaml 2>/dev/null", bin(), dir), 1);
    /* a voice espeak-ng does not have */
    snprintf(path, sizeof path, "%s/v.yaml", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("format: teaser/1\nid: v\ntitle: V\npersona: {name: Sam}\n"
          "touchpoints: [{id: t, label: T}]\n"
          "steps:\n  - {id: m, type: menu, touchpoint: t, prompt: Hi., voice: xx-nosuch,\n"
          "     options: [{key: \"1\", label: A}]}\n",
          f);
    fclose(f);
    assert_int_equal(shell("%s say -o %s/x.wav %s 2>%s/err", bin(), dir, path, dir), 1);
    snprintf(path, sizeof path, "%s/err", dir);
    read_text(path, err, sizeof err);
    assert_string_equal(err, "teaser: error: say: step \"m\": espeak-ng has no voice \"xx-nosuch\"\n");
    /* a folder where the file should be: environment */
    assert_int_equal(shell("%s say -o %s scenarios/energy-move.yaml 2>/dev/null", bin(), dir), 3);
}

/* Every event and rating of a store, as one text. */
static void store_text(const char *db_path, char *out, size_t size)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open(db_path, &db), SQLITE_OK);
    assert_int_equal(
        sqlite3_prepare_v2(db,
                           "SELECT (SELECT group_concat(step || ' ' || t_ms || ' ' || kind || ' ' || "
                           "coalesce(detail, ''), '|') FROM events) || '#' || (SELECT "
                           "group_concat(valence || ' ' || onset_ms || ' ' || response_ms, '|') "
                           "FROM ratings)",
                           -1, &st, NULL),
        SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    snprintf(out, size, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
}

/* A headless play with --read-aloud says every screen (and plays nothing),
 * stores exactly what a play without it stores, and repeats itself byte for
 * byte, screenshots included. */
static void reading_aloud_changes_nothing_stored_and_repeats_exactly(void **state)
{
    (void)state;
    static const char *const runs[] = {"plain", "aloud1", "aloud2"};
    for (int i = 0; i < 3; i++)
        assert_int_equal(shell("%s play --headless %s --participant p --db %s/%s.sqlite "
                               "--screenshots %s/%s --input tests/data/script-energy-move-branches.txt "
                               "scenarios/energy-move.yaml",
                               bin(), i ? "--read-aloud" : "", dir, runs[i], dir, runs[i]),
                         0);
    static char a[65536], b[65536], c[65536];
    char path[300];
    snprintf(path, sizeof path, "%s/plain.sqlite", dir);
    store_text(path, a, sizeof a);
    snprintf(path, sizeof path, "%s/aloud1.sqlite", dir);
    store_text(path, b, sizeof b);
    snprintf(path, sizeof path, "%s/aloud2.sqlite", dir);
    store_text(path, c, sizeof c);
    assert_true(strlen(a) > 1000);
    assert_string_equal(b, a);
    assert_string_equal(c, a);
    assert_int_equal(shell("diff -r %s/plain %s/aloud1 >/dev/null && diff -r %s/aloud1 %s/aloud2",
                           dir, dir, dir, dir),
                     0);
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
        cmocka_unit_test(english_is_said_audibly_and_the_same_every_time),
        cmocka_unit_test(dutch_is_said_audibly_and_the_same_every_time),
        cmocka_unit_test(a_voice_by_name_differs_and_an_unknown_one_is_refused),
        cmocka_unit_test(say_writes_a_menu_as_a_wav_in_either_language),
        cmocka_unit_test(say_refuses_bad_input_with_the_contracts_codes),
        cmocka_unit_test(reading_aloud_changes_nothing_stored_and_repeats_exactly),
    };
    return cmocka_run_group_tests(tests, make_dir, remove_dir);
}
