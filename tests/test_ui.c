/* The SDL edge, headless: text layout that is the same when measuring and
 * drawing, the texture cache, hit regions on the scaled canvas, screenshots
 * that are byte-identical, SDL events turned into input, and key names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <SDL.h>
#include <math.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../engine/input.h"
#include "../engine/paths.h"
#include "../engine/player.h"
#include "../engine/steps/steps.h"
#include "../engine/view/platform.h"
#include "../engine/view/player_view.h"
#include "../engine/view/ui.h"

static const char paragraph[] =
    "Sanne is geërgerd, één keer te veel: het café belde terug, maar de medewerker wist van "
    "niets. Zij moest haar klantnummer opnieuw opgeven, en daarna nog eens, want de lijn "
    "werd verbroken toen zij eindelijk aan de beurt was.";

static const TextStyle body = {FONT_SANS, 24, {31, 41, 51, 255}, ALIGN_LEFT, 0};

static char tmp_dir[64];

static int make_tmp_dir(void **state)
{
    (void)state;
    snprintf(tmp_dir, sizeof tmp_dir, "build/tmp-ui-XXXXXX");
    return mkdtemp(tmp_dir) ? 0 : -1;
}

static int remove_tmp_dir(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_dir);
    return system(cmd) == 0 ? 0 : -1;
}

static Platform *open_headless(int w, int h)
{
    char err[256] = "";
    PlatformConfig cfg = {w, h, false, true, "test"};
    Platform *p = platform_open(&cfg, err, sizeof err);
    if (!p)
        print_error("%s\n", err);
    assert_non_null(p);
    return p;
}

static Ui *open_ui(Platform *p)
{
    char err[256] = "";
    Ui *ui = p ? ui_create(platform_renderer(p), NULL, err, sizeof err)
               : ui_create_measure(NULL, err, sizeof err);
    if (!ui)
        print_error("%s\n", err);
    assert_non_null(ui);
    return ui;
}

static void begin(Ui *ui, Platform *p)
{
    int w, h;
    platform_size(p, &w, &h);
    ui_begin_frame(ui, w, h);
}

/* A fixed frame: a few rectangles, shapes and a line of text. */
static void fixed_frame(Ui *ui, Platform *p)
{
    begin(ui, p);
    ui_clear(ui, (Color){242, 239, 233, 255});
    ui_fill(ui, (Rect){100, 100, 200, 50}, (Color){38, 103, 128, 255});
    ui_round_rect(ui, (Rect){400, 100, 300, 200}, 20, (Color){255, 255, 255, 255});
    ui_outline(ui, (Rect){400, 100, 300, 200}, 20, 3, (Color){210, 205, 196, 255});
    ui_circle(ui, 900, 200, 60, (Color){246, 226, 190, 255});
    ui_ring(ui, 900, 200, 60, 3, (Color){31, 41, 51, 255});
    ui_arc(ui, 900, 190, 35, 0.4f, 2.7f, 4, (Color){31, 41, 51, 255});
    ui_line(ui, 100, 400, 1100, 420, 2, (Color){168, 58, 40, 255});
    ui_text(ui, (Rect){100, 500, 1000, 40}, "Hoe zou jij je nu voelen, als Sanne?", &body);
    ui_end_frame(ui);
}

static size_t read_file(const char *path, unsigned char *buf, size_t size)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    size_t n = fread(buf, 1, size, f);
    fclose(f);
    return n;
}

static uint32_t be32(const unsigned char *b)
{
    return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

/* ---- layout ---- */

static void a_paragraph_wraps_to_more_lines_at_a_narrower_width(void **state)
{
    (void)state;
    Ui *ui = open_ui(NULL);
    float line = 24 * 1.3f;
    float wide = ui_text_height(ui, 1000, paragraph, &body);
    float narrow = ui_text_height(ui, 300, paragraph, &body);
    assert_true(wide >= 2 * line - 0.01f);
    assert_true(narrow >= wide + 2 * line - 0.01f);
    int wide_lines = (int)(wide / line + 0.5f), narrow_lines = (int)(narrow / line + 0.5f);
    assert_float_equal(wide, wide_lines * line, 0.01);
    assert_float_equal(narrow, narrow_lines * line, 0.01);
    assert_float_equal(ui_text_height(ui, 100000, paragraph, &body), line, 0.01);
    ui_destroy(ui);
}

/* The text scale (--text-scale) makes every text that much larger, in
 * height and width, so that it wraps to more lines; it keeps to 1.0-2.0. */
static void the_text_scale_makes_every_text_that_much_larger(void **state)
{
    (void)state;
    Ui *ui = open_ui(NULL);
    float line = 24 * 1.3f, width = ui_text_width(ui, "Customer service", &body);
    int lines = (int)(ui_text_height(ui, 600, paragraph, &body) / line + 0.5f);
    ui_set_text_scale(ui, 1.5f);
    assert_float_equal(ui_text_scale(ui), 1.5, 1e-6);
    assert_float_equal(ui_text_height(ui, 100000, "one", &body), 1.5f * line, 0.01);
    assert_float_equal(ui_text_width(ui, "Customer service", &body), 1.5f * width, 0.02 * width);
    assert_true(ui_text_height(ui, 600, paragraph, &body) / (1.5f * line) > (float)lines + 0.5f);
    ui_set_text_scale(ui, 3);
    assert_float_equal(ui_text_scale(ui), UI_TEXT_SCALE_MAX, 1e-6);
    ui_set_text_scale(ui, 0.5f);
    assert_float_equal(ui_text_height(ui, 100000, "one", &body), line, 0.01);
    ui_destroy(ui);
}

static void newlines_start_lines_and_a_final_newline_adds_none(void **state)
{
    (void)state;
    Ui *ui = open_ui(NULL);
    float line = 24 * 1.3f;
    assert_float_equal(ui_text_height(ui, 800, "", &body), 0, 0.01);
    assert_float_equal(ui_text_height(ui, 800, "one", &body), line, 0.01);
    assert_float_equal(ui_text_height(ui, 800, "one\n", &body), line, 0.01);
    assert_float_equal(ui_text_height(ui, 800, "one\ntwo", &body), 2 * line, 0.01);
    assert_float_equal(ui_text_height(ui, 800, "one\n\ntwo", &body), 3 * line, 0.01);
    assert_float_equal(ui_text_height(ui, 800, "\n", &body), line, 0.01);
    TextStyle spaced = body;
    spaced.line_height = 2;
    assert_float_equal(ui_text_height(ui, 800, "one\ntwo", &spaced), 4 * 24, 0.01);
    ui_destroy(ui);
}

static void a_word_wider_than_the_box_is_broken_between_characters(void **state)
{
    (void)state;
    Ui *ui = open_ui(NULL);
    char word[2 * 60 + 1] = "";
    for (int i = 0; i < 60; i++)
        strcat(word, "é");
    float line = 24 * 1.3f, width = ui_text_width(ui, word, &body);
    assert_true(width > 400);
    float h = ui_text_height(ui, 100, word, &body);
    /* Every line but the last is full, and none holds more than fits. */
    assert_true(h >= line * (int)(width / 100));
    assert_true(h <= line * (int)(width / 100 + 3));
    assert_float_equal(ui_text_width(ui, "é", &body), ui_text_width(ui, "éé", &body) / 2, 0.5);
    ui_destroy(ui);
}

/* A name in a narrow place ("Klantenservice" on the phone at 150%) is set
 * smaller until its longest word fits, not broken inside it; what fits
 * already keeps its size, and the size stops at the least given. */
static void a_name_is_set_smaller_rather_than_broken_inside_a_word(void **state)
{
    (void)state;
    Ui *ui = open_ui(NULL);
    ui_set_text_scale(ui, 1.5f);
    TextStyle big = (TextStyle){FONT_SANS_BOLD, 28, {31, 41, 51, 255}, ALIGN_CENTER, 0};
    assert_true(ui_text_width(ui, "Klantenservice", &big) > 290);
    ui_fit_words(ui, "Bellen met Klantenservice", 290, &big, 14);
    assert_true(big.size < 28);
    assert_true(ui_text_width(ui, "Klantenservice", &big) <= 290);
    TextStyle fits = (TextStyle){FONT_SANS_BOLD, 28, {31, 41, 51, 255}, ALIGN_CENTER, 0};
    ui_fit_words(ui, "Energie BV", 290, &fits, 14);
    assert_float_equal(fits.size, 28, 0);
    TextStyle least = (TextStyle){FONT_SANS_BOLD, 28, {31, 41, 51, 255}, ALIGN_CENTER, 0};
    ui_fit_words(ui, "Klantenservice", 10, &least, 14);
    assert_float_equal(least.size, 14, 0);
    ui_destroy(ui);
}

static void a_measuring_ui_gives_the_same_heights_as_a_drawing_ui(void **state)
{
    (void)state;
    static const char *const texts[] = {paragraph, "kort", "", "a\nb\n\nc",
                                        "een_heel_lang_woord_zonder_spaties_ééé_dat_breekt"};
    static const float widths[] = {120, 333, 640, 1000};
    Ui *measure = open_ui(NULL);
    Platform *small = open_headless(1280, 720), *big = open_headless(1920, 1080);
    Ui *ui_small = open_ui(small), *ui_big = open_ui(big);
    begin(ui_small, small);
    begin(ui_big, big);
    for (FontFace f = 0; f < FONT_COUNT; f++)
        for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
            for (size_t w = 0; w < sizeof widths / sizeof *widths; w++) {
                TextStyle st = {f, 18 + 5 * (float)w, {0, 0, 0, 255}, ALIGN_LEFT, 0};
                Rect box = {40, 40, widths[w], 600};
                float h = ui_text_height(measure, widths[w], texts[t], &st);
                assert_float_equal(ui_text(measure, box, texts[t], &st), h, 0.001);
                assert_float_equal(ui_text(ui_small, box, texts[t], &st), h, 0.001);
                assert_float_equal(ui_text(ui_big, box, texts[t], &st), h, 0.001);
                assert_float_equal(ui_text_width(ui_big, texts[t], &st),
                                   ui_text_width(measure, texts[t], &st), 0.001);
            }
    ui_end_frame(ui_small);
    ui_end_frame(ui_big);
    ui_destroy(ui_big);
    ui_destroy(ui_small);
    ui_destroy(measure);
    platform_close(big);
    platform_close(small);
}

static void empty_null_and_invalid_utf8_text_do_not_crash(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "",          "\xff\xfe\xfd",      "caf\xc3",      "\xc3",      "\x80\x80\x80\x80\x80",
        "a\xe2\x82", "\xf4\x90\x80\x80x", "\xed\xa0\x80", "  \n \n  ", "\n\n\n",
    };
    Platform *p = open_headless(640, 360);
    Ui *ui = open_ui(p);
    Ui *measure = open_ui(NULL);
    begin(ui, p);
    ui_text(ui, (Rect){10, 10, 300, 100}, NULL, &body);
    assert_float_equal(ui_text_height(ui, 300, NULL, &body), 0, 0);
    assert_float_equal(ui_text_width(ui, NULL, &body), 0, 0);
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        float h = ui_text(ui, (Rect){10, 10, 300, 100}, bad[i], &body);
        assert_float_equal(h, ui_text_height(measure, 300, bad[i], &body), 0.001);
        ui_text(ui, (Rect){10, 10, 0, 0}, bad[i], &body);
        ui_text(ui, (Rect){10, 10, 1, 1}, bad[i], &body);
        ui_text_width(ui, bad[i], &body);
    }
    ui_fill(ui, (Rect){0, 0, 0, 0}, (Color){0, 0, 0, 255});
    ui_round_rect(ui, (Rect){5, 5, -3, 10}, 8, (Color){0, 0, 0, 255});
    ui_outline(ui, (Rect){5, 5, 4, 4}, 100, 50, (Color){0, 0, 0, 255});
    ui_circle(ui, 10, 10, 0, (Color){0, 0, 0, 255});
    ui_ring(ui, 10, 10, 5, 50, (Color){0, 0, 0, 255});
    ui_line(ui, 10, 10, 10, 10, 3, (Color){0, 0, 0, 255});
    ui_arc(ui, 10, 10, 5, 0, 100, 2, (Color){0, 0, 0, 255});
    ui_end_frame(ui);
    ui_destroy(measure);
    ui_destroy(ui);
    platform_close(p);
}

static void huge_text_is_laid_out_and_drawn_in_reasonable_time(void **state)
{
    (void)state;
    enum { N = 300 * 1000 };
    char *words = malloc(N + 1), *word = malloc(N + 1);
    assert_non_null(words);
    assert_non_null(word);
    for (size_t i = 0; i < N; i++) {
        words[i] = i % 7 == 6 ? ' ' : (char)('a' + i % 26);
        word[i] = i % 2 ? (char)0xa9 : (char)0xc3; /* "é" over and over */
    }
    words[N] = word[N] = '\0';
    Platform *p = open_headless(640, 360);
    Ui *ui = open_ui(p);
    int64_t t0 = platform_now_ms();
    begin(ui, p);
    float h1 = ui_text(ui, (Rect){0, 0, 1280, 720}, words, &body);
    float h2 = ui_text(ui, (Rect){0, 0, 1280, 720}, word, &body);
    ui_end_frame(ui);
    assert_true(h1 > 100 * 24);
    assert_true(h2 > 100 * 24);
    assert_true(platform_now_ms() - t0 < 60 * 1000);
    ui_destroy(ui);
    platform_close(p);
    free(words);
    free(word);
}

/* ---- the texture cache ---- */

static void the_same_frame_drawn_twice_renders_no_new_textures(void **state)
{
    (void)state;
    Platform *p = open_headless(1280, 720);
    Ui *ui = open_ui(p);
    begin(ui, p);
    ui_text(ui, (Rect){100, 100, 500, 400}, paragraph, &body);
    ui_end_frame(ui);
    fixed_frame(ui, p);
    long first = ui_renders(ui);
    assert_true(first > 3);
    fixed_frame(ui, p);
    begin(ui, p);
    ui_text(ui, (Rect){100, 100, 500, 400}, paragraph, &body);
    ui_end_frame(ui);
    assert_int_equal(ui_renders(ui), first);
    ui_destroy(ui);
    platform_close(p);
}

/* A frame for ui_frame: the fixed frame's content with one word that varies. */
static void varying_frame(void *word, Ui *ui)
{
    ui_clear(ui, (Color){242, 239, 233, 255});
    ui_round_rect(ui, (Rect){400, 100, 300, 200}, 20, (Color){255, 255, 255, 255});
    ui_text(ui, (Rect){100, 500, 1000, 40}, word, &body);
}

static void an_unchanged_frame_is_not_drawn_again_and_the_pixels_stay(void **state)
{
    (void)state;
    Platform *p = open_headless(1280, 720);
    Ui *ui = open_ui(p);
    char word[16] = "Sanne";
    assert_true(ui_frame(ui, 1280, 720, varying_frame, word));
    long renders = ui_renders(ui);
    assert_false(ui_frame(ui, 1280, 720, varying_frame, word)); /* the same calls */
    assert_int_equal(ui_renders(ui), renders);                  /* and no text drawn */
    char path[128], err[256] = "";
    snprintf(path, sizeof path, "%s/kept.png", tmp_dir);
    assert_true(platform_screenshot(p, path, err, sizeof err)); /* what is on screen */
    static unsigned char kept[1 << 18], fresh[1 << 18];
    size_t n = read_file(path, kept, sizeof kept);
    strcpy(word, "Fatima"); /* one word differs: drawn */
    assert_true(ui_frame(ui, 1280, 720, varying_frame, word));
    strcpy(word, "Sanne");
    assert_true(ui_frame(ui, 1280, 720, varying_frame, word));
    assert_true(platform_screenshot(p, path, err, sizeof err));
    assert_int_equal(read_file(path, fresh, sizeof fresh), n);
    assert_memory_equal(kept, fresh, n);                       /* the kept frame was the frame */
    assert_true(ui_frame(ui, 1024, 768, varying_frame, word)); /* another size */
    ui_forget_frame(ui);                                       /* pixels lost */
    assert_true(ui_frame(ui, 1024, 768, varying_frame, word));
    assert_false(ui_frame(ui, 1024, 768, varying_frame, word));
    ui_destroy(ui);
    platform_close(p);
}

static void a_text_unused_for_many_frames_is_rendered_again(void **state)
{
    (void)state;
    Platform *p = open_headless(1280, 720);
    Ui *ui = open_ui(p);
    for (int frame = 0; frame < 200; frame++) {
        begin(ui, p);
        if (frame == 0 || frame == 50 || frame == 199)
            ui_text(ui, (Rect){0, 0, 400, 40}, "Verder", &body);
        ui_end_frame(ui);
    }
    assert_int_equal(ui_renders(ui), 2); /* kept over 50 frames, evicted over 149 */
    ui_destroy(ui);
    platform_close(p);
}

/* ---- hit regions ---- */

static void a_region_is_hit_where_it_is_drawn_in_a_1920x1080_window(void **state)
{
    (void)state;
    Platform *p = open_headless(1920, 1080);
    Ui *ui = open_ui(p);
    Action a;
    int arg;
    begin(ui, p);
    ui_region(ui, (Rect){100, 100, 200, 50}, ACT_CHOOSE, 3);
    assert_false(ui_hit(ui, 225, 180, &a, &arg)); /* the frame is not complete yet */
    ui_end_frame(ui);
    assert_true(ui_hit(ui, (int)(150 * 1.5), (int)(120 * 1.5), &a, &arg));
    assert_int_equal(a, ACT_CHOOSE);
    assert_int_equal(arg, 3);
    assert_true(ui_hit(ui, 150, 150, &a, &arg));
    assert_true(ui_hit(ui, 449, 224, &a, &arg));
    assert_false(ui_hit(ui, 149, 180, &a, &arg));
    assert_false(ui_hit(ui, 450, 180, &a, &arg));
    assert_false(ui_hit(ui, 225, 225, &a, &arg));
    assert_false(ui_hit(ui, 150, 120, &a, &arg)); /* where it would be unscaled */
    assert_int_equal(a, ACT_NONE);
    ui_destroy(ui);
    platform_close(p);
}

static void a_4_3_window_centres_the_canvas_and_hits_account_for_it(void **state)
{
    (void)state;
    Platform *p = open_headless(1024, 768);
    Ui *ui = open_ui(p);
    Action a;
    int arg;
    begin(ui, p);
    ui_region(ui, (Rect){100, 100, 200, 50}, ACT_CONFIRM, 0);
    ui_region(ui, (Rect){150, 100, 50, 50}, ACT_VALENCE, 7); /* on top */
    ui_end_frame(ui);
    /* scale 0.8, canvas 1024 x 576, 96 pixels of band above and below */
    assert_true(ui_hit(ui, 100, 96 + 100, &a, &arg));
    assert_int_equal(a, ACT_CONFIRM);
    assert_true(ui_hit(ui, 140, 96 + 100, &a, &arg));
    assert_int_equal(a, ACT_VALENCE);
    assert_int_equal(arg, 7);
    assert_false(ui_hit(ui, 100, 100, &a, &arg)); /* the region's place without the band */
    assert_false(ui_hit(ui, 100, 96 + 79, &a, &arg));
    assert_true(ui_hit(ui, 100, 96 + 80, &a, &arg));
    ui_destroy(ui);
    platform_close(p);
}

static void the_previous_frame_answers_hits_while_the_next_is_drawn(void **state)
{
    (void)state;
    Ui *ui = open_ui(NULL);
    Action a;
    int arg;
    ui_begin_frame(ui, 1280, 720);
    ui_region(ui, (Rect){0, 0, 100, 100}, ACT_HANGUP, 0);
    ui_end_frame(ui);
    ui_begin_frame(ui, 1280, 720);
    ui_region(ui, (Rect){0, 0, 100, 100}, ACT_CONTINUE, 0);
    assert_true(ui_hit(ui, 50, 50, &a, &arg));
    assert_int_equal(a, ACT_HANGUP);
    ui_end_frame(ui);
    assert_true(ui_hit(ui, 50, 50, &a, &arg));
    assert_int_equal(a, ACT_CONTINUE);
    ui_destroy(ui);
}

/* ---- pixels and screenshots ---- */

static void a_fixed_frame_gives_the_same_png_bytes_in_two_instances(void **state)
{
    (void)state;
    static unsigned char a[1 << 20], b[1 << 20];
    char path[2][128], err[256] = "";
    for (int i = 0; i < 2; i++) {
        Platform *p = open_headless(1280, 720);
        Ui *ui = open_ui(p);
        fixed_frame(ui, p);
        snprintf(path[i], sizeof path[i], "%s/fixed-%d.png", tmp_dir, i);
        assert_true(platform_screenshot(p, path[i], err, sizeof err));
        ui_destroy(ui);
        platform_close(p);
    }
    size_t na = read_file(path[0], a, sizeof a), nb = read_file(path[1], b, sizeof b);
    assert_true(na > 1000 && na < sizeof a);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na);
}

static void a_written_png_has_the_signature_and_the_frame_size(void **state)
{
    (void)state;
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    unsigned char head[32];
    char path[128], err[256] = "";
    Platform *p = open_headless(1024, 768);
    Ui *ui = open_ui(p);
    fixed_frame(ui, p);
    snprintf(path, sizeof path, "%s/shot.png", tmp_dir);
    assert_true(platform_screenshot(p, path, err, sizeof err));
    assert_int_equal(read_file(path, head, sizeof head), sizeof head);
    assert_memory_equal(head, sig, 8);
    assert_memory_equal(head + 12, "IHDR", 4);
    assert_int_equal(be32(head + 16), 1024);
    assert_int_equal(be32(head + 20), 768);
    assert_int_equal(head[24], 8); /* bit depth */
    assert_int_equal(head[25], 2); /* RGB */
    assert_int_equal(head[28], 0); /* not interlaced */
    ui_destroy(ui);
    platform_close(p);
}

static void read_pixel(const unsigned char *rgb, int w, int x, int y, unsigned char out[3])
{
    memcpy(out, rgb + ((size_t)y * (size_t)w + (size_t)x) * 3, 3);
}

/* The window's pixels as RGB, through a screenshot into the test's folder. */
static unsigned char *screenshot_rgb(Platform *p, const char *name)
{
    char path[128], err[256] = "";
    snprintf(path, sizeof path, "%s/%s", tmp_dir, name);
    assert_true(platform_screenshot(p, path, err, sizeof err));
    png_image im = {.version = PNG_IMAGE_VERSION};
    assert_true(png_image_begin_read_from_file(&im, path));
    im.format = PNG_FORMAT_RGB;
    unsigned char *rgb = malloc(PNG_IMAGE_SIZE(im));
    assert_non_null(rgb);
    assert_true(png_image_finish_read(&im, NULL, rgb, 0, NULL));
    return rgb;
}

static void a_fill_lands_scaled_and_the_bands_keep_the_clear_colour(void **state)
{
    (void)state;
    Platform *p = open_headless(1024, 768);
    Ui *ui = open_ui(p);
    fixed_frame(ui, p);
    unsigned char *rgb = screenshot_rgb(p, "bands.png"), px[3];
    read_pixel(rgb, 1024, 3, 3, px); /* the band above the canvas */
    assert_memory_equal(px, ((unsigned char[]){242, 239, 233}), 3);
    read_pixel(rgb, 1024, 1020, 765, px); /* the band below */
    assert_memory_equal(px, ((unsigned char[]){242, 239, 233}), 3);
    read_pixel(rgb, 1024, 160, 96 + 100, px); /* canvas (200, 125): the fill */
    assert_memory_equal(px, ((unsigned char[]){38, 103, 128}), 3);
    read_pixel(rgb, 1024, 160, 100, px); /* where the fill would be without the band */
    assert_memory_equal(px, ((unsigned char[]){242, 239, 233}), 3);
    free(rgb);
    ui_destroy(ui);
    platform_close(p);
}

/* The faces' eyes came out square at 1080p: a small disc must cover about
 * pi r^2 pixels, not the 4 r^2 of its square, at every window size. */
static void a_small_circle_is_round_at_every_window_size(void **state)
{
    (void)state;
    const int sizes[][2] = {{640, 360}, {1280, 720}, {1920, 1080}};
    for (int k = 0; k < 3; k++) {
        int w = sizes[k][0], h = sizes[k][1];
        Platform *p = open_headless(w, h);
        Ui *ui = open_ui(p);
        begin(ui, p);
        ui_clear(ui, (Color){255, 255, 255, 255});
        ui_circle(ui, 640, 360, 5, (Color){0, 0, 0, 255});
        ui_end_frame(ui);
        unsigned char *rgb = screenshot_rgb(p, "disc.png"), px[3];
        double r = 5.0 * w / 1280, inked = 0;
        for (int y = h / 2 - 20; y < h / 2 + 20; y++)
            for (int x = w / 2 - 20; x < w / 2 + 20; x++) {
                read_pixel(rgb, w, x, y, px);
                inked += px[0] < 128;
            }
        double round = M_PI * r * r;
        assert_true(fabs(inked - round) < 0.15 * round + 2);
        /* the corners of the square around it stay white */
        int c = (int)lround(r * 0.8);
        read_pixel(rgb, w, w / 2 + c, h / 2 + c, px);
        assert_true(px[0] > 128);
        read_pixel(rgb, w, w / 2 - c - 1, h / 2 - c - 1, px);
        assert_true(px[0] > 128);
        free(rgb);
        ui_destroy(ui);
        platform_close(p);
    }
}

static void a_screenshot_that_cannot_be_written_fails_and_leaves_no_file(void **state)
{
    (void)state;
    char path[128], err[256] = "";
    Platform *p = open_headless(320, 180);
    Ui *ui = open_ui(p);
    fixed_frame(ui, p);
    snprintf(path, sizeof path, "%s/no-such-folder/shot.png", tmp_dir);
    assert_false(platform_screenshot(p, path, err, sizeof err));
    assert_non_null(strstr(err, "no-such-folder/shot.png"));
    snprintf(path, sizeof path, "%s/no-such-folder", tmp_dir);
    assert_int_not_equal(access(path, F_OK), 0);
    ui_destroy(ui);
    platform_close(p);
}

/* ---- SDL events to input ---- */

static void push_key(SDL_Keycode sym, Uint16 mod)
{
    SDL_Event e = {.type = SDL_KEYDOWN};
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = sym;
    e.key.keysym.mod = mod;
    assert_true(SDL_PushEvent(&e) >= 0);
}

/* SDL ends each polling round at a sentinel, so an event pushed after a
 * round began may come in the next one. */
static InputEvent poll_one(Platform *p)
{
    InputEvent ev;
    bool got = platform_poll(p, &ev) || platform_poll(p, &ev);
    assert_true(got);
    return ev;
}

static void keys_become_input_keys_and_f11_is_kept_by_the_platform(void **state)
{
    (void)state;
    Platform *p = open_headless(640, 360);
    push_key(SDLK_KP_ENTER, 0);
    push_key(SDLK_F11, 0);
    push_key(SDLK_3, KMOD_LSHIFT);
    push_key(SDLK_KP_MULTIPLY, 0);
    push_key(SDLK_KP_7, 0);
    push_key(SDLK_b, 0); /* not a key the player knows: dropped */
    push_key(SDLK_PAGEDOWN, 0);
    push_key(SDLK_F2, 0); /* read-aloud's keys */
    push_key(SDLK_r, 0);
    push_key(SDLK_a, 0);
    Key want[] = {KEY_ENTER, KEY_HASH, KEY_STAR, KEY_0 + 7, KEY_PAGEDOWN, KEY_F2, KEY_R, KEY_A};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        InputEvent ev = poll_one(p);
        assert_int_equal(ev.kind, IN_KEY);
        assert_int_equal(ev.device, DEVICE_KEYBOARD);
        assert_int_equal(ev.key, want[i]);
    }
    InputEvent ev;
    assert_false(platform_poll(p, &ev) || platform_poll(p, &ev));
    platform_close(p);
}

static void clicks_and_taps_become_pointers_and_made_up_clicks_are_dropped(void **state)
{
    (void)state;
    Platform *p = open_headless(800, 600);
    SDL_Event e = {.type = SDL_MOUSEBUTTONDOWN};
    e.button.button = SDL_BUTTON_LEFT;
    e.button.which = SDL_TOUCH_MOUSEID;
    e.button.x = 10;
    SDL_PushEvent(&e);
    e.button.which = 0;
    e.button.x = 123;
    e.button.y = 45;
    SDL_PushEvent(&e);
    e = (SDL_Event){.type = SDL_FINGERDOWN};
    e.tfinger.x = 0.5f;
    e.tfinger.y = 0.25f;
    SDL_PushEvent(&e);
    InputEvent ev = poll_one(p);
    assert_int_equal(ev.kind, IN_POINTER);
    assert_int_equal(ev.device, DEVICE_MOUSE);
    assert_int_equal(ev.x, 123);
    assert_int_equal(ev.y, 45);
    ev = poll_one(p);
    assert_int_equal(ev.kind, IN_POINTER);
    assert_int_equal(ev.device, DEVICE_TOUCH);
    assert_int_equal(ev.x, 400);
    assert_int_equal(ev.y, 150);
    assert_false(platform_poll(p, &ev) || platform_poll(p, &ev));
    platform_close(p);
}

static void typed_text_arrives_only_while_a_field_wants_it(void **state)
{
    (void)state;
    Platform *p = open_headless(640, 360);
    SDL_Event e = {.type = SDL_TEXTINPUT};
    snprintf(e.text.text, sizeof e.text.text, "é");
    SDL_PushEvent(&e);
    InputEvent ev;
    assert_false(platform_poll(p, &ev) || platform_poll(p, &ev));
    platform_text_input(p, true);
    SDL_PushEvent(&e);
    ev = poll_one(p);
    assert_int_equal(ev.kind, IN_CHARS);
    assert_string_equal(ev.text, "é");
    platform_text_input(p, false);
    e = (SDL_Event){.type = SDL_QUIT};
    SDL_PushEvent(&e);
    assert_int_equal(poll_one(p).kind, IN_QUIT);
    platform_close(p);
}

/* SDL would fall back to an invisible offscreen window; a play must say
 * instead that there is no display. Only checkable where there is none. */
static void without_a_display_a_window_is_refused_with_no_display(void **state)
{
    (void)state;
    if (getenv("DISPLAY") || getenv("WAYLAND_DISPLAY") || getenv("SDL_VIDEODRIVER") ||
        access("/dev/dri", F_OK) == 0)
        skip();
    char err[256] = "";
    PlatformConfig cfg = {0};
    Platform *p = platform_open(&cfg, err, sizeof err);
    assert_null(p);
    assert_true(strncmp(err, "no display: ", 12) == 0);
}

static void the_clock_is_monotonic(void **state)
{
    (void)state;
    int64_t a = platform_now_ms();
    SDL_Delay(5);
    int64_t b = platform_now_ms();
    assert_true(b >= a + 4);
}

/* ---- key names ---- */

/* Read-aloud says what a frame drew: every ui_text, in order, kept when an
 * unchanged frame is not drawn again, and replaced by the next frame's. */
static void a_frame_keeps_the_texts_it_drew_for_reading_aloud(void **state)
{
    (void)state;
    Platform *p = open_headless(1280, 720);
    Ui *ui = open_ui(p);
    assert_string_equal(ui_frame_text(ui), "");
    char word[16] = "Sanne";
    assert_true(ui_frame(ui, 1280, 720, varying_frame, word));
    assert_string_equal(ui_frame_text(ui), "Sanne\n");
    assert_false(ui_frame(ui, 1280, 720, varying_frame, word)); /* kept, not drawn */
    assert_string_equal(ui_frame_text(ui), "Sanne\n");
    strcpy(word, "Fatima");
    assert_true(ui_frame(ui, 1280, 720, varying_frame, word));
    assert_string_equal(ui_frame_text(ui), "Fatima\n");
    ui_destroy(ui);
    platform_close(p);
}

/* The start screen's and a rating prompt's texts, as the player's view
 * draws them: the title, the persona, the question and the words offered. */
static void a_screens_read_aloud_text_has_its_title_body_and_choices(void **state)
{
    (void)state;
    Scenario *s = NULL;
    DiagList dl;
    diag_init(&dl);
    assert_int_equal(scenario_load("tests/data/play-all.yaml", paths_data_dir(), &steps_teaser1,
                                   &s, &dl),
                     SCENARIO_OK);
    diag_free(&dl);
    Ui *ui = open_ui(NULL);
    PlayerConfig cfg = {.scenario = s};
    Player *pl = player_create(&cfg, 0);
    ui_begin_frame(ui, 1280, 720);
    player_view_draw(pl, ui);
    ui_end_frame(ui);
    const char *text = ui_frame_text(ui);
    assert_non_null(strstr(text, "Welcome\n"));
    assert_non_null(strstr(text, "Sam"));
    assert_non_null(strstr(text, "Your pseudonym"));
    player_destroy(pl);

    cfg = (PlayerConfig){.scenario = s, .participant = "p", .workshop = "w",
                         .from = scenario_find_step(s, "menu")};
    pl = player_create(&cfg, 0);
    InputEvent choose = {.kind = IN_CHOOSE, .n = 2, .device = DEVICE_SCRIPT};
    player_input(pl, &choose, 100);
    assert_int_equal(player_phase(pl), PHASE_RATING);
    ui_begin_frame(ui, 1280, 720);
    player_view_draw(pl, ui);
    ui_end_frame(ui);
    text = ui_frame_text(ui);
    assert_non_null(strstr(text, "How would you feel right now, as Sam?\n"));
    assert_non_null(strstr(text, "annoyed\n"));
    assert_non_null(strstr(text, "calm\n"));
    player_destroy(pl);
    ui_destroy(ui);
    scenario_free(s);
}

static void every_key_name_reads_back_as_its_key(void **state)
{
    (void)state;
    for (int k = KEY_NONE + 1; k <= KEY_9; k++) {
        const char *name = input_key_name((Key)k);
        assert_non_null(name);
        assert_int_equal(input_key_from_name(name), k);
    }
    assert_null(input_key_name(KEY_NONE));
    assert_string_equal(input_key_name(KEY_ENTER), "Return");
    assert_string_equal(input_key_name(KEY_0 + 4), "4");
    assert_string_equal(input_key_name(KEY_HASH), "#");
}

static void key_names_ignore_case_and_take_sdl_aliases(void **state)
{
    (void)state;
    assert_int_equal(input_key_from_name("enter"), KEY_ENTER);
    assert_int_equal(input_key_from_name("RETURN"), KEY_ENTER);
    assert_int_equal(input_key_from_name("Keypad Enter"), KEY_ENTER);
    assert_int_equal(input_key_from_name("keypad 9"), KEY_9);
    assert_int_equal(input_key_from_name("Keypad *"), KEY_STAR);
    assert_int_equal(input_key_from_name("pageup"), KEY_PAGEUP);
    assert_int_equal(input_key_from_name("f11"), KEY_F11);
    assert_int_equal(input_key_from_name("Keypad"), KEY_NONE);
    assert_int_equal(input_key_from_name("Return "), KEY_NONE);
    assert_int_equal(input_key_from_name(""), KEY_NONE);
    assert_int_equal(input_key_from_name(NULL), KEY_NONE);
}

/* The texts a frame with one 24-unit text in a w x h box reports as cut. */
static int cuts(Ui *ui, float w, float h, const char *text, UiOverflow *ov)
{
    TextStyle st = {FONT_SANS, 24, {0, 0, 0, 255}, ALIGN_LEFT, 0};
    ui_begin_frame(ui, UI_CANVAS_W, UI_CANVAS_H);
    ui_text(ui, (Rect){0, 0, w, h}, text, &st);
    int n = ui_overflows(ui, ov, 4);
    ui_end_frame(ui);
    return n;
}

/* A text is cut only where its letters leave the box: one line of 24 units
 * (a line box of 31.2) in a box 30 high shows whole and is not reported;
 * in a box 20 high, or wrapped to two lines in a one-line box, it is, with
 * the lines it takes and the lines its box shows whole. */
static void only_a_text_whose_letters_leave_the_box_is_reported_as_cut(void **state)
{
    (void)state;
    Ui *ui = open_ui(NULL);
    UiOverflow ov[4];
    assert_int_equal(cuts(ui, 400, 30, "No, you pay", ov), 0);
    assert_int_equal(cuts(ui, 400, 20, "No, you pay", ov), 1);
    assert_int_equal(ov[0].lines, 1);
    assert_int_equal(ov[0].room, 0);
    assert_int_equal(cuts(ui, 200, 32, "No, you pay \xe2\x82\xac 2,104.55", ov), 1);
    assert_int_equal(ov[0].lines, 2);
    assert_int_equal(ov[0].room, 1);
    ui_destroy(ui);
}

/* Each font file is read once per process, whatever the Uis and sizes: a
 * play's lint Ui and its window's Ui, and every size either opens, share the
 * bytes (SDL_ttf would read the file again per size, in small pieces). */
static void each_font_file_is_read_once_however_many_uis_and_sizes(void **state)
{
    (void)state;
    Ui *first = open_ui(NULL);
    long files = ui_font_files_read();
    assert_int_equal(files, FONT_COUNT);
    Ui *second = open_ui(NULL);
    UiOverflow ov[4];
    for (int size = 10; size <= 60; size += 5) {
        TextStyle st = {
            size % 2 ? FONT_SERIF : FONT_MONO, (float)size, {0, 0, 0, 255}, ALIGN_LEFT, 0};
        ui_begin_frame(second, UI_CANVAS_W, UI_CANVAS_H);
        ui_text(second, (Rect){0, 0, 600, 400}, "Your bill: \xe2\x82\xac 2,104.55", &st);
        ui_overflows(second, ov, 4);
        ui_end_frame(second);
        assert_true(ui_text_height(second, 600, "Mg", &st) > 0);
    }
    assert_int_equal(ui_font_files_read(), files);
    ui_destroy(second);
    ui_destroy(first);
    Ui *third = open_ui(NULL);
    assert_int_equal(ui_font_files_read(), files);
    ui_destroy(third);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_paragraph_wraps_to_more_lines_at_a_narrower_width),
        cmocka_unit_test(the_text_scale_makes_every_text_that_much_larger),
        cmocka_unit_test(a_small_circle_is_round_at_every_window_size),
        cmocka_unit_test(only_a_text_whose_letters_leave_the_box_is_reported_as_cut),
        cmocka_unit_test(each_font_file_is_read_once_however_many_uis_and_sizes),
        cmocka_unit_test(newlines_start_lines_and_a_final_newline_adds_none),
        cmocka_unit_test(a_word_wider_than_the_box_is_broken_between_characters),
        cmocka_unit_test(a_name_is_set_smaller_rather_than_broken_inside_a_word),
        cmocka_unit_test(a_measuring_ui_gives_the_same_heights_as_a_drawing_ui),
        cmocka_unit_test(empty_null_and_invalid_utf8_text_do_not_crash),
        cmocka_unit_test(huge_text_is_laid_out_and_drawn_in_reasonable_time),
        cmocka_unit_test(the_same_frame_drawn_twice_renders_no_new_textures),
        cmocka_unit_test(a_text_unused_for_many_frames_is_rendered_again),
        cmocka_unit_test(an_unchanged_frame_is_not_drawn_again_and_the_pixels_stay),
        cmocka_unit_test(a_region_is_hit_where_it_is_drawn_in_a_1920x1080_window),
        cmocka_unit_test(a_4_3_window_centres_the_canvas_and_hits_account_for_it),
        cmocka_unit_test(the_previous_frame_answers_hits_while_the_next_is_drawn),
        cmocka_unit_test(a_fixed_frame_gives_the_same_png_bytes_in_two_instances),
        cmocka_unit_test(a_written_png_has_the_signature_and_the_frame_size),
        cmocka_unit_test(a_fill_lands_scaled_and_the_bands_keep_the_clear_colour),
        cmocka_unit_test(a_screenshot_that_cannot_be_written_fails_and_leaves_no_file),
        cmocka_unit_test(keys_become_input_keys_and_f11_is_kept_by_the_platform),
        cmocka_unit_test(clicks_and_taps_become_pointers_and_made_up_clicks_are_dropped),
        cmocka_unit_test(typed_text_arrives_only_while_a_field_wants_it),
        cmocka_unit_test(without_a_display_a_window_is_refused_with_no_display),
        cmocka_unit_test(the_clock_is_monotonic),
        cmocka_unit_test(a_frame_keeps_the_texts_it_drew_for_reading_aloud),
        cmocka_unit_test(a_screens_read_aloud_text_has_its_title_body_and_choices),
        cmocka_unit_test(every_key_name_reads_back_as_its_key),
        cmocka_unit_test(key_names_ignore_case_and_take_sdl_aliases),
    };
    return cmocka_run_group_tests(tests, make_tmp_dir, remove_tmp_dir);
}
