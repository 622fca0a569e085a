/* What a rating says: how the participant felt at a step while playing, or
 * how they predicted, before playing, that customers feel at a touchpoint.
 * Stored and exported by name ("felt", "predicted"). No SDL. */
#ifndef TEASER_RATING_KIND_H
#define TEASER_RATING_KIND_H

#include <stdbool.h>

typedef enum { RATING_FELT, RATING_PREDICTED } RatingKind;

const char *rating_kind_name(RatingKind kind);
/* false (and *out unchanged) when name is neither */
bool rating_kind_parse(const char *name, RatingKind *out);

#endif
