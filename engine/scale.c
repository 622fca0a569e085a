/* The common scale: a rating as given on the instrument, on -4..+4. */
#include "scale.h"

double scale_common(double value, int points)
{
    return (value - 1.0) / (points - 1) * 8 - 4;
}
