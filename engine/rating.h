/* The rating instrument of design §4 `rating:`: a valence row in the style of
 * the Self-Assessment Manikin with its end labels, an optional arousal row and
 * optional emotion words. Nothing is preselected, so a rating is never given
 * by accident; the choice can change until it is confirmed. Input handling and
 * drawing only: storing the confirmed rating is the caller's job. */
#ifndef TEASER_RATING_H
#define TEASER_RATING_H

#include <stdbool.h>
#include <stdint.h>

#include "input.h"
#include "scenario.h"
#include "ui.h"

typedef enum { ROW_VALENCE, ROW_AROUSAL, ROW_EMOTION, ROW_CONFIRM } RatingFocus;

typedef enum {
    RATING_IGNORED,  /* not for the rating screen */
    RATING_TAKEN,    /* changed the selection (or moved the focus) */
    RATING_DONE,     /* confirmed: the rating is complete */
    RATING_REJECTED, /* a scripted rate outside the scale, or an unknown word */
} RatingResult;

typedef struct {
    const Instrument *in;
    const char *lang, *fallback_lang;
    int valence, arousal, emotion; /* 0: not chosen; emotion is 1-based */
    RatingFocus focus;
    int changes;   /* times a choice was changed to another value */
    Device device; /* of the input that confirmed it */
    int64_t onset_ms, response_ms;
    bool confirmed;
    char error[160]; /* why RATING_REJECTED */
} Rating;

void rating_start(Rating *r, const Instrument *in, const char *lang, const char *fallback,
                  int64_t now_ms);
RatingResult rating_input(Rating *r, const InputEvent *ev, int64_t now_ms);
/* Valence (and arousal, when asked) are chosen: Enter or the button confirms. */
bool rating_ready(const Rating *r);
/* The chosen emotion word in the scenario's language, or NULL. */
const char *rating_emotion_word(const Rating *r);

/* Draws the rating screen: question (NULL: the default for persona),
 * context (may be NULL: what just happened, above the question). */
void rating_draw(const Rating *r, Ui *ui, const char *question, const char *persona,
                 const char *context);

#endif
