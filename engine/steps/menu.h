/* menu: a phone menu read out option by option. Its data, and how many
 * options the voice has read so far, which its view
 * (engine/view/steps/menu.c) shows and never changes. */
#ifndef TEASER_STEPS_MENU_H
#define TEASER_STEPS_MENU_H

#include "steps.h"

typedef struct {
    const char *key; /* one phone key: 0-9, * or # */
    Pos pos;         /* of the option in the file, for messages */
    Text label;      /* what the voice says the key is for */
    Ref go;          /* where the option leads; not given: the step's next */
} MenuOption;

typedef struct {
    long after; /* ms with no choice (1 s or more) before the menu gives up; 0: never */
    Ref go;     /* where it then goes; not given: the step's next */
} MenuTimeout;

typedef struct {
    Text prompt;          /* read out first */
    MenuOption *options;  /* in the order they are read out; 1 to 12, keys distinct */
    int n_options;
    MenuTimeout timeout;  /* optional (after 0: none) */
    StepVoice voice;      /* who reads it out (on by default) */
} MenuStep;

/* While it plays: when each option begins to be said (ms after the step
 * began; said[n_options]: the whole menu has been said, and a timeout counts
 * from there), and the option line being said. */
typedef struct {
    int64_t said[13];
    int saying; /* options begun so far */
    char line[320];
} MenuState;

/* How many options the voice has read out so far (all of them for the fit lint). */
int menu_spoken(const StepRun *run);

/* Asks clock for the length of every line of every menu of s in lang, in
 * file order: a play does this before anything else is said, so that its
 * menus' timing depends on the scenario alone, not on what was said before
 * (read aloud, announcements), and a headless play repeats it exactly. */
void menu_time_all(const Scenario *s, const char *lang, const SpeechClock *clock);

#endif
