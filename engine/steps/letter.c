/* letter: a letter on paper (letterhead, references, a dense body, small
 * print, an optional attachment), with an optional comprehension question on
 * the same screen; ends on continue, or by answering the question. */
#include "letter.h"

#include <stddef.h>
#include <stdio.h>

#include "playtime.h"

enum { LETTER_SCROLL_STEP = 160 };

static const Field attachment_fields[] = {
    {F("title", FIELD_TEXT, false, Attachment, title), .doc = "The enclosure's title."},
    {F("body", FIELD_TEXT, true, Attachment, body), .doc = "The enclosure itself."},
};

static const Field question_fields[] = {
    {F("text", FIELD_TEXT, true, Question, text), .doc = "The question."},
    {F("options", FIELD_LIST, true, Question, options), .min = 2, .max = 6,
     TEXT_LIST(Question, n_options), .doc = "The answers to choose from (2 to 6)."},
    {F("answer", FIELD_INT, true, Question, answer), .min = 1, .max = 6,
     .doc = "Which option is right, counting from 1 (at most the number of options)."},
};

static const Field fields[] = {
    {F("sender", FIELD_TEXT, true, LetterStep, sender),
     .doc = "Who sends it, in the letterhead (\"Energie BV\")."},
    {F("date", FIELD_TEXT, false, LetterStep, date), .doc = "The date on the letter, as written."},
    {F("reference", FIELD_STR, false, LetterStep, reference),
     .doc = "The reference line (\"Ref. EBV/2026/0419-77/VH\")."},
    {F("subject", FIELD_TEXT, false, LetterStep, subject), .doc = "The subject line."},
    {F("body", FIELD_TEXT, true, LetterStep, body), .doc = "The letter itself."},
    {F("small_print", FIELD_TEXT, false, LetterStep, small_print),
     .doc = "The small print at the bottom."},
    {F("attachment", FIELD_MAP, false, LetterStep, attachment), SUB(attachment_fields),
     .doc = "An enclosure: a title (optional) and a body."},
    {F("question", FIELD_MAP, false, LetterStep, question), SUB(question_fields),
     .doc = "A question about the letter, on the same screen: answering it ends the step."},
};

static bool validate(Parse *p, Step *step, const YNode *map)
{
    const LetterStep *l = step->data;
    const YNode *q = ytree_get(map, "question");
    const YNode *answer = q ? ytree_get(q, "answer") : NULL;
    if (answer && l->question.n_options && l->question.answer > l->question.n_options)
        return schema_error(p, DIAG_E0503, answer,
                            "\"answer\" is option %d, but there are only %d options",
                            l->question.answer, l->question.n_options);
    return true;
}

/* ---- playing ---- */

static void answer(StepRun *run, int option)
{
    const LetterStep *l = run->step->data;
    bool right = option == l->question.answer;
    int64_t ms = run->now_ms - run->started_ms;
    step_log(run, step_event(EVENT_ANSWER, ms, option, right), "option %d (%s) after %lld ms",
             option, right ? "correct" : "wrong", (long long)ms);
    char how[32];
    snprintf(how, sizeof how, "answered %d", option);
    step_end(run, run->step->next.index, how);
}

static bool scroll(StepRun *run, const InputEvent *ev)
{
    float by = 0;
    if (ev->kind == IN_KEY)
        by = ev->key == KEY_DOWN || ev->key == KEY_PAGEDOWN ? LETTER_SCROLL_STEP
             : ev->key == KEY_UP || ev->key == KEY_PAGEUP   ? -LETTER_SCROLL_STEP
                                                            : 0;
    if (ev->kind == IN_ACTION)
        by = ev->action == ACT_SCROLL_DOWN ? LETTER_SCROLL_STEP
             : ev->action == ACT_SCROLL_UP ? -LETTER_SCROLL_STEP
                                           : 0;
    step_scroll(run, by);
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
    .kind = STEP_LETTER,
    .data_size = sizeof(LetterStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .validate = validate,
    .input = input,
    .accepts = accepts,
    .play_ms = play_ms,
};
