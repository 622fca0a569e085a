/* The theme's high-contrast palette (--high-contrast): every text the views
 * draw stands at least 7:1 against what it is drawn on (WCAG 2 AAA), by the
 * WCAG formula, and no colour of the theme is left as it was. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../engine/view/theme.h"

/* WCAG 2: the relative luminance of an sRGB colour. */
static double channel(unsigned char v)
{
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double luminance(Color c)
{
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

static double contrast(Color a, Color b)
{
    double la = luminance(a), lb = luminance(b);
    return (fmax(la, lb) + 0.05) / (fmin(la, lb) + 0.05);
}

static bool same(Color a, Color b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b;
}

/* A theme colour as high contrast draws it; fails when it has no pair. */
static Color shown(Color c)
{
    for (int i = 0; i < THEME_HC_PAIRS; i++)
        if (same(theme_high_contrast_palette[i][0], c))
            return theme_high_contrast_palette[i][1];
    fail_msg("colour %d,%d,%d has no high-contrast pair", c.r, c.g, c.b);
    return c;
}

/* The formula itself, on the values WCAG gives: black on white is 21:1. */
static void the_contrast_formula_gives_wcags_values(void **state)
{
    (void)state;
    assert_true(fabs(contrast(((Color)RGB_HC_BLACK), ((Color)RGB_HC_WHITE)) - 21.0) < 1e-9);
    assert_true(fabs(contrast(((Color)RGB_HC_WHITE), ((Color)RGB_HC_WHITE)) - 1.0) < 1e-9);
    /* #767676 on white is the well-known 4.54:1 */
    assert_true(fabs(contrast((Color){118, 118, 118, 255}, ((Color)RGB_HC_WHITE)) - 4.54) < 0.01);
}

/* Each text colour on each place the views draw it: body text and secondary
 * text on the room, cards, paper, the phone's screen, the chosen options'
 * fill and the faces; the accent (choices, the persona, a prediction's
 * question) and warnings on the room and cards; white words on the accent
 * (buttons, chosen chips) and on a disabled button; an unused key of the
 * phone's keypad on the room. */
static void every_text_is_seven_to_one_against_its_background(void **state)
{
    (void)state;
    const Color backgrounds[] = {COLOR_BG,     COLOR_CARD,        COLOR_PAPER,
                                 COLOR_SCREEN, COLOR_ACCENT_SOFT, COLOR_FACE};
    const Color texts[] = {COLOR_INK, COLOR_MUTED, COLOR_ACCENT, COLOR_WARN};
    int checked = 0;
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
        for (size_t b = 0; b < sizeof backgrounds / sizeof *backgrounds; b++) {
            double r = contrast(shown(texts[t]), shown(backgrounds[b]));
            if (r < 7)
                fail_msg("text %zu on background %zu: %.2f:1", t, b, r);
            checked++;
        }
    assert_true(contrast(shown(COLOR_CARD), shown(COLOR_ACCENT)) >= 7);
    assert_true(contrast(shown(COLOR_CARD), shown(COLOR_LINE)) >= 7);
    assert_true(contrast(shown(COLOR_LINE), shown(COLOR_BG)) >= 7);
    assert_int_equal(checked, 24);
}

/* The colours as made would not pass: the test measures something. */
static void the_colours_as_made_are_below_seven_to_one_somewhere(void **state)
{
    (void)state;
    assert_true(contrast(COLOR_MUTED, COLOR_BG) < 7);
    assert_true(contrast(COLOR_CARD, COLOR_ACCENT) < 7);
}

/* Every colour of the theme has its pair, and what it becomes differs from
 * what it was, so no screen keeps a light part in high contrast. */
static void every_theme_colour_is_swapped(void **state)
{
    (void)state;
    const Color all[] = {COLOR_BG,          COLOR_INK,    COLOR_MUTED, COLOR_ACCENT,
                         COLOR_ACCENT_SOFT, COLOR_CARD,   COLOR_LINE,  COLOR_WARN,
                         COLOR_PHONE,       COLOR_SCREEN, COLOR_PAPER, COLOR_FACE};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        assert_false(same(shown(all[i]), all[i]));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_contrast_formula_gives_wcags_values),
        cmocka_unit_test(every_text_is_seven_to_one_against_its_background),
        cmocka_unit_test(the_colours_as_made_are_below_seven_to_one_somewhere),
        cmocka_unit_test(every_theme_colour_is_swapped),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
