/* The gap report as one self-contained HTML file for managers: inline CSS and
 * SVG, no script, no network. Everything from a scenario, a CSV or a flag is
 * escaped. It prints on A4. The figures are report.c's; this file only lays
 * them out and says, in words from words.c, what each gap means. */
#include "report_html.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "controls.h"
#include "words.h"

/* ---- text ---- */

static void esc(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        size_t ctl = controls_in_text(s);
        if (ctl) { /* never raw, even from an older store (docs/security.md) */
            fputs(CONTROLS_REPLACEMENT, f);
            s += ctl - 1;
            continue;
        }
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

/* A word with one "%s" and no other conversion, its argument escaped. */
static void esc_in(FILE *f, const char *word, const char *arg)
{
    const char *at = strstr(word, "%s");
    if (!at) {
        fputs(word, f);
        return;
    }
    fwrite(word, 1, (size_t)(at - word), f);
    esc(f, arg);
    fputs(at + 2, f);
}

static const char *num_text(char buf[48], double v, int decimals)
{
    if (fabs(v) < 0.5 * pow(10, -decimals))
        v = 0; /* -0.004 reads "+0.00", not "-0.00" */
    if (isfinite(v))
        snprintf(buf, 48, "%+.*f", decimals, v);
    else
        snprintf(buf, 48, "&ndash;");
    return buf;
}

static void num(FILE *f, double v, int decimals)
{
    char buf[48];
    fputs(num_text(buf, v, decimals), f);
}

/* What a gap means, for someone who has not read the method section. */
static WordId reading(const ReportTouchpoint *t)
{
    if (t->withheld)
        return WORD_REPORT_READ_WITHHELD;
    if (!isfinite(t->welch.d))
        return WORD_REPORT_READ_NO_DATA;
    bool clear = t->welch.lo > 0 || t->welch.hi < 0;
    double g = fabs(t->hedges_g);
    if (!clear)
        return WORD_REPORT_READ_UNCLEAR;
    if (t->welch.d > 0)
        return g >= 0.8   ? WORD_REPORT_READ_WORSE_THEM_MUCH
               : g >= 0.5 ? WORD_REPORT_READ_WORSE_THEM_CLEARLY
                          : WORD_REPORT_READ_WORSE_THEM_SOMEWHAT;
    return g >= 0.5 ? WORD_REPORT_READ_WORSE_TEAM_CLEARLY : WORD_REPORT_READ_WORSE_TEAM_SOMEWHAT;
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

static void chart(FILE *f, const Report *r, const char *lang)
{
    fprintf(f, "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">\n", W, H,
            words_get(lang, WORD_REPORT_CHART_LABEL));
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
    fprintf(f, "<text x=\"%d\" y=\"%.1f\" class=\"axis\">%s</text>\n", LEFT + 6, y_of(4) - 8,
            words_get(lang, WORD_REPORT_VERY_POSITIVE));
    fprintf(f, "<text x=\"%d\" y=\"%.1f\" class=\"axis\">%s</text>\n", LEFT + 6, y_of(-4) - 8,
            words_get(lang, WORD_REPORT_VERY_NEGATIVE));
    fprintf(f,
            "</svg>\n<p class=\"legend\"><span class=\"sw e\"></span> %s &nbsp; <span "
            "class=\"sw c\"></span> %s</p>\n",
            words_get(lang, WORD_REPORT_LEGEND_TEAM),
            words_get(lang, WORD_REPORT_LEGEND_CUSTOMERS));
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
    ".wide{overflow-x:auto}.wide "
    "th:last-child{text-align:right}.pos{color:#a83a28;font-weight:bold}.ind{color:#626c76;font-"
    "size:0.9em}td.read{width:30%}"
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

/* A table's first row: one heading per word. */
static void table_head(FILE *f, const char *lang, const WordId *heads, int n)
{
    fputs("<table><tr>", f);
    for (int i = 0; i < n; i++)
        fprintf(f, "<th>%s</th>", words_get(lang, heads[i]));
    fputs("</tr>\n", f);
}

/* A count, or a dash where it is withheld. */
static void count(FILE *f, double n)
{
    if (isfinite(n))
        fprintf(f, "%.0f", n);
    else
        fputs("&ndash;", f);
}

static void gap_row(FILE *f, const ReportTouchpoint *t, const char *lang)
{
    fputs("<tr><td>", f);
    esc(f, t->label);
    fputs("</td><td>", f);
    count(f, t->e.n);
    fputs("</td><td>", f);
    num(f, t->e.mean, 2);
    fputs("</td><td>", f);
    count(f, t->c.n);
    fputs("</td><td>", f);
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
    fprintf(f, "</td><td class=\"read\">%s", words_get(lang, reading(t)));
    if (t->indicative && !t->withheld)
        fprintf(f, " <span class=\"ind\">%s</span>", words_get(lang, WORD_REPORT_INDICATIVE));
    fputs("</td></tr>\n", f);
}

static void gap_table(FILE *f, const Report *r, const char *lang)
{
    static const WordId heads[] = {
        WORD_REPORT_TOUCHPOINT,   WORD_REPORT_TEAM_N, WORD_REPORT_TEAM,   WORD_REPORT_CUSTOMERS_N,
        WORD_REPORT_CUSTOMERS,    WORD_REPORT_GAP_CI, WORD_REPORT_HEDGES, WORD_REPORT_CLIFFS_CI,
        WORD_REPORT_BELOW_MEDIAN, WORD_REPORT_READING};
    const ReportTouchpoint **order = malloc(((size_t)r->n_tp + 1) * sizeof *order);
    if (!order)
        return;
    for (int i = 0; i < r->n_tp; i++)
        order[i] = &r->tp[i];
    qsort(order, (size_t)r->n_tp, sizeof *order, by_gap);
    if (r->tp_withheld) { /* above the table, where its rows point to it */
        fputs("<p class=\"note\">", f);
        fprintf(f, words_get(lang, WORD_REPORT_TP_WITHHELD), r->tp_withheld, r->n_tp, r->min_group);
        fputs("</p>\n", f);
    }
    table_head(f, lang, heads, (int)(sizeof heads / sizeof *heads));
    for (int i = 0; i < r->n_tp; i++)
        gap_row(f, order[i], lang);
    fputs("</table>\n", f);
    free(order);
}

static void peak_end(FILE *f, const Report *r, const char *lang)
{
    char n[3][48], b[3][64];
    const double v[3] = {r->pe_e, r->pe_c, r->pe_gap};
    for (int i = 0; i < 3; i++)
        snprintf(b[i], sizeof b[i], "<b>%s</b>", num_text(n[i], v[i], 2));
    fprintf(f, "<h2>%s</h2>\n<p>", words_get(lang, WORD_REPORT_PEAK));
    fprintf(f, words_get(lang, WORD_REPORT_PEAK_TEXT), b[0], b[1], b[2]);
    fputs("</p>\n", f);
}

/* Before and after: the same touchpoints' gaps in the other workshop. */
static void comparison(FILE *f, const Report *r, const char *lang)
{
    static const WordId heads[] = {WORD_REPORT_TOUCHPOINT, WORD_REPORT_GAP_THERE,
                                   WORD_REPORT_GAP_HERE, WORD_REPORT_CHANGE};
    const Report *b = r->compare;
    if (!b)
        return;
    fputs("<h2>", f);
    esc_in(f, words_get(lang, WORD_REPORT_COMPARED), b->workshop);
    fputs("</h2>\n", f);
    if (b->withheld) {
        fputs("<p class=\"note\">", f);
        fprintf(f,
                words_get(lang, b->why == PRIVACY_SUBTRACTION ? WORD_REPORT_COMPARED_SUBTRACTION
                                                              : WORD_REPORT_COMPARED_WITHHELD),
                b->min_group);
        fputs("</p>\n", f);
        return;
    }
    table_head(f, lang, heads, (int)(sizeof heads / sizeof *heads));
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
    fprintf(f, "</table>\n<p class=\"legend\">%s</p>\n",
            words_get(lang, WORD_REPORT_COMPARED_LEGEND));
}

/* Sites as columns: the gap there at every touchpoint (red where the team
 * there expects better than customers report, as in the table above), in a
 * box that scrolls sideways when there are many. */
static void sites(FILE *f, const Report *r, const char *lang)
{
    if (!r->n_sites)
        return;
    fprintf(f, "<h2>%s</h2>\n<p>%s</p>\n<div class=\"wide\"><table><tr><th>%s</th>",
            words_get(lang, WORD_REPORT_SITES), words_get(lang, WORD_REPORT_SITES_TEXT),
            words_get(lang, WORD_REPORT_TOUCHPOINT));
    fprintf(f, "<th>%s<br><span class=\"ind\">", words_get(lang, WORD_REPORT_ALL_SITES));
    fprintf(f, words_get(lang, WORD_REPORT_SITE_PEOPLE), r->participants);
    fputs("</span></th>", f);
    for (int k = 0; k < r->n_sites; k++) {
        fputs("<th>", f);
        esc(f, r->sites[k].site);
        fputs("<br><span class=\"ind\">", f);
        if (r->sites[k].withheld)
            fputs("&ndash;", f);
        else
            fprintf(f, words_get(lang, WORD_REPORT_SITE_PEOPLE), r->sites[k].participants);
        fputs("</span></th>", f);
    }
    fputs("</tr>\n", f);
    for (int i = 0; i < r->n_tp; i++) {
        fputs("<tr><td>", f);
        esc(f, r->tp[i].label);
        fprintf(f, "</td><td class=\"%s\">", r->tp[i].welch.lo > 0 ? "pos" : "");
        num(f, r->tp[i].welch.d, 2);
        fputs("</td>", f);
        for (int k = 0; k < r->n_sites; k++) {
            const StatsWelch *w = &r->sites[k].tp[i].welch;
            fprintf(f, "<td class=\"%s\">", w->lo > 0 ? "pos" : "");
            num(f, w->d, 2);
            fputs("</td>", f);
        }
        fputs("</tr>\n", f);
    }
    fputs("</table></div>\n", f);
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
            fprintf(f, "<h2>%s</h2>\n<dl>", words_get(lang, WORD_REPORT_BEHAVIOUR)), header = true;
        fputs("<dt>", f);
        esc(f, r->behaviour[i].label);
        fputs("</dt><dd>", f);
        esc(f, says);
        fputs("</dd>", f);
    }
    if (header)
        fputs("</dl>\n", f);
    if (r->behaviour_withheld) {
        if (!header)
            fprintf(f, "<h2>%s</h2>\n", words_get(lang, WORD_REPORT_BEHAVIOUR));
        fputs("<p class=\"note\">", f);
        fprintf(f, words_get(lang, WORD_REPORT_BEHAVIOUR_WITHHELD), r->behaviour_withheld);
        fputs("</p>\n", f);
    }
}

static void method(FILE *f, const char *lang)
{
    static const WordId terms[][2] = {{WORD_REPORT_SCALE, WORD_REPORT_SCALE_HOW},
                                      {WORD_REPORT_ONE_VALUE, WORD_REPORT_ONE_VALUE_HOW},
                                      {WORD_REPORT_GAP, WORD_REPORT_GAP_HOW},
                                      {WORD_REPORT_HEDGES, WORD_REPORT_HEDGES_HOW},
                                      {WORD_REPORT_CLIFFS, WORD_REPORT_CLIFFS_HOW},
                                      {WORD_REPORT_PEAK_END, WORD_REPORT_PEAK_END_HOW},
                                      {WORD_REPORT_READING, WORD_REPORT_READING_HOW},
                                      {WORD_REPORT_PRIVACY, WORD_REPORT_PRIVACY_HOW}};
    fprintf(f, "<h2>%s</h2><dl>", words_get(lang, WORD_REPORT_METHOD));
    for (size_t i = 0; i < sizeof terms / sizeof *terms; i++)
        fprintf(f, "<dt>%s</dt><dd>%s</dd>", words_get(lang, terms[i][0]),
                words_get(lang, terms[i][1]));
    fputs("</dl>\n", f);
}

/* The title, the line under it, and the notice when the team is withheld. */
static void page_head(FILE *f, const Report *r, const ReportPage *page)
{
    const char *lang = page->lang;
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          "<meta name=\"viewport\" content=\"width=device-width\">"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'\"><title>",
          f);
    esc_in(f, words_get(lang, WORD_REPORT_TITLE), page->title);
    fprintf(f, "</title><style>%s</style></head><body>\n<h1>%s</h1>\n<p class=\"sub\">", css,
            words_get(lang, WORD_REPORT_HEADLINE));
    esc(f, page->title);
    fputs(" &middot; ", f);
    if (r->workshop)
        esc_in(f, words_get(lang, WORD_REPORT_WORKSHOP), r->workshop), fputs(" &middot; ", f);
    if (r->department)
        esc_in(f, words_get(lang, WORD_REPORT_DEPARTMENT), r->department), fputs(" &middot; ", f);
    if (r->site)
        esc_in(f, words_get(lang, WORD_REPORT_SITE), r->site), fputs(" &middot; ", f);
    fprintf(f,
            words_plural(lang, r->participants, WORD_REPORT_PARTICIPANTS_ONE,
                         WORD_REPORT_PARTICIPANTS_MANY),
            r->participants);
    fputs(" &middot; ", f);
    fprintf(f, words_get(lang, WORD_REPORT_MADE), page->generated);
    fputs("</p>\n", f);
    if (r->withheld) {
        fputs("<p class=\"note\">", f);
        fprintf(f,
                words_get(lang, r->why == PRIVACY_SUBTRACTION ? WORD_REPORT_WITHHELD_SUBTRACTION
                                                              : WORD_REPORT_WITHHELD),
                r->min_group);
        fputs("</p>\n", f);
    }
}

/* The team, the customer data and the scenario behind the figures. */
static void rests_on(FILE *f, const Report *r, const ReportPage *page)
{
    const char *lang = page->lang;
    fprintf(f, "<h2>%s</h2>\n<dl><dt>%s</dt><dd>", words_get(lang, WORD_REPORT_REST),
            words_get(lang, WORD_REPORT_TEAM));
    fprintf(f, words_plural(lang, r->participants, WORD_REPORT_STORED_ONE, WORD_REPORT_STORED_MANY),
            r->participants);
    if (r->first[0])
        fputs(", ", f), fprintf(f, words_get(lang, WORD_REPORT_SESSIONS), r->first, r->last);
    fprintf(f, "</dd><dt>%s</dt><dd>", words_get(lang, WORD_REPORT_CUSTOMERS));
    if (page->customers)
        esc(f, page->customers);
    else
        fputs(words_get(lang, WORD_REPORT_NO_CUSTOMERS), f);
    fprintf(f, "</dd><dt>%s</dt><dd>", words_get(lang, WORD_REPORT_SCENARIO));
    esc(f, r->scenario);
    fputs("</dd></dl>\n", f);
}

bool report_write_html(FILE *f, const Report *r, const ReportPage *page)
{
    const char *lang = page->lang;
    page_head(f, r, page);
    fprintf(f, "<h2>%s</h2>\n", words_get(lang, WORD_REPORT_JOURNEY));
    chart(f, r, lang);
    fprintf(f, "<h2>%s</h2>\n", words_get(lang, WORD_REPORT_LARGEST));
    gap_table(f, r, lang);
    peak_end(f, r, lang);
    comparison(f, r, lang);
    sites(f, r, lang);
    behaviour(f, r, lang);
    rests_on(f, r, page);
    method(f, lang);
    fputs("</body></html>\n", f);
    return !ferror(f);
}
