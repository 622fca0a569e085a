/* letter: a letter on paper (letterhead, references, a dense body, small
 * print, an optional attachment), with an optional comprehension question on
 * the same screen; ends on continue, or by answering the question. */
#include "steps.h"

#include <stddef.h>
#include <stdio.h>

#include "../theme.h"
#include "../playtime.h"

enum { LETTER_SCROLL_STEP = 160 };

typedef struct {
    Text title, body;
} Attachment;

typedef struct {
    Text text;
    Text *options;
    int n_options;
    int answer; /* 1-based */
} Question;

typedef struct {
    Text sender, date, subject, body, small_print;
    const char *reference;
    Attachment attachment;
    Question question;
} LetterStep;

static const Field attachment_fields[] = {
    {F("title", FIELD_TEXT, false, Attachment, title)},
    {F("body", FIELD_TEXT, true, Attachment, body)},
};

static const Field question_fields[] = {
    {F("text", FIELD_TEXT, true, Question, text)},
    {F("options", FIELD_LIST, true, Question, options), .min = 2, .max = 6,
     LIST(Question, n_options, Text, schema_each_text)},
    {F("answer", FIELD_INT, true, Question, answer), .min = 1, .max = 6},
};

static const Field fields[] = {
    {F("sender", FIELD_TEXT, true, LetterStep, sender)},
    {F("date", FIELD_TEXT, false, LetterStep, date)},
    {F("reference", FIELD_STR, false, LetterStep, reference)},
    {F("subject", FIELD_TEXT, false, LetterStep, subject)},
    {F("body", FIELD_TEXT, true, LetterStep, body)},
    {F("small_print", FIELD_TEXT, false, LetterStep, small_print)},
    {F("attachment", FIELD_MAP, false, LetterStep, attachment), SUB(attachment_fields)},
    {F("question", FIELD_MAP, false, LetterStep, question), SUB(question_fields)},
};

static bool validate(Parse *p, Step *step, const YNode *map)
{
    const LetterStep *l = step->data;
    const YNode *q = ytree_get(map, "question");
    const YNode *answer = q ? ytree_get(q, "answer") : NULL;
    if (answer && l->question.n_options && l->question.answer > l->question.n_options)
        return schema_error(p, answer, "\"answer\" is option %d, but there are only %d options",
                            l->question.answer, l->question.n_options);
    return true;
}

/* ---- playing ---- */

typedef struct {
    float scroll; /* canvas units the paper is moved up */
    float height; /* of the paper, laid out once (canvas units: any window size); 0: not yet */
} LetterState;

static void answer(StepRun *run, int option)
{
    const LetterStep *l = run->step->data;
    bool right = option == l->question.answer;
    step_log(run, "answer", "option %d (%s) after %lld ms", option, right ? "correct" : "wrong",
             (long long)(run->now_ms - run->started_ms));
    char how[32];
    snprintf(how, sizeof how, "answered %d", option);
    step_end(run, run->step->next.index, how);
}

static bool scroll(StepRun *run, const InputEvent *ev)
{
    LetterState *s = run->state;
    float by = 0;
    if (ev->kind == IN_KEY)
        by = ev->key == KEY_DOWN || ev->key == KEY_PAGEDOWN ? LETTER_SCROLL_STEP
             : ev->key == KEY_UP || ev->key == KEY_PAGEUP   ? -LETTER_SCROLL_STEP
                                                            : 0;
    if (ev->kind == IN_ACTION)
        by = ev->action == ACT_SCROLL_DOWN ? LETTER_SCROLL_STEP
             : ev->action == ACT_SCROLL_UP ? -LETTER_SCROLL_STEP
                                           : 0;
    s->scroll += by;
    if (s->scroll < 0)
        s->scroll = 0;
    return by != 0;
}

static bool input(StepRun *run, const InputEvent *ev)
{
    const LetterStep *l = run->step->data;
    if (scroll(run, ev))
        return true;
    if (l->question.n_options) {
        int n = ev->kind == IN_CHOOSE                                       ? ev->n
                : ev->kind == IN_ACTION && ev->action == ACT_CHOOSE         ? ev->arg
                : ev->kind == IN_KEY && ev->key > KEY_0 && ev->key <= KEY_9 ? (int)(ev->key - KEY_0)
                                                                            : 0;
        if (n < 1 || n > l->question.n_options)
            return false;
        answer(run, n);
        return true;
    }
    bool go = ev->kind == IN_CONTINUE || (ev->kind == IN_KEY && ev->key == KEY_ENTER) ||
              (ev->kind == IN_ACTION && ev->action == ACT_CONTINUE);
    if (go)
        step_end(run, run->step->next.index, "continue");
    return go;
}

static unsigned accepts(const StepRun *run)
{
    const LetterStep *l = run->step->data;
    return l->question.n_options ? ACCEPT_CHOOSE : ACCEPT_CONTINUE;
}

/* Draws one block of the letter at y and returns the y after it. */
static float block(const StepRun *run, Ui *ui, float y, const Text *t, const TextStyle *st,
                   float gap)
{
    if (!t->n)
        return y;
    Rect r = {100, y, 600, 4000};
    r.h = ui_text_height(ui, r.w, step_text(run, t), st);
    ui_text(ui, r, step_text(run, t), st);
    return y + r.h + gap;
}

static float paper(const StepRun *run, Ui *ui, float top)
{
    const LetterStep *l = run->step->data;
    TextStyle head = STYLE(FONT_SERIF_BOLD, 28, COLOR_ACCENT, ALIGN_LEFT);
    TextStyle meta = STYLE(FONT_MONO, 15, COLOR_MUTED, ALIGN_LEFT);
    TextStyle subject = STYLE(FONT_SERIF_BOLD, 19, COLOR_INK, ALIGN_LEFT);
    TextStyle body = STYLE(FONT_SERIF, 17, COLOR_INK, ALIGN_LEFT);
    TextStyle fine = STYLE(FONT_SERIF, 12, COLOR_MUTED, ALIGN_LEFT);
    float y = block(run, ui, top + 44, &l->sender, &head, 26);
    char line[256];
    snprintf(line, sizeof line, "%s%s%s", l->date.n ? step_text(run, &l->date) : "",
             l->date.n && l->reference ? "      " : "", l->reference ? l->reference : "");
    if (line[0]) {
        ui_text(ui, (Rect){100, y, 600, 22}, line, &meta);
        y += 40;
    }
    y = block(run, ui, y, &l->subject, &subject, 20);
    y = block(run, ui, y, &l->body, &body, 28);
    y = block(run, ui, y, &l->small_print, &fine, 24);
    if (l->attachment.body.n) {
        ui_line(ui, 100, y, 700, y, 1.5f, COLOR_LINE);
        y = block(run, ui, y + 24, &l->attachment.title, &subject, 14);
        y = block(run, ui, y, &l->attachment.body, &body, 24);
    }
    return y + 20 - top;
}

static void question(const StepRun *run, Ui *ui)
{
    const LetterStep *l = run->step->data;
    Rect card = {820, 40, 400, 640};
    theme_card(ui, card);
    TextStyle q = STYLE(FONT_SANS_BOLD, 24, COLOR_INK, ALIGN_LEFT);
    float y = card.y + 32;
    y += 24 + ui_text(ui, (Rect){card.x + 28, y, card.w - 56, 160},
                      step_text(run, &l->question.text), &q);
    TextStyle opt = STYLE(FONT_SANS, 24, COLOR_INK, ALIGN_LEFT);
    TextStyle num = STYLE(FONT_SANS_BOLD, 22, COLOR_CARD, ALIGN_CENTER);
    for (int i = 0; i < l->question.n_options; i++) {
        Rect b = {card.x + 28, y, card.w - 56, 60};
        ui_round_rect(ui, b, 10, COLOR_ACCENT_SOFT);
        ui_circle(ui, b.x + 30, b.y + 30, 18, COLOR_ACCENT);
        char n[12];
        snprintf(n, sizeof n, "%d", i + 1);
        ui_text(ui, (Rect){b.x + 12, b.y + 16, 36, 28}, n, &num);
        ui_text(ui, (Rect){b.x + 64, b.y + 15, b.w - 76, 32},
                step_text(run, &l->question.options[i]), &opt);
        ui_region(ui, b, ACT_CHOOSE, i + 1);
        y += 74;
    }
    TextStyle hint = STYLE_SMALL;
    ui_text(ui, (Rect){card.x + 28, card.y + card.h - 50, card.w - 56, 26},
            theme_str(run->lang, S_LETTER_QUESTION), &hint);
}

static void draw(const StepRun *run, Ui *ui)
{
    const LetterStep *l = run->step->data;
    LetterState *s = run->state;
    ui_clear(ui, COLOR_BG);
    if (!s->height)
        s->height = paper(run, ui, -10000); /* measured off screen, once */
    float height = s->height;
    float max_scroll = height + 40 > UI_CANVAS_H ? height + 40 - UI_CANVAS_H : 0;
    /* only layout knows how far the paper can scroll: clamp here */
    if (s->scroll > max_scroll)
        s->scroll = max_scroll;
    float top = 20 - s->scroll;
    theme_shadow(ui, (Rect){60, top, 680, height}, 4, 4, 6);
    ui_fill(ui, (Rect){60, top, 680, height}, COLOR_PAPER);
    paper(run, ui, top);
    if (max_scroll > 0) {
        theme_button(ui, (Rect){756, 560, 48, 48}, "\xe2\x86\x91", ACT_SCROLL_UP, 0, s->scroll > 0,
                     false);
        theme_button(ui, (Rect){756, 620, 48, 48}, "\xe2\x86\x93", ACT_SCROLL_DOWN, 0,
                     s->scroll < max_scroll, false);
    }
    if (l->question.n_options)
        question(run, ui);
    else
        theme_button(ui, (Rect){900, 600, 260, 60}, theme_str(run->lang, S_CONTINUE), ACT_CONTINUE,
                     0, true, true);
}

/* Read closely, for an answer: body, small print and attachment. */
static long play_ms(const Step *step, const Scenario *s)
{
    const LetterStep *l = step->data;
    const Text *studied[] = {&l->subject, &l->body, &l->small_print, &l->attachment.title,
                             &l->attachment.body};
    long ms = PLAYTIME_SCREEN + playtime_reading(s, &l->question.text, PLAYTIME_READ_PER_WORD);
    for (size_t i = 0; i < sizeof studied / sizeof *studied; i++)
        ms += playtime_reading(s, studied[i], PLAYTIME_STUDY_PER_WORD);
    for (int i = 0; i < l->question.n_options; i++)
        ms += playtime_reading(s, &l->question.options[i], PLAYTIME_READ_PER_WORD);
    return ms;
}

const StepType step_letter = {
    .name = "letter",
    .data_size = sizeof(LetterStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .validate = validate,
    .state_size = sizeof(LetterState),
    .input = input,
    .accepts = accepts,
    .draw = draw,
    .play_ms = play_ms,
};
