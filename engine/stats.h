/* Gap statistics (docs/contract.md) as pure functions over frequency tables,
 * so that a million survey rows cost nothing more than their distinct values.
 * Every figure follows the definitions of docs/contract.md, so that it can be
 * checked by hand. No I/O; only the bootstrap allocates (its resampled tables
 * and, for short tables, its sampler's set-ups). */
#ifndef TEASER_STATS_H
#define TEASER_STATS_H

#include <stdbool.h>

typedef struct {
    double value, count; /* a value and how often it occurs (whole, kept as a double) */
} StatsFreq;

typedef struct {
    double n, mean, sd; /* sd with n - 1; NaN when n < 2 */
} StatsSummary;

typedef struct {
    double d, se, df, lo, hi; /* mean E - mean C, Welch's SE and df, the CI */
} StatsWelch;

StatsSummary stats_summary(const StatsFreq *f, int n);
/* The median of a table (the mean of the two middle values for an even total). */
double stats_median(const StatsFreq *f, int n);
/* The p-quantile of Student's t with df degrees of freedom (df > 0, may be fractional). */
double stats_t_quantile(double p, double df);
/* D = mean E - mean C with Welch's confidence interval at level (0.95). */
StatsWelch stats_welch(StatsSummary e, StatsSummary c, double level);
/* Hedges' g = J * D / s_p, J = 1 - 3 / (4 (n_E + n_C) - 9). */
double stats_hedges_g(StatsSummary e, StatsSummary c);
/* Cliff's delta = (#(e > c) - #(e < c)) / (n_E n_C), from the tables. */
double stats_cliffs_delta(const StatsFreq *e, int ne, const StatsFreq *c, int nc);
/* A percentile bootstrap interval for Cliff's delta at level (0.95): each of
 * resamples draws new tables of the same sizes from the two tables
 * (multinomially, never expanding rows), seeded, so the same input gives the
 * same interval. work needs room for resamples doubles. False on bad input. */
typedef struct {
    double lo, hi; /* the interval's ends, lo <= hi; NaN when not computed */
} StatsInterval;
bool stats_cliffs_delta_ci(const StatsFreq *e, int ne, const StatsFreq *c, int nc, int resamples,
                           unsigned long long seed, double level, double *work, StatsInterval *out);
/* The same in two halves, so that the employees' side can be drawn while the
 * customers' data is still being read: stats_resample_all draws `resamples`
 * tables of f's size (counts[i * n + k]: resample i, value k); _from takes e's
 * tables drawn with the same seed. The interval is the one above. */
bool stats_resample_all(const StatsFreq *f, int n, int resamples, unsigned long long seed,
                        double *counts);
bool stats_cliffs_delta_ci_from(const StatsFreq *e, int ne, const double *e_counts,
                                const StatsFreq *c, int nc, int resamples, unsigned long long seed,
                                double level, double *work, StatsInterval *out);
/* One exact Binomial(n, p) draw, as the bootstrap makes them; *seed moves on.
 * For the tests, which check the sampler against the exact distribution. */
double stats_binomial_draw(unsigned long long *seed, double n, double p);

/* The share of the table's counts strictly below threshold. */
double stats_share_below(const StatsFreq *f, int n, double threshold);
/* Peak-end score of a curve: (its lowest point + its last point) / 2. */
double stats_peak_end(const double *curve, int n);

#endif
