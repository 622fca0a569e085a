/* Sound: the synthesised hold music (a seamless loop, audible, in range,
 * the same every time) and the platform's looping voice, which plays the
 * music and WAV files and never fails a play for want of a sound card. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/view/platform.h"
#include "../engine/synth.h"

static void the_hold_music_is_an_audible_seamless_loop(void **state)
{
    (void)state;
    size_t n = synth_hold_music(NULL, 0);
    /* 16 bars of 3/4 (96 eighths, the upbeat included) of 230 ms at 22050 Hz */
    assert_int_equal(n, (size_t)96 * 230 * SYNTH_RATE / 1000);
    int16_t *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(synth_hold_music(a, n), n);
    synth_hold_music(b, n);
    assert_memory_equal(a, b, n * sizeof *a);
    double sum = 0;
    int peak = 0;
    for (size_t i = 0; i < n; i++) {
        sum += (double)a[i] * a[i];
        peak = abs(a[i]) > peak ? abs(a[i]) : peak;
    }
    assert_true(sqrt(sum / (double)n) > 500); /* audible */
    assert_true(peak < 32767);                /* never clipped */
    for (size_t i = 0; i < 32; i++) {         /* the loop point is quiet on both sides */
        assert_true(abs(a[i]) < 400);
        assert_true(abs(a[n - 1 - i]) < 400);
    }
    free(a);
    free(b);
}

static void a_short_buffer_gets_the_start_of_the_loop(void **state)
{
    (void)state;
    int16_t part[1000];
    assert_int_equal(synth_hold_music(part, 1000), synth_hold_music(NULL, 0));
}

/* A sine of hz at SYNTH_RATE through the phone line, its level after over
 * before (the second half: the filter has settled). */
static double line_gain(double hz)
{
    enum { N = SYNTH_RATE / 2 };
    static int16_t s[N];
    for (int i = 0; i < N; i++)
        s[i] = (int16_t)(10000 * sin(2 * M_PI * hz * i / SYNTH_RATE));
    PhoneLine line = {0};
    phone_line_filter(&line, s, N, SYNTH_RATE, true);
    double in = 0, out = 0;
    for (int i = N / 2; i < N; i++) {
        double x = 10000 * sin(2 * M_PI * hz * i / SYNTH_RATE);
        in += x * x;
        out += (double)s[i] * s[i];
    }
    return sqrt(out / in);
}

/* The voice on the phone keeps the band of speech and loses the rest, as a
 * telephone line does (the hold music goes through the same line). */
static void the_phone_line_keeps_300_to_3400_hz(void **state)
{
    (void)state;
    assert_true(line_gain(1000) > 0.85);
    assert_true(line_gain(100) < 0.4);
    assert_true(line_gain(8000) < 0.45);
    assert_true(line_gain(8000) < line_gain(3000));
}

static void sounds_play_or_stay_silent_but_never_fail_a_play(void **state)
{
    (void)state;
    char err[256];
    PlatformConfig cfg = {640, 360, false, true, "test"};
    Platform *p = platform_open(&cfg, err, sizeof err);
    assert_non_null(p);
    size_t n = synth_hold_music(NULL, 0);
    int16_t *music = malloc(n * sizeof *music);
    synth_hold_music(music, n);
    platform_loop(p, music, n, SYNTH_RATE);
    /* a voice over the loop: at once, then queued after it, then cut off */
    platform_say(p, music, 4000, SYNTH_RATE, false, false);
    platform_say(p, music + 4000, 4000, SYNTH_RATE, true, true);
    platform_say(p, music, 0, SYNTH_RATE, true, false);
    platform_stop_speech(p);
    platform_say(p, music, 4000, SYNTH_RATE, true, false);
    assert_true(platform_loop_wav(p, "assets/sounds/ringback.wav", err, sizeof err));
    assert_false(platform_loop_wav(p, "README.md", err, sizeof err));
    assert_non_null(strstr(err, "cannot play README.md"));
    platform_stop_sound(p);
    platform_close(p);
    free(music);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_hold_music_is_an_audible_seamless_loop),
        cmocka_unit_test(a_short_buffer_gets_the_start_of_the_loop),
        cmocka_unit_test(the_phone_line_keeps_300_to_3400_hz),
        cmocka_unit_test(sounds_play_or_stay_silent_but_never_fail_a_play),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
