/* The report's writers for machines and terminals: JSON (the field names
 * docs/contract.md fixes), CSV (one row per touchpoint) and a text table.
 * The HTML page is report_html.c. Each prints what report.c computed and
 * withheld; none computes a figure. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "controls.h"
#include "csvout.h"
#include "json.h"
#include "numfmt.h"
#include "report.h"
#include "report_say.h"
#include "words.h"

static void json_number(FILE *f, const char *key, double v, bool comma)
{
    if (isfinite(v))
        fprintf(f, "\"%s\": %.10g%s", key, v, comma ? ", " : "");
    else
        fprintf(f, "\"%s\": null%s", key, comma ? ", " : "");
}

/* Why a figure is withheld, for machines: "fewer than 5 participants"; NULL: shown. */
static const char *withheld_why(PrivacyVerdict v, int min_group, char buf[64])
{
    if (v == PRIVACY_SHOWN)
        return NULL;
    if (v == PRIVACY_SUBTRACTION)
        return "could be worked out by subtraction from other groups";
    snprintf(buf, 64, "fewer than %d participants", min_group);
    return buf;
}

static void json_why(FILE *f, const char *key, PrivacyVerdict v, int min_group)
{
    char buf[64];
    const char *why = withheld_why(v, min_group, buf);
    fprintf(f, "\"%s\": ", key);
    if (why)
        json_string(f, why);
    else
        fputs("null", f);
}

static void json_sites(FILE *f, const Report *r)
{
    fputs(",\n \"sites\": [", f);
    for (int k = 0; k < r->n_sites; k++) {
        const ReportSite *o = &r->sites[k];
        fputs(k ? ",\n  {\"site\": " : "\n  {\"site\": ", f);
        json_string(f, o->site);
        fprintf(f, ", \"participants\": %d, ", o->participants);
        json_why(f, "withheld", o->withheld, r->min_group);
        fputs(", \"touchpoints\": [", f);
        for (int i = 0; i < r->n_tp; i++) {
            const ReportSiteTouchpoint *t = &o->tp[i];
            fputs(i ? ",\n   {\"id\": " : "\n   {\"id\": ", f);
            json_string(f, r->tp[i].id);
            fputs(", ", f);
            json_number(f, "n_employees", t->withheld ? NAN : t->e.n, true);
            json_number(f, "mean_employees", t->e.mean, true);
            json_number(f, "gap", t->welch.d, true);
            json_number(f, "gap_ci_low", t->welch.lo, true);
            json_number(f, "gap_ci_high", t->welch.hi, true);
            json_why(f, "withheld", t->withheld, r->min_group);
            fputc('}', f);
        }
        fputs("]}", f);
    }
    fputs("\n ]", f);
}

/* A touchpoint's figures of predictions (after its other fields). */
static void json_predictions(FILE *f, const ReportTouchpoint *t, int min_group)
{
    json_number(f, "n_predicted", t->p.n, true);
    json_number(f, "mean_predicted", t->p.mean, true);
    json_number(f, "predicted_gap", t->predicted.d, true);
    json_number(f, "predicted_gap_ci_low", t->predicted.lo, true);
    json_number(f, "predicted_gap_ci_high", t->predicted.hi, true);
    json_number(f, "n_shift", t->shift.n, true);
    json_number(f, "shift", t->shift.mean, true);
    json_number(f, "shift_ci_low", t->shift_ci.lo, true);
    json_number(f, "shift_ci_high", t->shift_ci.hi, true);
    json_why(f, "predicted_withheld", t->predicted_withheld, min_group);
    fputs(", ", f);
    json_why(f, "shift_withheld", t->shift_withheld, min_group);
}

bool report_write_json(FILE *f, const Report *r)
{
    fputs("{\"scenario\": ", f);
    json_string(f, r->scenario);
    fprintf(f, ", \"participants\": %d, \"withheld\": %s, ", r->participants,
            r->withheld ? "true" : "false");
    json_why(f, "withheld_reason", r->why, r->min_group);
    fprintf(f,
            ", \"min_group\": %d, \"behaviour_withheld\": %d, \"sessions\": %d, "
            "\"scripted_sessions\": %d,\n \"touchpoints\": [",
            r->min_group, r->behaviour_withheld, r->sessions, r->scripted);
    for (int i = 0; i < r->n_tp; i++) {
        const ReportTouchpoint *t = &r->tp[i];
        fputs(i ? ",\n  {\"id\": " : "\n  {\"id\": ", f);
        json_string(f, t->id);
        fputs(", \"label\": ", f);
        json_string(f, t->label);
        fputs(", ", f);
        json_number(f, "n_employees", t->e.n, true);
        json_number(f, "n_customers", t->c.n, true);
        json_number(f, "mean_employees", t->e.mean, true);
        json_number(f, "mean_customers", t->c.mean, true);
        json_number(f, "gap", t->welch.d, true);
        json_number(f, "gap_ci_low", t->welch.lo, true);
        json_number(f, "gap_ci_high", t->welch.hi, true);
        json_number(f, "hedges_g", t->hedges_g, true);
        json_number(f, "cliffs_delta", t->cliffs, true);
        json_number(f, "cliffs_delta_ci_low", t->cliffs_ci.lo, true);
        json_number(f, "cliffs_delta_ci_high", t->cliffs_ci.hi, true);
        json_number(f, "share_customers_below_employee_median", t->share_below, true);
        fprintf(f, "\"indicative\": %s, ", t->indicative ? "true" : "false");
        json_why(f, "withheld", t->withheld, r->min_group);
        fputs(", ", f);
        json_predictions(f, t, r->min_group);
        fputc('}', f);
    }
    fputs("\n ],\n \"behaviour\": [", f);
    for (int i = 0, k = 0; i < r->n_behaviour; i++) {
        const ReportBehaviour *b = &r->behaviour[i];
        if (!b->did.waits && !b->did.repeated && !b->did.answers && !b->did.forms)
            continue;
        fputs(k++ ? ",\n  {\"step\": " : "\n  {\"step\": ", f);
        json_string(f, b->step);
        fprintf(f, ", \"reached\": %d, ", b->did.reached);
        json_number(f, "mean_wait_ms", b->did.waits ? b->did.wait_ms / b->did.waits : NAN, true);
        fprintf(f,
                "\"hangups\": %d, \"details_repeated\": %d, \"answers\": %d, "
                "\"answers_right\": %d, ",
                b->did.hangups, b->did.repeated, b->did.answers, b->did.right);
        json_number(f, "mean_answer_ms", b->did.answers ? b->did.answer_ms / b->did.answers : NAN,
                    true);
        json_number(f, "mean_form_attempts",
                    b->did.forms ? (double)b->did.attempts / b->did.forms : NAN, false);
        fputc('}', f);
    }
    fputs("\n ],\n \"journey\": {", f);
    json_number(f, "peak_end_employees", r->pe_e, true);
    json_number(f, "peak_end_customers", r->pe_c, true);
    json_number(f, "peak_end_gap", r->pe_gap, false);
    fputc('}', f);
    if (r->n_sites)
        json_sites(f, r);
    if (r->compare) {
        const Report *b = r->compare;
        fputs(",\n \"comparison\": {\"workshop\": ", f);
        json_string(f, b->workshop);
        fprintf(f, ", \"participants\": %d, \"withheld\": %s, \"touchpoints\": [", b->participants,
                b->withheld ? "true" : "false");
        for (int i = 0; i < b->n_tp && i < r->n_tp; i++) {
            fputs(i ? ",\n  {\"id\": " : "\n  {\"id\": ", f);
            json_string(f, b->tp[i].id);
            fputs(", ", f);
            json_number(f, "gap", b->tp[i].welch.d, true);
            json_number(f, "gap_ci_low", b->tp[i].welch.lo, true);
            json_number(f, "gap_ci_high", b->tp[i].welch.hi, true);
            json_number(f, "change", r->tp[i].welch.d - b->tp[i].welch.d, true);
            json_why(f, "withheld", b->tp[i].withheld, b->min_group);
            fputc('}', f);
        }
        fputs("]}", f);
    }
    fputs("}\n", f);
    return !ferror(f);
}

static const char *num(char *buf, double v)
{
    if (!isfinite(v))
        return NULL;
    snprintf(buf, 32, "%.10g", v);
    return buf;
}

bool report_write_csv(FILE *f, const Report *r)
{
    static const char *const head[] = {"id",
                                       "label",
                                       "n_employees",
                                       "n_customers",
                                       "mean_employees",
                                       "mean_customers",
                                       "gap",
                                       "gap_ci_low",
                                       "gap_ci_high",
                                       "hedges_g",
                                       "cliffs_delta",
                                       "cliffs_delta_ci_low",
                                       "cliffs_delta_ci_high",
                                       "share_customers_below_employee_median",
                                       "indicative",
                                       "withheld",
                                       "n_predicted",
                                       "mean_predicted",
                                       "predicted_gap",
                                       "predicted_gap_ci_low",
                                       "predicted_gap_ci_high",
                                       "n_shift",
                                       "shift",
                                       "shift_ci_low",
                                       "shift_ci_high",
                                       "predicted_withheld",
                                       "shift_withheld"};
    enum { COLUMNS = sizeof head / sizeof *head };
    bool ok = csvout_row(f, head, COLUMNS);
    for (int i = 0; ok && i < r->n_tp; i++) {
        const ReportTouchpoint *t = &r->tp[i];
        char b[21][32], why[3][64];
        const char *cells[COLUMNS] = {t->id,
                                      t->label,
                                      num(b[0], t->e.n),
                                      num(b[1], t->c.n),
                                      num(b[2], t->e.mean),
                                      num(b[3], t->c.mean),
                                      num(b[4], t->welch.d),
                                      num(b[5], t->welch.lo),
                                      num(b[6], t->welch.hi),
                                      num(b[7], t->hedges_g),
                                      num(b[8], t->cliffs),
                                      num(b[9], t->cliffs_ci.lo),
                                      num(b[10], t->cliffs_ci.hi),
                                      num(b[11], t->share_below),
                                      t->indicative ? "1" : "0",
                                      withheld_why(t->withheld, r->min_group, why[0]),
                                      num(b[12], t->p.n),
                                      num(b[13], t->p.mean),
                                      num(b[14], t->predicted.d),
                                      num(b[15], t->predicted.lo),
                                      num(b[16], t->predicted.hi),
                                      num(b[17], t->shift.n),
                                      num(b[18], t->shift.mean),
                                      num(b[19], t->shift_ci.lo),
                                      num(b[20], t->shift_ci.hi),
                                      withheld_why(t->predicted_withheld, r->min_group, why[1]),
                                      withheld_why(t->shift_withheld, r->min_group, why[2])};
        ok = csvout_row(f, cells, COLUMNS);
    }
    return ok && !ferror(f);
}

/* A figure of the text table, right-aligned in width ("-" when none), with a
 * decimal comma in Dutch (numfmt.h); ASCII only, so bytes are columns. */
static const char *cell_text(char buf[NUMFMT_MAX], double v, int width, const char *lang)
{
    char n[NUMFMT_MAX];
    snprintf(buf, NUMFMT_MAX, "%*s", width, numfmt_fixed(n, sizeof n, lang, v, 2, 0));
    return buf;
}

static void cell(FILE *f, double v, int width, const char *lang)
{
    char buf[NUMFMT_MAX];
    fprintf(f, " %s", cell_text(buf, v, width, lang));
}

/* An interval in a column of its own ("-" when it has none). */
static void interval_cell(FILE *f, StatsInterval ci, const char *lang)
{
    char buf[2 * NUMFMT_MAX];
    if (isfinite(ci.lo) && isfinite(ci.hi))
        numfmt_interval(buf, sizeof buf, lang, ci.lo, ci.hi, 2, 0);
    else
        snprintf(buf, sizeof buf, "-");
    fprintf(f, "  %-16s", buf);
}

/* Text wrapped at spaces into lines of at most width characters (a longer
 * word gets a line of its own, never cut), the first after first, the others
 * after rest. */
static void wrapped(FILE *f, const char *text, int width, const char *first, const char *rest)
{
    const char *p = text, *indent = first;
    while (*p) {
        size_t line = 0, glyphs = 0, end = 0;
        for (size_t i = 0; p[i]; i++) {
            if (p[i] == ' ') {
                if (glyphs > (size_t)width && end)
                    break;
                end = i;
            }
            glyphs += ((unsigned char)p[i] & 0xC0) != 0x80;
            line = i + 1;
        }
        if (glyphs > (size_t)width && end)
            line = end;
        fprintf(f, "%s%.*s\n", indent, (int)line, p);
        p += line;
        indent = rest;
        while (*p == ' ')
            p++;
    }
}

static void text_head(FILE *f, const Report *r, const char *lang)
{
    fprintf(f, words_get(lang, WORD_REPORT_TITLE), r->scenario);
    if (r->workshop)
        fputs(", ", f), fprintf(f, words_get(lang, WORD_REPORT_WORKSHOP), r->workshop);
    if (r->department)
        fputs(", ", f), fprintf(f, words_get(lang, WORD_REPORT_DEPARTMENT), r->department);
    if (r->site)
        fputs(", ", f), fprintf(f, words_get(lang, WORD_REPORT_SITE), r->site);
    fputs(", ", f);
    fprintf(f,
            words_plural(lang, r->participants, WORD_REPORT_PARTICIPANTS_ONE,
                         WORD_REPORT_PARTICIPANTS_MANY),
            r->participants);
    fputs("\n\n", f);
    char says[1024], closer[512];
    report_say_headline(r, lang, says, sizeof says);
    report_say_closer(r, lang, closer, sizeof closer);
    if (closer[0])
        snprintf(says + strlen(says), sizeof says - strlen(says), " %s", closer);
    wrapped(f, says, 78, "", "");
    fputc('\n', f);
}

/* Each moment in words, largest gap first: what the table says, for people. */
static void text_ranked(FILE *f, const Report *r, const ReportTouchpoint **order,
                        const char *lang)
{
    if (r->withheld)
        return;
    fprintf(f, "%s:\n", words_get(lang, WORD_REPORT_RANKED));
    ReportBelief b = report_say_belief(r);
    for (int i = 0; i < r->n_tp; i++) {
        const ReportTouchpoint *t = order[i];
        char says[512], line[1024];
        report_say_gap(t, b, lang, says, sizeof says);
        snprintf(line, sizeof line, "%s: %s%s", t->label, says,
                 report_say_indicative(t) ? " *" : "");
        wrapped(f, line, 74, "  ", "      ");
    }
    fputc('\n', f);
}

/* The notes said once: withheld figures, the sign of a gap. */
static void text_notes(FILE *f, const Report *r, const char *lang)
{
    if (r->withheld) {
        fprintf(f,
                words_get(lang, r->why == PRIVACY_SUBTRACTION ? WORD_REPORT_WITHHELD_SUBTRACTION
                                                              : WORD_REPORT_TEXT_WITHHELD),
                r->min_group);
        fputc('\n', f);
    }
    if (r->tp_withheld) {
        fprintf(f, words_get(lang, WORD_REPORT_TP_WITHHELD), r->tp_withheld, r->n_tp, r->min_group);
        fputc('\n', f);
    }
    fprintf(f, "%s\n\n", words_get(lang, WORD_REPORT_TEXT_SCALE));
}

static void text_table(FILE *f, const Report *r, const ReportTouchpoint **order,
                       const char *lang)
{
    fprintf(f, "%-22s %5s %7s %6s %6s %8s  %-16s %6s %6s\n",
            words_get(lang, WORD_REPORT_COL_TOUCHPOINT), words_get(lang, WORD_REPORT_COL_N_E),
            words_get(lang, WORD_REPORT_COL_N_C), words_get(lang, WORD_REPORT_COL_E),
            words_get(lang, WORD_REPORT_COL_C), words_get(lang, WORD_REPORT_COL_GAP),
            words_get(lang, WORD_REPORT_COL_CI), words_get(lang, WORD_REPORT_COL_G),
            words_get(lang, WORD_REPORT_COL_DELTA));
    bool indicative = false;
    for (int i = 0; i < r->n_tp; i++) {
        const ReportTouchpoint *t = order[i];
        char n[NUMFMT_MAX];
        fprintf(f, "%-22.22s %5s %7.0f", t->id, numfmt_fixed(n, sizeof n, lang, t->e.n, 0, 0),
                t->c.n);
        cell(f, t->e.mean, 6, lang);
        cell(f, t->c.mean, 6, lang);
        cell(f, t->welch.d, 8, lang);
        interval_cell(f, (StatsInterval){t->welch.lo, t->welch.hi}, lang);
        cell(f, t->hedges_g, 6, lang);
        cell(f, t->cliffs, 6, lang);
        if (report_say_indicative(t))
            fputs(" *", f), indicative = true;
        fputc('\n', f);
    }
    if (indicative) /* once, under the table, not on every row */
        fputs("* ", f), fprintf(f, words_get(lang, WORD_REPORT_NOTE_INDICATIVE), REPORT_INDICATIVE),
            fputc('\n', f);
}

/* What they predicted before playing, when anyone did. */
static void text_predicted(FILE *f, const Report *r, const char *lang)
{
    bool any = false;
    for (int i = 0; i < r->n_tp; i++)
        any = any || r->tp[i].p.n > 0;
    if (!any)
        return;
    fprintf(f, "\n%s\n", words_get(lang, WORD_REPORT_TEXT_PREDICTED));
    for (int i = 0; i < r->n_tp; i++) {
        const ReportTouchpoint *t = &r->tp[i];
        fprintf(f, "  %-22.22s %5.0f", t->id, t->p.n);
        cell(f, t->p.mean, 6, lang);
        cell(f, t->predicted.d, 6, lang);
        interval_cell(f, (StatsInterval){t->predicted.lo, t->predicted.hi}, lang);
        cell(f, t->shift.mean, 6, lang);
        interval_cell(f, t->shift_ci, lang);
        fputc('\n', f);
    }
}

/* The heading over what the team did, and the scripted plays among the
 * sessions (before the figures they are in). Returns true. */
static bool text_behaviour_head(FILE *f, const char *scripted, const char *lang)
{
    fprintf(f, "\n%s:\n", words_get(lang, WORD_REPORT_BEHAVIOUR));
    if (scripted[0])
        wrapped(f, scripted, 74, "  ", "  ");
    return true;
}

static void text_behaviour(FILE *f, const Report *r, const char *lang)
{
    char scripted[512];
    report_say_scripted(r, lang, scripted, sizeof scripted);
    bool header = false;
    for (int i = 0; i < r->n_behaviour; i++) {
        char says[512];
        report_behaviour_text(&r->behaviour[i], lang, says, sizeof says);
        if (!says[0])
            continue;
        if (!header)
            header = text_behaviour_head(f, scripted, lang);
        fprintf(f, "  %-20.20s %s\n", r->behaviour[i].step, says);
    }
    if (!header && scripted[0])
        header = text_behaviour_head(f, scripted, lang);
    if (r->behaviour_withheld) {
        fputs(header ? "" : "\n", f);
        fprintf(f,
                words_plural(lang, r->behaviour_withheld, WORD_REPORT_BEHAVIOUR_WITHHELD_ONE,
                             WORD_REPORT_BEHAVIOUR_WITHHELD),
                r->behaviour_withheld);
        fputc('\n', f);
    }
}

/* The gaps of the workshop compared with, beside this one's. */
static void text_compare(FILE *f, const Report *r, const char *lang)
{
    const Report *b = r->compare;
    char who[64];
    snprintf(who, sizeof who,
             words_plural(lang, b->participants, WORD_REPORT_PARTICIPANTS_ONE,
                          WORD_REPORT_PARTICIPANTS_MANY),
             b->participants);
    fputc('\n', f);
    fprintf(f,
            words_get(lang,
                      b->withheld ? WORD_REPORT_TEXT_COMPARED_WITHHELD : WORD_REPORT_TEXT_COMPARED),
            b->workshop, who);
    fputc('\n', f);
    for (int i = 0; i < r->n_tp && i < b->n_tp; i++) {
        fprintf(f, "  %-22.22s", r->tp[i].id);
        cell(f, b->tp[i].welch.d, 6, lang);
        fputs("  ->", f);
        cell(f, r->tp[i].welch.d, 6, lang);
        fprintf(f, "  %s", words_get(lang, WORD_REPORT_TEXT_CHANGE));
        cell(f, r->tp[i].welch.d - b->tp[i].welch.d, 6, lang);
        fputc('\n', f);
    }
}

/* The gap at each site, sites as columns, eight at a time. */
static void text_sites(FILE *f, const Report *r, const char *lang)
{
    enum { PER_TABLE = 8 };
    fprintf(f, "\n%s\n", words_get(lang, WORD_REPORT_TEXT_SITES));
    for (int from = 0; from < r->n_sites; from += PER_TABLE) {
        int to = from + PER_TABLE < r->n_sites ? from + PER_TABLE : r->n_sites;
        fprintf(f, "  %-22s %9.9s", "", words_get(lang, WORD_REPORT_ALL_SITES));
        for (int k = from; k < to; k++)
            fprintf(f, " %9.9s", r->sites[k].site);
        fprintf(f, "\n  %-22s %9d", "n", r->participants);
        for (int k = from; k < to; k++)
            r->sites[k].withheld ? fprintf(f, " %9s", "-")
                                 : fprintf(f, " %9d", r->sites[k].participants);
        fputc('\n', f);
        for (int i = 0; i < r->n_tp; i++) {
            fprintf(f, "  %-22.22s", r->tp[i].id);
            cell(f, r->tp[i].welch.d, 9, lang);
            for (int k = from; k < to; k++)
                cell(f, r->sites[k].tp[i].welch.d, 9, lang);
            fputc('\n', f);
        }
    }
}

bool report_write_text(FILE *f, const Report *r, const char *lang)
{
    const ReportTouchpoint **order = report_say_ranked(r);
    if (!order)
        return false;
    text_head(f, r, lang);
    text_ranked(f, r, order, lang);
    text_notes(f, r, lang);
    text_table(f, r, order, lang);
    free(order);
    text_predicted(f, r, lang);
    text_behaviour(f, r, lang);
    if (r->n_sites)
        text_sites(f, r, lang);
    if (r->compare)
        text_compare(f, r, lang);
    char e[NUMFMT_MAX], c[NUMFMT_MAX], gap[NUMFMT_MAX];
    fputc('\n', f);
    fprintf(f, words_get(lang, WORD_REPORT_TEXT_PEAK_END), cell_text(e, r->pe_e, 5, lang),
            cell_text(c, r->pe_c, 5, lang), cell_text(gap, r->pe_gap, 5, lang));
    fputc('\n', f);
    return !ferror(f);
}
