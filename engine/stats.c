/* The t quantile inverts the t distribution function, written with the
 * regularized incomplete beta function (continued fraction by Lentz's
 * method), by bisection to 1e-13: slower than a series but exact to far
 * better than the 1e-6 the reports need, for fractional Welch df too. */
#include "stats.h"

#include <math.h>
#include <stdlib.h>

StatsSummary stats_summary(const StatsFreq *f, int n)
{
    double total = 0, sum = 0, sq = 0;
    for (int i = 0; i < n; i++)
        total += f[i].count, sum += f[i].count * f[i].value;
    double mean = total > 0 ? sum / total : NAN;
    for (int i = 0; i < n; i++)
        sq += f[i].count * (f[i].value - mean) * (f[i].value - mean);
    return (StatsSummary){total, mean, total > 1 ? sqrt(sq / (total - 1)) : NAN};
}

/* The value at 1-based rank k of the table taken as sorted data. */
static double at_rank(const StatsFreq *f, int n, double k)
{
    double best = NAN;
    for (int i = 0; i < n; i++) {
        double below = 0;
        for (int j = 0; j < n; j++)
            if (f[j].value < f[i].value)
                below += f[j].count;
        if (f[i].count > 0 && below < k && k <= below + f[i].count)
            best = f[i].value;
    }
    return best;
}

double stats_median(const StatsFreq *f, int n)
{
    double total = stats_summary(f, n).n;
    if (!(total > 0))
        return NAN;
    return (at_rank(f, n, floor((total + 1) / 2)) + at_rank(f, n, ceil((total + 1) / 2))) / 2;
}

static double beta_fraction(double a, double b, double x)
{
    const double tiny = 1e-300;
    double c = 1, d = 1 - (a + b) * x / (a + 1);
    d = 1 / (fabs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 300; m++) {
        double m2 = 2.0 * m, num = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
        for (int step = 0; step < 2; step++) {
            d = 1 + num * d;
            d = 1 / (fabs(d) < tiny ? tiny : d);
            c = 1 + num / (fabs(c) < tiny ? tiny : c);
            h *= d * c;
            num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
        }
        if (fabs(d * c - 1) < 1e-15)
            break;
    }
    return h;
}

/* The regularized incomplete beta function I_x(a, b), given x and y = 1 - x
 * both, so that neither end loses digits to a subtraction. */
static double incomplete_beta(double a, double b, double x, double y)
{
    if (x <= 0)
        return 0;
    if (y <= 0)
        return 1;
    double front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(y));
    if (x < (a + 1) / (a + b + 2))
        return front * beta_fraction(a, b, x) / a;
    return 1 - front * beta_fraction(b, a, y) / b;
}

static double t_cdf(double t, double df)
{
    double x = df / (df + t * t), y = t * t / (df + t * t);
    double tail = 0.5 * incomplete_beta(df / 2, 0.5, x, y);
    return t >= 0 ? 1 - tail : tail;
}

double stats_t_quantile(double p, double df)
{
    if (!(p > 0 && p < 1 && df > 0))
        return NAN;
    double lo = -1, hi = 1;
    while (t_cdf(lo, df) > p)
        lo *= 2;
    while (t_cdf(hi, df) < p)
        hi *= 2;
    for (int i = 0; i < 200 && hi - lo > 1e-13 * (1 + fabs(hi)); i++) {
        double mid = (lo + hi) / 2;
        if (t_cdf(mid, df) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}

StatsWelch stats_welch(StatsSummary e, StatsSummary c, double level)
{
    double ve = e.sd * e.sd / e.n, vc = c.sd * c.sd / c.n;
    StatsWelch w = {.d = e.mean - c.mean, .se = sqrt(ve + vc)};
    w.df = (ve + vc) * (ve + vc) / (ve * ve / (e.n - 1) + vc * vc / (c.n - 1));
    double t = stats_t_quantile(1 - (1 - level) / 2, w.df);
    w.lo = w.d - t * w.se;
    w.hi = w.d + t * w.se;
    return w;
}

double stats_hedges_g(StatsSummary e, StatsSummary c)
{
    double sp = sqrt(((e.n - 1) * e.sd * e.sd + (c.n - 1) * c.sd * c.sd) / (e.n + c.n - 2));
    double j = 1 - 3 / (4 * (e.n + c.n) - 9);
    return j * (e.mean - c.mean) / sp;
}

double stats_cliffs_delta(const StatsFreq *e, int ne, const StatsFreq *c, int nc)
{
    double more = 0, less = 0, total_e = 0, total_c = 0;
    for (int i = 0; i < ne; i++)
        total_e += e[i].count;
    for (int j = 0; j < nc; j++)
        total_c += c[j].count;
    for (int i = 0; i < ne; i++)
        for (int j = 0; j < nc; j++) {
            double pairs = e[i].count * c[j].count;
            more += e[i].value > c[j].value ? pairs : 0;
            less += e[i].value < c[j].value ? pairs : 0;
        }
    return total_e > 0 && total_c > 0 ? (more - less) / (total_e * total_c) : NAN;
}

double stats_share_below(const StatsFreq *f, int n, double threshold)
{
    double below = 0, total = 0;
    for (int i = 0; i < n; i++) {
        total += f[i].count;
        below += f[i].value < threshold ? f[i].count : 0;
    }
    return total > 0 ? below / total : NAN;
}

double stats_peak_end(const double *curve, int n)
{
    if (n < 1)
        return NAN;
    double low = curve[0];
    for (int i = 1; i < n; i++)
        low = curve[i] < low ? curve[i] : low;
    return (low + curve[n - 1]) / 2;
}

/* ---- the bootstrap ----
 * Resampling a frequency table of n counts over K values is one multinomial
 * draw, done as K conditional binomials. Binomials come from Knuth's exact
 * recursion (TAOCP 3.4.1 F): split n with a beta-distributed order statistic
 * until it is small, then count Bernoulli trials, so the cost grows with
 * log n, not n. Betas come from two gammas (Marsaglia and Tsang), gammas from
 * normals (Box-Muller), all from splitmix64: reproducible by seed. */

enum { STATS_MAX_LEVELS = 1000, SMALL_N = 24 };

typedef struct {
    unsigned long long s;
} Rng;

static double uniform(Rng *r) /* in (0, 1) */
{
    unsigned long long z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return ((double)(z >> 11) + 0.5) / 9007199254740992.0;
}

static double normal(Rng *r)
{
    return sqrt(-2 * log(uniform(r))) * cos(2 * M_PI * uniform(r));
}

static double gamma_draw(Rng *r, double shape)
{
    if (shape < 1) /* boost: G(a) = G(a + 1) U^(1/a) */
        return gamma_draw(r, shape + 1) * pow(uniform(r), 1 / shape);
    double d = shape - 1.0 / 3, c = 1 / sqrt(9 * d);
    for (;;) {
        double x = normal(r), v = 1 + c * x;
        if (v <= 0)
            continue;
        v = v * v * v;
        double u = uniform(r);
        if (log(u) < 0.5 * x * x + d - d * v + d * log(v))
            return d * v;
    }
}

static double binomial(Rng *r, double n, double p)
{
    double k = 0;
    while (n > SMALL_N) {
        if (p <= 0)
            return k;
        if (p >= 1)
            return k + n;
        double a = floor(n / 2) + 1, b = n + 1 - a;
        double ga = gamma_draw(r, a), x = ga / (ga + gamma_draw(r, b));
        if (x >= p) { /* the a-th smallest of n uniforms lies above p */
            n = a - 1;
            p /= x;
        } else {
            k += a;
            n = b - 1;
            p = (p - x) / (1 - x);
        }
    }
    for (double i = 0; i < n; i++)
        k += uniform(r) < p;
    return k;
}

static void resample(Rng *r, const StatsFreq *f, int n, double total, StatsFreq *out)
{
    double left = total, mass = 1;
    for (int i = 0; i < n; i++) {
        double p = f[i].count / total;
        double k = i == n - 1 ? left : binomial(r, left, mass > 0 ? fmin(1, p / mass) : 0);
        out[i] = (StatsFreq){f[i].value, k};
        left -= k;
        mass -= p;
    }
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

bool stats_cliffs_delta_ci(const StatsFreq *e, int ne, const StatsFreq *c, int nc, int resamples,
                           unsigned long long seed, double level, double *work, StatsInterval *out)
{
    double te = stats_summary(e, ne).n, tc = stats_summary(c, nc).n;
    if (ne < 1 || nc < 1 || ne > STATS_MAX_LEVELS || nc > STATS_MAX_LEVELS || resamples < 2 ||
        !(te > 0 && tc > 0) || !(level > 0 && level < 1))
        return false;
    StatsFreq *re = malloc((size_t)ne * sizeof *re), *rc = malloc((size_t)nc * sizeof *rc);
    Rng r = {seed};
    for (int i = 0; re && rc && i < resamples; i++) {
        resample(&r, e, ne, te, re);
        resample(&r, c, nc, tc, rc);
        work[i] = stats_cliffs_delta(re, ne, rc, nc);
    }
    bool ok = re && rc;
    free(re);
    free(rc);
    if (!ok)
        return false;
    qsort(work, (size_t)resamples, sizeof *work, by_value);
    double tail = (1 - level) / 2 * (resamples - 1);
    out->lo = work[(int)floor(tail)];
    out->hi = work[(int)ceil((resamples - 1) - tail)];
    return true;
}
