/* How long a scenario takes a newcomer to play, estimated from its contents:
 * waits at their real length, texts at reading speed, answers at typing speed,
 * each rating at the time a first-timer needs. The facilitator plans the
 * session with it (teaser check prints it); docs/scenario-format.md gives
 * the speeds. Plain C, no clock: the same file always gives the same figure. */
#ifndef TEASER_PLAYTIME_H
#define TEASER_PLAYTIME_H

#include "scenario.h"

/* Speeds of a first-time player, in milliseconds. */
enum {
    PLAYTIME_READ_PER_WORD = 300,    /* 200 words a minute: screens, greetings */
    PLAYTIME_STUDY_PER_WORD = 500,   /* 120 words a minute: a letter read for an answer */
    PLAYTIME_LISTEN_PER_WORD = 400,  /* 150 words a minute: a phone menu read out */
    PLAYTIME_TYPE_PER_CHAR = 300,    /* looking at a card and typing it */
    PLAYTIME_FIELD = 4000,           /* finding a field or a detail, reading its label */
    PLAYTIME_SCREEN = 2000,          /* taking in a screen and going on */
    PLAYTIME_RATING = 15000,         /* one rating: faces, arousal, a word */
};

typedef struct {
    long shortest_ms; /* the quickest way from the first step to the end */
    long longest_ms;  /* the slowest way that visits no step twice */
} Playtime;

Playtime playtime_estimate(const Scenario *s);

/* One visit to a step, its rating apart: its type's estimate, or a glance. */
long playtime_visit(const Scenario *s, const Step *st);

/* For the step types' own estimates (engine/steps/). */
long playtime_reading(const Scenario *s, const Text *t, int ms_per_word);
long playtime_typing(const char *text);

#endif
