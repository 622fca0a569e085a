/* The gap statistics against values computed independently with SciPy 1.10
 * (Debian's python3-scipy) at test-writing time, from the expanded data:
 *
 *   from scipy import stats; import numpy as np
 *   stats.t.ppf(0.975, df)                      # for each df below
 *   E = {1:2, 2:1, 3:5, 4:4, 5:3}; C = {1:140, 2:95, 3:60, 4:30, 5:10}
 *   e = np.repeat(list(E), list(E.values())); c = np.repeat(list(C), list(C.values()))
 *   # Welch by the formulas of docs/contract.md; scipy's ttest_ind(equal_var=False)
 *   # statistic equals D / SE; Cliff's delta by comparing every pair;
 *   # np.median(e); (c < np.median(e)).mean()
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "../engine/stats.h"
#include "assert_close.h"

static const StatsFreq E[] = {{1, 2}, {2, 1}, {3, 5}, {4, 4}, {5, 3}};
static const StatsFreq C[] = {{5, 10}, {1, 140}, {2, 95}, {3, 60}, {4, 30}}; /* any order */

static void the_t_quantile_matches_scipy_to_1e9(void **state)
{
    (void)state;
    static const double df[] = {1, 2, 3.7, 10, 29.3, 1000};
    static const double want[] = {12.706204736432, 4.302652729911, 2.867520707191,
                                  2.228138851965,  2.044320421500, 1.962339080826};
    for (int i = 0; i < 6; i++)
        assert_close(stats_t_quantile(0.975, df[i]), want[i], 1e-9);
    assert_close(stats_t_quantile(0.025, 10), -2.228138851965, 1e-9);
    assert_close(stats_t_quantile(0.5, 7), 0, 1e-12);
    assert_true(isnan(stats_t_quantile(1.5, 7)));
}

static void summaries_of_tables_are_the_data_s(void **state)
{
    (void)state;
    StatsSummary e = stats_summary(E, 5), c = stats_summary(C, 5);
    assert_close(e.n, 15, 0);
    assert_close(e.mean, 3.3333333333333335, 1e-12);
    assert_close(e.sd, 1.2909944487358058, 1e-12);
    assert_close(c.n, 335, 0);
    assert_close(c.mean, 2.029850746268657, 1e-12);
    assert_close(c.sd, 1.1075428548193598, 1e-12);
}

static void welch_gives_the_gap_and_its_interval(void **state)
{
    (void)state;
    StatsWelch w = stats_welch(stats_summary(E, 5), stats_summary(C, 5), 0.95);
    assert_close(w.d, 1.3034825870646767, 1e-12);
    assert_close(w.se, 0.3387812810802848, 1e-12);
    assert_close(w.df, 14.937258915869876, 1e-9);
    assert_close(w.lo, 0.5811231225032044, 1e-7);
    assert_close(w.hi, 2.025842051626149, 1e-7);
    assert_close(w.d / w.se, 3.847563781883733, 1e-9); /* scipy's Welch t */
}

static void hedges_g_and_cliffs_delta_match(void **state)
{
    (void)state;
    assert_close(stats_hedges_g(stats_summary(E, 5), stats_summary(C, 5)), 1.16599256069761, 1e-12);
    assert_close(stats_cliffs_delta(E, 5, C, 5), 0.545273631840796, 1e-12);
    assert_close(stats_cliffs_delta(C, 5, E, 5), -0.545273631840796, 1e-12);
}

static void medians_shares_and_peak_end(void **state)
{
    (void)state;
    assert_close(stats_median(E, 5), 3, 0);
    static const StatsFreq even[] = {{1, 1}, {4, 1}}; /* two values: their mean */
    assert_close(stats_median(even, 2), 2.5, 0);
    assert_close(stats_share_below(C, 5, 3), 0.7014925373134329, 1e-12);
    static const double curve[] = {-1.0, -3.5, 0.5, -2.0};
    assert_close(stats_peak_end(curve, 4), -2.75, 1e-12);
}

static void the_bootstrap_interval_agrees_with_numpy_and_repeats_by_seed(void **state)
{
    (void)state;
    static double work[10000];
    StatsInterval a, b, other;
    assert_true(stats_cliffs_delta_ci(E, 5, C, 5, 10000, 42, 0.95, work, &a));
    assert_true(stats_cliffs_delta_ci(E, 5, C, 5, 10000, 42, 0.95, work, &b));
    assert_true(stats_cliffs_delta_ci(E, 5, C, 5, 10000, 7, 0.95, work, &other));
    assert_true(a.lo == b.lo && a.hi == b.hi); /* the same seed, the same interval */
    assert_close(a.lo, 0.2780, 0.03);
    assert_close(a.hi, 0.7735, 0.03);
    assert_close(other.lo, a.lo, 0.03);
    assert_true(a.lo < 0.545273631840796 && 0.545273631840796 < a.hi);
    assert_false(stats_cliffs_delta_ci(E, 5, C, 0, 100, 1, 0.95, work, &a));
}

static void a_million_customers_cost_no_more_than_a_few_hundred(void **state)
{
    (void)state;
    /* the same proportions, 3000 times as many customers: a far narrower interval */
    StatsFreq big[5];
    for (int i = 0; i < 5; i++)
        big[i] = (StatsFreq){C[i].value, C[i].count * 3000};
    static double work[10000];
    StatsInterval narrow, wide;
    assert_true(stats_cliffs_delta_ci(E, 5, big, 5, 10000, 1, 0.95, work, &narrow));
    assert_true(stats_cliffs_delta_ci(E, 5, C, 5, 10000, 1, 0.95, work, &wide));
    assert_true(narrow.hi - narrow.lo < wide.hi - wide.lo);
    assert_true(narrow.lo < 0.545273631840796 && 0.545273631840796 < narrow.hi);
}

/* Pearson's chi-square of draws against the exact mass function (from lgamma),
 * over the bins within 5 SD of the mean, the rest pooled in two tails. */
static double binomial_chi_square(double n, double p, int draws, int *bins)
{
    double mean = n * p, sd = sqrt(n * p * (1 - p));
    int lo = (int)fmax(0, floor(mean - 5 * sd)), hi = (int)fmin(n, ceil(mean + 5 * sd));
    static double seen[4096];
    memset(seen, 0, sizeof seen);
    unsigned long long seed = 99;
    double sum = 0, sq = 0;
    for (int i = 0; i < draws; i++) {
        double k = stats_binomial_draw(&seed, n, p);
        assert_true(k >= 0 && k <= n && k == floor(k));
        sum += k, sq += k * k;
        int b = k < lo ? 0 : k > hi ? hi - lo + 2 : (int)k - lo + 1;
        seen[b]++;
    }
    double m = sum / draws, var = sq / draws - m * m;
    assert_true(fabs(m - mean) < 5 * sd / sqrt(draws));
    assert_true(fabs(var / (sd * sd) - 1) < 0.03);
    double chi = 0, below = 0, above = 0;
    for (int k = 0; k <= (int)n; k++) {
        double pk = exp(lgamma(n + 1) - lgamma(k + 1.0) - lgamma(n - k + 1) + k * log(p) +
                        (n - k) * log1p(-p));
        if (k < lo)
            below += pk;
        else if (k > hi)
            above += pk;
        else
            chi += pow(seen[k - lo + 1] - draws * pk, 2) / (draws * pk);
    }
    if (below * draws > 5)
        chi += pow(seen[0] - draws * below, 2) / (draws * below);
    if (above * draws > 5)
        chi += pow(seen[hi - lo + 2] - draws * above, 2) / (draws * above);
    *bins = hi - lo + 1;
    return chi;
}

/* Inversion for small means, BTPE for large ones (both sides of p = 1/2): the
 * draws follow the exact distribution. With k bins the statistic has mean about
 * k and SD about sqrt(2k); a wrong sampler lands far above k + 6 sqrt(2k). */
static void the_binomial_sampler_follows_the_exact_distribution(void **state)
{
    (void)state;
    static const double cases[][2] = {{20, 0.3},   {60, 0.95},  {1000, 0.4},
                                      {5000, 0.8}, {111112, 0.07}, {40, 0.5}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int bins;
        double chi = binomial_chi_square(cases[i][0], cases[i][1], 400000, &bins);
        print_message("Binomial(%g, %g): chi-square %.1f over %d bins\n", cases[i][0],
                      cases[i][1], chi, bins);
        assert_true(chi < bins + 6 * sqrt(2.0 * bins));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_t_quantile_matches_scipy_to_1e9),
        cmocka_unit_test(summaries_of_tables_are_the_data_s),
        cmocka_unit_test(welch_gives_the_gap_and_its_interval),
        cmocka_unit_test(hedges_g_and_cliffs_delta_match),
        cmocka_unit_test(medians_shares_and_peak_end),
        cmocka_unit_test(the_bootstrap_interval_agrees_with_numpy_and_repeats_by_seed),
        cmocka_unit_test(a_million_customers_cost_no_more_than_a_few_hundred),
        cmocka_unit_test(the_binomial_sampler_follows_the_exact_distribution),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
