/* The drawing of a form step: a browser window with the form, its fields and their errors. */
#include "step_views.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "steps/form.h"
#include "view/theme.h"

#define LABEL_STYLE STYLE(FONT_SANS_BOLD, 19, COLOR_INK, ALIGN_LEFT)
enum { LABEL_LINES = 2 }; /* a field's label wraps to this many lines at most */

static void browser(const StepRun *run, Ui *ui)
{
    const FormStep *f = run->step->data;
    ui_round_rect(ui, (Rect){40, 16, 1200, 690}, 12, COLOR_PHONE);
    ui_fill(ui, (Rect){44, 60, 1192, 642}, COLOR_CARD);
    static const Color dots[] = {{237, 106, 94, 255}, {245, 191, 79, 255}, {98, 197, 84, 255}};
    for (int i = 0; i < 3; i++)
        ui_circle(ui, 70 + (float)i * 24, 38, 7, dots[i]);
    ui_round_rect(ui, (Rect){150, 24, 900, 28}, 14, COLOR_SCREEN);
    TextStyle url = STYLE(FONT_SANS, 15, COLOR_MUTED, ALIGN_LEFT);
    ui_text(ui, (Rect){168, 29, 860, 22}, f->url ? f->url : "", &url);
}

static const char *label_of(const StepRun *run, int i)
{
    const FormStep *f = run->step->data;
    return i == f->n_fields ? words_get(run->lang, WORD_CAPTCHA)
                            : step_text(run, &f->fields[i].label);
}

/* How much lower than one line a field's label reaches: a long label wraps to
 * up to LABEL_LINES lines instead of being cut, and the field moves down. */
static float label_extra(const StepRun *run, Ui *ui, int i, float w)
{
    TextStyle lab = LABEL_STYLE;
    float line = 19 * 1.3f;
    float h = fminf(ui_text_height(ui, w, label_of(run, i), &lab), LABEL_LINES * line);
    return h > line ? h - line : 0;
}

static void field_at(const StepRun *run, Ui *ui, int i, Rect r)
{
    const FormStep *f = run->step->data;
    const FormState *s = run->state;
    bool captcha = i == f->n_fields;
    TextStyle lab = LABEL_STYLE;
    float extra = label_extra(run, ui, i, r.w);
    ui_text(ui, (Rect){r.x, r.y, r.w, 26 + extra}, label_of(run, i), &lab);
    r.y += extra;
    if (captcha) {
        TextStyle code = STYLE(FONT_SERIF_BOLD, 26, COLOR_MUTED, ALIGN_RIGHT);
        ui_text(ui, (Rect){r.x, r.y - 4, r.w, 32}, f->captcha, &code);
        ui_line(ui, r.x + r.w - 110, r.y + 8, r.x + r.w, r.y + 20, 2, COLOR_MUTED);
    }
    bool password = !captcha && f->fields[i].kind && !strcmp(f->fields[i].kind, "password");
    char shown[FORM_VALUE_MAX];
    snprintf(shown, sizeof shown, "%s", s->value[i]);
    if (password)
        for (char *c = shown; *c; c++)
            *c = '*';
    theme_input(ui, (Rect){r.x, r.y + 28, r.w, 44}, shown, s->focus == i, s->error[i] != 0, i + 1);
    TextStyle note = STYLE(FONT_SANS, 16, s->error[i] ? COLOR_WARN : COLOR_MUTED, ALIGN_LEFT);
    for (int e = 0; run->show_all && e < f->n_errors; e++)
        if (f->errors[e].field.index == i)
            ui_text(ui, (Rect){r.x, r.y + 76, r.w, 22}, form_error_text(run, e + 1), &note);
    const char *under = s->error[i]                       ? form_error_text(run, s->error[i])
                        : !captcha && f->fields[i].hint.n ? step_text(run, &f->fields[i].hint)
                                                          : "";
    ui_text(ui, (Rect){r.x, r.y + 76, r.w, 22}, under, &note);
}

static void draw(const StepRun *run, Ui *ui, StepLayout *layout)
{
    (void)layout;
    const FormStep *f = run->step->data;
    const FormState *s = run->state;
    ui_clear(ui, COLOR_BG);
    browser(run, ui);
    TextStyle h1 = STYLE(FONT_SANS_BOLD, 30, COLOR_INK, ALIGN_LEFT);
    float y = 84;
    if (f->title.n)
        y += 8 + ui_text(ui, (Rect){120, y, 1040, 44}, step_text(run, &f->title), &h1);
    TextStyle intro = STYLE(FONT_SANS, 19, s->expired ? COLOR_WARN : COLOR_MUTED, ALIGN_LEFT);
    const char *says = s->expired && f->timeout.message.n ? step_text(run, &f->timeout.message)
                       : f->intro.n                       ? step_text(run, &f->intro)
                                                          : "";
    y += 12 + ui_text(ui, (Rect){120, y, 1040, 56}, says, &intro);
    int n = form_field_count(run), cols = n > 3 ? 2 : 1, rows = (n + cols - 1) / cols;
    float w = cols == 2 ? 500 : 620, extra = 0;
    for (int i = 0; i < n; i++)
        extra = fmaxf(extra, label_extra(run, ui, i, w));
    float row_h = fminf(120 + extra, (600 - y) / (float)rows);
    for (int i = 0; i < n; i++)
        field_at(run, ui, i,
                 (Rect){120 + (float)(i / rows) * 540, y + (float)(i % rows) * row_h, w, 100});
    const char *send = f->submit.n ? step_text(run, &f->submit) : words_get(run->lang, WORD_SEND);
    float by = fminf(y + (float)rows * row_h + 8, 620);
    theme_button(ui, (Rect){120, by, 240, 58}, send, ACT_CONTINUE, 0, true, false);
}

const StepView view_form = {.draw = draw};
