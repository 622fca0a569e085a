/* The personal debrief. Sentences are built once from the numbers; drawing
 * only lays them out, with the curves drawn in from left to right as progress
 * goes from 0 to 1 (the player's clock drives it). */
#include "debrief.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "theme.h"

#define COLOR_YOU  COLOR_ACCENT
#define COLOR_THEM ((Color){168, 58, 40, 255})

typedef enum {
    W_WORSE_THEM,
    W_WORSE_YOU,
    W_MOMENTS,
    W_WAITED,
    W_REPEATED,
    W_RIGHT,
    W_WRONG,
    W_ATTEMPTS,
    W_TITLE,
    W_YOU,
    W_THEM,
    W_NO_DATA,
    W_COUNT
} Words;

static const char *const en[W_COUNT] = {
    "At \"%s\", customers felt %.1f points worse than you did.",
    "At \"%s\", you felt %.1f points worse than customers did.",
    ("Your worst moment: \"%s\" (%+.1f); customers' worst: \"%s\" (%+.1f). At the end: you "
     "%+.1f, customers %+.1f."),
    "You waited %d:%02d on hold.",
    "You gave your details again %d times.",
    "You found what the letter meant.",
    "You did not find what the letter meant.",
    "The web form took you %d attempts.",
    "You and the customers",
    "you",
    "customers",
    "No customer data for this scenario: only your curve is shown.",
};

static const char *const nl[W_COUNT] = {
    "Bij \"%s\" voelden klanten zich %.1f punt slechter dan jij.",
    "Bij \"%s\" voelde jij je %.1f punt slechter dan klanten.",
    ("Jouw dieptepunt: \"%s\" (%+.1f); dat van klanten: \"%s\" (%+.1f). Aan het eind: jij "
     "%+.1f, klanten %+.1f."),
    "Je hing %d:%02d in de wacht.",
    "Je gaf je gegevens %d keer opnieuw.",
    "Je vond wat de brief bedoelde.",
    "Je vond niet wat de brief bedoelde.",
    "Het webformulier kostte je %d pogingen.",
    "Jij en de klanten",
    "jij",
    "klanten",
    "Geen klantgegevens bij dit scenario: alleen jouw lijn staat er.",
};

static const char *w(const char *lang, Words id)
{
    return lang && !strncmp(lang, "nl", 2) ? nl[id] : en[id];
}

static void gap_sentences(Debrief *d, const char *lang)
{
    bool used[DEBRIEF_MAX_TP] = {false};
    for (d->n_gaps = 0; d->n_gaps < DEBRIEF_LINES; d->n_gaps++) {
        int best = -1;
        for (int i = 0; i < d->n; i++)
            if (!used[i] && isfinite(d->you[i]) && isfinite(d->customers[i]) &&
                (best < 0 ||
                 fabs(d->you[i] - d->customers[i]) > fabs(d->you[best] - d->customers[best])))
                best = i;
        if (best < 0 || fabs(d->you[best] - d->customers[best]) < 0.5)
            break;
        used[best] = true;
        double gap = d->you[best] - d->customers[best];
        snprintf(d->gaps[d->n_gaps], sizeof d->gaps[0],
                 w(lang, gap > 0 ? W_WORSE_THEM : W_WORSE_YOU), d->label[best], fabs(gap));
    }
}

/* The lowest point of a curve and its last point (-1 when it has none). */
static void low_and_last(const double *v, int n, int *low, int *last)
{
    *low = *last = -1;
    for (int i = 0; i < n; i++)
        if (isfinite(v[i])) {
            if (*low < 0 || v[i] < v[*low])
                *low = i;
            *last = i;
        }
}

static void moments(Debrief *d, const char *lang)
{
    int yl, ye, cl, ce;
    low_and_last(d->you, d->n, &yl, &ye);
    low_and_last(d->customers, d->n, &cl, &ce);
    if (yl >= 0 && cl >= 0)
        snprintf(d->moments, sizeof d->moments, w(lang, W_MOMENTS), d->label[yl], d->you[yl],
                 d->label[cl], d->customers[cl], d->you[ye], d->customers[ce]);
}

static void behaviour(Debrief *d, const char *lang, const DebriefBehaviour *b)
{
    int n = 0;
    if (b->waits) {
        long s = (long)(b->wait_ms / 1000);
        snprintf(d->did[n++], sizeof d->did[0], w(lang, W_WAITED), (int)(s / 60), (int)(s % 60));
    }
    if (b->repeated && n < DEBRIEF_LINES)
        snprintf(d->did[n++], sizeof d->did[0], w(lang, W_REPEATED), b->repeated);
    if (b->answers && n < DEBRIEF_LINES)
        snprintf(d->did[n++], sizeof d->did[0], "%s", w(lang, b->right ? W_RIGHT : W_WRONG));
    if (b->forms && b->form_attempts > 1 && n < DEBRIEF_LINES)
        snprintf(d->did[n++], sizeof d->did[0], w(lang, W_ATTEMPTS), b->form_attempts);
    d->n_did = n;
}

/* To one decimal, with no "-0.0". */
static double tenth(double v)
{
    double r = round(v * 10) / 10;
    return r == 0 ? 0 : r;
}

void debrief_build(Debrief *d, const Scenario *s, const char *lang, const double *you,
                   const double *customers, const DebriefBehaviour *b)
{
    memset(d, 0, sizeof *d);
    d->n = s->n_touchpoints < DEBRIEF_MAX_TP ? s->n_touchpoints : DEBRIEF_MAX_TP;
    for (int i = 0; i < d->n; i++) {
        d->label[i] = text_get(&s->touchpoints[i].label, lang, s->language);
        d->you[i] = isfinite(you[i]) ? tenth(you[i]) : NAN;
        d->customers[i] = isfinite(customers[i]) ? tenth(customers[i]) : NAN;
    }
    gap_sentences(d, lang);
    moments(d, lang);
    behaviour(d, lang, b);
}

/* ---- drawing ---- */

enum { CX0 = 140, CX1 = 720, CY0 = 120, CY1 = 470 };

/* A chart of two curves over the touchpoints, shared by both debriefs. */
typedef struct {
    int n;
    const char *const *label;
    const double *a, *b;  /* a: the employee(s), b: the customers */
    const double *a_band; /* half-width of a band around a (the group's spread), or NULL */
    const char *a_name, *b_name;
    int focus; /* a touchpoint to pick out, or -1 */
} Chart;

static float cx(int n, int i)
{
    return n > 1 ? CX0 + (CX1 - CX0) * (float)i / (float)(n - 1) : (CX0 + CX1) / 2.0f;
}

static float cy(double v)
{
    return (float)(CY0 + (CY1 - CY0) * (4 - fmin(4, fmax(-4, v))) / 8);
}

/* A curve drawn in up to progress (0..1 of its width). */
static void curve(const Chart *c, Ui *ui, const double *v, Color color, double progress)
{
    float limit = CX0 + (float)progress * (CX1 - CX0);
    int prev = -1;
    for (int i = 0; i < c->n; i++) {
        if (!isfinite(v[i]))
            continue;
        if (cx(c->n, i) > limit + 0.5f)
            break;
        if (prev >= 0)
            ui_line(ui, cx(c->n, prev), cy(v[prev]), cx(c->n, i), cy(v[i]), 5, color);
        ui_circle(ui, cx(c->n, i), cy(v[i]), 9, color);
        prev = i;
    }
}

/* Whether every word of every label fits in w: else a label would break mid-word. */
static bool words_fit(const Chart *c, Ui *ui, float w, const TextStyle *st)
{
    for (int i = 0; i < c->n; i++)
        for (const char *p = c->label[i]; *p; p += *p == ' ') {
            char word[128];
            size_t n = strcspn(p, " ");
            snprintf(word, sizeof word, "%.*s", (int)n, p);
            if (ui_text_width(ui, word, st) > w)
                return false;
            p += n;
        }
    return true;
}

/* Under each point its touchpoint; staggered (the points stand too close for
 * the words), every other label moves a row down, with a tick up to its point. */
static void labels(const Chart *c, Ui *ui, float slot, const TextStyle *tp, bool stagger)
{
    float w = stagger ? 2 * slot - 8 : slot;
    for (int i = 0; i < c->n; i++) {
        bool low = stagger && i % 2;
        if (low)
            ui_fill(ui, (Rect){cx(c->n, i) - 0.5f, CY1 + 8, 1, 70}, COLOR_LINE);
        ui_text(ui, (Rect){cx(c->n, i) - w / 2, CY1 + 18 + (low ? 64 : 0), w, 60}, c->label[i],
                tp);
    }
}

static void chart(const Chart *c, Ui *ui, double progress)
{
    TextStyle axis = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_RIGHT);
    for (int v = -4; v <= 4; v += 2) {
        ui_fill(ui, (Rect){CX0 - 20, cy(v) - 1, CX1 - CX0 + 40, v ? 1 : 2.5f},
                v ? COLOR_LINE : COLOR_MUTED);
        char t[8];
        snprintf(t, sizeof t, v > 0 ? "+%d" : "%d", v);
        ui_text(ui, (Rect){CX0 - 90, cy(v) - 12, 60, 24}, t, &axis);
    }
    float slot = c->n > 1 ? (CX1 - CX0) / (float)(c->n - 1) : 200;
    TextStyle tp = STYLE(FONT_SANS, 15, COLOR_INK, ALIGN_CENTER);
    bool stagger = !words_fit(c, ui, slot - 4, &tp);
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
    curve(c, ui, c->b, COLOR_THEM, progress);
    curve(c, ui, c->a, COLOR_YOU, progress);
    TextStyle key = STYLE(FONT_SANS_BOLD, 20, COLOR_YOU, ALIGN_LEFT);
    ui_circle(ui, CX0 + 6, 92, 8, COLOR_YOU);
    ui_text(ui, (Rect){CX0 + 22, 80, 200, 26}, c->a_name, &key);
    key.color = COLOR_THEM;
    ui_circle(ui, CX0 + 206, 92, 8, COLOR_THEM);
    ui_text(ui, (Rect){CX0 + 222, 80, 260, 26}, c->b_name, &key);
}

static float lines(Ui *ui, float y, const char (*text)[200], int n, const TextStyle *st)
{
    for (int i = 0; i < n; i++)
        y += 14 + ui_text(ui, (Rect){830, y, 400, 140}, text[i], st);
    return y;
}

void debrief_draw(const Debrief *d, Ui *ui, const char *lang, double progress, bool kiosk)
{
    ui_clear(ui, COLOR_BG);
    TextStyle title = STYLE(FONT_SANS_BOLD, 34, COLOR_INK, ALIGN_LEFT);
    ui_text(ui, (Rect){60, 24, 1000, 44}, w(lang, W_TITLE), &title);
    Chart c = {d->n, d->label, d->you, d->customers, NULL, w(lang, W_YOU), w(lang, W_THEM), -1};
    chart(&c, ui, progress < 0 ? 0 : progress > 1 ? 1 : progress);
    theme_card(ui, (Rect){810, 80, 440, 560});
    TextStyle big = STYLE(FONT_SANS_BOLD, 20, COLOR_INK, ALIGN_LEFT);
    TextStyle body = STYLE(FONT_SANS, 18, COLOR_INK, ALIGN_LEFT);
    float y = 104;
    bool none = true;
    for (int i = 0; i < d->n && none; i++)
        none = !isfinite(d->customers[i]);
    if (none)
        y += 14 + ui_text(ui, (Rect){830, y, 400, 140}, w(lang, W_NO_DATA), &big);
    y = lines(ui, y, d->gaps, d->n_gaps, &big);
    if (d->moments[0])
        y += 14 + ui_text(ui, (Rect){830, y, 400, 160}, d->moments, &body);
    lines(ui, y + 6, d->did, d->n_did, &body);
    if (kiosk)
        theme_button(ui, (Rect){490, 640, 300, 60}, theme_str(lang, S_CONTINUE), ACT_CONTINUE, 0,
                     true, true);
    else {
        TextStyle hint = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_LEFT);
        ui_text(ui, (Rect){60, 664, 700, 30}, theme_str(lang, S_END_CLOSE), &hint);
    }
}

/* ---- the group ---- */

static void waiting(const Report *r, Ui *ui, const char *lang)
{
    char msg[200];
    int more = r->min_group - r->participants;
    snprintf(msg, sizeof msg,
             lang && !strncmp(lang, "nl", 2) ? "Wachten op nog %d deelnemer%s"
                                             : "Waiting for %d more participant%s",
             more, more == 1 ? "" : "s");
    TextStyle big = STYLE(FONT_SANS_BOLD, 40, COLOR_INK, ALIGN_CENTER);
    ui_text(ui, (Rect){140, 280, 1000, 60}, msg, &big);
    TextStyle small = STYLE(FONT_SANS, 22, COLOR_MUTED, ALIGN_CENTER);
    ui_text(ui, (Rect){140, 360, 1000, 90},
            lang && !strncmp(lang, "nl", 2)
                ? "Een groep wordt pas getoond als er genoeg deelnemers zijn, zodat niemand te "
                  "herkennen is."
                : "A group is shown only when it is large enough that no one can be recognised.",
            &small);
}

/* The touchpoints with both curves, ranked by the size of the gap, largest
 * first, whichever way it goes: the panel says "largest gaps" and has room
 * for eight, so a large gap must not fall off the end for its sign. */
static int ranked(const Report *r, int *order)
{
    int n = 0;
    for (int i = 0; i < r->n_tp; i++)
        if (isfinite(r->tp[i].welch.d))
            order[n++] = i;
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && fabs(r->tp[order[j]].welch.d) > fabs(r->tp[order[j - 1]].welch.d);
             j--) {
            int t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    return n;
}

static void group_side(const Report *r, Ui *ui, const char *lang, int focus)
{
    theme_card(ui, (Rect){810, 80, 440, 560});
    TextStyle head = STYLE(FONT_SANS_BOLD, 22, COLOR_INK, ALIGN_LEFT);
    TextStyle body = STYLE(FONT_SANS, 19, COLOR_INK, ALIGN_LEFT);
    bool nl = lang && !strncmp(lang, "nl", 2);
    if (focus >= 0) {
        const ReportTouchpoint *t = &r->tp[focus];
        char line[400];
        float y = 104 + ui_text(ui, (Rect){830, 104, 400, 70}, t->label, &head) + 16;
        snprintf(line, sizeof line,
                 nl ? "Jullie: %+.1f (n = %.0f). Klanten: %+.1f (n = %.0f). Verschil: %+.1f, 95%%: "
                      "%+.1f tot %+.1f."
                    : "The group: %+.1f (n = %.0f). Customers: %+.1f (n = %.0f). Gap: %+.1f, "
                      "95%%: %+.1f to %+.1f.",
                 t->e.mean, t->e.n, t->c.mean, t->c.n, t->welch.d, t->welch.lo, t->welch.hi);
        ui_text(ui, (Rect){830, y, 400, 200}, line, &body);
        return;
    }
    ui_text(ui, (Rect){830, 104, 400, 34}, nl ? "Grootste verschillen" : "Largest gaps", &head);
    int order[DEBRIEF_MAX_TP + 64], n = ranked(r, order);
    for (int k = 0; k < n && k < 8; k++) {
        const ReportTouchpoint *t = &r->tp[order[k]];
        char gap[16];
        snprintf(gap, sizeof gap, "%+.1f", t->welch.d);
        TextStyle g =
            STYLE(FONT_SANS_BOLD, 20, t->welch.lo > 0 ? COLOR_THEM : COLOR_MUTED, ALIGN_RIGHT);
        ui_text(ui, (Rect){830, 150 + (float)k * 58, 290, 54}, t->label, &body);
        ui_text(ui, (Rect){1130, 150 + (float)k * 58, 100, 30}, gap, &g);
    }
}

void debrief_group_draw(const Report *r, Ui *ui, const char *lang, int focus)
{
    ui_clear(ui, COLOR_BG);
    bool nl = lang && !strncmp(lang, "nl", 2);
    char title[200];
    snprintf(title, sizeof title,
             nl ? "De groep en de klanten%s%s" : "The group and the customers%s%s",
             r->workshop ? ": " : "", r->workshop ? r->workshop : "");
    TextStyle t = STYLE(FONT_SANS_BOLD, 34, COLOR_INK, ALIGN_LEFT);
    ui_text(ui, (Rect){60, 24, 1160, 44}, title, &t);
    if (r->withheld) {
        waiting(r, ui, lang);
        return;
    }
    const char *labels[DEBRIEF_MAX_TP];
    double group[DEBRIEF_MAX_TP], spread[DEBRIEF_MAX_TP], customers[DEBRIEF_MAX_TP];
    int n = r->n_tp < DEBRIEF_MAX_TP ? r->n_tp : DEBRIEF_MAX_TP;
    for (int i = 0; i < n; i++) {
        labels[i] = r->tp[i].label;
        group[i] = r->tp[i].e.mean;
        spread[i] = r->tp[i].e.sd;
        customers[i] = r->tp[i].c.mean;
    }
    Chart c = {n,
               labels,
               group,
               customers,
               spread,
               nl ? "de groep" : "the group",
               w(lang, W_THEM),
               focus < n ? focus : -1};
    chart(&c, ui, 1);
    group_side(r, ui, lang, focus < n ? focus : -1);
    TextStyle hint = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_LEFT);
    ui_text(ui, (Rect){60, 664, 740, 30},
            nl ? "Pijltjes: door de momenten. Esc sluit. Ververst zich terwijl mensen afronden."
               : "Arrows: step through the moments. Esc closes. Refreshes as people finish.",
            &hint);
}
