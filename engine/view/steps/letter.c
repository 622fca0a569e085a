/* The drawing of a letter step: the paper (letterhead, references, body,
 * small print, attachment), scroll buttons when it is taller than the
 * screen, and the question card or a continue button. */
#include "step_views.h"

#include <math.h>
#include <stdio.h>

#include "steps/letter.h"
#include "view/theme.h"

enum { OPTION_LINES = 3 }; /* an answer wraps to this many lines at most */

/* Where the paper, its scroll buttons and the question card go: as made,
 * or with larger text a narrower paper and a wider card. */
typedef struct {
    float paper_x, paper_w, text_x, text_w, buttons_x;
    Rect card;
} Sheet;

static Sheet sheet(const Ui *ui)
{
    if (ui_text_scale(ui) > 1)
        return (Sheet){30, 600, 60, 540, 642, {700, 40, 550, 640}};
    return (Sheet){60, 680, 100, 600, 756, {820, 40, 400, 640}};
}

/* Draws one block of the letter at y and returns the y after it. */
static float block(const StepRun *run, Ui *ui, float y, const Text *t, const TextStyle *st,
                   float gap)
{
    if (!t->n)
        return y;
    Sheet sh = sheet(ui);
    Rect r = {sh.text_x, y, sh.text_w, 4000};
    r.h = ui_text_height(ui, r.w, step_text(run, t), st);
    ui_text(ui, r, step_text(run, t), st);
    return y + r.h + gap;
}

static float paper(const StepRun *run, Ui *ui, float top)
{
    const LetterStep *l = run->step->data;
    TextStyle head = STYLE(FONT_SERIF_BOLD, 28, COLOR_ACCENT, ALIGN_LEFT);
    TextStyle meta = STYLE(FONT_MONO, 15, COLOR_MUTED, ALIGN_LEFT);
    TextStyle subject = STYLE(FONT_SERIF_BOLD, 19, COLOR_INK, ALIGN_LEFT);
    TextStyle body = STYLE(FONT_SERIF, 17, COLOR_INK, ALIGN_LEFT);
    TextStyle fine = STYLE(FONT_SERIF, 12, COLOR_MUTED, ALIGN_LEFT);
    float y = block(run, ui, top + 44, &l->sender, &head, 26);
    char line[256];
    snprintf(line, sizeof line, "%s%s%s", l->date.n ? step_text(run, &l->date) : "",
             l->date.n && l->reference ? "      " : "", l->reference ? l->reference : "");
    Sheet sh = sheet(ui);
    if (line[0]) {
        float h = fmaxf(22, ui_text_height(ui, sh.text_w, line, &meta));
        ui_text(ui, (Rect){sh.text_x, y, sh.text_w, h}, line, &meta);
        y += h + 18;
    }
    y = block(run, ui, y, &l->subject, &subject, 20);
    y = block(run, ui, y, &l->body, &body, 28);
    y = block(run, ui, y, &l->small_print, &fine, 24);
    if (l->attachment.body.n) {
        ui_line(ui, sh.text_x, y, sh.text_x + sh.text_w, y, 1.5f, COLOR_LINE);
        y = block(run, ui, y + 24, &l->attachment.title, &subject, 14);
        y = block(run, ui, y, &l->attachment.body, &body, 24);
    }
    return y + 20 - top;
}

/* One answer as a button, as tall as its text: a long answer ("No, you pay
 * € 2,104.55") wraps to up to OPTION_LINES lines instead of being cut after
 * its first line; a longer one is cut, and the screen-fit lint says so.
 * Returns the button's height. */
static float option(const StepRun *run, Ui *ui, Rect b, int i)
{
    const LetterStep *l = run->step->data;
    TextStyle opt = STYLE(FONT_SANS, 24, COLOR_INK, ALIGN_LEFT);
    TextStyle num = STYLE(FONT_SANS_BOLD, 22, COLOR_CARD, ALIGN_CENTER);
    const char *label = step_text(run, &l->question.options[i]);
    float nh = ui_text_height(ui, 100, "8", &num), r = fmaxf(18, nh * 0.62f);
    float line = ui_text_height(ui, 1000, "M", &opt), w = b.w - 40 - 2 * r;
    float h = fminf(ui_text_height(ui, w, label, &opt), OPTION_LINES * line);
    b.h = fmaxf(60, h + 28);
    ui_round_rect(ui, b, 10, COLOR_ACCENT_SOFT);
    float mid = b.y + b.h / 2;
    ui_circle(ui, b.x + 12 + r, mid, r, COLOR_ACCENT);
    char n[12];
    snprintf(n, sizeof n, "%d", i + 1);
    ui_text(ui, (Rect){b.x + 12, mid - nh / 2, 2 * r, nh}, n, &num);
    /* one line sits where it always did (the golden images); more from the top padding */
    float tx = b.x + 28 + 2 * r;
    Rect text =
        h <= line ? (Rect){tx, b.y + 15, w, fmaxf(32, line)} : (Rect){tx, b.y + 14, w, h + 0.5f};
    ui_text(ui, text, label, &opt);
    ui_region(ui, b, ACT_CHOOSE, i + 1);
    return b.h;
}

static void question(const StepRun *run, Ui *ui)
{
    const LetterStep *l = run->step->data;
    Rect card = sheet(ui).card;
    theme_card(ui, card);
    TextStyle q = STYLE(FONT_SANS_BOLD, 24, COLOR_INK, ALIGN_LEFT);
    float y = card.y + 32, qw = card.w - 56;
    /* the question as tall as it needs, up to five lines (as made: up to 160) */
    float qh = ui_text_scale(ui) > 1
                   ? fminf(ui_text_height(ui, qw, step_text(run, &l->question.text), &q),
                           5 * ui_text_height(ui, qw, "M", &q))
                   : 160;
    y += 24 + ui_text(ui, (Rect){card.x + 28, y, qw, qh}, step_text(run, &l->question.text), &q);
    for (int i = 0; i < l->question.n_options; i++)
        y += 14 + option(run, ui, (Rect){card.x + 28, y, qw, 0}, i);
    TextStyle hint = STYLE_SMALL;
    const char *says = words_get(run->lang, WORD_LETTER_QUESTION);
    float hh = fmaxf(26, ui_text_height(ui, qw, says, &hint));
    if (y + hh <= card.y + card.h - 24) /* how to answer, where the answers leave room */
        ui_text(ui, (Rect){card.x + 28, card.y + card.h - 24 - hh, qw, hh}, says, &hint);
}

/* Only layout knows how tall the paper is and so how far it can scroll: the
 * height is measured off screen once per visit and kept in the layout, with
 * the scroll limit that input then keeps to. */
static void draw(const StepRun *run, Ui *ui, StepLayout *layout)
{
    const LetterStep *l = run->step->data;
    ui_clear(ui, COLOR_BG);
    if (!layout->content_h)
        layout->content_h = paper(run, ui, -10000);
    float height = layout->content_h;
    float max_scroll = height + 40 > UI_CANVAS_H ? height + 40 - UI_CANVAS_H : 0;
    layout->scroll_max = max_scroll;
    float scroll = run->scroll < max_scroll ? run->scroll : max_scroll;
    float top = 20 - scroll;
    Sheet sh = sheet(ui);
    Rect page = {sh.paper_x, top, sh.paper_w, height};
    theme_shadow(ui, page, 4, 4, 6);
    ui_fill(ui, page, COLOR_PAPER);
    theme_edge(ui, page, 0);
    paper(run, ui, top);
    if (max_scroll > 0) {
        theme_button(ui, (Rect){sh.buttons_x, 560, 48, 48}, "\xe2\x86\x91", ACT_SCROLL_UP, 0,
                     scroll > 0, false);
        theme_button(ui, (Rect){sh.buttons_x, 620, 48, 48}, "\xe2\x86\x93", ACT_SCROLL_DOWN, 0,
                     scroll < max_scroll, false);
    }
    if (l->question.n_options)
        question(run, ui);
    else
        theme_button(ui, (Rect){900, 600, 260, 60}, words_get(run->lang, WORD_CONTINUE),
                     ACT_CONTINUE, 0, true, true);
}

const StepView view_letter = {.draw = draw};
