/* The drawing of a handoff step: the transfer on the phone, then what the new department asks. */
#include "step_views.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "steps/handoff.h"
#include "view/theme.h"

/* "Customer service -> Billing -> Moving": the last few places the call has been. */
static void trail_text(const StepRun *run, char *trail, size_t size)
{
    const HandoffStep *hs = run->step->data;
    const Journey *j = run->journey;
    const char *one[2] = {step_text(run, &hs->from), step_text(run, &hs->to)};
    const char *const *places = j && j->n_places ? j->places : one;
    int n = j && j->n_places ? j->n_places : 2, first = n > 4 ? n - 4 : 0;
    trail[0] = '\0';
    for (int i = first; i < n; i++) {
        size_t used = strlen(trail);
        snprintf(trail + used, size - used, "%s%s", i > first ? "  \xe2\x86\x92  " : "", places[i]);
    }
}

#define TRAIL_STYLE  STYLE(FONT_SANS, 17, COLOR_MUTED, ALIGN_CENTER)
#define REPEAT_STYLE STYLE(FONT_SANS_BOLD, 17, COLOR_WARN, ALIGN_CENTER)

/* The trail and how often the caller has had to give their details again so
 * far, from the top of r, at least r.h tall; draw false only measures.
 * Returns the y under them. */
static float draw_trail(const StepRun *run, Ui *ui, Rect r, bool draw)
{
    const Journey *j = run->journey;
    char trail[512];
    trail_text(run, trail, sizeof trail);
    TextStyle small = TRAIL_STYLE;
    float h = fmaxf(r.h, ui_text_height(ui, r.w, trail, &small));
    if (draw)
        ui_text(ui, (Rect){r.x, r.y, r.w, h}, trail, &small);
    float y = r.y + h + 2;
    if (j && j->repeated > 0) {
        char again[96];
        snprintf(again, sizeof again,
                 words_plural(run->lang, j->repeated, WORD_REPEATED_ONCE, WORD_REPEATED),
                 j->repeated);
        TextStyle warn = REPEAT_STYLE;
        float a = fmaxf(26, ui_text_height(ui, r.w, again, &warn));
        if (draw)
            ui_text(ui, (Rect){r.x, y, r.w, a}, again, &warn);
        y += a;
    }
    return y;
}

#define CARD_HEAD    STYLE(FONT_SANS_BOLD, 20, COLOR_MUTED, ALIGN_LEFT)
#define DETAIL_LABEL STYLE_SMALL
#define DETAIL_VALUE STYLE(FONT_MONO, 22, COLOR_INK, ALIGN_LEFT)

/* The persona's details, for the caller to look up what they must type
 * again, on a card at r (its height unused): each label over its value,
 * a label as tall as it wraps. Returns the card's height (0: no details);
 * draw false only measures. Up to two details stand one under the other;
 * three or four go in two columns when the card is wide, which is what the
 * scenario's limit of four is for. */
static float details(const StepRun *run, Ui *ui, Rect r, bool draw)
{
    const Persona *p = &run->scenario->persona;
    if (!p->n_details)
        return 0;
    TextStyle head = CARD_HEAD, lab = DETAIL_LABEL, val = DETAIL_VALUE;
    int cols = p->n_details > 2 && r.w > 500 ? 2 : 1;
    float w = (r.w - 48) / (float)cols - 12 * (float)(cols - 1);
    float hh = ui_text_height(ui, 400, "M", &head), vh = ui_text_height(ui, 400, "M", &val);
    float y = r.y + 30 + hh, row = 0;
    if (draw) {
        theme_card(ui, r);
        ui_text(ui, (Rect){r.x + 24, r.y + 18, r.w - 48, hh}, words_get(run->lang, WORD_CARD),
                &head);
    }
    for (int i = 0; i < p->n_details; i++) {
        const char *label = step_text(run, &p->details[i].label);
        float lh = ui_text_height(ui, w, label, &lab), x = r.x + 24 + (float)(i % cols) * (w + 12);
        if (draw) {
            ui_text(ui, (Rect){x, y, w, lh}, label, &lab);
            ui_text(ui, (Rect){x, y + lh, w, vh}, p->details[i].value, &val);
        }
        row = fmaxf(row, lh + vh + 4);
        if (i % cols == cols - 1 || i == p->n_details - 1)
            y += row, row = 0;
    }
    return y + 16 - r.y;
}

/* Where the parts go: a phone with the agent's card beside it and the
 * details' card under that, as made; with larger text, a bar across the top
 * for the call (phone is then its rectangle) and the two cards side by side
 * under it, so that the agent's card has the height its words need. */
typedef struct {
    Rect phone, details, card;
    bool bar;
} Places;

static Places places(const StepRun *run, Ui *ui)
{
    const HandoffStep *h = run->step->data;
    if (ui_text_scale(ui) <= 1)
        return (Places){
            {140, 30, 380, 660}, {600, 490, 600, 200}, {600, 40, 600, h->n_ask ? 420 : 520}, false};
    TextStyle name = STYLE(FONT_SANS_BOLD, 26, COLOR_INK, ALIGN_CENTER);
    float bar_h = 28 + ui_text_height(ui, 1000, "M", &name) +
                  draw_trail(run, ui, (Rect){0, 0, 1120, 0}, false);
    float top = 12 + bar_h + 14, dw = 360;
    float dh = details(run, ui, (Rect){0, 0, dw, 0}, false);
    Places p = {{40, 12, 1200, bar_h}, {1240 - dw, top, dw, dh}, {40, top, 1200, 708 - top}, true};
    if (dh > 0)
        p.card.w -= dw + 20;
    return p;
}

/* With larger text, the call as a bar across the top: who speaks now (or
 * that the call is being transferred to them) and the clock, then the trail. */
static void call_bar(const StepRun *run, Ui *ui, Rect bar, bool transferring)
{
    const HandoffStep *h = run->step->data;
    ui_round_rect(ui, bar, 14, COLOR_PHONE);
    Rect in = {bar.x + 8, bar.y + 8, bar.w - 16, bar.h - 16};
    ui_round_rect(ui, in, 10, COLOR_SCREEN);
    TextStyle name = STYLE(FONT_SANS_BOLD, 26, COLOR_INK, ALIGN_CENTER);
    TextStyle timer = STYLE(FONT_MONO, 22, COLOR_MUTED, ALIGN_RIGHT);
    char who[320], clock[16];
    snprintf(who, sizeof who, "%s%s%s", transferring ? words_get(run->lang, WORD_TRANSFERRING) : "",
             transferring ? " " : "", step_text(run, &h->to));
    theme_clock(run->now_ms - run->started_ms, clock, sizeof clock);
    float nh = ui_text_height(ui, 1000, "M", &name);
    ui_text(ui, (Rect){in.x + 150, in.y + 6, in.w - 300, nh}, who, &name);
    ui_text(ui, (Rect){in.x + in.w - 150, in.y + 6, 136, nh}, clock, &timer);
    draw_trail(run, ui, (Rect){in.x + 32, in.y + 6 + nh, in.w - 64, 0}, true);
}

/* The agent's question, the field and the hint, at the bottom of the card;
 * returns the top of the question. */
static float ask_block(const StepRun *run, Ui *ui, Rect card)
{
    const HandoffStep *h = run->step->data;
    const HandoffState *s = run->state;
    TextStyle ask = STYLE(FONT_SANS_BOLD, 24, COLOR_INK, ALIGN_LEFT), hint = STYLE_SMALL;
    const char *type_hint = words_get(run->lang, WORD_TYPE_HINT);
    float w = card.w - 64, ask_h = 34, hint_h = fmaxf(26, ui_text_height(ui, w, type_hint, &hint));
    for (int i = 0; i < h->n_ask; i++)
        ask_h = fmaxf(ask_h, ui_text_height(ui, w, handoff_ask_label(run, &h->ask[i]), &ask));
    float top = card.y + card.h - 26 - hint_h - 10 - 56 - 6 - ask_h, y = top;
    for (int i = run->show_all ? 0 : s->asked; i <= (run->show_all ? h->n_ask - 1 : s->asked); i++)
        ui_text(ui, (Rect){card.x + 32, y, w, ask_h}, handoff_ask_label(run, &h->ask[i]), &ask);
    y += ask_h + 6;
    theme_input(ui, (Rect){card.x + 32, y, card.w - 214, 56}, s->typed, true, s->wrong > 0, 0);
    theme_button(ui, (Rect){card.x + card.w - 168, y, 136, 56}, "OK", ACT_CONTINUE, 0,
                 s->typed[0] != '\0', false);
    ui_text(ui, (Rect){card.x + 32, y + 66, w, hint_h}, type_hint, &hint);
    return top;
}

/* The transfer itself: the phone (or the bar) says where to, the card asks to hold. */
static void draw_transfer(const StepRun *run, Ui *ui, const Places *p, Rect screen, float y)
{
    const HandoffStep *h = run->step->data;
    theme_card(ui, p->card);
    TextStyle voice = STYLE(FONT_SANS, 26, COLOR_MUTED, ALIGN_LEFT),
              small = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
    ui_text(ui, (Rect){p->card.x + 32, p->card.y + 40, p->card.w - 64, p->card.h - 80},
            words_get(run->lang, WORD_PLEASE_HOLD), &voice);
    details(run, ui, p->details, true);
    if (p->bar)
        return;
    char clock[16];
    theme_clock(run->now_ms - run->started_ms, clock, sizeof clock);
    theme_call_head(ui, screen, fmaxf(y + 10, screen.y + 200),
                    words_get(run->lang, WORD_TRANSFERRING), step_text(run, &h->to), clock, &small);
}

static void draw(const StepRun *run, Ui *ui, StepLayout *layout)
{
    (void)layout;
    const HandoffStep *h = run->step->data;
    const HandoffState *s = run->state;
    ui_clear(ui, COLOR_BG);
    Places p = places(run, ui);
    bool transferring = s->transferring && !run->show_all;
    if (p.bar) {
        call_bar(run, ui, p.phone, transferring);
        if (transferring) {
            draw_transfer(run, ui, &p, p.phone, 0);
            return;
        }
    } else {
        Rect screen = theme_phone(ui, p.phone);
        float y =
            draw_trail(run, ui, (Rect){screen.x + 10, screen.y + 24, screen.w - 20, 50}, true);
        if (transferring) {
            draw_transfer(run, ui, &p, screen, y);
            return;
        }
        char clock[16];
        theme_clock(run->now_ms - run->started_ms, clock, sizeof clock);
        TextStyle small = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
        theme_call_head(ui, screen, fmaxf(y + 6, screen.y + 110), NULL, step_text(run, &h->to),
                        clock, &small);
    }
    Rect card = p.card;
    theme_card(ui, card);
    TextStyle voice = STYLE(FONT_SANS, 24, COLOR_INK, ALIGN_LEFT);
    /* The greeting and the lost items flow down to the question (or the button);
     * each box ends there, so the fit lint reports what would run into it. */
    float end = h->n_ask ? ask_block(run, ui, card) - 8 : card.y + card.h - 100;
    float w = card.w - 64;
    float y = card.y + 30;
    /* After a wrong answer the agent's last words are about it, in place of
     * the greeting; the fit lint (show_all) measures both in that one place. */
    bool wrong = s->wrong > 0;
    float said = 0;
    if (h->greeting.n && (!wrong || run->show_all))
        said = ui_text(ui, (Rect){card.x + 32, y, w, fminf(150 * ui_text_scale(ui), end - y)},
                       step_text(run, &h->greeting), &voice);
    if (wrong || run->show_all)
        said = fmaxf(said,
                     ui_text(ui, (Rect){card.x + 32, y, w, fminf(150 * ui_text_scale(ui), end - y)},
                             handoff_wrong_line(run), &voice));
    y += said > 0 ? 16 + said : 0;
    if (h->n_lost) {
        TextStyle head = STYLE(FONT_SANS_BOLD, 18, COLOR_WARN, ALIGN_LEFT);
        char cannot[160];
        snprintf(cannot, sizeof cannot, words_get(run->lang, WORD_CANNOT_SEE),
                 step_text(run, &h->to));
        y += 4 + ui_text(ui,
                         (Rect){card.x + 32, y, w,
                                fminf(ui_text_height(ui, w, cannot, &head), end - y)},
                         cannot, &head);
    }
    for (int i = 0; i < h->n_lost; i++) {
        TextStyle lost = STYLE(FONT_SANS, 20, COLOR_WARN, ALIGN_LEFT);
        y += 6 + ui_text(ui, (Rect){card.x + 32, y, w, fminf(60 * ui_text_scale(ui), end - y)},
                         step_text(run, &h->lost[i]), &lost);
    }
    if (h->n_ask == 0)
        theme_button(ui, (Rect){card.x + card.w - 292, card.y + card.h - 90, 260, 60},
                     words_get(run->lang, WORD_CONTINUE), ACT_CONTINUE, 0, true, true);
    details(run, ui, p.details, true);
}

const StepView view_handoff = {.draw = draw};
