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

#endif
