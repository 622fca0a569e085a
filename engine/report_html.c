/* The gap report as one self-contained HTML file for managers: inline CSS and
 * SVG, no script, no network. Everything from a scenario, a CSV or a flag is
 * escaped. It prints on A4. The figures are report.c's; this file only lays
 * them out and says in words what each gap means. */
#include "report_html.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- text ---- */

static void esc(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&':
            fputs("&amp;", f);
            break;
        case '<':
            fputs("&lt;", f);
            break;
        case '>':
            fputs("&gt;", f);
            break;
        case '"':
            fputs("&quot;", f);
            break;
        case '\'':
            fputs("&#39;", f);
            break;
        default:
            fputc(*s, f);
        }
    }
}

static void num(FILE *f, double v, int decimals)
{
    if (fabs(v) < 0.5 * pow(10, -decimals))
        v = 0; /* -0.004 reads "+0.00", not "-0.00" */
    if (isfinite(v))
        fprintf(f, "%+.*f", decimals, v);
    else
        fputs("&ndash;", f);
}

/* What a gap means, for someone who has not read the method section. */
static const char *reading(const ReportTouchpoint *t)
{
    if (!isfinite(t->welch.d))
        return "No comparison: one side has no data here.";
    bool clear = t->welch.lo > 0 || t->welch.hi < 0;
    double g = fabs(t->hedges_g);
    if (!clear)
        return "No clear difference: the data cannot tell the two apart.";
    if (t->welch.d > 0)
        return g >= 0.8   ? "Customers feel much worse here than your team thinks."
               : g >= 0.5 ? "Customers feel clearly worse here than your team thinks."
                          : "Customers feel somewhat worse here than your team thinks.";
    return g >= 0.5 ? "Your team expects this to feel clearly worse than customers say."
                    : "Your team expects this to feel somewhat worse than customers say.";
}

/* ---- the chart ---- */

enum { W = 960, H = 360, LEFT = 56, RIGHT = 24, TOP = 24, BOTTOM = 64, PAD = 70 };

static double x_of(int i, int n)
{
    /* PAD keeps the first and last labels inside the chart */
    return n > 1 ? LEFT + PAD + (W - LEFT - RIGHT - 2 * PAD) * (double)i / (n - 1)
                 : (W + LEFT - RIGHT) / 2.0;
}

static double y_of(double v)
{
    return TOP + (H - TOP - BOTTOM) * (4 - v) / 8;
}

/* mean +- t * sd / sqrt(n): the 95% interval of a curve's point */
static double half_band(StatsSummary s)
{
    return s.n > 1 && isfinite(s.sd) ? stats_t_quantile(0.975, s.n - 1) * s.sd / sqrt(s.n) : NAN;
}

static void curve(FILE *f, const Report *r, bool employees, const char *color)
{
    int n = r->n_tp;
    /* the band: upper edge left to right, lower edge back */
    fprintf(f, "<path fill=\"%s\" fill-opacity=\"0.15\" stroke=\"none\" d=\"", color);
    for (int pass = 0, first = 1; pass < 2; pass++)
        for (int k = 0; k < n; k++) {
            int i = pass ? n - 1 - k : k;
            StatsSummary s = employees ? r->tp[i].e : r->tp[i].c;
            double h = half_band(s);
            if (!isfinite(s.mean) || !isfinite(h))
                continue;
            fprintf(f, "%c%.1f %.1f ", first ? 'M' : 'L', x_of(i, n),
                    y_of(fmin(4, fmax(-4, s.mean + (pass ? -h : h)))));
            first = 0;
        }
    fputs("Z\"/>\n", f);
    fprintf(f, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"3\" points=\"", color);
    for (int i = 0; i < n; i++) {
        StatsSummary s = employees ? r->tp[i].e : r->tp[i].c;
        if (isfinite(s.mean))
            fprintf(f, "%.1f,%.1f ", x_of(i, n), y_of(s.mean));
    }
    fputs("\"/>\n", f);
    for (int i = 0; i < n; i++) {
        StatsSummary s = employees ? r->tp[i].e : r->tp[i].c;
        if (isfinite(s.mean))
            fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>\n", x_of(i, n),
                    y_of(s.mean), color);
    }
}

/* Characters, not bytes: the label's width in the chart. */
static size_t glyphs(const char *s, size_t n)
{
    size_t g = 0;
    for (size_t i = 0; i < n; i++)
        g += ((unsigned char)s[i] & 0xC0) != 0x80;
    return g;
}

/* A touchpoint's label under the axis, wrapped at spaces into lines of at most
 * `fit` characters (a longer word gets a line of its own), at most three lines. */
static void label(FILE *f, const char *text, double x, int y, size_t fit)
{
    fprintf(f, "<text x=\"%.1f\" y=\"%d\" class=\"tp\" text-anchor=\"middle\">", x, y);
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
        fprintf(f, "<tspan x=\"%.1f\" dy=\"%d\">", x, line ? 15 : 0);
        esc(f, part);
        fputs("</tspan>", f);
        p += end + (p[end] == ' ');
    }
    fputs("</text>\n", f);
}

static void chart(FILE *f, const Report *r)
{
    fprintf(f,
            "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Employees' and customers' "
            "emotion over the journey\">\n",
            W, H);
    for (int v = -4; v <= 4; v += 2) {
        fprintf(f, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", LEFT,
                W - RIGHT, y_of(v), y_of(v), v ? "#e2ddd5" : "#9a948a");
        fprintf(f, "<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%s%d</text>\n",
                LEFT - 8, y_of(v) + 4, v > 0 ? "+" : "", v);
    }
    curve(f, r, false, "#a83a28");
    if (!r->withheld)
        curve(f, r, true, "#266780");
    /* about 7.5 units a character at the labels' size; the space between two points */
    double room = r->n_tp > 1 ? (x_of(1, r->n_tp) - x_of(0, r->n_tp)) / 7.5 : 30;
    size_t fit = room < 8 ? 8 : (size_t)room;
    for (int i = 0; i < r->n_tp; i++)
        label(f, r->tp[i].label, x_of(i, r->n_tp), H - BOTTOM + 22, fit);
    fprintf(f, "<text x=\"%d\" y=\"%.1f\" class=\"axis\">very positive</text>\n", LEFT + 6,
            y_of(4) - 8);
    fprintf(f, "<text x=\"%d\" y=\"%.1f\" class=\"axis\">very negative</text>\n", LEFT + 6,
            y_of(-4) - 8);
    fputs("</svg>\n<p class=\"legend\"><span class=\"sw e\"></span> your team (mean, 95% band)"
          " &nbsp; <span class=\"sw c\"></span> customers (mean, 95% band)</p>\n",
          f);
}

/* ---- the page ---- */

static const char css[] =
    "body{font-family:'DejaVu Sans',Verdana,sans-serif;color:#1f2933;background:#fff;"
    "max-width:1000px;margin:24px auto;padding:0 24px;line-height:1.45}"
    "h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;"
    "border-bottom:2px solid #e2ddd5;padding-bottom:4px}"
    ".sub{color:#626c76;margin:0 0 16px}.note{background:#fbf3e4;border-left:4px solid #d39b2a;"
    "padding:10px 14px}svg{width:100%;height:auto}.axis{font-size:12px;fill:#626c76}"
    ".tp{font-size:12px;fill:#1f2933}.legend{font-size:13px;color:#626c76}"
    ".sw{display:inline-block;width:14px;height:14px;vertical-align:-2px;border-radius:3px}"
    ".sw.e{background:#266780}.sw.c{background:#a83a28}"
    "table{border-collapse:collapse;width:100%;font-size:13px}th,td{padding:6px 8px;"
    "border-bottom:1px solid #e2ddd5;text-align:right;vertical-align:top}"
    "th:first-child,th:last-child,td:first-child,td.read{text-align:left}th{background:#f4f1ec}"
    ".pos{color:#a83a28;font-weight:bold}.ind{color:#626c76;font-size:0.9em}td.read{width:30%}"
    "dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dt{font-weight:bold}"
    "@media print{@page{size:A4;margin:14mm}body{margin:0;max-width:none;font-size:11px}"
    "table{font-size:9px}th,td{padding:4px 5px}h2{break-after:avoid}svg,tr{break-inside:avoid}}";

static int by_gap(const void *a, const void *b)
{
    double x = (*(const ReportTouchpoint *const *)a)->welch.d;
    double y = (*(const ReportTouchpoint *const *)b)->welch.d;
    x = isfinite(x) ? x : -INFINITY;
    y = isfinite(y) ? y : -INFINITY;
    return (x < y) - (x > y);
}

static void gap_table(FILE *f, const Report *r)
{
    const ReportTouchpoint **order = malloc(((size_t)r->n_tp + 1) * sizeof *order);
    if (!order)
        return;
    for (int i = 0; i < r->n_tp; i++)
        order[i] = &r->tp[i];
    qsort(order, (size_t)r->n_tp, sizeof *order, by_gap);
    fputs("<table><tr><th>Touchpoint</th><th>Team n</th><th>Team</th><th>Customers n</th>"
          "<th>Customers</th><th>Gap [95% CI]</th><th>Hedges' g</th><th>Cliff's &delta; [95% "
          "CI]</th><th>Customers below team median</th><th>Reading</th></tr>\n",
          f);
    for (int i = 0; i < r->n_tp; i++) {
        const ReportTouchpoint *t = order[i];
        fputs("<tr><td>", f);
        esc(f, t->label);
        fprintf(f, "</td><td>%.0f</td><td>", t->e.n);
        num(f, t->e.mean, 2);
        fprintf(f, "</td><td>%.0f</td><td>", t->c.n);
        num(f, t->c.mean, 2);
        fprintf(f, "</td><td class=\"%s\">", t->welch.lo > 0 ? "pos" : "");
        num(f, t->welch.d, 2);
        fputs(" [", f);
        num(f, t->welch.lo, 2);
        fputs(", ", f);
        num(f, t->welch.hi, 2);
        fputs("]</td><td>", f);
        num(f, t->hedges_g, 2);
        fputs("</td><td>", f);
        num(f, t->cliffs, 2);
        fputs(" [", f);
        num(f, t->cliffs_ci.lo, 2);
        fputs(", ", f);
        num(f, t->cliffs_ci.hi, 2);
        fputs("]</td><td>", f);
        if (isfinite(t->share_below))
            fprintf(f, "%.0f%%", 100 * t->share_below);
        else
            fputs("&ndash;", f);
        fprintf(f, "</td><td class=\"read\">%s%s</td></tr>\n", reading(t),
                t->indicative && !r->withheld
                    ? " <span class=\"ind\">Indicative: fewer than 10 answers.</span>"
                    : "");
    }
    fputs("</table>\n", f);
    free(order);
}

/* Before and after: the same touchpoints' gaps in the other workshop. */
static void comparison(FILE *f, const Report *r)
{
    const Report *b = r->compare;
    if (!b)
        return;
    fputs("<h2>Compared with workshop ", f);
    esc(f, b->workshop);
    fputs("</h2>\n", f);
    if (b->withheld) {
        fprintf(f,
                "<p class=\"note\">That workshop has fewer than %d participants: its figures "
                "are withheld.</p>\n",
                b->min_group);
        return;
    }
    fputs("<table><tr><th>Touchpoint</th><th>Gap there</th><th>Gap here</th><th>Change</th>"
          "</tr>\n",
          f);
    for (int i = 0; i < r->n_tp && i < b->n_tp; i++) {
        fputs("<tr><td>", f);
        esc(f, r->tp[i].label);
        fputs("</td><td>", f);
        num(f, b->tp[i].welch.d, 2);
        fputs("</td><td>", f);
        num(f, r->tp[i].welch.d, 2);
        fputs("</td><td>", f);
        num(f, r->tp[i].welch.d - b->tp[i].welch.d, 2);
        fputs("</td></tr>\n", f);
    }
    fputs("</table>\n<p class=\"legend\">A gap closer to 0 means the team's feeling is closer to "
          "the customers'.</p>\n",
          f);
}

static void behaviour(FILE *f, const Report *r, const char *lang)
{
    bool header = false;
    for (int i = 0; i < r->n_behaviour; i++) {
        char says[512];
        report_behaviour_text(&r->behaviour[i], lang, says, sizeof says);
        if (!says[0])
            continue;
        if (!header)
            fputs("<h2>What the team went through</h2>\n<dl>", f), header = true;
        fputs("<dt>", f);
        esc(f, r->behaviour[i].label);
        fputs("</dt><dd>", f);
        esc(f, says);
        fputs("</dd>", f);
    }
    if (header)
        fputs("</dl>\n", f);
}

static void method(FILE *f)
{
    fputs("<h2>How each figure was computed</h2><dl>"
          "<dt>Scale</dt><dd>Employees rated on the scenario's valence scale; customers' "
          "survey scales are mapped onto it linearly (1&ndash;5 onto 1&ndash;9 is 2x&minus;1), "
          "and both are shown as &minus;4&hellip;+4 (0 = neutral).</dd>"
          "<dt>One value per person</dt><dd>A participant who rated a touchpoint more than "
          "once counts once, with the mean of their ratings there.</dd>"
          "<dt>Gap</dt><dd>Mean of the team minus mean of the customers: positive means the "
          "team feels better than customers do (a blind spot). The interval is Welch's: "
          "SE = &radic;(s<sub>E</sub>&sup2;/n<sub>E</sub> + s<sub>C</sub>&sup2;/n<sub>C</sub>), "
          "df by Welch&ndash;Satterthwaite, gap &plusmn; t(0.975, df)&middot;SE.</dd>"
          "<dt>Hedges' g</dt><dd>J&middot;gap/s<sub>p</sub>, s<sub>p</sub> the pooled SD, J = "
          "1 &minus; 3/(4(n<sub>E</sub>+n<sub>C</sub>)&minus;9): around 0.2 small, 0.5 "
          "medium, 0.8 large.</dd>"
          "<dt>Cliff's &delta;</dt><dd>(#(team &gt; customer) &minus; #(team &lt; customer)) "
          "/ (n<sub>E</sub>&middot;n<sub>C</sub>) over all pairs, from the frequency tables; "
          "its interval is a percentile bootstrap of 10,000 resamples of both tables "
          "(seeded: the same data give the same interval).</dd>"
          "<dt>Peak-end</dt><dd>(lowest touchpoint mean + last touchpoint mean) / 2, over the "
          "touchpoints both curves have, the same way for both.</dd>"
          "<dt>Reading</dt><dd>A gap is clear when its interval does not contain 0; its "
          "size in words follows Hedges' g. Fewer than 10 answers on either side: "
          "indicative only.</dd>"
          "<dt>Privacy</dt><dd>No group (workshop, department) of fewer than the privacy "
          "floor is shown; individual ratings never are.</dd></dl>\n",
          f);
}

bool report_write_html(FILE *f, const Report *r, const ReportPage *page)
{
    fprintf(f, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width\">"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
               "style-src 'unsafe-inline'\"><title>Gap report: ");
    esc(f, page->title);
    fprintf(f,
            "</title><style>%s</style></head><body>\n<h1>How far is your team's feeling from "
            "what customers report?</h1>\n<p class=\"sub\">",
            css);
    esc(f, page->title);
    fputs(" &middot; ", f);
    if (r->workshop)
        fputs("workshop ", f), esc(f, r->workshop), fputs(" &middot; ", f);
    if (r->department)
        fputs("department ", f), esc(f, r->department), fputs(" &middot; ", f);
    fprintf(f, "%d participant%s &middot; made %s</p>\n", r->participants,
            r->participants == 1 ? "" : "s", page->generated);
    if (r->withheld)
        fprintf(f,
                "<p class=\"note\">The team's figures are withheld: this group has fewer than "
                "%d participants, and no report shows a group that small.</p>\n",
                r->min_group);
    fputs("<h2>The journey, as felt</h2>\n", f);
    chart(f, r);
    fputs("<h2>Where the gap is largest</h2>\n", f);
    gap_table(f, r);
    fputs("<h2>Peak and end</h2>\n<p>People remember a journey by its worst moment and its end. "
          "Peak-end score of the team: <b>",
          f);
    num(f, r->pe_e, 2);
    fputs("</b>; of customers: <b>", f);
    num(f, r->pe_c, 2);
    fputs("</b>; difference: <b>", f);
    num(f, r->pe_gap, 2);
    fputs("</b>.</p>\n", f);
    comparison(f, r);
    behaviour(f, r, page->lang);
    fputs("<h2>What the figures rest on</h2>\n<dl><dt>Team</dt><dd>", f);
    fprintf(f, "%d participant%s in the results store", r->participants,
            r->participants == 1 ? "" : "s");
    if (r->first[0])
        fprintf(f, ", sessions from %s to %s", r->first, r->last);
    fputs("</dd><dt>Customers</dt><dd>", f);
    esc(f, page->customers ? page->customers : "no customer data");
    fputs("</dd><dt>Scenario</dt><dd>", f);
    esc(f, r->scenario);
    fputs("</dd></dl>\n", f);
    method(f);
    fputs("</body></html>\n", f);
    return !ferror(f);
}
