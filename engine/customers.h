/* Customer emotion data (docs/contract.md): a survey export as CSV (RFC 4180,
 * UTF-8 with or without BOM, a header row) in one of three forms: a frequency
 * table (touchpoint,value,count,scale_min,scale_max), a raw export (the same
 * with count 1, or without a count column), or summaries
 * (touchpoint,n,mean,sd,scale_min,scale_max). Read as a stream into one
 * frequency table per touchpoint, so memory does not grow with the rows.
 * Every problem is a diagnostic with its line and column. No SDL. */
#ifndef TEASER_CUSTOMERS_H
#define TEASER_CUSTOMERS_H

#include <stdbool.h>

#include "diag.h"
#include "scenario.h"

enum { CUSTOMERS_MAX_VALUES = 1000, CUSTOMERS_MAX_TOUCHPOINTS = 200 };

typedef struct {
    double value; /* on the survey's own scale */
    double count; /* how many answered it: a whole number, 0 to 1e9 per row, summed */
} CustomerFreq;

typedef struct {
    /* the touchpoint's id (a scenario's ids are at most 64 bytes) */
    char id[65];
    int line; /* where it first appears */
    /* the survey's scale, the same on every row of the touchpoint; min < max */
    double scale_min, scale_max;
    bool reversed;      /* the low end of the scale is the positive one */
    bool summary;       /* only n, mean and sd are known */
    double n, mean, sd; /* for a summary; for a table computed by customers_load */
    CustomerFreq freq[CUSTOMERS_MAX_VALUES]; /* distinct values, in order of appearance */
    int n_freq;                              /* values in freq; 0 for a summary */
} CustomerTouchpoint;

enum { CUSTOMERS_LABELS = 4, CUSTOMERS_LABEL_MAX = 64 };

typedef struct {
    CustomerTouchpoint *tps; /* in order of first appearance; customers_free frees them */
    int n;                   /* at most CUSTOMERS_MAX_TOUCHPOINTS */
    long rows;               /* data rows with a good touchpoint and scale (a bad value counts) */
    /* the first few distinct values of the source and period columns, for the report */
    char sources[CUSTOMERS_LABELS][CUSTOMERS_LABEL_MAX],
        periods[CUSTOMERS_LABELS][CUSTOMERS_LABEL_MAX];
    int n_sources, n_periods;
} CustomerData;

typedef enum { CUSTOMERS_OK, CUSTOMERS_INVALID, CUSTOMERS_ENV } CustomerStatus;

/* Reads path; touchpoint ids are checked against s (when not NULL). Problems
 * go to dl with file set to path. *out is filled even when invalid. */
CustomerStatus customers_load(const char *path, const Scenario *s, CustomerData *out, DiagList *dl);
void customers_free(CustomerData *d);
const CustomerTouchpoint *customers_find(const CustomerData *d, const char *touchpoint);

/* A value of t's scale on the employees' valence scale 1..points, linearly
 * (1-5 onto 1-9 is 2x-1), turned round first when the scale is reversed. */
double customers_to_points(const CustomerTouchpoint *t, double value, int points);
/* A value of t's scale on the common scale -4..+4 (scale.h). */
double customers_common(const CustomerTouchpoint *t, double value);

#endif
