/* The drawing of a form step: a browser window with the form, its fields and their errors. */
#include "step_views.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "steps/form.h"
#include "view/theme.h"

#define LABEL_STYLE STYLE(FONT_SANS_BOLD, 19, COLOR_INK, ALIGN_LEFT)
#define NOTE_STYLE  STYLE(FONT_SANS, 16, COLOR_MUTED, ALIGN_LEFT)
enum { LABEL_LINES = 2 }; /* a field's label wraps to this many lines at most */

static void browser(const StepRun *run, Ui *ui)
{
    const FormStep *f = run->step->data;
    ui_round_rect(ui, (Rect){40, 16, 1200, 690}, 12, COLOR_PHONE);
    ui_fill(ui, (Rect){44, 60, 1192, 642}, COLOR_CARD);
    static const Color dots[] = {{237, 106, 94, 255}, {245, 191, 79, 255}, {98, 197, 84, 255}};
    for (int i = 0; i < 3; i++)
        ui_circle(ui, 70 + (float)i * 24, 38, 7, dots[i]);
    TextStyle url = STYLE(FONT_SANS, 15, COLOR_MUTED, ALIGN_LEFT);
    float h = ui_text_height(ui, 860, "M", &url), bar = fmaxf(28, h + 6);
    ui_round_rect(ui, (Rect){150, 38 - bar / 2, 900, bar}, bar / 2, COLOR_SCREEN);
    ui_text(ui, (Rect){168, 38 - fmaxf(22, h) / 2 + 2 * (h <= 22), 860, fmaxf(22, h)},
            f->url ? f->url : "", &url);
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
    float line = ui_text_height(ui, w, "M", &lab);
    float h = fminf(ui_text_height(ui, w, label_of(run, i), &lab), LABEL_LINES * line);
    return h > line ? h - line : 0;
}

/* The height of field i's note (its hint, or an error about it) at width w,
 * up to two lines: one as made, two with larger text where it wraps. */
static float note_height(const StepRun *run, Ui *ui, int i, float w)
{
    const FormStep *f = run->step->data;
    TextStyle note = NOTE_STYLE;
    float line = fmaxf(22, ui_text_height(ui, w, "Mg", &note)), h = 0;
    if (ui_text_scale(ui) <= 1)
        return line;
    if (i < f->n_fields && f->fields[i].hint.n)
        h = ui_text_height(ui, w, step_text(run, &f->fields[i].hint), &note);
    for (int e = 0; e < f->n_errors; e++)
        if (f->errors[e].field.index == i)
            h = fmaxf(h, ui_text_height(ui, w, form_error_text(run, e + 1), &note));
    return fminf(fmaxf(line, h), 2 * line);
}

/* The heights of a row's parts at this text size: the label (its longest
 * label's extra lines added), the input box, and the whole row with the
 * tallest note of its fields (one per column). As made 26, 44 and 120. */
typedef struct {
    float label, input, height;
} FieldSizes;

static FieldSizes row_sizes(const StepRun *run, Ui *ui, int r, int rows, int n, float w)
{
    TextStyle lab = LABEL_STYLE, val = STYLE(FONT_MONO, 22, COLOR_INK, ALIGN_LEFT);
    float extra = 0, note = 0;
    for (int i = r; i < n; i += rows) {
        extra = fmaxf(extra, label_extra(run, ui, i, w));
        note = fmaxf(note, note_height(run, ui, i, w));
    }
    FieldSizes z = {fmaxf(26, ui_text_height(ui, w, "M", &lab)) + extra,
                    fmaxf(44, ui_text_height(ui, w, "Mg", &val) + 12), 0};
    z.height = fmaxf(120 + extra, z.label + 2 + z.input + 4 + note + 8);
    return z;
}

/* The captcha's code, drawn: on the label's line at its right as made; with
 * larger text to the right of the box, which is narrower for it. Returns
 * the width the box keeps. */
static float captcha_code(const StepRun *run, Ui *ui, Rect r, const FieldSizes *z)
{
    const FormStep *f = run->step->data;
    TextStyle code = STYLE(FONT_SERIF_BOLD, 26, COLOR_MUTED, ALIGN_RIGHT);
    if (ui_text_scale(ui) <= 1) {
        ui_text(ui, (Rect){r.x, r.y + z->label - 30, r.w, 32}, f->captcha, &code);
        float y = r.y + z->label - 26;
        ui_line(ui, r.x + r.w - 110, y + 8, r.x + r.w, y + 20, 2, COLOR_MUTED);
        return r.w;
    }
    float cw = ui_text_width(ui, f->captcha, &code) + 8, ch = ui_text_height(ui, cw, "M", &code);
    float y = r.y + z->label + 2 + (z->input - ch) / 2;
    ui_text(ui, (Rect){r.x + r.w - cw, y, cw, ch}, f->captcha, &code);
    ui_line(ui, r.x + r.w - cw, y + ch * 0.35f, r.x + r.w, y + ch * 0.7f, 2, COLOR_MUTED);
    return r.w - cw - 16;
}

static void field_at(const StepRun *run, Ui *ui, int i, Rect r, const FieldSizes *z)
{
    const FormStep *f = run->step->data;
    const FormState *s = run->state;
    bool captcha = i == f->n_fields;
    TextStyle lab = LABEL_STYLE;
    ui_text(ui, (Rect){r.x, r.y, r.w, z->label}, label_of(run, i), &lab);
    float box_w = captcha ? captcha_code(run, ui, r, z) : r.w;
    bool password = !captcha && f->fields[i].kind && !strcmp(f->fields[i].kind, "password");
    char shown[FORM_VALUE_MAX];
    snprintf(shown, sizeof shown, "%s", s->value[i]);
    if (password)
        for (char *c = shown; *c; c++)
            *c = '*';
    float in_y = r.y + z->label + 2, note_y = in_y + z->input + 4;
    theme_input(ui, (Rect){r.x, in_y, box_w, z->input}, shown, s->focus == i, s->error[i] != 0,
                i + 1);
    TextStyle note = NOTE_STYLE;
    note.color = s->error[i] ? COLOR_WARN : COLOR_MUTED;
    float note_h = fmaxf(0, fminf(note_height(run, ui, i, r.w), r.y + r.h - note_y));
    for (int e = 0; run->show_all && e < f->n_errors; e++)
        if (f->errors[e].field.index == i)
            ui_text(ui, (Rect){r.x, note_y, r.w, note_h}, form_error_text(run, e + 1), &note);
    const char *under = s->error[i]                       ? form_error_text(run, s->error[i])
                        : !captcha && f->fields[i].hint.n ? step_text(run, &f->fields[i].hint)
                                                          : "";
    ui_text(ui, (Rect){r.x, note_y, r.w, note_h}, under, &note);
}

/* The page: its title and intro, then the fields in one column (two when
 * there are more than three) in rows as tall as they need, or as the room
 * allows, and the send button under them. With larger text the page starts
 * higher and the title and intro take their lines. */
static void draw(const StepRun *run, Ui *ui, StepLayout *layout)
{
    (void)layout;
    const FormStep *f = run->step->data;
    const FormState *s = run->state;
    ui_clear(ui, COLOR_BG);
    browser(run, ui);
    bool large = ui_text_scale(ui) > 1;
    /* the page's margin and width: wider with larger text */
    float left = large ? 70 : 120, page = large ? 1140 : 1040;
    TextStyle h1 = STYLE(FONT_SANS_BOLD, 30, COLOR_INK, ALIGN_LEFT);
    float y = large ? 72 : 84;
    if (f->title.n) {
        const char *title = step_text(run, &f->title);
        y += 8 + ui_text(ui,
                         (Rect){left, y, page, large ? ui_text_height(ui, page, title, &h1) : 44},
                         title, &h1);
    }
    TextStyle intro = STYLE(FONT_SANS, 19, s->expired ? COLOR_WARN : COLOR_MUTED, ALIGN_LEFT);
    const char *says = s->expired && f->timeout.message.n ? step_text(run, &f->timeout.message)
                       : f->intro.n                       ? step_text(run, &f->intro)
                                                          : "";
    float intro_h = 56;
    if (large) /* both the intro and the message after a timeout, so that the fields stay put */
        intro_h =
            fmaxf(ui_text_height(ui, page, f->intro.n ? step_text(run, &f->intro) : "", &intro),
                  f->timeout.message.n
                      ? ui_text_height(ui, page, step_text(run, &f->timeout.message), &intro)
                      : 0);
    y += 12 + ui_text(ui, (Rect){left, y, page, intro_h}, says, &intro);
    int n = form_field_count(run), cols = 0, rows = 0;
    float bottom = large ? 720 - 30 - 58 - 6 : 600, w = 0, need = 0;
    FieldSizes z[FORM_MAX_FIELDS + 1];
    /* one column, two when there are more than three fields; with larger
     * text three when two would not fit */
    int most = n > 3 ? (large ? 3 : 2) : 1;
    for (int c = n > 3 ? 2 : 1; c <= most; c++) {
        cols = c, rows = (n + cols - 1) / cols, need = 0;
        w = cols == 1 ? 620 : (page - 40 * (float)(cols - 1)) / (float)cols;
        for (int r = 0; r < rows; r++) {
            z[r] = row_sizes(run, ui, r, rows, n, w);
            need += z[r].height;
        }
        if (need <= bottom - y)
            break;
    }
    const char *send = f->submit.n ? step_text(run, &f->submit) : words_get(run->lang, WORD_SEND);
    TextStyle button = STYLE_BUTTON;
    float bw = fmaxf(240, ui_text_width(ui, send, &button) + 40);
    /* rows squeezed alike when they do not fit (the fit lint then says what is cut) */
    float fit = fminf(1, (bottom - y) / need);
    for (int r = 0; r < rows; r++) {
        for (int i = r; i < n; i += rows)
            field_at(run, ui, i,
                     (Rect){left + (float)(i / rows) * (w + 40), y, w, z[r].height * fit}, &z[r]);
        y += z[r].height * fit;
    }
    float by = fminf(y + 8, large ? 720 - 30 - 58 : 620);
    theme_button(ui, (Rect){left, by, bw, 58}, send, ACT_CONTINUE, 0, true, false);
}

const StepView view_form = {.draw = draw};
