/* The HTML report's chart (report_html.h): the journey in order, the team's
 * curve and the customers' with their 95% bands, the predicted curve dashed
 * when there are predictions, and the area where customers feel worse than
 * the team thought shaded red, each clear gap labelled in points. Inline SVG:
 * no script, no network. It draws report.c's figures and computes none but
 * where to put them. */
#include <math.h>
#include <string.h>

#include "html.h"
#include "numfmt.h"
#include "report_html_impl.h"
#include "report_say.h"
#include "words.h"

enum { W = 960, H = 380, LEFT = 118, RIGHT = 24, TOP = 24, BOTTOM = 72, PAD = 60, STAGGER = 50 };

static const char team_color[] = "#1f5f7a", customer_color[] = "#8c2f1f", worse_color[] = "#e0735e",
                  predicted_color[] = "#5f8fa6";

static double x_of(int i, int n)
{
    /* PAD keeps the first and last labels inside the chart */
    return n > 1 ? LEFT + PAD + (W - LEFT - RIGHT - 2 * PAD) * (double)i / (n - 1)
                 : (W + LEFT - RIGHT) / 2.0;
}

static double y_of(double v)
{
    return TOP + (H - TOP - BOTTOM) * (4 - fmin(4, fmax(-4, v))) / 8;
}

/* mean +- t * sd / sqrt(n): the 95% interval of a curve's point */
static double half_band(StatsSummary s)
{
    return s.n > 1 && isfinite(s.sd) ? stats_t_quantile(0.975, s.n - 1) * s.sd / sqrt(s.n) : NAN;
}

typedef enum { CURVE_TEAM, CURVE_CUSTOMERS, CURVE_PREDICTED } Curve;

static StatsSummary point(const Report *r, int i, Curve which)
{
    return which == CURVE_TEAM ? r->tp[i].e : which == CURVE_CUSTOMERS ? r->tp[i].c : r->tp[i].p;
}

static void band(FILE *f, const Report *r, Curve which, const char *color)
{
    int n = r->n_tp;
    /* the upper edge left to right, the lower edge back */
    fprintf(f, "<path fill=\"%s\" fill-opacity=\"0.12\" stroke=\"none\" d=\"", color);
    for (int pass = 0, first = 1; pass < 2; pass++)
        for (int k = 0; k < n; k++) {
            int i = pass ? n - 1 - k : k;
            StatsSummary s = point(r, i, which);
            double h = half_band(s);
            if (!isfinite(s.mean) || !isfinite(h))
                continue;
            fprintf(f, "%c%.1f %.1f ", first ? 'M' : 'L', x_of(i, n),
                    y_of(s.mean + (pass ? -h : h)));
            first = 0;
        }
    fputs("Z\"/>\n", f);
}

static void line(FILE *f, const Report *r, Curve which, const char *color, bool dashed)
{
    int n = r->n_tp;
    fprintf(f, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"3\"%s points=\"", color,
            dashed ? " stroke-dasharray=\"8 6\"" : "");
    for (int i = 0; i < n; i++) {
        StatsSummary s = point(r, i, which);
        if (isfinite(s.mean))
            fprintf(f, "%.1f,%.1f ", x_of(i, n), y_of(s.mean));
    }
    fputs("\"/>\n", f);
    for (int i = 0; i < n; i++) {
        StatsSummary s = point(r, i, which);
        if (isfinite(s.mean)) /* a predicted point hollow, so that it reads as "before" */
            fprintf(f,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\" stroke=\"%s\" "
                    "stroke-width=\"2\"/>\n",
                    x_of(i, n), y_of(s.mean), dashed ? 4 : 5, dashed ? "#fff" : color, color);
    }
}

/* The team's mean (what it predicted, or felt: the report's belief) minus
 * the customers' at i; NaN when either is missing. */
static double gap_at(const Report *r, int i)
{
    return report_say_mean(&r->tp[i], report_say_belief(r)) - r->tp[i].c.mean;
}

/* Between two neighbouring touchpoints, the part of the space between the
 * curves where the team's is above the customers': a quadrilateral, or the
 * triangle up to where the curves cross. */
static void worse_between(FILE *f, const Report *r, int i)
{
    int n = r->n_tp;
    double d0 = gap_at(r, i), d1 = gap_at(r, i + 1);
    if (!isfinite(d0) || !isfinite(d1) || (d0 <= 0 && d1 <= 0))
        return;
    double x0 = x_of(i, n), x1 = x_of(i + 1, n);
    ReportBelief b = report_say_belief(r);
    double e0 = y_of(report_say_mean(&r->tp[i], b)), e1 = y_of(report_say_mean(&r->tp[i + 1], b));
    double c0 = y_of(r->tp[i].c.mean), c1 = y_of(r->tp[i + 1].c.mean);
    fprintf(f, "<path fill=\"%s\" fill-opacity=\"0.35\" stroke=\"none\" d=\"", worse_color);
    if (d0 > 0 && d1 > 0)
        fprintf(f, "M%.1f %.1f L%.1f %.1f L%.1f %.1f L%.1f %.1f Z", x0, e0, x1, e1, x1, c1, x0, c0);
    else {
        double t = d0 / (d0 - d1); /* where the curves cross, 0..1 of the way */
        double xt = x0 + t * (x1 - x0), yt = e0 + t * (e1 - e0);
        if (d0 > 0)
            fprintf(f, "M%.1f %.1f L%.1f %.1f L%.1f %.1f Z", x0, e0, xt, yt, x0, c0);
        else
            fprintf(f, "M%.1f %.1f L%.1f %.1f L%.1f %.1f Z", xt, yt, x1, e1, x1, c1);
    }
    fputs("\"/>\n", f);
}

/* At each touchpoint where customers feel worse, the gap as a red bar
 * between the two points; a clear gap with its size in points beside it. */
static void gap_marks(FILE *f, const Report *r, const char *lang)
{
    int n = r->n_tp;
    ReportBelief b = report_say_belief(r);
    for (int i = 0; i < n; i++) {
        const ReportTouchpoint *t = &r->tp[i];
        double d = gap_at(r, i);
        if (!isfinite(d) || d <= 0)
            continue;
        double x = x_of(i, n), ye = y_of(report_say_mean(t, b)), yc = y_of(t->c.mean);
        fprintf(f,
                "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                "stroke-width=\"4\"/>\n",
                x, x, ye, yc, worse_color);
        if (!report_say_clearly_worse(t, b))
            continue;
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" class=\"gapnum\">", x + 9, (ye + yc) / 2 + 5);
        html_num(f, lang, report_say_welch(t, b).d, 1, NUMFMT_MINUS);
        fputs("</text>\n", f);
    }
}

/* Characters, not bytes: a label's width in the chart. */
static size_t glyphs(const char *s, size_t n)
{
    size_t g = 0;
    for (size_t i = 0; i < n; i++)
        g += ((unsigned char)s[i] & 0xC0) != 0x80;
    return g;
}

/* The longest word of text, in characters. */
static size_t longest_word(const char *text)
{
    size_t most = 0;
    for (const char *p = text; *p;) {
        size_t n = strcspn(p, " ");
        size_t g = glyphs(p, n);
        most = g > most ? g : most;
        p += n + (p[n] == ' ');
    }
    return most;
}

/* A touchpoint's label under the axis, wrapped at spaces into lines of at
 * most fit characters, at most three lines; never cut inside a word: a word
 * longer than fit makes the whole label smaller instead. */
static void label(FILE *f, const char *text, double x, int y, size_t fit)
{
    if (y > H - BOTTOM + 30) /* a label set lower: a tick leads to its point */
        fprintf(f, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#c9c3b8\"/>\n", x, x,
                H - BOTTOM + 8, y - 14);
    size_t word = longest_word(text);
    double size = word > fit ? fmax(8, 12.0 * (double)fit / (double)word) : 12;
    if (word > fit)
        fit = word;
    fprintf(f,
            "<text x=\"%.1f\" y=\"%d\" class=\"tp\" style=\"font-size:%.1fpx\" "
            "text-anchor=\"middle\">",
            x, y, size);
    const char *p = text;
    for (int line = 0; *p && line < 3; line++) {
        size_t end = strcspn(p, " ");
        while (line < 2 && p[end] == ' ') { /* the last line takes the rest */
            size_t next = end + 1 + strcspn(p + end + 1, " ");
            if (glyphs(p, next) > fit)
                break;
            end = next;
        }
        if (line == 2)
            end = strlen(p);
        char part[256];
        snprintf(part, sizeof part, "%.*s", (int)end, p);
        fprintf(f, "<tspan x=\"%.1f\" dy=\"%s\">", x, line ? "1.25em" : "0");
        html_esc(f, part);
        fputs("</tspan>", f);
        p += end + (p[end] == ' ');
    }
    fputs("</text>\n", f);
}

/* How many characters a line of a label may have: about 7 units a character
 * at the labels' size, in the space between two points. Words too long for it
 * (Dutch has many) set every other label lower (*stagger), so that each has
 * the room of two points. */
static size_t label_fit(const Report *r, bool *stagger)
{
    double room = r->n_tp > 1 ? (x_of(1, r->n_tp) - x_of(0, r->n_tp)) / 7.0 : 40;
    size_t fit = room < 6 ? 6 : (size_t)room;
    *stagger = false;
    for (int i = 0; i < r->n_tp; i++)
        *stagger = *stagger || longest_word(r->tp[i].label) > fit;
    return *stagger ? 2 * fit - 1 : fit;
}

static void axis(FILE *f, const char *lang)
{
    static const struct {
        int v;
        WordId says;
    } named[] = {
        {4, WORD_REPORT_VERY_POSITIVE}, {0, WORD_REPORT_NEUTRAL}, {-4, WORD_REPORT_VERY_NEGATIVE}};
    for (int v = -4; v <= 4; v += 2) {
        fprintf(f, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", LEFT,
                W - RIGHT, y_of(v), y_of(v), v ? "#e6e1d9" : "#9a948a");
        fprintf(f, "<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">", LEFT - 8,
                y_of(v) + 4);
        html_num(f, lang, v, 0, NUMFMT_MINUS | NUMFMT_PLUS);
        fputs("</text>\n", f);
    }
    for (size_t i = 0; i < sizeof named / sizeof *named; i++)
        fprintf(f, "<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%s</text>\n",
                LEFT - 36, y_of(named[i].v) + 4, words_get(lang, named[i].says));
}

static void legend(FILE *f, const Report *r, const char *lang)
{
    fputs("<p class=\"legend\">", f);
    if (!r->withheld)
        fprintf(
            f,
            "<span><i class=\"sw team\"></i>%s</span> <span><i class=\"sw worse\"></i>%s</span> ",
            words_get(lang, WORD_REPORT_LEGEND_TEAM),
            words_get(lang, report_say_belief(r) == BELIEF_PREDICTED
                                ? WORD_REPORT_LEGEND_WORSE_PREDICTED
                                : WORD_REPORT_LEGEND_WORSE));
    fprintf(f, "<span><i class=\"sw customers\"></i>%s</span>",
            words_get(lang, WORD_REPORT_LEGEND_CUSTOMERS));
    if (!r->withheld && report_say_has_predictions(r))
        fprintf(f, " <span><i class=\"sw predicted\"></i>%s</span>",
                words_get(lang, WORD_REPORT_LEGEND_PREDICTED));
    fputs("</p>\n", f);
}

void report_html_chart(FILE *f, const Report *r, const char *lang)
{
    bool stagger;
    size_t fit = label_fit(r, &stagger);
    fprintf(f,
            "<figure class=\"chart\"><svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">\n",
            W, H + (stagger ? STAGGER : 0), words_get(lang, WORD_REPORT_CHART_LABEL));
    axis(f, lang);
    if (!r->withheld)
        for (int i = 0; i + 1 < r->n_tp; i++)
            worse_between(f, r, i);
    band(f, r, CURVE_CUSTOMERS, customer_color);
    if (!r->withheld)
        band(f, r, CURVE_TEAM, team_color);
    line(f, r, CURVE_CUSTOMERS, customer_color, false);
    if (!r->withheld) {
        if (report_say_has_predictions(r))
            line(f, r, CURVE_PREDICTED, predicted_color, true);
        line(f, r, CURVE_TEAM, team_color, false);
        gap_marks(f, r, lang);
    }
    for (int i = 0; i < r->n_tp; i++)
        label(f, r->tp[i].label, x_of(i, r->n_tp), H - BOTTOM + 24 + (stagger && i % 2) * STAGGER,
              fit);
    fputs("</svg>\n", f);
    legend(f, r, lang);
    fputs("</figure>\n", f);
}
