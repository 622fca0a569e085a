/* The two kinds of rating by name (rating_kind.h). */
#include "rating_kind.h"

#include <string.h>

static const char *const kind_names[] = {[RATING_FELT] = "felt", [RATING_PREDICTED] = "predicted"};

const char *rating_kind_name(RatingKind kind)
{
    return kind_names[kind == RATING_PREDICTED];
}

bool rating_kind_parse(const char *name, RatingKind *out)
{
    for (int k = 0; name && k < 2; k++)
        if (strcmp(name, kind_names[k]) == 0)
            return *out = (RatingKind)k, true;
    return false;
}
