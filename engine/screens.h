/* The player's own screens around the scenario: the start screen (pseudonym,
 * workshop, what is recorded and why, consent) and the end screen. Input and
 * drawing; no storage, no SDL. */
#ifndef TEASER_SCREENS_H
#define TEASER_SCREENS_H

#include <stdbool.h>

#include "input.h"
#include "ui.h"

enum { SCREENS_FIELD_MAX = 48 };

typedef struct {
    char pseudonym[SCREENS_FIELD_MAX], workshop[SCREENS_FIELD_MAX];
    bool workshop_fixed; /* given on the command line */
    bool consent;
    int focus; /* 1 pseudonym, 2 workshop, 3 consent, 4 start */
    const char *lang;
    const char *title; /* the scenario's title */
    /* the customer the participant becomes: persona name and "about" (either may be NULL) */
    const char *persona, *about;
} StartScreen;

typedef enum { START_WAITING, START_TAKEN, START_DONE } StartResult;

/* workshop: the value to show (may be ""); fixed: given by the facilitator. */
void start_screen_init(StartScreen *s, const char *lang, const char *title, const char *workshop,
                       bool fixed);
StartResult start_screen_input(StartScreen *s, const InputEvent *ev);
void start_screen_draw(const StartScreen *s, Ui *ui);

void end_screen_draw(Ui *ui, const char *lang, bool kiosk);

#endif
