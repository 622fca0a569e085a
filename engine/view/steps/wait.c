/* The drawing of a wait step: the phone on hold, the queue as people, and what the line says. */
#include "step_views.h"

#include <math.h>
#include <stdio.h>

#include "steps/wait.h"
#include "view/theme.h"

/* The place in the queue on the phone, between y and bottom; left out when
 * the text is too large for it there (the card says how many are ahead). */
static void place_in_queue(const StepRun *run, Ui *ui, Rect screen, float y, float bottom)
{
    const WaitState *s = run->state;
    TextStyle small = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
    const char *queue = words_get(run->lang, WORD_QUEUE);
    y = fmaxf(y + 10, screen.y + 240);
    float h = ui_text_height(ui, screen.w - 20, queue, &small);
    if (y + fmaxf(50, h) + 120 > bottom)
        return;
    ui_text(ui, (Rect){screen.x + 10, y, screen.w - 20, h}, queue, &small);
    char pos[16];
    snprintf(pos, sizeof pos, "%d", s->position);
    TextStyle big = STYLE(FONT_SANS_BOLD, 96 / ui_text_scale(ui), COLOR_ACCENT, ALIGN_CENTER);
    ui_text(ui, (Rect){screen.x, y + fmaxf(50, h), screen.w, 120}, pos, &big);
}

/* The phone on hold: the call's head, the place in the queue (its number
 * already four times the body's size: it does not grow with the text), and
 * the hang-up button at the bottom with its label above it. */
static void draw_call(const StepRun *run, Ui *ui, Rect screen)
{
    const WaitStep *w = run->step->data;
    const WaitState *s = run->state;
    TextStyle small = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
    char clock[16];
    theme_clock(s->redial_ms ? 0 : wait_elapsed(run), clock, sizeof clock);
    TextStyle timer = STYLE(FONT_MONO, 30, COLOR_INK, ALIGN_CENTER);
    float bottom = screen.y + screen.h,
          y = theme_call_head(ui, screen, screen.y + 40, words_get(run->lang, WORD_CALLING),
                              w->calling.n ? step_text(run, &w->calling)
                                           : step_text(run, &run->scenario->title),
                              clock, &timer);
    if (w->hangup.allowed && !s->cut_ms && !s->redial_ms) {
        Rect b = {screen.x + screen.w / 2 - 42, screen.y + screen.h - 120, 84, 84};
        ui_circle(ui, b.x + 42, b.y + 42, 42, COLOR_WARN);
        ui_line(ui, b.x + 22, b.y + 46, b.x + 62, b.y + 46, 9, COLOR_CARD);
        ui_region(ui, b, ACT_HANGUP, 0);
        const char *label = w->hangup.label.n ? step_text(run, &w->hangup.label)
                                              : words_get(run->lang, WORD_HANG_UP);
        float h = fmaxf(50, ui_text_height(ui, screen.w, label, &small));
        ui_text(ui, (Rect){screen.x, b.y - 6 - h, screen.w, h}, label, &small);
        bottom = b.y - 6 - h;
    }
    if (w->queue.start && !s->redial_ms)
        place_in_queue(run, ui, screen, y, bottom);
}

/* The queue as people: those ahead of you, and you last. It grows when the
 * position goes up, which is the point. */
static void draw_queue(const StepRun *run, Ui *ui, Rect card)
{
    const WaitState *s = run->state;
    TextStyle head = STYLE(FONT_SANS_BOLD, 26, COLOR_INK, ALIGN_LEFT);
    const char *title = words_get(run->lang, WORD_ON_HOLD);
    float th = ui_text_height(ui, card.w - 72, title, &head);
    ui_text(ui, (Rect){card.x + 36, card.y + 30, card.w - 72, th}, title, &head);
    int shown = s->position > 24 ? 24 : s->position;
    for (int i = 0; i < shown; i++)
        theme_person(ui, card.x + 64 + (float)(i % 8) * 64, card.y + 124 + (float)(i / 8) * 84, 52,
                     i == shown - 1);
    char ahead[64];
    snprintf(ahead, sizeof ahead, "%d %s", s->position - 1,
             words_plural(run->lang, s->position - 1, WORD_AHEAD_ONE, WORD_AHEAD));
    TextStyle note = STYLE(FONT_SANS, 22, COLOR_MUTED, ALIGN_LEFT);
    float y = card.y + 110 + (float)((shown + 7) / 8) * 84;
    ui_text(ui, (Rect){card.x + 36, y, card.w - 72, ui_text_height(ui, card.w - 72, ahead, &note)},
            ahead, &note);
}

/* The height of the longest thing the line says on this step, at width w. */
static float said_height(const StepRun *run, Ui *ui, float w)
{
    const WaitStep *ws = run->step->data;
    TextStyle voice = STYLE(FONT_SANS, 26, COLOR_INK, ALIGN_LEFT);
    float h = ui_text_height(ui, w, words_get(run->lang, WORD_HOLD_MUSIC), &voice);
    if (ws->announce.every)
        h = fmaxf(h, ui_text_height(ui, w, step_text(run, &ws->announce.text), &voice));
    if (ws->disconnect.text.n)
        h = fmaxf(h, ui_text_height(ui, w, step_text(run, &ws->disconnect.text), &voice));
    return h;
}

static void draw(const StepRun *run, Ui *ui, StepLayout *layout)
{
    (void)layout;
    const WaitStep *w = run->step->data;
    const WaitState *s = run->state;
    ui_clear(ui, COLOR_BG);
    ThemePhoneSide side = theme_phone_side(ui);
    draw_call(run, ui, theme_phone(ui, side.body));
    Rect card = {side.card_x, 60, side.card_w, 600};
    theme_card(ui, card);
    if (s->redial_ms) { /* no queue, no music: the phone dials */
        TextStyle head = STYLE(FONT_SANS_BOLD, 30, COLOR_INK, ALIGN_LEFT);
        ui_text(ui, (Rect){card.x + 36, card.y + 30, card.w - 72, 120 * ui_text_scale(ui)},
                words_get(run->lang, WORD_CALLING_AGAIN), &head);
        return;
    }
    if (w->queue.start)
        draw_queue(run, ui, card);
    int64_t t = wait_elapsed(run);
    const char *says = words_get(run->lang, WORD_HOLD_MUSIC);
    TextStyle voice = STYLE(FONT_SANS, 26, COLOR_INK, ALIGN_LEFT);
    if (s->cut_ms)
        says = w->disconnect.text.n ? step_text(run, &w->disconnect.text) : "...";
    else if (w->announce.every &&
             ((t >= w->announce.every && t % w->announce.every < WAIT_ANNOUNCE_MS) ||
              run->show_all))
        says = step_text(run, &w->announce.text);
    else
        voice = STYLE(FONT_SANS, 24, COLOR_MUTED, ALIGN_CENTER);
    /* the line the voice says sits low on the card, higher when the longest
     * it will say needs it (measured once, so it does not jump) */
    float room = fmaxf(140, said_height(run, ui, card.w - 72));
    float top = fminf(card.y + 446, card.y + card.h - 14 - room);
    ui_fill(ui, (Rect){card.x + 36, top - 26, card.w - 72, 2}, COLOR_LINE);
    ui_text(ui, (Rect){card.x + 36, top, card.w - 72, card.y + card.h - 14 - top}, says, &voice);
}

const StepView view_wait = {.draw = draw};
