/* letter: a letter on paper (letterhead, references, a dense body, small
 * print, an optional attachment), with an optional comprehension question on
 * the same screen; ends on continue, or by answering the question. */
#include "steps.h"

#include <stddef.h>

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

const StepType step_letter = {
    .name = "letter",
    .data_size = sizeof(LetterStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .validate = validate,
};
