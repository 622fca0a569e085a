/* The rating instrument. Keyboard: 1-9 choose on the focused scale, arrows
 * move (the first press lands on the middle), Up/Down/Tab change rows, Enter
 * confirms once the scales are chosen. Mouse and touch: tap a face, a word,
 * the button. Scripts: "rate V [arousal A] [emotion WORD]" answers at once. */
#include "rating.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "theme.h"

void rating_start(Rating *r, const Instrument *in, const char *lang, const char *fallback,
                  int64_t now_ms)
{
    memset(r, 0, sizeof *r);
    r->in = in;
    r->lang = lang;
    r->fallback_lang = fallback;
    r->focus = ROW_VALENCE;
    r->onset_ms = now_ms;
}

bool rating_ready(const Rating *r)
{
    return r->valence > 0 && (!r->in->arousal.enabled || r->arousal > 0);
}

const char *rating_emotion_word(const Rating *r)
{
    if (r->emotion < 1 || r->emotion > r->in->n_emotions)
        return NULL;
    return text_get(&r->in->emotions[r->emotion - 1], r->fallback_lang, r->fallback_lang);
}

static void choose(Rating *r, int *field, int value)
{
    if (*field && *field != value)
        r->changes++;
    *field = value;
}

static RatingResult confirm(Rating *r, Device device, int64_t now_ms)
{
    if (!rating_ready(r)) {
        r->focus = r->valence ? ROW_AROUSAL : ROW_VALENCE;
        return RATING_TAKEN;
    }
    r->confirmed = true;
    r->device = device;
    r->response_ms = now_ms;
    return RATING_DONE;
}

static RatingResult reject(Rating *r, const char *fmt, int a, int b)
{
    snprintf(r->error, sizeof r->error, fmt, a, b);
    return RATING_REJECTED;
}

/* An emotion word in any of its languages, case-insensitively; 0 if none. */
static int find_emotion(const Rating *r, const char *word)
{
    for (int i = 0; i < r->in->n_emotions; i++)
        for (int k = 0; k < r->in->emotions[i].n; k++)
            if (!strcasecmp(r->in->emotions[i].parts[k].s, word))
                return i + 1;
    return 0;
}

static RatingResult scripted(Rating *r, const InputEvent *ev, int64_t now_ms)
{
    const Instrument *in = r->in;
    if (ev->valence < 1 || ev->valence > in->valence.points)
        return reject(r, "rate %d is outside the scale 1 to %d", ev->valence, in->valence.points);
    if (ev->arousal && !in->arousal.enabled)
        return reject(r, "this rating has no arousal scale (arousal %d)", ev->arousal, 0);
    if (in->arousal.enabled && (ev->arousal < 1 || ev->arousal > in->arousal.points))
        return reject(r, "this rating also asks for arousal from 1 to %d (got %d)",
                      in->arousal.points, ev->arousal);
    int emotion = ev->emotion[0] ? find_emotion(r, ev->emotion) : 0;
    if (ev->emotion[0] && !emotion) {
        snprintf(r->error, sizeof r->error, "\"%.40s\" is not one of this rating's emotion words",
                 ev->emotion);
        return RATING_REJECTED;
    }
    choose(r, &r->valence, ev->valence);
    if (ev->arousal)
        choose(r, &r->arousal, ev->arousal);
    r->emotion = emotion;
    return confirm(r, ev->device, now_ms);
}

static int row_count_points(const Rating *r, RatingFocus row)
{
    return row == ROW_VALENCE   ? r->in->valence.points
           : row == ROW_AROUSAL ? r->in->arousal.points
           : row == ROW_EMOTION ? r->in->n_emotions
                                : 0;
}

static int *row_field(Rating *r, RatingFocus row)
{
    return row == ROW_VALENCE ? &r->valence : row == ROW_AROUSAL ? &r->arousal : &r->emotion;
}

static bool row_shown(const Rating *r, RatingFocus row)
{
    return row == ROW_VALENCE || row == ROW_CONFIRM ||
           (row == ROW_AROUSAL && r->in->arousal.enabled) ||
           (row == ROW_EMOTION && r->in->n_emotions > 0);
}

static void move_focus(Rating *r, int step)
{
    int row = (int)r->focus;
    do
        row = (row + step + 4) % 4;
    while (!row_shown(r, (RatingFocus)row));
    r->focus = (RatingFocus)row;
}

static RatingResult key(Rating *r, const InputEvent *ev, int64_t now_ms)
{
    int points = row_count_points(r, r->focus), *field = row_field(r, r->focus);
    Key k = ev->key;
    if (k >= KEY_0 + 1 && k <= KEY_9 && points >= (int)(k - KEY_0) && r->focus != ROW_CONFIRM) {
        choose(r, field, (int)(k - KEY_0));
        if (r->focus != ROW_EMOTION && rating_ready(r) == false)
            move_focus(r, 1);
        return RATING_TAKEN;
    }
    if ((k == KEY_LEFT || k == KEY_RIGHT) && points > 0) {
        int v = *field ? *field + (k == KEY_RIGHT ? 1 : -1) : (points + 1) / 2;
        choose(r, field, v < 1 ? 1 : v > points ? points : v);
        return RATING_TAKEN;
    }
    if (k == KEY_UP || k == KEY_DOWN || k == KEY_TAB) {
        move_focus(r, k == KEY_UP ? -1 : 1);
        return RATING_TAKEN;
    }
    if (k == KEY_ENTER || k == KEY_SPACE)
        return confirm(r, ev->device, now_ms);
    return RATING_IGNORED;
}

static RatingResult action(Rating *r, const InputEvent *ev, int64_t now_ms)
{
    switch (ev->action) {
    case ACT_VALENCE:
        choose(r, &r->valence, ev->arg);
        r->focus = ROW_VALENCE;
        return RATING_TAKEN;
    case ACT_AROUSAL:
        choose(r, &r->arousal, ev->arg);
        r->focus = ROW_AROUSAL;
        return RATING_TAKEN;
    case ACT_EMOTION:
        r->emotion = r->emotion == ev->arg ? 0 : ev->arg;
        r->focus = ROW_EMOTION;
        return RATING_TAKEN;
    case ACT_CONFIRM:
        return confirm(r, ev->device, now_ms);
    default:
        return RATING_IGNORED;
    }
}

RatingResult rating_input(Rating *r, const InputEvent *ev, int64_t now_ms)
{
    if (r->confirmed)
        return RATING_IGNORED;
    switch (ev->kind) {
    case IN_RATE:
        return scripted(r, ev, now_ms);
    case IN_KEY:
        return key(r, ev, now_ms);
    case IN_ACTION:
        return action(r, ev, now_ms);
    default:
        return RATING_IGNORED;
    }
}

/* ---- drawing ---- */

enum { ROW_LEFT = 110, ROW_WIDTH = 1060 };

/* A face for level v of n on a scale: valence bends the mouth from a frown
 * to a smile; arousal adds strokes around the head, from none to many. */
static void face(Ui *ui, float cx, float cy, float rad, float t, bool arousal, bool chosen)
{
    Color ink = chosen ? COLOR_ACCENT : COLOR_INK;
    if (arousal) {
        int strokes = (int)lroundf(t * 12);
        for (int i = 0; i < strokes; i++) {
            float a = (float)(i * 2.0 * M_PI / (strokes ? strokes : 1));
            ui_line(ui, cx + cosf(a) * rad * 1.12f, cy + sinf(a) * rad * 1.12f,
                    cx + cosf(a) * rad * (1.25f + 0.2f * t),
                    cy + sinf(a) * rad * (1.25f + 0.2f * t), 2.5f, ink);
        }
    }
    ui_circle(ui, cx, cy, rad, chosen ? COLOR_ACCENT_SOFT : COLOR_FACE);
    ui_ring(ui, cx, cy, rad, 2.5f, ink);
    float eye = rad * (arousal ? 0.08f + 0.08f * t : 0.11f);
    ui_circle(ui, cx - rad * 0.35f, cy - rad * 0.2f, eye, ink);
    ui_circle(ui, cx + rad * 0.35f, cy - rad * 0.2f, eye, ink);
    float bend = arousal ? 0 : t * 2 - 1; /* -1 frown .. +1 smile */
    float half = rad * 0.42f, my = cy + rad * 0.38f;
    if (fabsf(bend) < 0.12f) {
        ui_line(ui, cx - half, my, cx + half, my, 3, ink);
    } else {
        float span = 0.35f + 0.55f * fabsf(bend), R = half / sinf(span);
        float ccy = bend > 0 ? my - R * cosf(span) : my + R * cosf(span);
        float mid = bend > 0 ? (float)M_PI / 2 : -(float)M_PI / 2;
        ui_arc(ui, cx, ccy, R, mid - span, mid + span, 3, ink);
    }
}

static void scale_row(Ui *ui, const Rating *r, RatingFocus row, float y)
{
    const Scale *sc = row == ROW_VALENCE ? &r->in->valence : &r->in->arousal;
    int chosen = row == ROW_VALENCE ? r->valence : r->arousal, n = sc->points;
    float cell = (float)ROW_WIDTH / (float)n, rad = fminf(cell * 0.34f, 40);
    if (r->focus == row)
        ui_outline(ui, (Rect){ROW_LEFT - 24, y - rad - 22, ROW_WIDTH + 48, 2 * rad + 98}, 16, 3,
                   COLOR_ACCENT_SOFT);
    TextStyle num = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
    for (int i = 1; i <= n; i++) {
        float cx = ROW_LEFT + cell * ((float)i - 0.5f);
        face(ui, cx, y, rad, (float)(i - 1) / (float)(n - 1), row == ROW_AROUSAL, i == chosen);
        char label[12];
        snprintf(label, sizeof label, "%d", i);
        num.color = i == chosen ? COLOR_ACCENT : COLOR_MUTED;
        ui_text(ui, (Rect){cx - cell / 2, y + rad + 10, cell, 24}, label, &num);
        ui_region(ui, (Rect){cx - cell / 2, y - rad - 14, cell, 2 * rad + 50},
                  row == ROW_VALENCE ? ACT_VALENCE : ACT_AROUSAL, i);
    }
    TextStyle end = STYLE(FONT_SANS, 20, COLOR_INK, ALIGN_LEFT);
    const char *low = text_get(&sc->low, r->lang, r->fallback_lang);
    const char *high = text_get(&sc->high, r->lang, r->fallback_lang);
    if (row == ROW_AROUSAL && !sc->low.n)
        low = theme_str(r->lang, S_CALM);
    if (row == ROW_AROUSAL && !sc->high.n)
        high = theme_str(r->lang, S_AGITATED);
    ui_text(ui, (Rect){ROW_LEFT, y + rad + 36, ROW_WIDTH / 2, 26}, low, &end);
    end.align = ALIGN_RIGHT;
    ui_text(ui, (Rect){ROW_LEFT + ROW_WIDTH / 2, y + rad + 36, ROW_WIDTH / 2, 26}, high, &end);
}

static void emotion_row(Ui *ui, const Rating *r, float y)
{
    TextStyle hint = STYLE_SMALL;
    hint.align = ALIGN_CENTER;
    ui_text(ui, (Rect){ROW_LEFT, y, ROW_WIDTH, 24}, theme_str(r->lang, S_EMOTION_HINT), &hint);
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

void rating_draw(const Rating *r, Ui *ui, const char *question, const char *persona,
                 const char *context)
{
    char q[320];
    if (!question) {
        snprintf(q, sizeof q, theme_str(r->lang, S_QUESTION), persona ? persona : "");
        question = q;
    }
    ui_clear(ui, COLOR_BG);
    TextStyle ctx = STYLE_SMALL;
    ctx.align = ALIGN_CENTER;
    if (context)
        ui_text(ui, (Rect){ROW_LEFT, 28, ROW_WIDTH, 50}, context, &ctx);
    TextStyle title = STYLE_TITLE;
    ui_text(ui, (Rect){ROW_LEFT, 78, ROW_WIDTH, 90}, question, &title);
    bool arousal = r->in->arousal.enabled, words = r->in->n_emotions > 0;
    float y = arousal ? 235 : words ? 260 : 300;
    scale_row(ui, r, ROW_VALENCE, y);
    if (arousal)
        scale_row(ui, r, ROW_AROUSAL, y + 175);
    if (words)
        emotion_row(ui, r, arousal ? 520 : 420);
    theme_button(ui, (Rect){490, 622, 300, 64}, theme_str(r->lang, S_CONFIRM), ACT_CONFIRM, 0,
                 rating_ready(r), r->focus == ROW_CONFIRM);
    if (!arousal && !words) {
        TextStyle hint = STYLE_SMALL;
        hint.align = ALIGN_CENTER;
        ui_text(ui, (Rect){ROW_LEFT, 560, ROW_WIDTH, 30}, theme_str(r->lang, S_RATING_HINT), &hint);
    }
}
