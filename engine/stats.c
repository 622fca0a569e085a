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

/* Over tables, every pair of rows with values v and w stands for
 * count(v) * count(w) pairs of answers, so the sums run over distinct values:
 * ne x nc products, however many answers there are. */
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
 * draw, done as K conditional binomials. Each binomial is exact: by inversion
 * of the distribution function when its mean is small, else by Kachitvichyanukul
 * and Schmeiser's BTPE (Comm. ACM 31(2), 1988), which covers the mass function
 * with a triangle, two parallelograms and two exponential tails and accepts
 * exactly, at a cost that does not grow with n. Uniforms come from splitmix64:
 * reproducible by seed. */

enum { STATS_MAX_LEVELS = 1000, INVERSION_MEAN = 30 };

/* The customers' resamples come from a stream of their own, so that the
 * employees' can be drawn ahead (stats_resample_all) with the same result. */
static const unsigned long long C_STREAM = 0xD1B54A32D192ED03ull;

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

/* Binomial(n, r), r <= 1/2, n r < INVERSION_MEAN: walk up the distribution
 * function from 0 (restarting far out in the tail, where rounding would). */
static double binomial_inversion(Rng *rng, double n, double r)
{
    double q = 1 - r, first = exp(n * log(q));
    double bound = fmin(n, n * r + 10 * sqrt(n * r * q + 1));
    for (;;) {
        double u = uniform(rng), px = first;
        for (double x = 0; x <= bound; x++) {
            if (u <= px)
                return x;
            u -= px;
            px *= (n - x) * r / ((x + 1) * q);
        }
    }
}

/* BTPE's regions for Binomial(n, r), r <= 1/2, from the paper's step 0. */
typedef struct {
    double n, r, q, nrq, m, xm, xl, xr, c, lam_l, lam_r, p1, p2, p3, p4;
} Btpe;

static Btpe btpe_setup(double n, double r)
{
    Btpe b = {.n = n, .r = r, .q = 1 - r};
    double fm = n * r + r;
    b.nrq = n * r * b.q;
    b.m = floor(fm);
    b.p1 = floor(2.195 * sqrt(b.nrq) - 4.6 * b.q) + 0.5;
    b.xm = b.m + 0.5;
    b.xl = b.xm - b.p1;
    b.xr = b.xm + b.p1;
    b.c = 0.134 + 20.5 / (15.3 + b.m);
    double a = (fm - b.xl) / (fm - b.xl * r);
    b.lam_l = a * (1 + a / 2);
    a = (b.xr - fm) / (b.xr * b.q);
    b.lam_r = a * (1 + a / 2);
    b.p2 = b.p1 * (1 + 2 * b.c);
    b.p3 = b.p2 + b.c / b.lam_l;
    b.p4 = b.p3 + b.c / b.lam_r;
    return b;
}

/* The correction terms of Stirling's series for log x!: 1/12x - 1/360x^3 +
 * 1/1260x^5 - 1/1680x^7 + 1/1188x^9, over 166320. (The paper and some ports
 * print 13680 for the first term: a typo for 166320 / 12 = 13860.) */
static double stirling(double x)
{
    double x2 = x * x;
    return (13860 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x / 166320;
}

/* Whether y is accepted for height v under f(y)/f(m): the ratio by recursion
 * near the mode or far out, else squeezed and, if need be, by Stirling. */
static bool btpe_accept(const Btpe *b, double y, double v)
{
    double k = fabs(y - b->m);
    if (k <= 20 || k >= b->nrq / 2 - 1) {
        double s = b->r / b->q, a = s * (b->n + 1), f = 1;
        for (double i = b->m + 1; i <= y; i++)
            f *= a / i - s;
        for (double i = y + 1; i <= b->m; i++)
            f /= a / i - s;
        return v <= f;
    }
    double rho = (k / b->nrq) * ((k * (k / 3 + 0.625) + 1.0 / 6) / b->nrq + 0.5);
    double t = -k * k / (2 * b->nrq), lv = log(v);
    if (lv < t - rho)
        return true;
    if (lv > t + rho)
        return false;
    double x1 = y + 1, f1 = b->m + 1, z = b->n + 1 - b->m, w = b->n - y + 1;
    return lv <= b->xm * log(f1 / x1) + (b->n - b->m + 0.5) * log(z / w) +
                     (y - b->m) * log(w * b->r / (x1 * b->q)) + stirling(f1) + stirling(z) +
                     stirling(x1) + stirling(w);
}

static double btpe_draw(Rng *rng, const Btpe *b)
{
    for (;;) {
        double u = uniform(rng) * b->p4, v = uniform(rng), y;
        if (u <= b->p1)
            return floor(b->xm - b->p1 * v + u); /* the triangle: always accepted */
        if (u <= b->p2) {
            double x = b->xl + (u - b->p1) / b->c;
            v = v * b->c + 1 - fabs(b->m - x + 0.5) / b->p1;
            if (v > 1)
                continue;
            y = floor(x);
        } else if (u <= b->p3) {
            y = floor(b->xl + log(v) / b->lam_l);
            if (y < 0)
                continue;
            v *= (u - b->p2) * b->lam_l;
        } else {
            y = floor(b->xr - log(v) / b->lam_r);
            if (y > b->n)
                continue;
            v *= (u - b->p3) * b->lam_r;
        }
        if (btpe_accept(b, y, v))
            return y;
    }
}

/* BTPE's set-up costs more than a draw. Resampling one table asks the same
 * level for a binomial with the same p and an n that varies little, so each
 * level keeps the set-ups it made, by n. */
enum { BTPE_KEPT = 256, BTPE_KEEP_LEVELS = 64 };
typedef struct {
    Btpe b;
    bool made;
} KeptBtpe;

static double binomial(Rng *rng, double n, double p, KeptBtpe *kept)
{
    if (n < 1 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    double r = fmin(p, 1 - p), y;
    if (n * r < INVERSION_MEAN) {
        y = binomial_inversion(rng, n, r);
    } else if (kept) {
        KeptBtpe *k = &kept[(unsigned long long)n % BTPE_KEPT];
        if (!k->made || k->b.n != n || k->b.r != r)
            k->b = btpe_setup(n, r), k->made = true;
        y = btpe_draw(rng, &k->b);
    } else {
        Btpe b = btpe_setup(n, r);
        y = btpe_draw(rng, &b);
    }
    return p > 0.5 ? n - y : y;
}

/* Room for the set-ups of a table of n levels (32 KiB a level): only for the
 * few levels of a rating scale; NULL makes each set-up afresh. */
static KeptBtpe *keep_for(int n)
{
    return n <= BTPE_KEEP_LEVELS ? calloc((size_t)n * BTPE_KEPT, sizeof(KeptBtpe)) : NULL;
}

double stats_binomial_draw(unsigned long long *seed, double n, double p)
{
    Rng r = {*seed};
    double k = binomial(&r, n, p, NULL);
    *seed = r.s;
    return k;
}

/* One multinomial draw of a table's size; kept: BTPE_KEPT set-ups per level.
 * Level i gets Binomial(left, p_i / mass): left is what the levels before it
 * did not take, mass the share of the table they did not stand for; the last
 * level takes the rest, so the counts always sum to the table's size. */
static void resample(Rng *r, const StatsFreq *f, int n, double total, StatsFreq *out,
                     KeptBtpe *kept)
{
    double left = total, mass = 1;
    for (int i = 0; i < n; i++) {
        double p = f[i].count / total;
        double k = i == n - 1 ? left
                              : binomial(r, left, mass > 0 ? fmin(1, p / mass) : 0,
                                              kept ? kept + (size_t)i * BTPE_KEPT : NULL);
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

static bool usable(const StatsFreq *f, int n)
{
    return n >= 1 && n <= STATS_MAX_LEVELS && stats_summary(f, n).n > 0;
}

bool stats_resample_all(const StatsFreq *f, int n, int resamples, unsigned long long seed,
                        double *counts)
{
    if (!usable(f, n) || resamples < 2)
        return false;
    StatsFreq *one = malloc((size_t)n * sizeof *one);
    KeptBtpe *kept = keep_for(n);
    double total = stats_summary(f, n).n;
    Rng r = {seed};
    for (int i = 0; one && i < resamples; i++) {
        resample(&r, f, n, total, one, kept);
        for (int k = 0; k < n; k++)
            counts[(size_t)i * (size_t)n + (size_t)k] = one[k].count;
    }
    free(one);
    free(kept);
    return one != NULL;
}

/* Resample i pairs the employees' table i (drawn ahead, from seed) with a
 * customers' table drawn here from a stream of its own (seed ^ C_STREAM), so
 * the result does not depend on when the employees' side was drawn. The ends
 * are the sorted deltas at ranks (1 - level) / 2 and (1 + level) / 2 of
 * resamples - 1, each rounded outwards: the interval is never narrower than
 * the level asks. */
bool stats_cliffs_delta_ci_from(const StatsFreq *e, int ne, const double *e_counts,
                                const StatsFreq *c, int nc, int resamples, unsigned long long seed,
                                double level, double *work, StatsInterval *out)
{
    if (!usable(e, ne) || !usable(c, nc) || resamples < 2 || !(level > 0 && level < 1))
        return false;
    StatsFreq *re = malloc((size_t)ne * sizeof *re), *rc = malloc((size_t)nc * sizeof *rc);
    KeptBtpe *kept = keep_for(nc);
    double tc = stats_summary(c, nc).n;
    Rng r = {seed ^ C_STREAM};
    for (int i = 0; re && rc && i < resamples; i++) {
        for (int k = 0; k < ne; k++)
            re[k] = (StatsFreq){e[k].value, e_counts[(size_t)i * (size_t)ne + (size_t)k]};
        resample(&r, c, nc, tc, rc, kept);
        work[i] = stats_cliffs_delta(re, ne, rc, nc);
    }
    bool ok = re && rc;
    free(re);
    free(rc);
    free(kept);
    if (!ok)
        return false;
    qsort(work, (size_t)resamples, sizeof *work, by_value);
    double tail = (1 - level) / 2 * (resamples - 1);
    out->lo = work[(int)floor(tail)];
    out->hi = work[(int)ceil((resamples - 1) - tail)];
    return true;
}

bool stats_cliffs_delta_ci(const StatsFreq *e, int ne, const StatsFreq *c, int nc, int resamples,
                           unsigned long long seed, double level, double *work, StatsInterval *out)
{
    if (!usable(e, ne) || resamples < 2)
        return false;
    double *drawn = malloc((size_t)ne * (size_t)resamples * sizeof *drawn);
    bool ok = drawn && stats_resample_all(e, ne, resamples, seed, drawn) &&
              stats_cliffs_delta_ci_from(e, ne, drawn, c, nc, resamples, seed, level, work, out);
    free(drawn);
    return ok;
}
