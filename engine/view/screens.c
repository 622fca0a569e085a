/* The drawing of the player's own screens around the scenario: the start
 * screen (pseudonym, workshop, what is recorded and why, consent) and the
 * end screen. */
#include "screens.h"

#include <stdio.h>

#include "view/theme.h"

static void text_field(Ui *ui, Rect r, const char *label, const char *value, bool focused,
                       bool fixed, int index)
{
    TextStyle lab = STYLE_SMALL;
    ui_text(ui, (Rect){r.x, r.y, r.w, 24}, label, &lab);
    theme_input(ui, (Rect){r.x, r.y + 28, r.w, 52}, value, focused, false, fixed ? 0 : index);
}

/* Who the participant will be, so that every rating is given as that person. */
static void persona(const StartScreen *s, Ui *ui)
{
    if (!s->persona)
        return;
    char who[160], line[170];
    snprintf(who, sizeof who, words_get(s->lang, WORD_START_PERSONA), s->persona);
    snprintf(line, sizeof line, "%s%s", who, s->about ? ":" : "");
    TextStyle name = STYLE(FONT_SANS_BOLD, 19, COLOR_ACCENT, ALIGN_LEFT);
    ui_text(ui, (Rect){240, 430, 800, 26}, line, &name);
    TextStyle about = STYLE(FONT_SANS, 19, COLOR_ACCENT, ALIGN_LEFT);
    if (s->about)
        ui_text(ui, (Rect){240, 456, 800, 50}, s->about, &about);
}

void start_screen_draw(const StartScreen *s, Ui *ui)
{
    ui_clear(ui, COLOR_BG);
    ui_round_rect(ui, (Rect){190, 40, 900, 640}, 18, COLOR_CARD);
    TextStyle title = STYLE_TITLE;
    ui_text(ui, (Rect){230, 66, 820, 44}, words_get(s->lang, WORD_START_TITLE), &title);
    TextStyle sub = STYLE(FONT_SANS, 22, COLOR_MUTED, ALIGN_CENTER);
    ui_text(ui, (Rect){230, 114, 820, 30}, s->title ? s->title : "", &sub);
    text_field(ui, (Rect){240, 160, 380, 90}, words_get(s->lang, WORD_PSEUDONYM), s->pseudonym,
               s->focus == 1, false, 1);
    text_field(ui, (Rect){660, 160, 380, 90}, words_get(s->lang, WORD_WORKSHOP), s->workshop,
               s->focus == 2, s->workshop_fixed, 2);
    TextStyle body = STYLE(FONT_SANS, 19, COLOR_INK, ALIGN_LEFT);
    ui_text(ui, (Rect){240, 266, 800, 160}, words_get(s->lang, WORD_START_RECORDED), &body);
    persona(s, ui);
    Rect box = {240, 516, 36, 36};
    ui_round_rect(ui, box, 6, s->consent ? COLOR_ACCENT : COLOR_CARD);
    ui_outline(ui, box, 6, s->focus == 3 ? 3 : 2, s->focus == 3 ? COLOR_ACCENT : COLOR_MUTED);
    if (s->consent) {
        ui_line(ui, 248, 534, 256, 544, 4, COLOR_CARD);
        ui_line(ui, 256, 544, 270, 524, 4, COLOR_CARD);
    }
    TextStyle consent = STYLE_BODY;
    ui_text(ui, (Rect){292, 520, 740, 30}, words_get(s->lang, WORD_CONSENT), &consent);
    ui_region(ui, (Rect){236, 510, 800, 48}, ACT_CONSENT, 0);
    theme_button(ui, (Rect){490, 590, 300, 64}, words_get(s->lang, WORD_START), ACT_CONTINUE, 0,
                 s->pseudonym[0] && s->consent, s->focus == 4);
}

void start_screen_no_audio_draw(Ui *ui, const char *lang)
{
    TextStyle note = STYLE(FONT_SANS, 16, COLOR_MUTED, ALIGN_CENTER);
    ui_text(ui, (Rect){190, 686, 900, 24}, words_get(lang, WORD_NO_AUDIO), &note);
}

void start_screen_read_aloud_draw(Ui *ui, const char *lang, bool on)
{
    Rect r = {190, 4, 700, 34};
    TextStyle st = STYLE(on ? FONT_SANS_BOLD : FONT_SANS, 20, on ? COLOR_ACCENT : COLOR_INK,
                         ALIGN_LEFT);
    ui_text(ui, (Rect){r.x, r.y + 4, r.w, r.h - 4},
            words_get(lang, on ? WORD_READ_ALOUD_ON : WORD_READ_ALOUD_OFF), &st);
    ui_region(ui, r, ACT_READ_ALOUD, 0);
}

void end_screen_draw(Ui *ui, const char *lang, bool kiosk)
{
    ui_clear(ui, COLOR_BG);
    TextStyle title = STYLE(FONT_SANS_BOLD, 44, COLOR_INK, ALIGN_CENTER);
    ui_text(ui, (Rect){140, 220, 1000, 60}, words_get(lang, WORD_END_TITLE), &title);
    TextStyle body = STYLE(FONT_SANS, 26, COLOR_INK, ALIGN_CENTER);
    ui_text(ui, (Rect){190, 310, 900, 120}, words_get(lang, WORD_END_TEXT), &body);
    if (kiosk) {
        theme_button(ui, (Rect){490, 500, 300, 64}, words_get(lang, WORD_CONTINUE), ACT_CONTINUE, 0,
                     true, true);
    } else {
        TextStyle hint = STYLE(FONT_SANS, 20, COLOR_MUTED, ALIGN_CENTER);
        ui_text(ui, (Rect){190, 620, 900, 30}, words_get(lang, WORD_END_CLOSE), &hint);
    }
}
