/* The drawing of a message step: a card with a title, the text and a button. */
#include "step_views.h"

#include "steps/message.h"
#include "view/theme.h"

static void draw(const StepRun *run, Ui *ui, StepLayout *layout)
{
    (void)layout;
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
    const char *label = m->button.n ? step_text(run, &m->button) : words_get(run->lang, WORD_CONTINUE);
    theme_button(ui, (Rect){790, y + card_h - 90, 260, 60}, label, ACT_CONTINUE, 0, true, true);
}

const StepView view_message = {.draw = draw};
