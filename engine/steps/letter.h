/* letter: a letter on paper with an optional comprehension question. Its
 * data, which its view (engine/view/steps/letter.c) reads and never changes.
 * The paper scrolls (StepRun.scroll) as far as the view has found it to be
 * tall. */
#ifndef TEASER_STEPS_LETTER_H
#define TEASER_STEPS_LETTER_H

#include "steps.h"

typedef struct {
    Text title; /* optional */
    Text body;  /* the enclosure's text */
} Attachment;

typedef struct {
    Text text;     /* the question, beside the letter */
    Text *options; /* the answers to choose from, 2 to 6 */
    int n_options;
    int answer; /* the right option, 1-based (at most n_options) */
} Question;

typedef struct {
    Text sender;            /* the letterhead */
    Text date;              /* optional */
    Text subject;           /* optional */
    Text body;              /* the letter itself: dense on purpose */
    Text small_print;       /* optional, in fine type */
    const char *reference;  /* a reference code beside the date; optional */
    Attachment attachment;  /* optional (attachment.body.n == 0: none) */
    Question question;      /* optional (question.n_options == 0: continue instead) */
} LetterStep;

#endif
