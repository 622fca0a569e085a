/* rate: a rating prompt with no other content. Its data; its view
 * (engine/view/steps/rate.c) shows only the room behind the prompt. */
#ifndef TEASER_STEPS_RATE_H
#define TEASER_STEPS_RATE_H

#include "steps.h"

typedef struct {
    Text text;     /* the line above the prompt: what just happened; optional */
    Text question; /* instead of the instrument's question; optional */
} RateStep;

#endif
