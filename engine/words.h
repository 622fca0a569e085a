/* The interface's own words, as opposed to scenario texts: buttons,
 * prompts, the start and end screens, the debriefs' sentences. One table per
 * language (English and Dutch; any other language reads English), so that a
 * translator finds every word in one place. No SDL. */
#ifndef TEASER_WORDS_H
#define TEASER_WORDS_H

typedef enum {
    WORD_CONTINUE,
    WORD_CONFIRM,
    WORD_QUESTION, /* "How would you feel right now, as %s?" */
    WORD_CALM,
    WORD_AGITATED,
    WORD_EMOTION_HINT,
    WORD_RATING_HINT,
    WORD_START_TITLE,
    WORD_PSEUDONYM,
    WORD_WORKSHOP,
    WORD_START_RECORDED,
    WORD_START_PERSONA,
    WORD_CONSENT,
    WORD_START,
    WORD_END_TITLE,
    WORD_END_TEXT,
    WORD_HANG_UP,
    WORD_CALLING,
    WORD_QUEUE,
    WORD_SEND,
    WORD_TRANSFERRING,
    WORD_LETTER_QUESTION,
    WORD_CAPTCHA,
    WORD_CARD,
    WORD_TYPE_HINT,
    WORD_ON_HOLD,
    WORD_AHEAD,
    WORD_HOLD_MUSIC,
    WORD_PLEASE_HOLD,
    WORD_END_CLOSE,
    WORD_REPEATED,
    WORD_CANNOT_SEE,
    /* the personal debrief */
    WORD_DEBRIEF_WORSE_THEM, /* "At \"%s\", customers felt %.1f points worse than you did." */
    WORD_DEBRIEF_WORSE_YOU,
    WORD_DEBRIEF_MOMENTS,
    WORD_DEBRIEF_WAITED,
    WORD_DEBRIEF_REPEATED,
    WORD_DEBRIEF_LETTER_RIGHT,  /* one letter, found */
    WORD_DEBRIEF_LETTER_WRONG,  /* one letter, not found */
    WORD_DEBRIEF_LETTERS_RIGHT, /* several letters, each found: "%d" */
    WORD_DEBRIEF_LETTERS_WRONG, /* several letters, none found: "%d" */
    WORD_DEBRIEF_LETTERS_MIXED, /* found at "%s", not at "%s" (lists of labels) */
    WORD_AND,                   /* joins the last two of a list */
    WORD_DEBRIEF_ATTEMPTS,
    WORD_DEBRIEF_TITLE,
    WORD_DEBRIEF_YOU,
    WORD_DEBRIEF_THEM,
    WORD_DEBRIEF_NO_DATA,
    /* the group debrief */
    WORD_GROUP_TITLE, /* "The group and the customers%s%s": ": " and the workshop */
    WORD_GROUP_NAME,
    WORD_GROUP_WAITING_ONE, /* "Waiting for %d more participant" */
    WORD_GROUP_WAITING_MANY,
    WORD_GROUP_PRIVACY,
    WORD_GROUP_FIGURES, /* the group's and customers' means, n, the gap and its interval */
    WORD_GROUP_LARGEST,
    WORD_GROUP_HINT,
    WORD_COUNT,
} WordId;

/* The word in lang (a language code; other languages than nl: English). */
const char *words_get(const char *lang, WordId id);

#endif
