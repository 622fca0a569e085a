/* The drawing of a wait step: the phone on hold, the queue as people, and what the line says. */
#include "step_views.h"

#include <stdio.h>

#include "steps/wait.h"
#include "view/theme.h"

static void draw_call(const StepRun *run, Ui *ui, Rect screen)
{
    const WaitStep *w = run->step->data;
    const WaitState *s = run->state;
    TextStyle small = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
    TextStyle name = STYLE(FONT_SANS_BOLD, 28, COLOR_INK, ALIGN_CENTER);
    ui_text(ui, (Rect){screen.x, screen.y + 40, screen.w, 26}, words_get(run->lang, WORD_CALLING),
            &small);
    ui_text(ui, (Rect){screen.x + 10, screen.y + 70, screen.w - 20, 70},
            w->calling.n ? step_text(run, &w->calling) : step_text(run, &run->scenario->title),
            &name);
    char clock[16];
    theme_clock(s->redial_ms ? 0 : wait_elapsed(run), clock, sizeof clock);
    TextStyle timer = STYLE(FONT_MONO, 30, COLOR_INK, ALIGN_CENTER);
    ui_text(ui, (Rect){screen.x, screen.y + 150, screen.w, 40}, clock, &timer);
    if (w->queue.start && !s->redial_ms) {
        ui_text(ui, (Rect){screen.x + 10, screen.y + 240, screen.w - 20, 50},
                words_get(run->lang, WORD_QUEUE), &small);
        char pos[16];
        snprintf(pos, sizeof pos, "%d", s->position);
        TextStyle big = STYLE(FONT_SANS_BOLD, 96, COLOR_ACCENT, ALIGN_CENTER);
        ui_text(ui, (Rect){screen.x, screen.y + 290, screen.w, 120}, pos, &big);
    }
    if (w->hangup.allowed && !s->cut_ms && !s->redial_ms) {
        Rect b = {screen.x + screen.w / 2 - 42, screen.y + screen.h - 120, 84, 84};
        ui_circle(ui, b.x + 42, b.y + 42, 42, COLOR_WARN);
        ui_line(ui, b.x + 22, b.y + 46, b.x + 62, b.y + 46, 9, COLOR_CARD);
        ui_region(ui, b, ACT_HANGUP, 0);
        const char *label = w->hangup.label.n ? step_text(run, &w->hangup.label)
                                              : words_get(run->lang, WORD_HANG_UP);
        ui_text(ui, (Rect){screen.x, b.y - 56, screen.w, 50}, label, &small);
    }
}

/* The queue as people: those ahead of you, and you last. It grows when the
 * position goes up, which is the point. */
static void draw_queue(const StepRun *run, Ui *ui, Rect card)
{
    const WaitState *s = run->state;
    TextStyle head = STYLE(FONT_SANS_BOLD, 26, COLOR_INK, ALIGN_LEFT);
    ui_text(ui, (Rect){card.x + 36, card.y + 30, card.w - 72, 36},
            words_get(run->lang, WORD_ON_HOLD), &head);
    int shown = s->position > 24 ? 24 : s->position;
    for (int i = 0; i < shown; i++)
        theme_person(ui, card.x + 64 + (float)(i % 8) * 64, card.y + 124 + (float)(i / 8) * 84, 52,
                     i == shown - 1);
    char ahead[64];
    snprintf(ahead, sizeof ahead, "%d %s", s->position - 1,
             words_plural(run->lang, s->position - 1, WORD_AHEAD_ONE, WORD_AHEAD));
    TextStyle note = STYLE(FONT_SANS, 22, COLOR_MUTED, ALIGN_LEFT);
    float y = card.y + 110 + (float)((shown + 7) / 8) * 84;
    ui_text(ui, (Rect){card.x + 36, y, card.w - 72, 30}, ahead, &note);
}

static void draw(const StepRun *run, Ui *ui, StepLayout *layout)
{
    (void)layout;
    const WaitStep *w = run->step->data;
    const WaitState *s = run->state;
    ui_clear(ui, COLOR_BG);
    draw_call(run, ui, theme_phone(ui, (Rect){140, 30, 380, 660}));
    Rect card = {600, 60, 600, 600};
    theme_card(ui, card);
    if (s->redial_ms) { /* no queue, no music: the phone dials */
        TextStyle head = STYLE(FONT_SANS_BOLD, 30, COLOR_INK, ALIGN_LEFT);
        ui_text(ui, (Rect){card.x + 36, card.y + 30, card.w - 72, 120},
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
    ui_fill(ui, (Rect){card.x + 36, card.y + 420, card.w - 72, 2}, COLOR_LINE);
    ui_text(ui, (Rect){card.x + 36, card.y + 446, card.w - 72, 140}, says, &voice);
}

const StepView view_wait = {.draw = draw};
