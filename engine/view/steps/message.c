/* The drawing of a message step: a card with a title, the text and a button. */
#include "step_views.h"

#include <math.h>

#include "steps/message.h"
#include "view/theme.h"

static void draw(const StepRun *run, Ui *ui, StepLayout *layout)
{
    (void)layout;
    const MessageStep *m = run->step->data;
    ui_clear(ui, COLOR_BG);
    TextStyle head = STYLE_HEADING, body = STYLE(FONT_SANS, 26, COLOR_INK, ALIGN_LEFT);
    const char *title = m->title.n ? step_text(run, &m->title) : NULL;
    /* larger text: the card takes the canvas's width, and less margin */
    bool large = ui_text_scale(ui) > 1;
    float card_w = large ? 1240 : 900, x = (UI_CANVAS_W - card_w) / 2, pad = large ? 22 : 40;
    float foot = large ? 96 : 110; /* the button's band at the bottom */
    float w = card_w - 80, th = title ? ui_text_height(ui, w, title, &head) + (large ? 12 : 24) : 0;
    float bh = ui_text_height(ui, w, step_text(run, &m->text), &body);
    float card_h = pad + 30 + th + bh + foot, y = (UI_CANVAS_H - card_h) / 2;
    if (y < 20 - 10 * large)
        y = 20 - 10 * large, card_h = UI_CANVAS_H - 2 * y;
    theme_card(ui, (Rect){x, y, card_w, card_h});
    if (title)
        ui_text(ui, (Rect){x + 40, y + pad, w, th}, title, &head);
    ui_text(ui, (Rect){x + 40, y + pad + th, w, card_h - pad - foot - th}, step_text(run, &m->text),
            &body);
    const char *label =
        m->button.n ? step_text(run, &m->button) : words_get(run->lang, WORD_CONTINUE);
    TextStyle on_button = STYLE_BUTTON;
    float bw = fminf(card_w - 80, fmaxf(260, ui_text_width(ui, label, &on_button) + 40));
    theme_button(ui, (Rect){x + card_w - 40 - bw, y + card_h - foot + 20, bw, 60}, label,
                 ACT_CONTINUE, 0, true, true);
}

const StepView view_message = {.draw = draw};
