/* The drawing of a menu step: a phone with its keypad, and the transcript
 * of what the voice has read out so far. */
#include "step_views.h"

#include <stdio.h>

#include "steps/menu.h"
#include "view/theme.h"

static void keypad(const StepRun *run, Ui *ui, Rect screen)
{
    static const char keys[] = "123456789*0#";
    const MenuStep *m = run->step->data;
    float kw = 84, kh = 62, x0 = screen.x + (screen.w - 3 * kw - 2 * 18) / 2, y0 = screen.y + 250;
    TextStyle digit = STYLE(FONT_SANS, 30, COLOR_INK, ALIGN_CENTER);
    for (int i = 0; i < 12; i++) {
        Rect k = {x0 + (float)(i % 3) * (kw + 18), y0 + (float)(i / 3) * (kh + 14), kw, kh};
        int option = 0;
        for (int o = 0; o < m->n_options && !option; o++)
            if (m->options[o].key[0] == keys[i])
                option = o + 1;
        ui_round_rect(ui, k, kh / 2, option ? COLOR_CARD : COLOR_BG);
        ui_outline(ui, k, kh / 2, 1.5f, COLOR_LINE);
        char label[2] = {keys[i], 0};
        digit.color = option ? COLOR_INK : COLOR_LINE;
        ui_text(ui, (Rect){k.x, k.y + 12, k.w, 40}, label, &digit);
        if (option)
            ui_region(ui, k, ACT_CHOOSE, option);
    }
}

static void transcript(const StepRun *run, Ui *ui)
{
    const MenuStep *m = run->step->data;
    Rect card = {600, 60, 600, 600};
    theme_card(ui, card);
    TextStyle voice = STYLE(FONT_SANS, 24, COLOR_INK, ALIGN_LEFT);
    float y = card.y + 36;
    y += ui_text(ui, (Rect){card.x + 36, y, card.w - 72, 200}, step_text(run, &m->prompt), &voice);
    y += 18;
    TextStyle key = STYLE(FONT_SANS_BOLD, 24, COLOR_CARD, ALIGN_CENTER);
    for (int i = 0; i < menu_spoken(run); i++) {
        ui_circle(ui, card.x + 58, y + 16, 20, COLOR_ACCENT);
        ui_text(ui, (Rect){card.x + 38, y + 1, 40, 30}, m->options[i].key, &key);
        y += 10 + ui_text(ui, (Rect){card.x + 96, y, card.w - 130, 90},
                          step_text(run, &m->options[i].label), &voice);
        ui_region(ui, (Rect){card.x + 20, y - 44, card.w - 40, 44}, ACT_CHOOSE, i + 1);
        y += 8;
    }
}

static void draw(const StepRun *run, Ui *ui, StepLayout *layout)
{
    (void)layout;
    ui_clear(ui, COLOR_BG);
    Rect screen = theme_phone(ui, (Rect){140, 30, 380, 660});
    const Step *st = run->step;
    const char *who =
        st->touchpoint.index >= 0
            ? step_text(run, &run->scenario->touchpoints[st->touchpoint.index].department)
            : "";
    TextStyle small = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
    TextStyle name = STYLE(FONT_SANS_BOLD, 28, COLOR_INK, ALIGN_CENTER);
    ui_text(ui, (Rect){screen.x, screen.y + 40, screen.w, 26}, words_get(run->lang, WORD_CALLING),
            &small);
    ui_text(ui, (Rect){screen.x + 10, screen.y + 70, screen.w - 20, 70},
            who[0] ? who : step_text(run, &run->scenario->title), &name);
    char clock[16];
    theme_clock(run->now_ms - run->started_ms, clock, sizeof clock);
    ui_text(ui, (Rect){screen.x, screen.y + 150, screen.w, 30}, clock, &small);
    keypad(run, ui, screen);
    transcript(run, ui);
}

const StepView view_menu = {.draw = draw};
