/* message: text on screen that the player reads and continues from. Its
 * data, which its view (engine/view/steps/message.c) reads and never
 * changes. */
#ifndef TEASER_STEPS_MESSAGE_H
#define TEASER_STEPS_MESSAGE_H

#include "steps.h"

typedef struct {
    Text title;  /* above the text; optional */
    Text text;   /* the message itself */
    Text button; /* the continue button's label; not given: "Continue" */
} MessageStep;

#endif
