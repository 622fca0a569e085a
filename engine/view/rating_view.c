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

static void scale_row(Ui *ui, const Rating *r, RatingFocus row, float y)
{
    const Scale *sc = row == ROW_VALENCE ? &r->in->valence : &r->in->arousal;
    int chosen = row == ROW_VALENCE ? r->valence : r->arousal, n = sc->points;
    float cell = (float)ROW_WIDTH / (float)n, rad = fminf(cell * 0.34f, 40);
    if (r->focus == row)
        ui_outline(ui, (Rect){ROW_LEFT - 24, y - rad - 22, ROW_WIDTH + 48, 2 * rad + 98}, 16, 3,
                   COLOR_ACCENT_SOFT);
    TextStyle num = STYLE(FONT_SANS, 20, COLOR_MUTED, ALIGN_CENTER);
    for (int i = 1; i <= n; i++) {
        float cx = ROW_LEFT + cell * ((float)i - 0.5f);
        face(ui, cx, y, rad, (float)(i - 1) / (float)(n - 1), row == ROW_AROUSAL, i == chosen);
        char label[12];
        snprintf(label, sizeof label, "%d", i);
        num.color = i == chosen ? COLOR_ACCENT : COLOR_MUTED;
        num.face = i == chosen ? FONT_SANS_BOLD : FONT_SANS;
        ui_text(ui, (Rect){cx - cell / 2, y + rad + 10, cell, 24}, label, &num);
        ui_region(ui, (Rect){cx - cell / 2, y - rad - 14, cell, 2 * rad + 50},
                  row == ROW_VALENCE ? ACT_VALENCE : ACT_AROUSAL, i);
    }
    TextStyle end = STYLE(FONT_SANS, 20, COLOR_INK, ALIGN_LEFT);
    const char *low = text_get(&sc->low, r->lang, r->fallback_lang);
    const char *high = text_get(&sc->high, r->lang, r->fallback_lang);
    if (row == ROW_AROUSAL && !sc->low.n)
        low = words_get(r->lang, WORD_CALM);
    if (row == ROW_AROUSAL && !sc->high.n)
        high = words_get(r->lang, WORD_AGITATED);
    ui_text(ui, (Rect){ROW_LEFT, y + rad + 36, ROW_WIDTH / 2, 26}, low, &end);
    end.align = ALIGN_RIGHT;
    ui_text(ui, (Rect){ROW_LEFT + ROW_WIDTH / 2, y + rad + 36, ROW_WIDTH / 2, 26}, high, &end);
}

static void emotion_row(Ui *ui, const Rating *r, float y)
{
    TextStyle hint = STYLE_SMALL;
    hint.align = ALIGN_CENTER;
    ui_text(ui, (Rect){ROW_LEFT, y, ROW_WIDTH, 24}, words_get(r->lang, WORD_EMOTION_HINT), &hint);
    TextStyle word = STYLE(FONT_SANS, 22, COLOR_INK, ALIGN_CENTER);
    float total = 0, gap = 16, widths[12];
    for (int i = 0; i < r->in->n_emotions; i++) {
        const char *w = text_get(&r->in->emotions[i], r->lang, r->fallback_lang);
        widths[i] = ui_text_width(ui, w, &word) + 40;
        total += widths[i] + (i ? gap : 0);
    }
    float x = ROW_LEFT + (ROW_WIDTH - fminf(total, ROW_WIDTH)) / 2;
    for (int i = 0; i < r->in->n_emotions; i++) {
        bool chosen = r->emotion == i + 1;
        Rect pill = {x, y + 34, widths[i], 44};
        ui_round_rect(ui, pill, 22, chosen ? COLOR_ACCENT : COLOR_CARD);
        ui_outline(ui, pill, 22, 2, r->focus == ROW_EMOTION ? COLOR_ACCENT : COLOR_LINE);
        word.color = chosen ? COLOR_CARD : COLOR_INK;
        ui_text(ui, (Rect){pill.x, pill.y + 9, pill.w, 30},
                text_get(&r->in->emotions[i], r->lang, r->fallback_lang), &word);
        ui_region(ui, pill, ACT_EMOTION, i + 1);
        x += widths[i] + gap;
    }
}

/* The instrument below the question: the scales, the words, the button. */
static void instrument(const Rating *r, Ui *ui)
{
    bool arousal = r->in->arousal.enabled, words = r->in->n_emotions > 0;
    float y = arousal ? 235 : words ? 260 : 300;
    scale_row(ui, r, ROW_VALENCE, y);
    if (arousal)
        scale_row(ui, r, ROW_AROUSAL, y + 175);
    if (words)
        emotion_row(ui, r, arousal ? 520 : 420);
    theme_button(ui, (Rect){490, 622, 300, 64}, words_get(r->lang, WORD_CONFIRM), ACT_CONFIRM, 0,
                 rating_ready(r), r->focus == ROW_CONFIRM);
    if (!arousal && !words) {
        TextStyle hint = STYLE_SMALL;
        hint.align = ALIGN_CENTER;
        ui_text(ui, (Rect){ROW_LEFT, 560, ROW_WIDTH, 30}, words_get(r->lang, WORD_RATING_HINT), &hint);
    }
}

void rating_draw(const Rating *r, Ui *ui, const char *question, const char *persona,
                 const char *context)
{
    char q[320];
    if (!question) {
        snprintf(q, sizeof q, words_get(r->lang, WORD_QUESTION), persona ? persona : "");
        question = q;
    }
    ui_clear(ui, COLOR_BG);
    /* the story line of a rate-only step: read from the back of the room */
    TextStyle ctx = STYLE(FONT_SANS, 24, COLOR_INK, ALIGN_CENTER);
    if (context)
        ui_text(ui, (Rect){ROW_LEFT, 14, ROW_WIDTH, 64}, context, &ctx);
    TextStyle title = STYLE_TITLE;
    ui_text(ui, (Rect){ROW_LEFT, 78, ROW_WIDTH, 90}, question, &title);
    instrument(r, ui);
}

/* text on one line of the row's width at size, or smaller down to min; a
 * text longer still is cut at one line, which teaser check reports (fit.c).
 * Returns the height of the line. */
static float one_line(Ui *ui, float y, const char *text, TextStyle st, float min)
{
    while (st.size > min && ui_text_width(ui, text, &st) > ROW_WIDTH)
        st.size--;
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
    ui_text(ui, (Rect){ROW_LEFT, 14, ROW_WIDTH, 26}, k, &progress);
    float y =
        44 + one_line(ui, 44, pr->label, STYLE(FONT_SANS_BOLD, 34, COLOR_INK, ALIGN_CENTER), 24);
    if (pr->about)
        y +=
            2 + one_line(ui, y + 2, pr->about, STYLE(FONT_SANS, 20, COLOR_MUTED, ALIGN_CENTER), 16);
    ui_fill(ui, (Rect){UI_CANVAS_W / 2.0f - 60, y + 14, 120, 2}, COLOR_LINE);
    TextStyle ask = STYLE(FONT_SANS_BOLD, 26, COLOR_ACCENT, ALIGN_CENTER);
    ui_text(ui, (Rect){ROW_LEFT, y + 28, ROW_WIDTH, 36}, question, &ask);
    instrument(r, ui);
}
