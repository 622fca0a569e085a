/* The common scale every report and debrief shows: -4 (very negative) to +4
 * (very positive), 0 neutral, whatever the instrument's number of points.
 * The one place a rating is converted. No SDL. */
#ifndef TEASER_SCALE_H
#define TEASER_SCALE_H

/* value 1..points, mapped linearly onto -4..+4 (1 of 9 is -4, 9 of 9 is +4). */
double scale_common(double value, int points);

#endif
