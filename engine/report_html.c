/* The gap report as one self-contained HTML file for managers: inline CSS and
 * SVG, no script, no network. Everything from a scenario, a CSV or a flag is
 * escaped. Made for a reader with ten seconds: the first screen says in one
 * sentence how large the gap is, then shows it (report_html_chart.c); the
 * moments in plain words come before the statistics, notes are said once, and
 * the method is explained in words. It prints on A4 with no row left alone on
 * a page. The figures are report.c's; this file only lays them out. */
#include "report_html.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "numfmt.h"
#include "report_html_impl.h"
#include "report_say.h"
#include "words.h"

/* A word with one "%s" and no other conversion, its argument escaped. */
static void esc_in(FILE *f, const char *word, const char *arg)
{
    const char *at = strstr(word, "%s");
    if (!at) {
        fputs(word, f);
        return;
    }
    fwrite(word, 1, (size_t)(at - word), f);
    html_esc(f, arg);
    fputs(at + 2, f);
}

/* A figure with its interval: "+2,3 (1,6 tot 3,0)"; a dash alone when none. */
static void with_interval(FILE *f, const char *lang, double v, double lo, double hi)
{
    html_num(f, lang, v, 2, NUMFMT_PLUS);
    if (!isfinite(v) || !isfinite(lo) || !isfinite(hi))
        return;
    char buf[2 * NUMFMT_MAX];
    fprintf(f, "<br><span class=\"ci\">(%s)</span>",
            numfmt_interval(buf, sizeof buf, lang, lo, hi, 2, NUMFMT_PLUS | NUMFMT_MINUS));
}

/* ---- the page ---- */

static const char css[] =
    "body{font-family:'DejaVu Sans',Verdana,sans-serif;color:#1f2933;background:#fff;"
    "max-width:1000px;margin:16px auto;padding:0 24px;line-height:1.45;hyphens:manual;"
    "overflow-wrap:normal;word-break:normal}"
    ".kicker{color:#626c76;margin:0 0 6px;font-size:14px}"
    "h1{font-size:25px;line-height:1.3;margin:0 0 10px;font-weight:bold}"
    ".closer{font-size:19px;line-height:1.35;margin:0 0 10px;color:#1f5f7a}"
    "h2{font-size:19px;margin:28px 0 8px;border-bottom:2px solid #e6e1d9;padding-bottom:4px}"
    ".note{background:#fbf3e4;border-left:4px solid #d39b2a;padding:8px 14px}"
    "figure{margin:0}svg{width:100%;height:auto;display:block}"
    ".axis{font-size:12px;fill:#626c76}.tp{fill:#1f2933}"
    ".gapnum{font-size:14px;font-weight:bold;fill:#a0321f;paint-order:stroke;stroke:#fff;"
    "stroke-width:4px;stroke-linejoin:round}"
    ".legend{font-size:13px;color:#3e4852;margin:2px 0 0;display:flex;flex-wrap:wrap;"
    "gap:4px 22px}.legend span{white-space:nowrap}"
    ".sw{display:inline-block;width:22px;height:0;border-top:3px solid;vertical-align:4px;"
    "margin-right:6px}.sw.team{border-color:#1f5f7a}.sw.customers{border-color:#8c2f1f}"
    ".sw.predicted{border-top:3px dashed #5f8fa6}"
    ".sw.worse{height:12px;border:0;background:rgba(224,115,94,.55);vertical-align:-1px}"
    "ol.ranked{list-style:none;padding:0;margin:0}"
    "ol.ranked li{display:grid;grid-template-columns:130px 1fr;gap:12px;align-items:center;"
    "padding:5px 0;border-bottom:1px solid #f0ece6}"
    ".track{height:12px;background:#f4f1ec;border-radius:2px;position:relative}"
    ".bar{position:absolute;top:0;bottom:0;left:0;border-radius:2px}"
    ".bar.worse{background:#c4452c}.bar.maybe{background:#eab1a5}.bar.better{background:#7fa7bb}"
    ".foot{font-size:12px;color:#626c76;margin:6px 0}"
    "table{border-collapse:collapse;width:100%;font-size:13px}th,td{padding:6px 8px;"
    "border-bottom:1px solid #e6e1d9;text-align:right;vertical-align:top}"
    "th{background:#f4f1ec;font-weight:bold;vertical-align:bottom}"
    "th:first-child,td:first-child{text-align:left}.ci{color:#626c76;font-size:.9em;"
    "white-space:nowrap}.wide{overflow-x:auto}.pos{color:#a0321f;font-weight:bold}"
    ".ind{color:#626c76;font-size:.9em}"
    ".terms>div{display:grid;grid-template-columns:12em 1fr;gap:4px 16px;padding:4px 0}"
    ".terms dt{font-weight:bold}.terms dd{margin:0}.how{display:block;color:#626c76;"
    "font-size:.9em;margin-top:2px}"
    "@media print{@page{size:A4;margin:14mm}body{margin:0;max-width:none;font-size:11px}"
    "h1{font-size:19px}.legend{font-size:11px}table{font-size:9px}th,td{padding:4px 5px}"
    "h2{break-after:avoid}thead{display:table-header-group}"
    "tr,li,figure,.terms>div,.note,.legend,p{break-inside:avoid}"
    "table,section.keep{break-inside:avoid}}";

/* A table's head: one heading per word. */
static void table_head(FILE *f, const char *lang, const WordId *heads, int n)
{
    fputs("<table><thead><tr>", f);
    for (int i = 0; i < n; i++)
        fprintf(f, "<th>%s</th>", words_get(lang, heads[i]));
    fputs("</tr></thead>\n", f);
}

/* A count, or a dash where it is withheld. */
static void count(FILE *f, double n)
{
    if (isfinite(n))
        fprintf(f, "%.0f", n);
    else
        fputs("&ndash;", f);
}

/* The marker of a figure resting on few answers, explained once below. */
static void indicative_mark(FILE *f, const ReportTouchpoint *t)
{
    if (report_say_indicative(t))
        fputs("<span class=\"ind\">&nbsp;*</span>", f);
}

/* ---- moment by moment, in words ---- */

/* The gap as a bar: its length against the largest, its colour what it means. */
static void gap_bar(FILE *f, const ReportTouchpoint *t, ReportBelief b, double largest)
{
    fputs("<span class=\"track\">", f);
    double d = report_say_welch(t, b).d;
    if (isfinite(d) && largest > 0) {
        const char *kind = report_say_clearly_worse(t, b) ? "worse" : d > 0 ? "maybe" : "better";
        fprintf(f, "<span class=\"bar %s\" style=\"width:%.0f%%\"></span>", kind,
                fmax(2, 100 * fmin(1, fabs(d) / largest)));
    }
    fputs("</span>", f);
}

static void ranked(FILE *f, const Report *r, const ReportTouchpoint **order, const char *lang)
{
    ReportBelief b = report_say_belief(r);
    double largest = 0;
    bool indicative = false;
    for (int i = 0; i < r->n_tp; i++)
        if (isfinite(report_say_welch(order[i], b).d))
            largest = fmax(largest, fabs(report_say_welch(order[i], b).d));
    fprintf(f, "<section>\n<h2>%s</h2>\n<ol class=\"ranked\">\n",
            words_get(lang, WORD_REPORT_RANKED));
    for (int i = 0; i < r->n_tp; i++) {
        const ReportTouchpoint *t = order[i];
        char says[512];
        report_say_gap(t, b, lang, says, sizeof says);
        fputs("<li>", f);
        gap_bar(f, t, b, largest);
        fputs("<span><b>", f);
        html_esc(f, t->label);
        fputs("</b>: ", f);
        html_esc(f, says);
        indicative_mark(f, t);
        fputs("</span></li>\n", f);
        indicative = indicative || report_say_indicative(t);
    }
    fputs("</ol>\n", f);
    if (indicative) {
        fputs("<p class=\"foot\">* ", f);
        fprintf(f, words_get(lang, WORD_REPORT_NOTE_INDICATIVE), REPORT_INDICATIVE);
        fputs("</p>\n", f);
    }
    fputs("</section>\n", f);
}

/* ---- the statistics ---- */

static void gap_row(FILE *f, const ReportTouchpoint *t, const char *lang)
{
    fputs("<tr><td>", f);
    html_esc(f, t->label);
    indicative_mark(f, t);
    fputs("</td><td>", f);
    count(f, t->e.n);
    fputs("</td><td>", f);
    html_num(f, lang, t->e.mean, 2, NUMFMT_PLUS);
    fputs("</td><td>", f);
    count(f, t->c.n);
    fputs("</td><td>", f);
    html_num(f, lang, t->c.mean, 2, NUMFMT_PLUS);
    fprintf(f, "</td><td class=\"%s\">", report_say_clearly_worse(t, BELIEF_FELT) ? "pos" : "");
    with_interval(f, lang, t->welch.d, t->welch.lo, t->welch.hi);
    fputs("</td><td>", f);
    html_num(f, lang, t->hedges_g, 2, NUMFMT_PLUS);
    fputs("</td><td>", f);
    with_interval(f, lang, t->cliffs, t->cliffs_ci.lo, t->cliffs_ci.hi);
    fputs("</td><td>", f);
    if (isfinite(t->share_below))
        fprintf(f, "%.0f%%", 100 * t->share_below);
    else
        fputs("&ndash;", f);
    fputs("</td></tr>\n", f);
}

static void gap_table(FILE *f, const Report *r, const ReportTouchpoint **order, const char *lang)
{
    static const WordId heads[] = {
        WORD_REPORT_TOUCHPOINT,  WORD_REPORT_TEAM_N,         WORD_REPORT_TEAM_MEAN,
        WORD_REPORT_CUSTOMERS_N, WORD_REPORT_CUSTOMERS_MEAN, WORD_REPORT_GAP_CI,
        WORD_REPORT_HEDGES,      WORD_REPORT_CLIFFS_CI,      WORD_REPORT_BELOW_MEDIAN};
    /* "keep": on paper the heading, the sign and the table go to a page together */
    fprintf(f, "<section class=\"keep\">\n<h2>%s</h2>\n<p>%s</p>\n",
            words_get(lang, WORD_REPORT_FIGURES), words_get(lang, WORD_REPORT_CONVENTION));
    if (r->tp_withheld) { /* above the table, where its dashes point to it */
        fputs("<p class=\"note\">", f);
        fprintf(f, words_get(lang, WORD_REPORT_TP_WITHHELD), r->tp_withheld, r->n_tp, r->min_group);
        fputs("</p>\n", f);
    }
    fputs("<div class=\"wide\">", f);
    table_head(f, lang, heads, (int)(sizeof heads / sizeof *heads));
    for (int i = 0; i < r->n_tp; i++)
        gap_row(f, order[i], lang);
    fputs("</table></div>\n</section>\n", f);
}

/* What the team predicted before playing, beside what they felt after. */
static void predictions(FILE *f, const Report *r, const char *lang)
{
    static const WordId heads[] = {WORD_REPORT_TOUCHPOINT,     WORD_REPORT_PREDICTED_N,
                                   WORD_REPORT_PREDICTED_MEAN, WORD_REPORT_PREDICTED_GAP,
                                   WORD_REPORT_FELT_GAP,       WORD_REPORT_SHIFT};
    if (r->withheld || !report_say_has_predictions(r))
        return;
    fprintf(f, "<section class=\"keep\">\n<h2>%s</h2>\n<p>%s</p>\n<div class=\"wide\">",
            words_get(lang, WORD_REPORT_PREDICTED), words_get(lang, WORD_REPORT_PREDICTED_TEXT));
    table_head(f, lang, heads, (int)(sizeof heads / sizeof *heads));
    for (int i = 0; i < r->n_tp; i++) {
        const ReportTouchpoint *t = &r->tp[i];
        fputs("<tr><td>", f);
        html_esc(f, t->label);
        fputs("</td><td>", f);
        count(f, t->p.n > 0 ? t->p.n : NAN);
        fputs("</td><td>", f);
        html_num(f, lang, t->p.mean, 2, NUMFMT_PLUS);
        fputs("</td><td>", f);
        with_interval(f, lang, t->predicted.d, t->predicted.lo, t->predicted.hi);
        fputs("</td><td>", f);
        html_num(f, lang, t->welch.d, 2, NUMFMT_PLUS);
        fputs("</td><td>", f);
        with_interval(f, lang, t->shift.mean, t->shift_ci.lo, t->shift_ci.hi);
        fputs("</td></tr>\n", f);
    }
    fputs("</table></div>\n</section>\n", f);
}

static void peak_end(FILE *f, const Report *r, const char *lang)
{
    char n[3][NUMFMT_MAX], b[3][NUMFMT_MAX + 16];
    const double v[3] = {r->pe_e, r->pe_c, r->pe_gap};
    for (int i = 0; i < 3; i++)
        snprintf(b[i], sizeof b[i], "<b>%s</b>",
                 numfmt_fixed(n[i], sizeof n[i], lang, v[i], 2, NUMFMT_PLUS | NUMFMT_MINUS));
    fprintf(f, "<section>\n<h2>%s</h2>\n<p>", words_get(lang, WORD_REPORT_PEAK));
    fprintf(f, words_get(lang, WORD_REPORT_PEAK_TEXT), b[0], b[1], b[2]);
    fputs("</p>\n</section>\n", f);
}

/* A gap cell, red where customers feel clearly worse there. */
static void gap_cell(FILE *f, const StatsWelch *w, const char *lang)
{
    fprintf(f, "<td class=\"%s\">", w->d > 0 && w->lo > 0 ? "pos" : "");
    html_num(f, lang, w->d, 2, NUMFMT_PLUS);
    fputs("</td>", f);
}

/* Before and after: the same touchpoints' gaps in the other workshop. */
static void comparison(FILE *f, const Report *r, const char *lang)
{
    static const WordId heads[] = {WORD_REPORT_TOUCHPOINT, WORD_REPORT_GAP_THERE,
                                   WORD_REPORT_GAP_HERE, WORD_REPORT_CHANGE};
    const Report *b = r->compare;
    if (!b)
        return;
    fputs("<section>\n<h2>", f);
    esc_in(f, words_get(lang, WORD_REPORT_COMPARED), b->workshop);
    fputs("</h2>\n", f);
    if (b->withheld) {
        fputs("<p class=\"note\">", f);
        fprintf(f,
                words_get(lang, b->why == PRIVACY_SUBTRACTION ? WORD_REPORT_COMPARED_SUBTRACTION
                                                              : WORD_REPORT_COMPARED_WITHHELD),
                b->min_group);
        fputs("</p>\n</section>\n", f);
        return;
    }
    table_head(f, lang, heads, (int)(sizeof heads / sizeof *heads));
    for (int i = 0; i < r->n_tp && i < b->n_tp; i++) {
        fputs("<tr><td>", f);
        html_esc(f, r->tp[i].label);
        fputs("</td>", f);
        gap_cell(f, &b->tp[i].welch, lang);
        gap_cell(f, &r->tp[i].welch, lang);
        fputs("<td>", f);
        html_num(f, lang, r->tp[i].welch.d - b->tp[i].welch.d, 2, NUMFMT_PLUS);
        fputs("</td></tr>\n", f);
    }
    fprintf(f, "</table>\n<p class=\"foot\">%s</p>\n</section>\n",
            words_get(lang, WORD_REPORT_COMPARED_LEGEND));
}

/* Sites as columns: the gap there at every touchpoint, in a box that scrolls
 * sideways when there are many. */
static void sites(FILE *f, const Report *r, const char *lang)
{
    if (!r->n_sites)
        return;
    fprintf(f,
            "<section>\n<h2>%s</h2>\n<p>%s</p>\n<div class=\"wide\"><table><thead><tr><th>%s</th>",
            words_get(lang, WORD_REPORT_SITES), words_get(lang, WORD_REPORT_SITES_TEXT),
            words_get(lang, WORD_REPORT_TOUCHPOINT));
    fprintf(f, "<th>%s<br><span class=\"ind\">", words_get(lang, WORD_REPORT_ALL_SITES));
    fprintf(f, words_get(lang, WORD_REPORT_SITE_PEOPLE), r->participants);
    fputs("</span></th>", f);
    for (int k = 0; k < r->n_sites; k++) {
        fputs("<th>", f);
        html_esc(f, r->sites[k].site);
        fputs("<br><span class=\"ind\">", f);
        if (r->sites[k].withheld)
            fputs("&ndash;", f);
        else
            fprintf(f, words_get(lang, WORD_REPORT_SITE_PEOPLE), r->sites[k].participants);
        fputs("</span></th>", f);
    }
    fputs("</tr></thead>\n", f);
    for (int i = 0; i < r->n_tp; i++) {
        fputs("<tr><td>", f);
        html_esc(f, r->tp[i].label);
        fputs("</td>", f);
        gap_cell(f, &r->tp[i].welch, lang);
        for (int k = 0; k < r->n_sites; k++)
            gap_cell(f, &r->sites[k].tp[i].welch, lang);
        fputs("</tr>\n", f);
    }
    fputs("</table></div>\n</section>\n", f);
}

/* The behaviour lines that say something, and whether there are any. */
static bool behaviour_lines(FILE *f, const Report *r, const char *lang)
{
    bool any = false;
    for (int i = 0; i < r->n_behaviour; i++) {
        char says[512];
        report_behaviour_text(&r->behaviour[i], lang, says, sizeof says);
        if (!says[0])
            continue;
        if (f) {
            fputs(any ? "<div><dt>" : "<dl class=\"terms\"><div><dt>", f);
            html_esc(f, r->behaviour[i].label);
            fputs("</dt><dd>", f);
            html_esc(f, says);
            fputs("</dd></div>", f);
        }
        any = true;
    }
    if (f && any)
        fputs("</dl>\n", f);
    return any;
}

/* What the team went through; first, when some sessions were scripted plays,
 * that their behaviour is not people's. */
static void behaviour(FILE *f, const Report *r, const char *lang)
{
    char scripted[512];
    report_say_scripted(r, lang, scripted, sizeof scripted);
    if (!behaviour_lines(NULL, r, lang) && !scripted[0] && !r->behaviour_withheld)
        return;
    fprintf(f, "<section>\n<h2>%s</h2>\n", words_get(lang, WORD_REPORT_BEHAVIOUR));
    if (scripted[0])
        fputs("<p class=\"note scripted\">", f), html_esc(f, scripted), fputs("</p>\n", f);
    behaviour_lines(f, r, lang);
    if (r->behaviour_withheld) {
        fputs("<p class=\"note\">", f);
        fprintf(f,
                words_plural(lang, r->behaviour_withheld, WORD_REPORT_BEHAVIOUR_WITHHELD_ONE,
                             WORD_REPORT_BEHAVIOUR_WITHHELD),
                r->behaviour_withheld);
        fputs("</p>\n", f);
    }
    fputs("</section>\n", f);
}

/* The method in plain words, each term with, where it has one, the formula
 * for whoever checks it by hand. */
static void method(FILE *f, const char *lang)
{
    enum { NONE = -1 };
    static const int terms[][3] = {
        {WORD_REPORT_SCALE, WORD_REPORT_SCALE_PLAIN, WORD_REPORT_SCALE_HOW},
        {WORD_REPORT_GAP, WORD_REPORT_GAP_PLAIN, WORD_REPORT_GAP_HOW},
        {WORD_REPORT_INTERVAL, WORD_REPORT_INTERVAL_PLAIN, NONE},
        {WORD_REPORT_CLEAR, WORD_REPORT_CLEAR_PLAIN, NONE},
        {WORD_REPORT_HEDGES, WORD_REPORT_HEDGES_PLAIN, WORD_REPORT_HEDGES_HOW},
        {WORD_REPORT_CLIFFS, WORD_REPORT_CLIFFS_PLAIN, WORD_REPORT_CLIFFS_HOW},
        {WORD_REPORT_PEAK_END, WORD_REPORT_PEAK_END_PLAIN, WORD_REPORT_PEAK_END_HOW},
        {WORD_REPORT_ONE_VALUE, WORD_REPORT_ONE_VALUE_HOW, NONE},
        {WORD_REPORT_INDICATIVE_TERM, WORD_REPORT_INDICATIVE_PLAIN, NONE},
        {WORD_REPORT_PRIVACY, WORD_REPORT_PRIVACY_HOW, NONE}};
    fprintf(f, "<section class=\"method\">\n<h2>%s</h2>\n<dl class=\"terms\">",
            words_get(lang, WORD_REPORT_METHOD));
    for (size_t i = 0; i < sizeof terms / sizeof *terms; i++) {
        fprintf(f, "<div><dt>%s</dt><dd>%s", words_get(lang, (WordId)terms[i][0]),
                words_get(lang, (WordId)terms[i][1]));
        if (terms[i][2] != NONE)
            fprintf(f, "<span class=\"how\">%s%s</span>", words_get(lang, WORD_REPORT_COMPUTED),
                    words_get(lang, (WordId)terms[i][2]));
        fputs("</dd></div>", f);
    }
    fputs("</dl>\n</section>\n", f);
}

/* The line above the headline: what, who, when. */
static void kicker(FILE *f, const Report *r, const ReportPage *page)
{
    const char *lang = page->lang;
    fputs("<p class=\"kicker\">", f);
    esc_in(f, words_get(lang, WORD_REPORT_TITLE), page->title);
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
}

/* The document's head, the kicker, the headline sentence, and the notice
 * when the team is withheld. */
static void page_head(FILE *f, const Report *r, const ReportPage *page)
{
    const char *lang = page->lang ? page->lang : "en";
    fputs("<!DOCTYPE html>\n<html lang=\"", f);
    html_esc(f, lang);
    fputs("\"><head><meta charset=\"utf-8\">"
          "<meta name=\"viewport\" content=\"width=device-width\">"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'\"><title>",
          f);
    esc_in(f, words_get(lang, WORD_REPORT_TITLE), page->title);
    fprintf(f, "</title><style>%s</style></head><body>\n<header>\n", css);
    kicker(f, r, page);
    char says[1024];
    report_say_headline(r, lang, says, sizeof says);
    fputs("<h1 class=\"headline\">", f);
    html_esc(f, says);
    fputs("</h1>\n", f);
    report_say_closer(r, lang, says, sizeof says);
    if (says[0]) {
        fputs("<p class=\"closer\">", f);
        html_esc(f, says);
        fputs("</p>\n", f);
    }
    if (r->withheld) {
        fputs("<p class=\"note\">", f);
        fprintf(f,
                words_get(lang, r->why == PRIVACY_SUBTRACTION ? WORD_REPORT_WITHHELD_SUBTRACTION
                                                              : WORD_REPORT_WITHHELD),
                r->min_group);
        fputs("</p>\n", f);
    }
    fputs("</header>\n", f);
}

/* The team, the customer data and the scenario behind the figures. */
static void rests_on(FILE *f, const Report *r, const ReportPage *page)
{
    const char *lang = page->lang;
    fprintf(f, "<section class=\"keep\">\n<h2>%s</h2>\n<dl class=\"terms\"><div><dt>%s</dt><dd>",
            words_get(lang, WORD_REPORT_REST), words_get(lang, WORD_REPORT_TEAM));
    fprintf(f, words_plural(lang, r->participants, WORD_REPORT_STORED_ONE, WORD_REPORT_STORED_MANY),
            r->participants);
    if (r->first[0])
        fputs(", ", f), fprintf(f, words_get(lang, WORD_REPORT_SESSIONS), r->first, r->last);
    fprintf(f, "</dd></div><div><dt>%s</dt><dd>", words_get(lang, WORD_REPORT_CUSTOMERS));
    if (page->customers)
        html_esc(f, page->customers);
    else
        fputs(words_get(lang, WORD_REPORT_NO_CUSTOMERS), f);
    fprintf(f, "</dd></div><div><dt>%s</dt><dd>", words_get(lang, WORD_REPORT_SCENARIO));
    html_esc(f, r->scenario);
    fputs("</dd></div></dl>\n</section>\n", f);
}

bool report_write_html(FILE *f, const Report *r, const ReportPage *page)
{
    ReportPage in = *page;
    in.lang = page->lang ? page->lang : "en";
    const char *lang = in.lang;
    const ReportTouchpoint **order = report_say_ranked(r);
    if (!order)
        return false;
    page_head(f, r, &in);
    report_html_chart(f, r, lang);
    if (!r->withheld)
        ranked(f, r, order, lang);
    gap_table(f, r, order, lang);
    free(order);
    predictions(f, r, lang);
    peak_end(f, r, lang);
    comparison(f, r, lang);
    sites(f, r, lang);
    behaviour(f, r, lang);
    rests_on(f, r, &in);
    method(f, lang);
    fputs("</body></html>\n", f);
    return !ferror(f);
}
