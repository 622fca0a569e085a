/* The start screen's state and input: a pseudonym (never a name), the
 * workshop unless the facilitator gave it, and consent. Its drawing is in
 * engine/view/screens.c. No SDL. */
#ifndef TEASER_START_SCREEN_H
#define TEASER_START_SCREEN_H

#include <stdbool.h>

#include "input.h"

enum { START_FIELD_MAX = 48 };

/* How the participant takes in the play (--text-scale, --high-contrast,
 * --read-aloud, and keys T, C and A here): text size in percent, 100 to 200,
 * high contrast, and each screen read aloud as it appears. */
enum { START_TEXT_MIN = 100, START_TEXT_MAX = 200, START_TEXT_STEP = 25 };
typedef struct {
    int text_size;
    bool high_contrast;
    bool read_aloud;
} StartLook;

typedef struct {
    char pseudonym[START_FIELD_MAX]; /* as typed so far */
    char workshop[START_FIELD_MAX];  /* as typed so far, or as the facilitator gave it */
    bool workshop_fixed;             /* given on the command line: not editable */
    bool consent;                    /* the box is ticked */
    int focus;                       /* 1 pseudonym, 2 workshop, 3 consent, 4 start */
    const char *lang;                /* the language played */
    const char *title;               /* the scenario's title */
    /* the customer the participant becomes: persona name and "about" (either may be NULL) */
    const char *persona, *about;
    StartLook look; /* set by the player; T, C and A change it */
} StartScreen;

typedef enum { START_WAITING, START_TAKEN, START_DONE } StartResult;

/* workshop: the value to show (may be ""); fixed: given by the facilitator. */
void start_screen_init(StartScreen *s, const char *lang, const char *title, const char *workshop,
                       bool fixed);
/* Keys T (or a click on "Text size") and C ("High contrast") change the look
 * when the focus is not in a text field, where they are typed. */
StartResult start_screen_input(StartScreen *s, const InputEvent *ev);
/* The next text size of T's cycle: 100, 125, 150, 175, 200, then 100. */
int start_next_text_size(int percent);
#endif
