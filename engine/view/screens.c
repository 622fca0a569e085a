/* The drawing of the player's own screens around the scenario: the start
 * screen (pseudonym, workshop, what is recorded and why, consent) and the
 * end screen. */
#include "screens.h"

#include <math.h>
#include <stdio.h>

#include "view/theme.h"

/* A field's label and its box; returns the height both take. */
static float text_field(Ui *ui, Rect r, const char *label, const char *value, bool focused,
                        bool fixed, int index)
{
    TextStyle lab = STYLE_SMALL;
    float h = ui_text_height(ui, r.w, label, &lab);
    ui_text(ui, (Rect){r.x, r.y, r.w, h}, label, &lab);
    TextStyle val = STYLE(FONT_MONO, 22, COLOR_INK, ALIGN_LEFT);
    float box = fmaxf(52, ui_text_height(ui, r.w, "Mg", &val) + 18);
    theme_input(ui, (Rect){r.x, r.y + h + 4, r.w, box}, value, focused, false, fixed ? 0 : index);
    return h + 4 + box;
}

/* Who the participant will be, so that every rating is given as that
 * person, in the room r leaves (a longer "about" is cut: the fit lint says so). */
static void persona(const StartScreen *s, Ui *ui, Rect r)
{
    if (!s->persona)
        return;
    char who[160], line[170];
    snprintf(who, sizeof who, words_get(s->lang, WORD_START_PERSONA), s->persona);
    snprintf(line, sizeof line, "%s%s", who, s->about ? ":" : "");
    TextStyle name = STYLE(FONT_SANS_BOLD, 19, COLOR_ACCENT, ALIGN_LEFT);
    float h = ui_text_height(ui, r.w, line, &name);
    ui_text(ui, (Rect){r.x, r.y, r.w, h}, line, &name);
    TextStyle about = STYLE(FONT_SANS, 19, COLOR_ACCENT, ALIGN_LEFT);
    if (s->about)
        ui_text(ui, (Rect){r.x, r.y + h, r.w, r.h - h}, s->about, &about);
}

/* The consent box and its sentence, ending at bottom; returns their top. */
static float consent(const StartScreen *s, Ui *ui, Rect r, float bottom)
{
    TextStyle st = STYLE_BODY;
    const char *says = words_get(s->lang, WORD_CONSENT);
    float h = fmaxf(36, ui_text_height(ui, r.w - 52, says, &st));
    r.y = bottom - h;
    Rect box = {r.x, r.y + (h - 36) / 2, 36, 36};
    ui_round_rect(ui, box, 6, s->consent ? COLOR_ACCENT : COLOR_CARD);
    ui_outline(ui, box, 6, s->focus == 3 ? theme_focus_width(ui) : 2,
               s->focus == 3 ? COLOR_ACCENT : COLOR_MUTED);
    if (s->consent) {
        ui_line(ui, box.x + 8, box.y + 18, box.x + 16, box.y + 28, 4, COLOR_CARD);
        ui_line(ui, box.x + 16, box.y + 28, box.x + 30, box.y + 8, 4, COLOR_CARD);
    }
    ui_text(ui, (Rect){r.x + 52, r.y, r.w - 52, h}, says, &st);
    ui_region(ui, (Rect){r.x - 4, r.y - 6, r.w, h + 12}, ACT_CONSENT, 0);
    return r.y;
}

/* A setting the participant changes with a key (or a click): "T  Text size:
 * 150%", the key in a square, the value beside it. */
#define CHIP_TEXT(size) STYLE(FONT_SANS, size, COLOR_INK, ALIGN_LEFT)
#define CHIP_KEY(size)  STYLE(FONT_SANS_BOLD, size, COLOR_CARD, ALIGN_CENTER)

static float chip_width(Ui *ui, const char *label, float size)
{
    TextStyle st = CHIP_TEXT(size), k = CHIP_KEY(size);
    return ui_text_height(ui, 400, "M", &k) + 8 + 12 + ui_text_width(ui, label, &st) + 16;
}

static void look_chip(Ui *ui, float x, float y, float h, float size, char key, const char *label,
                      Action action)
{
    TextStyle st = CHIP_TEXT(size), k = CHIP_KEY(size);
    float kw = ui_text_height(ui, 400, "M", &k) + 8, w = chip_width(ui, label, size);
    Rect r = {x, y, w, h};
    ui_round_rect(ui, r, 8, COLOR_ACCENT_SOFT);
    ui_outline(ui, r, 8, theme_high_contrast(ui) ? 2 : 1, COLOR_ACCENT);
    ui_round_rect(ui, (Rect){x + 6, y + (h - kw) / 2, kw, kw}, 6, COLOR_ACCENT);
    char letter[2] = {key, 0};
    float lh = ui_text_height(ui, kw, letter, &k);
    ui_text(ui, (Rect){x + 6, y + (h - lh) / 2, kw, lh}, letter, &k);
    float th = ui_text_height(ui, 2000, label, &st);
    ui_text(ui, (Rect){x + kw + 18, y + (h - th) / 2, w - kw - 18, th}, label, &st);
    ui_region(ui, r, action, 0);
}

/* The card's padding: less when larger text needs the room. */
#define PAD(card) ((card).h > 660 ? 12.0f : 30.0f)

/* The bottom of the card: text size, contrast and reading aloud (keys T, C
 * and A) beside Start, or in a row above it when together they are too
 * wide. Returns its top. */
static float bottom_row(const StartScreen *s, Ui *ui, Rect card)
{
    char size[64];
    snprintf(size, sizeof size, words_get(s->lang, WORD_TEXT_SIZE), s->look.text_size);
    const char *contrast =
        words_get(s->lang, s->look.high_contrast ? WORD_HIGH_CONTRAST_ON : WORD_HIGH_CONTRAST_OFF);
    const char *aloud =
        words_get(s->lang, s->look.read_aloud ? WORD_READ_ALOUD_ON : WORD_READ_ALOUD_OFF);
    /* the three in one row, set smaller when even a row of their own is too narrow */
    float font = 19, chips;
    do {
        font--;
        chips = chip_width(ui, size, font) + 12 + chip_width(ui, contrast, font) + 12 +
                chip_width(ui, aloud, font);
    } while (font > 10 && chips > card.w - 100);
    TextStyle st = CHIP_TEXT(font);
    float h = ui_text_height(ui, 2000, "Mg", &st) + 12, y = card.y + card.h - PAD(card) - 64;
    float bw = fminf(260 * ui_text_scale(ui), 360), x = card.x + 50;
    /* Start gives up width before the settings leave its row: a row of their
     * own would take lines from what is recorded and why */
    TextStyle button = STYLE_BUTTON;
    float least = ui_text_width(ui, words_get(s->lang, WORD_START), &button) + 64;
    bw = fmaxf(least, fminf(bw, card.w - 100 - chips - 24));
    bool apart = chips + 24 + bw > card.w - 100;
    float cy = apart ? y - 12 - h : y + (64 - h) / 2;
    look_chip(ui, x, cy, h, font, 'T', size, ACT_TEXT_SIZE);
    x += chip_width(ui, size, font) + 12;
    look_chip(ui, x, cy, h, font, 'C', contrast, ACT_CONTRAST);
    x += chip_width(ui, contrast, font) + 12;
    look_chip(ui, x, cy, h, font, 'A', aloud, ACT_READ_ALOUD);
    theme_button(ui, (Rect){card.x + card.w - 50 - bw, y, bw, 64}, words_get(s->lang, WORD_START),
                 ACT_CONTINUE, 0, s->pseudonym[0] && s->consent, s->focus == 4);
    return apart ? cy : y;
}

/* The persona's height at width w: its name line and "about". */
static float persona_height(const StartScreen *s, Ui *ui, float w)
{
    TextStyle name = STYLE(FONT_SANS_BOLD, 19, COLOR_ACCENT, ALIGN_LEFT);
    TextStyle about = STYLE(FONT_SANS, 19, COLOR_ACCENT, ALIGN_LEFT);
    if (!s->persona)
        return 0;
    return ui_text_height(ui, w, "M", &name) +
           (s->about ? ui_text_height(ui, w, s->about, &about) : 0);
}

/* The card grows with the text, up to the canvas's width; the title and the
 * fields flow from its top, the settings and Start sit at its bottom, the
 * consent above them and the persona above that; what is recorded and why
 * takes the room between (at the largest sizes its end is cut). */
void start_screen_draw(const StartScreen *s, Ui *ui)
{
    ui_clear(ui, COLOR_BG);
    float cw = fminf(1240, 900 * ui_text_scale(ui));
    bool large = ui_text_scale(ui) > 1;
    Rect card = {(UI_CANVAS_W - cw) / 2, large ? 8 : 24, cw, large ? 680 : 648};
    ui_round_rect(ui, card, 18, COLOR_CARD);
    theme_edge(ui, card, 18);
    float x = card.x + 50, w = card.w - 100, y = card.y + PAD(card) - 8 * !large;
    TextStyle title = STYLE_TITLE;
    const char *head = words_get(s->lang, WORD_START_TITLE);
    float h = ui_text_height(ui, w, head, &title);
    ui_text(ui, (Rect){x, y, w, h}, head, &title);
    y += h;
    TextStyle sub = STYLE(FONT_SANS, 22, COLOR_MUTED, ALIGN_CENTER);
    h = ui_text_height(ui, w, s->title ? s->title : "", &sub);
    ui_text(ui, (Rect){x, y, w, h}, s->title ? s->title : "", &sub);
    y += h + (large ? 6 : 14);
    float half = (w - 40) / 2;
    h = text_field(ui, (Rect){x, y, half, 0}, words_get(s->lang, WORD_PSEUDONYM), s->pseudonym,
                   s->focus == 1, false, 1);
    h = fmaxf(h,
              text_field(ui, (Rect){x + half + 40, y, half, 0}, words_get(s->lang, WORD_WORKSHOP),
                         s->workshop, s->focus == 2, s->workshop_fixed, 2));
    y += h + (large ? 10 : 16);
    float top = consent(s, ui, (Rect){x, 0, w, 0}, bottom_row(s, ui, card) - (large ? 10 : 22));
    float who = persona_height(s, ui, w), room = top - (large ? 6 : 14) - y;
    TextStyle body = STYLE(FONT_SANS, 19, COLOR_INK, ALIGN_LEFT);
    const char *recorded = words_get(s->lang, WORD_START_RECORDED);
    h = fminf(ui_text_height(ui, w, recorded, &body), fmaxf(0, room - who - (large ? 4 : 8)));
    ui_text(ui, (Rect){x, y, w, h}, recorded, &body);
    y += h + (large ? 4 : 8);
    persona(s, ui, (Rect){x, y, w, top - (large ? 6 : 14) - y});
}

void start_screen_no_audio_draw(Ui *ui, const char *lang)
{
    TextStyle note = STYLE(FONT_SANS, 16, COLOR_MUTED, ALIGN_CENTER);
    ui_text(ui, (Rect){40, 689, 1200, 31}, words_get(lang, WORD_NO_AUDIO), &note);
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
