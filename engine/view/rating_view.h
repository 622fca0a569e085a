/* The rating screen: draws a Rating (engine/rating.h) as it is now, and
 * changes nothing of it; input is rating.c's. */
#ifndef TEASER_RATING_VIEW_H
#define TEASER_RATING_VIEW_H

#include "rating.h"
#include "view/ui.h"

/* Draws the rating screen: question (NULL: the default for persona),
 * context (may be NULL: what just happened, above the question). */
void rating_draw(const Rating *r, Ui *ui, const char *question, const char *persona,
                 const char *context);

/* What a prediction's screen shows above the instrument. */
typedef struct {
    int k, n;          /* the k-th of n predictions, from 1 */
    const char *label; /* the touchpoint predicted */
    const char *about; /* its line of context, or NULL */
} RatingPrediction;

/* Draws a prediction before playing: the touchpoint's label, its context and
 * k of n above the question (about customers), then the same instrument. */
void rating_draw_prediction(const Rating *r, Ui *ui, const char *question,
                            const RatingPrediction *pr);

#endif
