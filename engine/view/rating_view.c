/* The drawing of the rating instrument: the question and its context line,
 * a row of faces for valence (and for arousal when asked), the emotion words
 * and the confirm button, with the focus and the choices shown. It reads
 * the Rating (rating.h) and changes nothing of it. */
#include "rating_view.h"

#include <math.h>
#include <stdio.h>

#include "view/theme.h"

enum { ROW_LEFT = 110, ROW_WIDTH = 1060 };

/* The mouth of a valence face: an arc through both corners whose depth goes
 * in even steps with b, from a deep frown (-1) over a straight line (0) to a
 * broad smile (+1), so that neighbouring faces differ by as much everywhere. */
static void mouth(Ui *ui, float cx, float cy, float rad, float b, Color ink)
{
    float half = rad * 0.42f, my = cy + rad * 0.4f, sag = half * 0.6f * fabsf(b);
    float w = fmaxf(3, rad * 0.09f);
    if (sag < 0.5f) {
        ui_line(ui, cx - half, my, cx + half, my, w, ink);
        return;
    }
    /* the circle through (-half, 0), (0, sag) and (half, 0) */
    float R = (half * half + sag * sag) / (2 * sag), span = atan2f(half, R - sag);
    float mid = b > 0 ? (float)M_PI / 2 : -(float)M_PI / 2;
    /* corners and the lowest (highest) point straddle my */
    float ccy = b > 0 ? my + sag * 0.5f - R : my - sag * 0.5f + R;
    ui_arc(ui, cx, ccy, R, mid - span, mid + span, w, ink);
}

/* The eyes and brows of a valence face: the eyes open wider step by step,
 * the brows rise from low and sad (inner ends up) to high and flat. */
static void eyes(Ui *ui, float cx, float cy, float rad, float b, Color ink)
{
    float eye = rad * (0.105f + 0.03f * b), ey = cy - rad * 0.18f;
    float w = fmaxf(2.5f, rad * 0.07f);
    for (int side = -1; side <= 1; side += 2) {
        float ex = cx + (float)side * rad * 0.36f;
        ui_circle(ui, ex, ey, eye, ink);
        float by = ey - rad * (0.3f + 0.08f * b), tilt = fminf(b, 0) * rad * 0.11f;
        /* inner end (towards the centre) up by tilt when sad */
        ui_line(ui, ex - (float)side * rad * 0.17f, by + tilt, ex + (float)side * rad * 0.17f,
                by - tilt, w, ink);
    }
}

/* A face for level t (0..1) of a scale. Valence: the mouth and the eyes change
 * step by step. Arousal: strokes around the head, from none to many, and the
 * eyes grow. The chosen face is filled solid in the accent colour and ringed
 * thickly, as visible from the back of a room as a chosen word's chip. */
static void face(Ui *ui, float cx, float cy, float rad, float t, bool arousal, bool chosen)
{
    Color ink = chosen ? COLOR_CARD : COLOR_INK;
    if (arousal) {
        int strokes = (int)lroundf(t * 12);
        for (int i = 0; i < strokes; i++) {
            float a = (float)(i * 2.0 * M_PI / (strokes ? strokes : 1));
            ui_line(ui, cx + cosf(a) * rad * 1.12f, cy + sinf(a) * rad * 1.12f,
                    cx + cosf(a) * rad * (1.25f + 0.2f * t),
                    cy + sinf(a) * rad * (1.25f + 0.2f * t), 2.5f,
                    chosen ? COLOR_ACCENT : COLOR_INK);
        }
    }
    if (chosen)
        ui_ring(ui, cx, cy, rad + 9, 5, COLOR_ACCENT);
    ui_circle(ui, cx, cy, rad, chosen ? COLOR_ACCENT : COLOR_FACE);
    ui_ring(ui, cx, cy, rad, chosen ? 4 : 2.5f, chosen ? COLOR_ACCENT : COLOR_INK);
    if (arousal) {
        float eye = rad * (0.08f + 0.08f * t);
        ui_circle(ui, cx - rad * 0.35f, cy - rad * 0.2f, eye, ink);
        ui_circle(ui, cx + rad * 0.35f, cy - rad * 0.2f, eye, ink);
        mouth(ui, cx, cy, rad, 0, ink);
        return;
    }
    eyes(ui, cx, cy, rad, t * 2 - 1, ink);
    mouth(ui, cx, cy, rad, t * 2 - 1, ink);
}

#define NUM_STYLE  STYLE(FONT_SANS, 20, COLOR_MUTED, ALIGN_CENTER)
#define END_STYLE  STYLE(FONT_SANS, 20, COLOR_INK, ALIGN_LEFT)
#define WORD_STYLE STYLE(FONT_SANS, 22, COLOR_INK, ALIGN_CENTER)
enum { WORDS_MAX = 12, PILL_GAP = 16, ROW_PAD = 14, HEAD_LINES = 3, RAD_MIN = 20 };
/* the story line and the question span more than the row; the instrument
 * ends above the confirm button */
enum { HEAD_LEFT = 40, HEAD_WIDTH = 1200, INSTRUMENT_BOTTOM = 610 };

static const Scale *scale_of(const Rating *r, RatingFocus row)
{
    return row == ROW_VALENCE ? &r->in->valence : &r->in->arousal;
}

/* The row's end labels ("very negative", "very positive"), each in half the row. */
static void ends(const Rating *r, RatingFocus row, const char **low, const char **high)
{
    const Scale *sc = scale_of(r, row);
    *low = text_get(&sc->low, r->lang, r->fallback_lang);
    *high = text_get(&sc->high, r->lang, r->fallback_lang);
    if (row == ROW_AROUSAL && !sc->low.n)
        *low = words_get(r->lang, WORD_CALM);
    if (row == ROW_AROUSAL && !sc->high.n)
        *high = words_get(r->lang, WORD_AGITATED);
}

/* The height of what stands under a row's faces: the numbers, then the end labels. */
static float under_faces(Ui *ui, const Rating *r, RatingFocus row, float *num_h)
{
    TextStyle num = NUM_STYLE, end = END_STYLE;
    const char *low, *high;
    ends(r, row, &low, &high);
    *num_h = ui_text_height(ui, 200, "9", &num);
    return *num_h + fmaxf(ui_text_height(ui, ROW_WIDTH / 2.0f, low, &end),
                          ui_text_height(ui, ROW_WIDTH / 2.0f, high, &end));
}

/* A row of faces centred at y with radius rad, the numbers and the end
 * labels under it; returns the y below it. */
static float scale_row(Ui *ui, const Rating *r, RatingFocus row, float y, float rad)
{
    const Scale *sc = scale_of(r, row);
    int chosen = row == ROW_VALENCE ? r->valence : r->arousal, n = sc->points;
    float cell = (float)ROW_WIDTH / (float)n, num_h;
    float below = under_faces(ui, r, row, &num_h), bottom = y + rad + 8 + below;
    if (r->focus == row) {
        bool hc = theme_high_contrast(ui);
        ui_outline(ui,
                   (Rect){ROW_LEFT - 24, y - rad - ROW_PAD, ROW_WIDTH + 48,
                          bottom - y + rad + 2 * ROW_PAD},
                   16, theme_focus_width(ui), hc ? COLOR_ACCENT : COLOR_ACCENT_SOFT);
    }
    TextStyle num = NUM_STYLE;
    for (int i = 1; i <= n; i++) {
        float cx = ROW_LEFT + cell * ((float)i - 0.5f);
        face(ui, cx, y, rad, (float)(i - 1) / (float)(n - 1), row == ROW_AROUSAL, i == chosen);
        char label[12];
        snprintf(label, sizeof label, "%d", i);
        num.color = i == chosen ? COLOR_ACCENT : COLOR_MUTED;
        num.face = i == chosen ? FONT_SANS_BOLD : FONT_SANS;
        ui_text(ui, (Rect){cx - cell / 2, y + rad + 8, cell, num_h}, label, &num);
        ui_region(ui, (Rect){cx - cell / 2, y - rad - 14, cell, 2 * rad + 22 + num_h},
                  row == ROW_VALENCE ? ACT_VALENCE : ACT_AROUSAL, i);
    }
    TextStyle end = END_STYLE;
    const char *low, *high;
    ends(r, row, &low, &high);
    float ey = y + rad + 8 + num_h, eh = below - num_h;
    ui_text(ui, (Rect){ROW_LEFT, ey, ROW_WIDTH / 2.0f, eh}, low, &end);
    end.align = ALIGN_RIGHT;
    ui_text(ui, (Rect){ROW_LEFT + ROW_WIDTH / 2.0f, ey, ROW_WIDTH / 2.0f, eh}, high, &end);
    return bottom;
}

/* The emotion words as chips, in as many lines as they need at this text
 * size: each chip's x and line. Returns the number of lines. */
static int pill_lines(Ui *ui, const Rating *r, float *x, int *line, float *w)
{
    TextStyle word = WORD_STYLE;
    int n = r->in->n_emotions < WORDS_MAX ? r->in->n_emotions : WORDS_MAX, lines = 1, first = 0;
    float used = 0;
    for (int i = 0; i <= n; i++) {
        if (i < n)
            w[i] = fminf(
                ui_text_width(ui, text_get(&r->in->emotions[i], r->lang, r->fallback_lang), &word) +
                    40,
                ROW_WIDTH);
        if (i == n || (i > first && used + PILL_GAP + w[i] > ROW_WIDTH)) {
            float left = ROW_LEFT + (ROW_WIDTH - used) / 2; /* centre the finished line */
            for (int k = first; k < i; k++) {
                x[k] = left, line[k] = lines - 1;
                left += w[k] + PILL_GAP;
            }
            if (i == n)
                break;
            lines++, first = i, used = 0;
        }
        used += (i > first ? PILL_GAP : 0) + w[i];
    }
    return lines;
}

static float pill_height(Ui *ui)
{
    TextStyle word = WORD_STYLE;
    return ui_text_height(ui, 400, "Mg", &word) + 14;
}

/* The hint and the words' chips from y; returns their height (draw false:
 * only measures). */
static float emotion_row(Ui *ui, const Rating *r, float y, bool draw)
{
    TextStyle hint = STYLE_SMALL;
    hint.align = ALIGN_CENTER;
    const char *says = words_get(r->lang, WORD_EMOTION_HINT);
    float hint_h = ui_text_height(ui, ROW_WIDTH, says, &hint), ph = pill_height(ui), x[WORDS_MAX],
          w[WORDS_MAX];
    int line[WORDS_MAX], lines = pill_lines(ui, r, x, line, w);
    float height = hint_h + 8 + (float)lines * (ph + 10) - 10;
    if (!draw)
        return height;
    ui_text(ui, (Rect){ROW_LEFT, y, ROW_WIDTH, hint_h}, says, &hint);
    TextStyle word = WORD_STYLE;
    for (int i = 0; i < r->in->n_emotions && i < WORDS_MAX; i++) {
        bool chosen = r->emotion == i + 1;
        Rect pill = {x[i], y + hint_h + 8 + (float)line[i] * (ph + 10), w[i], ph};
        ui_round_rect(ui, pill, ph / 2, chosen ? COLOR_ACCENT : COLOR_CARD);
        ui_outline(ui, pill, ph / 2, r->focus == ROW_EMOTION ? theme_focus_width(ui) - 1 : 2,
                   r->focus == ROW_EMOTION || theme_high_contrast(ui) ? COLOR_ACCENT : COLOR_LINE);
        word.color = chosen ? COLOR_CARD : COLOR_INK;
        word.face = chosen ? FONT_SANS_BOLD : FONT_SANS;
        ui_text(ui, (Rect){pill.x, pill.y + 7, pill.w, ph - 10},
                text_get(&r->in->emotions[i], r->lang, r->fallback_lang), &word);
        ui_region(ui, pill, ACT_EMOTION, i + 1);
    }
    return height;
}

/* What the instrument needs besides its faces: the labels under each row
 * of faces and the words (or the hint) below them; *tail gets the latter. */
static float instrument_fixed(const Rating *r, Ui *ui, float *tail)
{
    int rows = r->in->arousal.enabled ? 2 : 1;
    float num_h, labels = 0;
    for (int k = 0; k < rows; k++)
        labels += under_faces(ui, r, k ? ROW_AROUSAL : ROW_VALENCE, &num_h) + 8 + 2 * ROW_PAD;
    TextStyle hint = STYLE_SMALL;
    *tail = r->in->n_emotions > 0
                ? emotion_row(ui, r, 0, false)
                : ui_text_height(ui, ROW_WIDTH, words_get(r->lang, WORD_RATING_HINT), &hint);
    return labels + *tail;
}

/* The instrument from top down to the confirm button: the rows of faces as
 * large as the room left by the words and the labels allows (at most 40
 * units of radius), the room to spare shared out between the parts. */
static void instrument(const Rating *r, Ui *ui, float top)
{
    bool arousal = r->in->arousal.enabled, words = r->in->n_emotions > 0;
    int rows = arousal ? 2 : 1;
    float tail, room = INSTRUMENT_BOTTOM - top - instrument_fixed(r, ui, &tail);
    float cell = (float)ROW_WIDTH / (float)r->in->valence.points;
    float rad = fmaxf(RAD_MIN, fminf(fminf(cell * 0.34f, 40), room / (float)(2 * rows + 1)));
    float spare = fmaxf(0, room - 2 * rad * (float)rows) / (float)(rows + 1);
    float y = top + spare / 2 + ROW_PAD + rad;
    y = scale_row(ui, r, ROW_VALENCE, y, rad) + ROW_PAD;
    if (arousal)
        y = scale_row(ui, r, ROW_AROUSAL, y + spare / 2 + ROW_PAD + rad, rad) + ROW_PAD;
    y += spare / 2;
    TextStyle hint = STYLE_SMALL;
    hint.align = ALIGN_CENTER;
    if (words)
        emotion_row(ui, r, y, true);
    else
        ui_text(ui, (Rect){ROW_LEFT, y, ROW_WIDTH, tail}, words_get(r->lang, WORD_RATING_HINT),
                &hint);
    theme_button(ui, (Rect){490, 622, 300, 64}, words_get(r->lang, WORD_CONFIRM), ACT_CONFIRM, 0,
                 rating_ready(r), r->focus == ROW_CONFIRM);
}

/* The height of text across the head's width, but at most lines of it and
 * the whole lines room holds: a longer one is cut, and the fit lint says so. */
static float at_most(Ui *ui, const char *text, const TextStyle *st, int lines, float room)
{
    float line = ui_text_height(ui, HEAD_WIDTH, "M", st);
    float whole = floorf(fmaxf(0, room) / line) * line; /* no line half shown */
    return fminf(fminf(ui_text_height(ui, HEAD_WIDTH, text, st), line * (float)lines), whole);
}

/* The story line and the question take what the instrument leaves with its
 * faces at their smallest: the question first, the story line the rest. */
void rating_draw(const Rating *r, Ui *ui, const char *question, const char *persona,
                 const char *context)
{
    char q[320];
    if (!question) {
        snprintf(q, sizeof q, words_get(r->lang, WORD_QUESTION), persona ? persona : "");
        question = q;
    }
    ui_clear(ui, COLOR_BG);
    float tail, rows = r->in->arousal.enabled ? 2 : 1;
    float room = INSTRUMENT_BOTTOM - 14 - instrument_fixed(r, ui, &tail) - 2 * RAD_MIN * rows;
    /* the story line of a rate-only step: read from the back of the room */
    TextStyle ctx = STYLE(FONT_SANS, 24, COLOR_INK, ALIGN_CENTER), title = STYLE_TITLE;
    float qh = at_most(ui, question, &title, HEAD_LINES, room), y = 78;
    if (context) {
        float h = at_most(ui, context, &ctx, HEAD_LINES, room - qh);
        ui_text(ui, (Rect){HEAD_LEFT, 14, HEAD_WIDTH, h}, context, &ctx);
        y = 14 + fmaxf(h, fminf(64, room - qh));
    }
    ui_text(ui, (Rect){HEAD_LEFT, y, HEAD_WIDTH, qh}, question, &title);
    instrument(r, ui, y + qh);
}

/* text on one line of the row's width at size, or smaller down to min; a
 * text longer still is cut at one line, which teaser check reports (fit.c).
 * Returns the height of the line. */
static float one_line(Ui *ui, float y, const char *text, TextStyle st, float min)
{
    ui_fit_line(ui, text, ROW_WIDTH, &st, min);
    float h = ui_text_height(ui, ROW_WIDTH, "M", &st);
    ui_text(ui, (Rect){ROW_LEFT, y, ROW_WIDTH, h}, text, &st);
    return h;
}

/* Before playing, the question is about customers, not about a feeling as the
 * persona: the moment asked about leads, large, with its line of context and
 * how far along the predictions are; the question follows in the accent
 * colour, the instrument where it always is. */
void rating_draw_prediction(const Rating *r, Ui *ui, const char *question,
                            const RatingPrediction *pr)
{
    ui_clear(ui, COLOR_BG);
    char k[120];
    snprintf(k, sizeof k, words_get(r->lang, WORD_PREDICT_PROGRESS), pr->k, pr->n);
    TextStyle progress = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
    float ph = ui_text_height(ui, ROW_WIDTH, k, &progress), top = 18 + ph;
    ui_text(ui, (Rect){ROW_LEFT, 14, ROW_WIDTH, ph}, k, &progress);
    float y =
        top + one_line(ui, top, pr->label, STYLE(FONT_SANS_BOLD, 34, COLOR_INK, ALIGN_CENTER), 24);
    if (pr->about)
        y +=
            2 + one_line(ui, y + 2, pr->about, STYLE(FONT_SANS, 20, COLOR_MUTED, ALIGN_CENTER), 16);
    ui_fill(ui, (Rect){UI_CANVAS_W / 2.0f - 60, y + 14, 120, 2}, COLOR_LINE);
    TextStyle ask = STYLE(FONT_SANS_BOLD, 26, COLOR_ACCENT, ALIGN_CENTER);
    float h = at_most(ui, question, &ask, 2, UI_CANVAS_H);
    ui_text(ui, (Rect){HEAD_LEFT, y + 28, HEAD_WIDTH, h}, question, &ask);
    instrument(r, ui, y + 28 + h);
}
