/* The drawing of a menu step: a phone with its keypad, and the transcript
 * of what the voice has read out so far. */
#include "step_views.h"

#include <math.h>
#include <stdio.h>

#include "steps/menu.h"
#include "view/theme.h"

/* The keypad under the call's head (from y0 at the least). */
static void keypad(const StepRun *run, Ui *ui, Rect screen, float y0)
{
    static const char keys[] = "123456789*0#";
    const MenuStep *m = run->step->data;
    float kw = 84, kh = 62, x0 = screen.x + (screen.w - 3 * kw - 2 * 18) / 2;
    TextStyle digit = STYLE(FONT_SANS, 30, COLOR_INK, ALIGN_CENTER);
    float dh = ui_text_height(ui, kw, "8", &digit);
    for (int i = 0; i < 12; i++) {
        Rect k = {x0 + (float)(i % 3) * (kw + 18), y0 + (float)(i / 3) * (kh + 14), kw, kh};
        int option = 0;
        for (int o = 0; o < m->n_options && !option; o++)
            if (m->options[o].key[0] == keys[i])
                option = o + 1;
        ui_round_rect(ui, k, kh / 2, option ? COLOR_CARD : COLOR_BG);
        ui_outline(ui, k, kh / 2, option && theme_high_contrast(ui) ? 2.5f : 1.5f,
                   option && theme_high_contrast(ui) ? COLOR_INK : COLOR_LINE);
        char label[2] = {keys[i], 0};
        digit.color = option ? COLOR_INK : COLOR_LINE;
        ui_text(ui, (Rect){k.x, k.y + (kh - dh) / 2, k.w, dh}, label, &digit);
        if (option)
            ui_region(ui, k, ACT_CHOOSE, option);
    }
}

/* What the voice has said so far, flowing down the card: each text as tall as
 * it needs, down to the card's bottom (where the fit lint sees a cut). */
static void transcript(const StepRun *run, Ui *ui, Rect card)
{
    const MenuStep *m = run->step->data;
    theme_card(ui, card);
    TextStyle voice = STYLE(FONT_SANS, 24, COLOR_INK, ALIGN_LEFT);
    float y = card.y + 36, end = card.y + card.h - 20, w = card.w - 72;
    const char *prompt = step_text(run, &m->prompt);
    y += ui_text(ui,
                 (Rect){card.x + 36, y, w, fminf(ui_text_height(ui, w, prompt, &voice), end - y)},
                 prompt, &voice);
    y += 18;
    TextStyle key = STYLE(FONT_SANS_BOLD, 24, COLOR_CARD, ALIGN_CENTER);
    float kh = ui_text_height(ui, 200, "8", &key), r = fmaxf(20, kh * 0.62f);
    for (int i = 0; i < menu_spoken(run); i++) {
        const char *label = step_text(run, &m->options[i].label);
        float lw = card.w - 96 - 2 * r, top = y;
        float h = ui_text_height(ui, lw, label, &voice);
        ui_circle(ui, card.x + 38 + r, y + kh / 2 + 1, r, COLOR_ACCENT);
        ui_text(ui, (Rect){card.x + 38, y + 1, 2 * r, kh}, m->options[i].key, &key);
        y += 10 + ui_text(ui, (Rect){card.x + 58 + 2 * r, y, lw, fmaxf(0, fminf(h, end - y))},
                          label, &voice);
        ui_region(ui, (Rect){card.x + 20, top - 4, card.w - 40, y - top}, ACT_CHOOSE, i + 1);
        y += 8;
    }
}

static void draw(const StepRun *run, Ui *ui, StepLayout *layout)
{
    (void)layout;
    ui_clear(ui, COLOR_BG);
    ThemePhoneSide side = theme_phone_side(ui);
    Rect screen = theme_phone(ui, side.body);
    const Step *st = run->step;
    const char *who =
        st->touchpoint.index >= 0
            ? step_text(run, &run->scenario->touchpoints[st->touchpoint.index].department)
            : "";
    char clock[16];
    theme_clock(run->now_ms - run->started_ms, clock, sizeof clock);
    TextStyle small = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
    float y = theme_call_head(ui, screen, screen.y + 40, words_get(run->lang, WORD_CALLING),
                              who[0] ? who : step_text(run, &run->scenario->title), clock, &small);
    keypad(run, ui, screen, fmaxf(screen.y + 250, y + 16));
    transcript(run, ui, (Rect){side.card_x, 60, side.card_w, 600});
}

const StepView view_menu = {.draw = draw};
