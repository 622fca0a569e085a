/* message: text on screen (narration, an e-mail, a text message) that the
 * player reads and continues from. */
#include "steps.h"

#include <stddef.h>

#include "../theme.h"
#include "../playtime.h"

typedef struct {
    Text title, text, button;
} MessageStep;

static const Field fields[] = {
    {F("title", FIELD_TEXT, false, MessageStep, title)},
    {F("text", FIELD_TEXT, true, MessageStep, text)},
    {F("button", FIELD_TEXT, false, MessageStep, button)},
};

static bool input(StepRun *run, const InputEvent *ev)
{
    bool go = ev->kind == IN_CONTINUE || (ev->kind == IN_ACTION && ev->action == ACT_CONTINUE) ||
              (ev->kind == IN_KEY && (ev->key == KEY_ENTER || ev->key == KEY_SPACE));
    if (go)
        step_end(run, run->step->next.index, "continue");
    return go;
}

static unsigned accepts(const StepRun *run)
{
    (void)run;
    return ACCEPT_CONTINUE;
}

static void draw(const StepRun *run, Ui *ui)
{
    const MessageStep *m = run->step->data;
    ui_clear(ui, COLOR_BG);
    TextStyle head = STYLE_HEADING, body = STYLE(FONT_SANS, 26, COLOR_INK, ALIGN_LEFT);
    const char *title = m->title.n ? step_text(run, &m->title) : NULL;
    float w = 820, th = title ? ui_text_height(ui, w, title, &head) + 24 : 0;
    float bh = ui_text_height(ui, w, step_text(run, &m->text), &body);
    float card_h = 70 + th + bh + 110, y = (UI_CANVAS_H - card_h) / 2;
    if (y < 20)
        y = 20, card_h = UI_CANVAS_H - 40;
    theme_card(ui, (Rect){190, y, 900, card_h});
    if (title)
        ui_text(ui, (Rect){230, y + 40, w, th}, title, &head);
    ui_text(ui, (Rect){230, y + 40 + th, w, card_h - 150 - th}, step_text(run, &m->text), &body);
    const char *label = m->button.n ? step_text(run, &m->button) : theme_str(run->lang, S_CONTINUE);
    theme_button(ui, (Rect){790, y + card_h - 90, 260, 60}, label, ACT_CONTINUE, 0, true, true);
}

static long play_ms(const Step *step, const Scenario *s)
{
    const MessageStep *m = step->data;
    return PLAYTIME_SCREEN + playtime_reading(s, &m->title, PLAYTIME_READ_PER_WORD) +
           playtime_reading(s, &m->text, PLAYTIME_READ_PER_WORD);
}

const StepType step_message = {
    .name = "message",
    .data_size = sizeof(MessageStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .input = input,
    .accepts = accepts,
    .draw = draw,
    .play_ms = play_ms,
};
