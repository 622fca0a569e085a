/* The drawing of both debriefs: the personal one at the end of a play (this
 * employee's curve beside the customers', drawn in from left to right as
 * progress goes from 0 to 1, and the sentences debrief.c built) and the
 * group's for the projector (the group's mean with its spread, the largest
 * gaps, one touchpoint at a time). They share the chart, which adds what was
 * predicted before playing as a third, dashed line when there is any. */
#include "debrief_view.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "numfmt.h"
#include "report_say.h"
#include "view/theme.h"

#define COLOR_YOU       COLOR_ACCENT
#define COLOR_THEM      ((Color){168, 58, 40, 255})
#define COLOR_PREDICTED COLOR_MUTED

enum { CX0 = 140, CX1 = 720, CY0 = 120, CY1 = 470 };

/* A chart of two curves over the touchpoints, shared by both debriefs, and a
 * third when they predicted. */
typedef struct {
    int n;
    const char *const *label;
    const double *a, *b;  /* a: the employee(s), b: the customers */
    const double *a_band; /* half-width of a band around a (the group's spread), or NULL */
    const char *a_name, *b_name;
    int focus;       /* a touchpoint to pick out, or -1 */
    const double *p; /* what was predicted before playing (dashed), or NULL */
    const char *p_name;
} Chart;

static float cx(int n, int i)
{
    return n > 1 ? CX0 + (CX1 - CX0) * (float)i / (float)(n - 1) : (CX0 + CX1) / 2.0f;
}

static float cy(double v)
{
    return (float)(CY0 + (CY1 - CY0) * (4 - fmin(4, fmax(-4, v))) / 8);
}

/* A dashed stroke: dashes of 10 with gaps of 8, from the start. */
static void dashes(Ui *ui, float x0, float y0, float x1, float y1, float width, Color color)
{
    float len = hypotf(x1 - x0, y1 - y0);
    for (float t = 0; t < len; t += 18) {
        float e = fminf(t + 10, len);
        ui_line(ui, x0 + (x1 - x0) * t / len, y0 + (y1 - y0) * t / len, x0 + (x1 - x0) * e / len,
                y0 + (y1 - y0) * e / len, width, color);
    }
}

/* A point of a curve: filled, or a ring on a dashed curve (a prediction). */
/* A curve's mark of radius r: a disc; in high contrast the customers' marks
 * are squares, so that the two curves differ by more than their colour. */
static void mark(Ui *ui, float x, float y, float r, Color color)
{
    Color them = COLOR_THEM;
    if (theme_high_contrast(ui) && color.r == them.r && color.g == them.g && color.b == them.b)
        ui_round_rect(ui, (Rect){x - r, y - r, 2 * r, 2 * r}, 2, color);
    else
        ui_circle(ui, x, y, r, color);
}

static void point(Ui *ui, float x, float y, Color color, bool dashed)
{
    mark(ui, x, y, 9, dashed ? COLOR_BG : color);
    if (dashed)
        ui_ring(ui, x, y, 8, 3, color);
}

/* A curve drawn in up to progress (0..1 of its width). */
static void curve(const Chart *c, Ui *ui, const double *v, Color color, double progress,
                  bool dashed)
{
    float limit = CX0 + (float)progress * (CX1 - CX0);
    int prev = -1;
    for (int i = 0; i < c->n; i++) {
        if (!isfinite(v[i]))
            continue;
        if (cx(c->n, i) > limit + 0.5f)
            break;
        if (prev >= 0)
            (dashed ? dashes : ui_line)(ui, cx(c->n, prev), cy(v[prev]), cx(c->n, i), cy(v[i]),
                                        dashed ? 3 : 5, color);
        point(ui, cx(c->n, i), cy(v[i]), color, dashed);
        prev = i;
    }
}

/* The width of the widest word of any label: a label narrower than it would
 * break mid-word. */
static float widest_word(const Chart *c, Ui *ui, const TextStyle *st)
{
    float most = 0;
    for (int i = 0; i < c->n; i++)
        most = fmaxf(most, ui_widest_word(ui, c->label[i], st));
    return most;
}

/* The height of a touchpoint's label under the chart: it is cut below. */
enum { LABEL_BOX_H = 60 };

/* Under each point its touchpoint; staggered (the points stand too close for
 * the words), every other label moves a row down, with a tick up to its point. */
static void labels(const Chart *c, Ui *ui, float slot, const TextStyle *tp, bool stagger)
{
    float w = stagger ? 2 * slot - 8 : slot;
    for (int i = 0; i < c->n; i++) {
        bool low = stagger && i % 2;
        if (low)
            ui_fill(ui, (Rect){cx(c->n, i) - 0.5f, CY1 + 8, 1, 70}, COLOR_LINE);
        ui_text(ui, (Rect){cx(c->n, i) - w / 2, CY1 + 18 + (low ? 64 : 0), w, LABEL_BOX_H},
                c->label[i], tp);
    }
}

static bool labels_fit(const Chart *c, Ui *ui, const TextStyle *tp, float w)
{
    for (int i = 0; i < c->n; i++)
        if (ui_text_height(ui, w, c->label[i], tp) > LABEL_BOX_H)
            return false;
    return true;
}

/* Side by side in the labels' size when every word fits its slot; else
 * staggered. Then smaller until every word fits its width and every label
 * its box (larger text makes more lines), down to 11 pixels on the screen:
 * long (Dutch) words are never broken, and no label is cut. Returns whether
 * they stagger. */
static bool label_style(const Chart *c, Ui *ui, float slot, TextStyle *tp)
{
    bool stagger = widest_word(c, ui, tp) > slot - 4;
    float w = stagger ? 2 * slot - 8 : slot, least = 11 / ui_text_scale(ui);
    while (tp->size > least && (widest_word(c, ui, tp) > w - (stagger ? 0 : 4) ||
                                !labels_fit(c, ui, tp, w)))
        tp->size--;
    return stagger;
}

/* One entry of the legend at x: a stroke with its point, then the name.
 * Returns where the next may begin. */
static float key(Ui *ui, float x, const char *name, Color color, bool dashed, float size, bool draw)
{
    TextStyle st = STYLE(FONT_SANS_BOLD, size, color, ALIGN_LEFT);
    float w = ui_text_width(ui, name, &st);
    if (draw) {
        (dashed ? dashes : ui_line)(ui, x, 92, x + 34, 92, dashed ? 3 : 5, color);
        point(ui, x + 17, 92, color, dashed);
        float h = fmaxf(size * 1.4f, ui_text_height(ui, w + 4, "M", &st));
        ui_text(ui, (Rect){x + 44, 92 - size * 0.65f - (h - size * 1.4f) / 2, w + 4, h}, name, &st);
    }
    return x + 44 + w + 30;
}

/* The legend of three lines in one row from the left: where it ends. */
static float legend_row(const Chart *c, Ui *ui, float size, bool draw)
{
    float x = key(ui, 60, c->p_name, COLOR_PREDICTED, true, size, draw);
    x = key(ui, x, c->a_name, COLOR_YOU, false, size, draw);
    return key(ui, x, c->b_name, COLOR_THEM, false, size, draw);
}

/* The legend of three lines, in words, above the chart: at 20 units, or
 * smaller where the words are longer. */
static void legend3(const Chart *c, Ui *ui)
{
    float size = 20;
    while (size > 14 && legend_row(c, ui, size, false) > 800)
        size--;
    legend_row(c, ui, size, true);
}

/* The legend of two lines, as it always was. */
static void legend2(const Chart *c, Ui *ui)
{
    TextStyle key = STYLE(FONT_SANS_BOLD, 20, COLOR_YOU, ALIGN_LEFT);
    float h = fmaxf(26, ui_text_height(ui, 1000, "M", &key)), top = 92 - h / 2 + 1;
    float second = fmaxf(200, ui_text_width(ui, c->a_name, &key) + 46);
    mark(ui, CX0 + 6, 92, 8, COLOR_YOU);
    ui_text(ui, (Rect){CX0 + 22, top, second - 6, h}, c->a_name, &key);
    key.color = COLOR_THEM;
    mark(ui, CX0 + 6 + second, 92, 8, COLOR_THEM);
    ui_text(ui, (Rect){CX0 + 22 + second, top, 400, h}, c->b_name, &key);
}

/* A point of the -4..+4 scale as typeset: "+2", "0", "−2" (a true minus,
 * as the figures beside it have). */
static void scale_label(char *t, size_t size, int v)
{
    snprintf(t, size, v > 0 ? "+%d" : v < 0 ? "\xe2\x88\x92%d" : "%d", v > 0 ? v : -v);
}

static void chart(const Chart *c, Ui *ui, double progress)
{
    TextStyle axis = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_RIGHT);
    for (int v = -4; v <= 4; v += 2) {
        ui_fill(ui, (Rect){CX0 - 20, cy(v) - 1, CX1 - CX0 + 40, v ? 1 : 2.5f},
                v ? COLOR_LINE : COLOR_MUTED);
        char t[8];
        scale_label(t, sizeof t, v);
        float h = ui_text_height(ui, 60, t, &axis);
        ui_text(ui, (Rect){CX0 - 100, cy(v) - h / 2, 70, h}, t, &axis);
    }
    float slot = c->n > 1 ? (CX1 - CX0) / (float)(c->n - 1) : 200;
    TextStyle tp = STYLE(FONT_SANS, 15, COLOR_INK, ALIGN_CENTER);
    bool stagger = label_style(c, ui, slot, &tp);
    if (c->focus >= 0) /* down to its label, in the lower row when the labels are staggered */
        ui_round_rect(ui,
                      (Rect){cx(c->n, c->focus) - slot / 2, CY0 - 10, slot,
                             CY1 - CY0 + (c->focus % 2 && stagger ? 144 : 80)},
                      12, COLOR_ACCENT_SOFT);
    for (int i = 0; c->a_band && i < c->n; i++)
        if (isfinite(c->a[i]) && isfinite(c->a_band[i]))
            ui_round_rect(ui,
                          (Rect){cx(c->n, i) - 10, cy(c->a[i] + c->a_band[i]), 20,
                                 cy(c->a[i] - c->a_band[i]) - cy(c->a[i] + c->a_band[i])},
                          10, COLOR_ACCENT_SOFT);
    labels(c, ui, slot, &tp, stagger);
    if (c->p)
        curve(c, ui, c->p, COLOR_PREDICTED, progress, true);
    curve(c, ui, c->b, COLOR_THEM, progress, false);
    curve(c, ui, c->a, COLOR_YOU, progress, false);
    (c->p ? legend3 : legend2)(c, ui);
}

enum { CARD_BOTTOM = 628 };

/* A sentence of the card when it fits above the card's bottom (with larger
 * text fewer of them do: the first, most telling, stay); the next y. */
static float fitting(Ui *ui, float y, const char *text, const TextStyle *st)
{
    float h = ui_text_height(ui, 400, text, st);
    if (!text[0] || y + h > CARD_BOTTOM)
        return y;
    return y + 14 + ui_text(ui, (Rect){830, y, 400, h}, text, st);
}

/* The card beside three lines: where the prediction was furthest off and
 * whether playing brought them closer lead, then the largest gap as felt;
 * the worst moments and what they did follow as far as there is room. */
static float lines(Ui *ui, float y, const char (*text)[200], int n, const TextStyle *st)
{
    for (int i = 0; i < n; i++)
        y = fitting(ui, y, text[i], st);
    return y;
}

static void predicted_card(const Debrief *d, Ui *ui, float y)
{
    TextStyle big = STYLE(FONT_SANS_BOLD, 19, COLOR_INK, ALIGN_LEFT);
    TextStyle body = STYLE(FONT_SANS, 18, COLOR_INK, ALIGN_LEFT);
    y = fitting(ui, y, d->furthest, &big);
    y = fitting(ui, y, d->closer, &big);
    if (d->n_gaps)
        y = fitting(ui, y, d->gaps[0], &body);
    y = fitting(ui, y, d->moments, &body);
    for (int i = 0; i < d->n_did; i++)
        y = fitting(ui, y, d->did[i], &body);
}

void debrief_draw(const Debrief *d, Ui *ui, const char *lang, double progress, bool kiosk)
{
    ui_clear(ui, COLOR_BG);
    TextStyle title = STYLE(FONT_SANS_BOLD, 34, COLOR_INK, ALIGN_LEFT);
    ui_text(
        ui,
        (Rect){60, 24 - 12 * (ui_text_scale(ui) > 1), 1000, ui_text_height(ui, 1000, "M", &title)},
        words_get(lang, WORD_DEBRIEF_TITLE), &title);
    Chart c = {d->n,
               d->label,
               d->you,
               d->customers,
               NULL,
               words_get(lang, WORD_DEBRIEF_YOU),
               words_get(lang, WORD_DEBRIEF_THEM),
               -1,
               NULL,
               NULL};
    if (d->has_predicted) {
        c.p = d->predicted;
        c.p_name = words_get(lang, WORD_DEBRIEF_PREDICTED);
        c.a_name = words_get(lang, WORD_DEBRIEF_FELT);
        c.b_name = words_get(lang, WORD_DEBRIEF_REPORTED);
    }
    chart(&c, ui, progress < 0 ? 0 : progress > 1 ? 1 : progress);
    theme_card(ui, (Rect){810, 80, 440, 560});
    TextStyle big = STYLE(FONT_SANS_BOLD, 20, COLOR_INK, ALIGN_LEFT);
    TextStyle body = STYLE(FONT_SANS, 18, COLOR_INK, ALIGN_LEFT);
    float y = 104;
    bool none = true;
    for (int i = 0; i < d->n && none; i++)
        none = !isfinite(d->customers[i]);
    if (none)
        y = fitting(ui, y, words_get(lang, WORD_DEBRIEF_NO_DATA), &big);
    if (d->has_predicted)
        predicted_card(d, ui, y);
    else {
        y = lines(ui, y, d->gaps, d->n_gaps, &big);
        y = fitting(ui, y, d->moments, &body);
        lines(ui, y + 6, d->did, d->n_did, &body);
    }
    if (kiosk)
        theme_button(ui, (Rect){490, 640, 300, 60}, words_get(lang, WORD_CONTINUE), ACT_CONTINUE, 0,
                     true, true);
    else {
        TextStyle hint = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_LEFT);
        float h = fmaxf(30, ui_text_height(ui, 700, words_get(lang, WORD_END_CLOSE), &hint));
        ui_text(ui, (Rect){60, fminf(664, 712 - h), 700, h}, words_get(lang, WORD_END_CLOSE),
                &hint);
    }
}

/* ---- the group ---- */

static void waiting(const Report *r, Ui *ui, const char *lang)
{
    char msg[200], why[200];
    int more = r->min_group - r->participants;
    snprintf(why, sizeof why, "%s", words_get(lang, WORD_GROUP_PRIVACY));
    if (r->why == PRIVACY_SUBTRACTION) {
        snprintf(msg, sizeof msg, "%s", words_get(lang, WORD_GROUP_SUBTRACTION));
        snprintf(why, sizeof why, words_get(lang, WORD_GROUP_SUBTRACTION_WHY), r->min_group);
    } else
        snprintf(msg, sizeof msg,
                 words_get(lang, more == 1 ? WORD_GROUP_WAITING_ONE : WORD_GROUP_WAITING_MANY),
                 more);
    TextStyle big = STYLE(FONT_SANS_BOLD, 40, COLOR_INK, ALIGN_CENTER);
    ui_text(ui, (Rect){140, 280, 1000, 60}, msg, &big);
    TextStyle small = STYLE(FONT_SANS, 22, COLOR_MUTED, ALIGN_CENTER);
    ui_text(ui, (Rect){140, 360, 1000, 90}, why, &small);
}

/* The touchpoints with a gap of belief b (what the group predicted, when it
 * did, as the report leads with; else what it felt), ranked by its size,
 * largest first, whichever way it goes: the panel says "largest gaps" and has
 * room for eight, so a large gap must not fall off the end for its sign. */
static int ranked(const Report *r, ReportBelief b, int *order)
{
    int n = 0;
    double gap[DEBRIEF_MAX_TP + 64];
    for (int i = 0; i < r->n_tp && i < DEBRIEF_MAX_TP + 64; i++)
        if (isfinite(gap[i] = report_say_welch(&r->tp[i], b).d))
            order[n++] = i;
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && fabs(gap[order[j]]) > fabs(gap[order[j - 1]]); j--) {
            int t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    return n;
}

/* ---- one touchpoint: the two distributions side by side ---- */

/* The panel's centre column of values, its half-width to the bars, the
 * longest bar, a row's height (and the least it shrinks to, to leave room
 * for a long sentence below). */
enum { DIST_MID = 1030, DIST_GAP = 32, DIST_BAR = 108, DIST_ROW = 32, DIST_ROW_MIN = 24 };

/* A distribution to draw: a share for every value (none withheld, a table
 * behind it) and some of them above 0. */
static bool dist_shown(const double *d)
{
    if (!d)
        return false;
    double sum = 0;
    for (int v = 0; v < REPORT_VALUES; v++) {
        if (!isfinite(d[v]))
            return false;
        sum += d[v];
    }
    return sum > 0;
}

/* Where value v (-4..+4, +4 on top) sits: its row's middle. */
static float dist_y(float top, float row, double v)
{
    return top + (float)(4 - fmin(4, fmax(-4, v))) * row + row / 2.0f;
}

/* The height of a side's name and mean over its bars (72 as made). */
static float dist_head(Ui *ui)
{
    TextStyle name = STYLE(FONT_SANS_BOLD, 20, COLOR_INK, ALIGN_CENTER);
    TextStyle big = STYLE(FONT_SANS_BOLD, 32, COLOR_INK, ALIGN_CENTER);
    return fmaxf(26, ui_text_height(ui, 400, "M", &name)) +
           fmaxf(46, ui_text_height(ui, 400, "M", &big) + 4);
}

/* One side of the panel (side -1 the group, to the left; +1 the customers):
 * its name and mean large at the top, then a bar per value out from the
 * centre column, its share in % at its end, and the mean marked by a dot
 * between the values and the bars. max
 * is the largest share of both sides, so that the bars compare. */
typedef struct {
    const char *name;
    const double *dist;
    double mean;
    Color color;
} DistSide;

static void dist_side(Ui *ui, const DistSide *d, int side, float y, float row, double max,
                      const char *lang)
{
    float x0 = side < 0 ? 830 : DIST_MID + DIST_GAP, w = DIST_MID - DIST_GAP - 830;
    TextStyle name = STYLE(FONT_SANS_BOLD, 20, d->color, ALIGN_CENTER);
    ui_fit_line(ui, d->name, w, &name, 12); /* one line over its side */
    float nh = fmaxf(26, ui_text_height(ui, w, "M", &name));
    ui_text(ui, (Rect){x0, y, w, nh}, d->name, &name);
    char mean[NUMFMT_MAX] = "";
    if (isfinite(d->mean))
        numfmt_fixed(mean, sizeof mean, lang, d->mean, 1, NUMFMT_PLUS | NUMFMT_MINUS);
    TextStyle big = STYLE(FONT_SANS_BOLD, 32, d->color, ALIGN_CENTER);
    ui_text(ui, (Rect){x0, y + nh, w, fmaxf(40, ui_text_height(ui, w, "M", &big))}, mean, &big);
    if (!dist_shown(d->dist))
        return;
    float top = y + dist_head(ui), inner = DIST_MID + (float)side * DIST_GAP;
    TextStyle pct = STYLE(FONT_SANS_BOLD, 18, COLOR_INK, side < 0 ? ALIGN_RIGHT : ALIGN_LEFT);
    for (int v = 0; v < REPORT_VALUES; v++) {
        if (!(d->dist[v] > 0))
            continue;
        float at_y = dist_y(top, row, v - 4) - row / 2;
        float len = fmaxf(3, (float)(d->dist[v] / max) * DIST_BAR);
        ui_round_rect(ui, (Rect){side < 0 ? inner - len : inner, at_y + 4, len, row - 8}, 4,
                      d->color);
        char share[16];
        snprintf(share, sizeof share, "%ld%%", lround(d->dist[v] * 100));
        float at = inner + (float)side * (len + 6);
        float ph = ui_text_height(ui, 200, share, &pct),
              pw = fmaxf(60, ui_text_width(ui, share, &pct) + 4);
        ui_text(ui, (Rect){side < 0 ? at - pw : at, at_y + row / 2 - ph / 2, pw, ph}, share, &pct);
    }
    if (isfinite(d->mean)) /* a dot beside the bars, clear of the shares */
        ui_circle(ui, DIST_MID + (float)side * (DIST_GAP - 7), dist_y(top, row, d->mean), 6,
                  COLOR_INK);
}

/* The values -4..+4 down the middle, between the two sides. */
static void dist_values(Ui *ui, float top, float row)
{
    TextStyle val = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
    for (int v = -4; v <= 4; v++) {
        char t[8];
        scale_label(t, sizeof t, v);
        float h = ui_text_height(ui, 60, t, &val);
        ui_text(ui, (Rect){DIST_MID - 30, dist_y(top, row, v) - h / 2, 60, h}, t, &val);
    }
}

static double dist_max(const double *a, const double *b)
{
    double m = 0;
    for (int v = 0; v < REPORT_VALUES; v++) {
        if (isfinite(a[v]) && a[v] > m)
            m = a[v];
        if (isfinite(b[v]) && b[v] > m)
            m = b[v];
    }
    return m > 0 ? m : 1;
}

/* One touchpoint: its label, the group's distribution beside the
 * customers', and the sentence with the gap below them. Where the floor
 * withholds the group, its side says so and shows nothing of it. */
static void group_touchpoint(const ReportTouchpoint *t, Ui *ui, const char *lang)
{
    TextStyle head = STYLE(FONT_SANS_BOLD, 22, COLOR_INK, ALIGN_LEFT);
    float y =
        100 + ui_text(ui, (Rect){830, 100, 400, 62 * ui_text_scale(ui)}, t->label, &head) + 10;
    float top = y + dist_head(ui);
    /* the least a row shrinks to: its value's letters, without the line's leading */
    TextStyle val = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
    float row_min = fmaxf(DIST_ROW_MIN, 0.85f * ui_text_height(ui, 60, "0", &val));
    char line[1024];
    debrief_group_line(t, lang, line, sizeof line);
    /* the sentence takes what it needs below the rows (with predictions it
     * is long): the rows give way first, then its size */
    TextStyle body = STYLE(FONT_SANS, 18, COLOR_INK, ALIGN_LEFT);
    float row = DIST_ROW;
    for (;; body.size--) {
        float h = ui_text_height(ui, 400, line, &body);
        row = fminf(fmaxf(DIST_ROW, row_min), (CARD_BOTTOM - 12 - h - top) / REPORT_VALUES);
        if (row >= row_min || body.size <= 14)
            break;
    }
    row = fmaxf(row, row_min);
    double max = dist_max(t->withheld ? t->dist_c : t->dist_e, t->dist_c);
    /* withheld: nothing of the group, whatever the figures still hold */
    const double *dist_e = t->withheld ? NULL : t->dist_e;
    DistSide team = {words_get(lang, WORD_GROUP_NAME), dist_e, t->withheld ? NAN : t->e.mean,
                     COLOR_YOU};
    DistSide them = {words_get(lang, WORD_DEBRIEF_THEM), t->dist_c, t->c.mean, COLOR_THEM};
    dist_side(ui, &team, -1, y, row, max, lang);
    dist_side(ui, &them, +1, y, row, max, lang);
    if (dist_shown(dist_e) || dist_shown(t->dist_c))
        dist_values(ui, top, row);
    if (t->withheld) {
        TextStyle note = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
        ui_text(ui, (Rect){830, top, DIST_MID - DIST_GAP - 830, REPORT_VALUES * row},
                words_get(lang, WORD_GROUP_TEAM_WITHHELD), &note);
    }
    float below = top + REPORT_VALUES * row + 12;
    ui_text(ui, (Rect){830, below, 400, CARD_BOTTOM - below}, line, &body);
}

static void group_side(const Report *r, Ui *ui, const char *lang, int focus)
{
    theme_card(ui, (Rect){810, 80, 440, 560});
    TextStyle head = STYLE(FONT_SANS_BOLD, 22, COLOR_INK, ALIGN_LEFT);
    TextStyle body = STYLE(FONT_SANS, 19, COLOR_INK, ALIGN_LEFT);
    if (focus >= 0) {
        group_touchpoint(&r->tp[focus], ui, lang);
        return;
    }
    ReportBelief b = report_say_belief(r);
    const char *heading =
        words_get(lang, b == BELIEF_PREDICTED ? WORD_GROUP_LARGEST_PREDICTED : WORD_GROUP_LARGEST);
    float hh = fmaxf(34, ui_text_height(ui, 400, heading, &head));
    ui_text(ui, (Rect){830, 104, 400, hh}, heading, &head);
    int order[DEBRIEF_MAX_TP + 64], n = ranked(r, b, order);
    /* a label may take two lines; with larger text fewer rows fit */
    float step = fmaxf(58, 2 * ui_text_height(ui, 290, "M", &body) + 8), y0 = 116 + hh;
    int rows = (int)((CARD_BOTTOM - (r->tp_withheld ? 96 : 0) - y0) / step);
    for (int k = 0; k < n && k < rows; k++) {
        const ReportTouchpoint *t = &r->tp[order[k]];
        StatsWelch w = report_say_welch(t, b);
        char gap[NUMFMT_MAX];
        numfmt_fixed(gap, sizeof gap, lang, w.d, 1, NUMFMT_PLUS | NUMFMT_MINUS);
        TextStyle g = STYLE(FONT_SANS_BOLD, 20, w.lo > 0 ? COLOR_THEM : COLOR_MUTED, ALIGN_RIGHT);
        ui_text(ui, (Rect){830, y0 + (float)k * step, 290, step - 4}, t->label, &body);
        ui_text(ui, (Rect){1130, y0 + (float)k * step, 100, ui_text_height(ui, 100, gap, &g)}, gap,
                &g);
    }
    if (r->tp_withheld) {
        char note[200];
        snprintf(note, sizeof note,
                 words_plural(lang, r->tp_withheld, WORD_GROUP_TP_WITHHELD_ONE,
                              WORD_GROUP_TP_WITHHELD_MANY),
                 r->tp_withheld);
        TextStyle small = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_LEFT);
        ui_text(ui, (Rect){830, 540, 400, 84}, note, &small);
    }
}

void debrief_group_draw(const Report *r, Ui *ui, const char *lang, int focus)
{
    ui_clear(ui, COLOR_BG);
    char title[200];
    snprintf(title, sizeof title, words_get(lang, WORD_GROUP_TITLE), r->workshop ? ": " : "",
             r->workshop ? r->workshop : "");
    TextStyle t = STYLE(FONT_SANS_BOLD, 34, COLOR_INK, ALIGN_LEFT);
    ui_fit_line(ui, title, 1160, &t, 20); /* one line, above the legend */
    float th = ui_text_height(ui, 1160, "M", &t);
    ui_text(ui, (Rect){60, fmaxf(4, 46 - th / 2), 1160, th}, title, &t);
    if (r->withheld) {
        waiting(r, ui, lang);
        return;
    }
    const char *labels[DEBRIEF_MAX_TP];
    double group[DEBRIEF_MAX_TP], spread[DEBRIEF_MAX_TP], customers[DEBRIEF_MAX_TP],
        predicted[DEBRIEF_MAX_TP];
    int n = r->n_tp < DEBRIEF_MAX_TP ? r->n_tp : DEBRIEF_MAX_TP;
    bool any = false;
    for (int i = 0; i < n; i++) {
        labels[i] = r->tp[i].label;
        group[i] = r->tp[i].e.mean;
        spread[i] = r->tp[i].e.sd;
        customers[i] = r->tp[i].c.mean;
        predicted[i] = r->tp[i].p.n > 0 ? r->tp[i].p.mean : NAN;
        any |= isfinite(predicted[i]);
    }
    Chart c = {n,
               labels,
               group,
               customers,
               spread,
               words_get(lang, WORD_GROUP_NAME),
               words_get(lang, WORD_DEBRIEF_THEM),
               focus < n ? focus : -1,
               NULL,
               NULL};
    if (any) {
        c.p = predicted;
        c.p_name = words_get(lang, WORD_GROUP_PREDICTED_NAME);
        c.a_name = words_get(lang, WORD_GROUP_FELT_NAME);
        c.b_name = words_get(lang, WORD_DEBRIEF_REPORTED);
    }
    chart(&c, ui, 1);
    group_side(r, ui, lang, focus < n ? focus : -1);
    TextStyle hint = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_LEFT);
    float h = fmaxf(30, ui_text_height(ui, 740, words_get(lang, WORD_GROUP_HINT), &hint));
    ui_text(ui, (Rect){60, fminf(664, 712 - h), 740, h}, words_get(lang, WORD_GROUP_HINT), &hint);
}
