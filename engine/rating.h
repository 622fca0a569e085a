/* The rating instrument (a scenario's `rating:`, docs/scenario-format.md): a
 * valence row in the style of the Self-Assessment Manikin with its end labels,
 * an optional arousal row and optional emotion words. Nothing is preselected,
 * so a rating is never given by accident; the choice can change until it is
 * confirmed. Input handling only: the view (engine/view/rating_view.c) draws
 * it, and storing the confirmed rating is the caller's job. No SDL. */
#ifndef TEASER_RATING_H
#define TEASER_RATING_H

#include <stdbool.h>
#include <stdint.h>

#include "input.h"
#include "scenario.h"

typedef enum { ROW_VALENCE, ROW_AROUSAL, ROW_EMOTION, ROW_CONFIRM } RatingFocus;

typedef enum {
    RATING_IGNORED,  /* not for the rating screen */
    RATING_TAKEN,    /* changed the selection (or moved the focus) */
    RATING_DONE,     /* confirmed: the rating is complete */
    RATING_REJECTED, /* a scripted rate outside the scale, or an unknown word */
} RatingResult;

typedef struct {
    const Instrument *in;            /* the scenario's instrument: scales and words */
    const char *lang, *fallback_lang; /* the language played, and the scenario's */
    int valence;                     /* 1..valence points; 0: not chosen yet */
    int arousal;                     /* 1..arousal points; 0: not chosen (or not asked) */
    int emotion;                     /* 1-based index of the chosen word; 0: none */
    RatingFocus focus;               /* the row the keyboard moves in */
    int changes;                     /* times a choice was changed to another value */
    Device device;                   /* of the input that confirmed it */
    int64_t onset_ms;                /* the clock (ms) when the prompt appeared */
    int64_t response_ms;             /* the clock (ms) when it was confirmed; 0 until then */
    bool confirmed;                  /* the rating is complete */
    char error[160];                 /* why RATING_REJECTED */
} Rating;

void rating_start(Rating *r, const Instrument *in, const char *lang, const char *fallback,
                  int64_t now_ms);
RatingResult rating_input(Rating *r, const InputEvent *ev, int64_t now_ms);
/* Valence (and arousal, when asked) are chosen: Enter or the button confirms. */
bool rating_ready(const Rating *r);
/* The chosen emotion word in the scenario's language, or NULL. */
const char *rating_emotion_word(const Rating *r);

#endif
