/* The shared pieces of every screen: buttons, input boxes, cards, the
 * phone, people in a queue. */
#include "theme.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Every background black (cards, paper and the phone's screen are told
 * apart by white edges instead); text white, secondary text light grey,
 * choices and focus yellow with black on them. */
const Color theme_high_contrast_palette[THEME_HC_PAIRS][2] = {
    {RGB_BG, RGB_HC_BLACK},
    {RGB_INK, RGB_HC_WHITE},
    {RGB_MUTED, {215, 215, 215, 255}},
    {RGB_ACCENT, RGB_HC_YELLOW},
    {RGB_ACCENT_SOFT, {0, 0, 110, 255}},
    {RGB_CARD, RGB_HC_BLACK},
    {RGB_LINE, RGB_HC_GREY},
    {RGB_WARN, {255, 150, 130, 255}},
    {RGB_PHONE, {90, 90, 90, 255}},
    {RGB_SCREEN, RGB_HC_BLACK},
    {RGB_PAPER, RGB_HC_BLACK},
    {RGB_FACE, RGB_HC_BLACK},
};

void theme_set_look(Ui *ui, float text_scale, bool high_contrast)
{
    ui_set_text_scale(ui, text_scale);
    ui_set_palette(ui, high_contrast ? theme_high_contrast_palette : NULL,
                   high_contrast ? THEME_HC_PAIRS : 0);
}

bool theme_high_contrast(const Ui *ui)
{
    return ui_has_palette(ui);
}

float theme_focus_width(const Ui *ui)
{
    return theme_high_contrast(ui) ? 6 : 3;
}

void theme_button(Ui *ui, Rect r, const char *label, Action action, int arg, bool enabled,
                  bool focused)
{
    Color fill = enabled ? COLOR_ACCENT : COLOR_LINE;
    float ring = theme_focus_width(ui);
    if (focused)
        ui_outline(ui,
                   (Rect){r.x - 3 - ring, r.y - 3 - ring, r.w + 6 + 2 * ring, r.h + 6 + 2 * ring},
                   14, ring, COLOR_ACCENT);
    ui_round_rect(ui, r, 10, fill);
    TextStyle st = STYLE_BUTTON;
    float h = ui_text_height(ui, r.w - 20, label, &st);
    ui_text(ui, (Rect){r.x + 10, r.y + (r.h - h) / 2, r.w - 20, h}, label, &st);
    if (enabled)
        ui_region(ui, r, action, arg);
}

void theme_input(Ui *ui, Rect box, const char *value, bool focused, bool error, int arg)
{
    ui_round_rect(ui, box, 8, COLOR_CARD);
    Color edge = error ? COLOR_WARN : focused ? COLOR_ACCENT : COLOR_LINE;
    float edge_w = focused || error ? theme_focus_width(ui) : theme_high_contrast(ui) ? 2 : 1.5f;
    ui_outline(ui, box, 8, edge_w,
               theme_high_contrast(ui) && !focused && !error ? COLOR_INK : edge);
    char shown[300];
    snprintf(shown, sizeof shown, "%s%s", value, focused ? "|" : "");
    TextStyle val = STYLE(FONT_MONO, 22, COLOR_INK, ALIGN_LEFT);
    float h = ui_text_height(ui, box.w - 28, "Mg", &val);
    ui_text(ui, (Rect){box.x + 14, box.y + (box.h - h) / 2, box.w - 28, h}, shown, &val);
    if (arg)
        ui_region(ui, box, ACT_FOCUS, arg);
}

/* The shadow of an opaque shape r, offset by (dx, dy): only the bottom and right
 * strips, whose inner corners the shape hides. Filling all of it under the shape
 * would paint a card's area twice, which at 1080p is most of a frame's time. */
void theme_shadow(Ui *ui, Rect r, float radius, float dx, float dy)
{
    if (theme_high_contrast(ui)) /* on black a shape is told by its edge (theme_edge) */
        return;
    float band = 2 * radius + dx + dy;
    ui_round_rect(ui, (Rect){r.x + dx, r.y + r.h + dy - band, r.w, band}, radius, COLOR_LINE);
    ui_round_rect(ui, (Rect){r.x + r.w + dx - band, r.y + dy, band, r.h}, radius, COLOR_LINE);
}

void theme_edge(Ui *ui, Rect r, float radius)
{
    if (theme_high_contrast(ui))
        ui_outline(ui, r, radius, 2, COLOR_INK);
}

void theme_card(Ui *ui, Rect r)
{
    theme_shadow(ui, r, 16, 2, 4);
    ui_round_rect(ui, r, 16, COLOR_CARD);
    theme_edge(ui, r, 16);
}

Rect theme_phone(Ui *ui, Rect body)
{
    ui_round_rect(ui, body, 36, COLOR_PHONE);
    Rect screen = {body.x + 14, body.y + 44, body.w - 28, body.h - 74};
    ui_round_rect(ui, screen, 18, COLOR_SCREEN);
    ui_round_rect(ui, (Rect){body.x + body.w / 2 - 40, body.y + 18, 80, 10}, 5, COLOR_MUTED);
    return screen;
}

ThemePhoneSide theme_phone_side(const Ui *ui)
{
    if (ui_text_scale(ui) > 1)
        return (ThemePhoneSide){{50, 30, 340, 660}, 420, 820};
    return (ThemePhoneSide){{140, 30, 380, 660}, 600, 600};
}

/* A text centred across the screen at y, as tall as it needs up to at most
 * (a longer one is cut, and the fit lint says so); returns its height. */
static float centred(Ui *ui, Rect screen, float y, const char *text, const TextStyle *st,
                     float at_most)
{
    float h = fminf(ui_text_height(ui, screen.w - 20, text, st), at_most);
    ui_text(ui, (Rect){screen.x + 10, y, screen.w - 20, h}, text, st);
    return h;
}

float theme_call_head(Ui *ui, Rect screen, float y, const char *line, const char *name,
                      const char *clock, const TextStyle *clock_style)
{
    TextStyle small = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
    TextStyle big = STYLE(FONT_SANS_BOLD, 28, COLOR_INK, ALIGN_CENTER);
    ui_fit_words(ui, name, screen.w - 20, &big, 14);
    float line_h = ui_text_height(ui, 1000, "M", &big);
    if (line)
        y += 4 + centred(ui, screen, y, line, &small, UI_CANVAS_H);
    y += 6 + centred(ui, screen, y, name, &big, 3 * line_h);
    return y + 4 + centred(ui, screen, y, clock, clock_style, UI_CANVAS_H);
}

void theme_clock(long long ms, char *buf, size_t size)
{
    long long s = ms < 0 ? 0 : ms / 1000;
    snprintf(buf, size, "%lld:%02lld", s / 60, s % 60);
}

void theme_person(Ui *ui, float cx, float cy, float size, bool you)
{
    Color c = you ? COLOR_ACCENT : COLOR_LINE;
    ui_circle(ui, cx, cy - size * 0.28f, size * 0.22f, c);
    ui_round_rect(ui, (Rect){cx - size * 0.34f, cy, size * 0.68f, size * 0.46f}, size * 0.2f, c);
}
