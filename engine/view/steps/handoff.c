/* The drawing of a handoff step: the transfer on the phone, then what the new department asks. */
#include "step_views.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "steps/handoff.h"
#include "view/theme.h"

/* "Customer service -> Billing -> Moving" (the last few) and how often the
 * caller has had to give their details again so far. */
static void draw_trail(const StepRun *run, Ui *ui, Rect r)
{
    const HandoffStep *h = run->step->data;
    const Journey *j = run->journey;
    const char *one[2] = {step_text(run, &h->from), step_text(run, &h->to)};
    const char *const *places = j && j->n_places ? j->places : one;
    int n = j && j->n_places ? j->n_places : 2, first = n > 4 ? n - 4 : 0;
    char trail[512] = "";
    for (int i = first; i < n; i++) {
        size_t used = strlen(trail);
        snprintf(trail + used, sizeof trail - used, "%s%s", i > first ? "  \xe2\x86\x92  " : "",
                 places[i]);
    }
    TextStyle small = STYLE(FONT_SANS, 17, COLOR_MUTED, ALIGN_CENTER);
    ui_text(ui, (Rect){r.x, r.y, r.w, 50}, trail, &small);
    if (j && j->repeated > 0) {
        char again[96];
        snprintf(again, sizeof again,
                 words_plural(run->lang, j->repeated, WORD_REPEATED_ONCE, WORD_REPEATED),
                 j->repeated);
        TextStyle warn = STYLE(FONT_SANS_BOLD, 17, COLOR_WARN, ALIGN_CENTER);
        ui_text(ui, (Rect){r.x, r.y + 52, r.w, 26}, again, &warn);
    }
}

/* The persona's details, for the caller to look up what they must type again. */
static void customer_card(const StepRun *run, Ui *ui, Rect r)
{
    const Persona *p = &run->scenario->persona;
    if (!p->n_details)
        return;
    theme_card(ui, r);
    TextStyle head = STYLE(FONT_SANS_BOLD, 20, COLOR_MUTED, ALIGN_LEFT);
    ui_text(ui, (Rect){r.x + 24, r.y + 18, r.w - 48, 26}, words_get(run->lang, WORD_CARD), &head);
    TextStyle lab = STYLE_SMALL, val = STYLE(FONT_MONO, 22, COLOR_INK, ALIGN_LEFT);
    /* Up to two details stand one under the other; three or four go in two
     * columns, which is what the scenario's limit of four is for. */
    int cols = p->n_details > 2 ? 2 : 1;
    float w = (r.w - 48) / (float)cols;
    for (int i = 0; i < p->n_details; i++) {
        float x = r.x + 24 + (float)(i % cols) * w, y = r.y + 56 + (float)(i / cols) * 58;
        ui_text(ui, (Rect){x, y, w - 12 * (cols - 1), 24}, step_text(run, &p->details[i].label),
                &lab);
        ui_text(ui, (Rect){x, y + 24, w - 12 * (cols - 1), 30}, p->details[i].value, &val);
    }
}

static void draw(const StepRun *run, Ui *ui, StepLayout *layout)
{
    (void)layout;
    const HandoffStep *h = run->step->data;
    const HandoffState *s = run->state;
    ui_clear(ui, COLOR_BG);
    Rect screen = theme_phone(ui, (Rect){140, 30, 380, 660});
    TextStyle small = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
    TextStyle name = STYLE(FONT_SANS_BOLD, 26, COLOR_INK, ALIGN_CENTER);
    draw_trail(run, ui, (Rect){screen.x + 10, screen.y + 24, screen.w - 20, 80});
    if (s->transferring && !run->show_all) {
        theme_card(ui, (Rect){600, 40, 600, 420});
        TextStyle voice = STYLE(FONT_SANS, 26, COLOR_MUTED, ALIGN_LEFT);
        ui_text(ui, (Rect){632, 80, 536, 200}, words_get(run->lang, WORD_PLEASE_HOLD), &voice);
        customer_card(run, ui, (Rect){600, 490, 600, 200});
        ui_text(ui, (Rect){screen.x + 10, screen.y + 200, screen.w - 20, 30},
                words_get(run->lang, WORD_TRANSFERRING), &small);
        ui_text(ui, (Rect){screen.x + 10, screen.y + 234, screen.w - 20, 70},
                step_text(run, &h->to), &name);
        char clock[16];
        theme_clock(run->now_ms - run->started_ms, clock, sizeof clock);
        ui_text(ui, (Rect){screen.x, screen.y + 320, screen.w, 30}, clock, &small);
        return;
    }
    ui_text(ui, (Rect){screen.x + 10, screen.y + 110, screen.w - 20, 70}, step_text(run, &h->to),
            &name);
    char clock[16];
    theme_clock(run->now_ms - run->started_ms, clock, sizeof clock);
    ui_text(ui, (Rect){screen.x, screen.y + 190, screen.w, 30}, clock, &small);
    Rect card = {600, 40, 600, h->n_ask ? 420 : 520};
    theme_card(ui, card);
    TextStyle voice = STYLE(FONT_SANS, 24, COLOR_INK, ALIGN_LEFT);
    /* The greeting and the lost items flow down to the question (or the button);
     * each box ends there, so the fit lint reports what would run into it. */
    float y = card.y + 30, end = h->n_ask ? card.y + 254 : card.y + card.h - 100;
    /* After a wrong answer the agent's last words are about it, in place of
     * the greeting; the fit lint (show_all) measures both in that one place. */
    bool wrong = s->wrong > 0;
    float said = 0;
    if (h->greeting.n && (!wrong || run->show_all))
        said = ui_text(ui, (Rect){card.x + 32, y, card.w - 64, fminf(150, end - y)},
                       step_text(run, &h->greeting), &voice);
    if (wrong || run->show_all)
        said = fmaxf(said, ui_text(ui, (Rect){card.x + 32, y, card.w - 64, fminf(150, end - y)},
                                   handoff_wrong_line(run), &voice));
    y += said > 0 ? 16 + said : 0;
    if (h->n_lost) {
        TextStyle head = STYLE(FONT_SANS_BOLD, 18, COLOR_WARN, ALIGN_LEFT);
        char cannot[160];
        snprintf(cannot, sizeof cannot, words_get(run->lang, WORD_CANNOT_SEE),
                 step_text(run, &h->to));
        y +=
            4 + ui_text(ui, (Rect){card.x + 32, y, card.w - 64, fminf(26, end - y)}, cannot, &head);
    }
    for (int i = 0; i < h->n_lost; i++) {
        TextStyle lost = STYLE(FONT_SANS, 20, COLOR_WARN, ALIGN_LEFT);
        y += 6 + ui_text(ui, (Rect){card.x + 32, y, card.w - 64, fminf(60, end - y)},
                         step_text(run, &h->lost[i]), &lost);
    }
    if (h->n_ask == 0) {
        theme_button(ui, (Rect){card.x + card.w - 292, card.y + card.h - 90, 260, 60},
                     words_get(run->lang, WORD_CONTINUE), ACT_CONTINUE, 0, true, true);
        return;
    }
    TextStyle ask = STYLE(FONT_SANS_BOLD, 24, COLOR_INK, ALIGN_LEFT);
    for (int i = run->show_all ? 0 : s->asked; i <= (run->show_all ? h->n_ask - 1 : s->asked); i++)
        ui_text(ui, (Rect){card.x + 32, card.y + 262, card.w - 64, 34},
                handoff_ask_label(run, &h->ask[i]), &ask);
    theme_input(ui, (Rect){card.x + 32, card.y + 302, card.w - 214, 56}, s->typed, true,
                s->wrong > 0, 0);
    theme_button(ui, (Rect){card.x + card.w - 168, card.y + 302, 136, 56}, "OK", ACT_CONTINUE, 0,
                 s->typed[0] != '\0', false);
    TextStyle hint = STYLE_SMALL;
    ui_text(ui, (Rect){card.x + 32, card.y + 368, card.w - 64, 26},
            words_get(run->lang, WORD_TYPE_HINT), &hint);
    customer_card(run, ui, (Rect){600, 490, 600, 200});
}

const StepView view_handoff = {.draw = draw};
