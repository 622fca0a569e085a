/* The rating instrument. Keyboard: 1-9 choose on the focused scale, arrows
 * move (the first press lands on the middle), Up/Down/Tab change rows, Enter
 * confirms once the scales are chosen. Mouse and touch: tap a face, a word,
 * the button. Scripts: "rate V [arousal A] [emotion WORD]" answers at once. */
#include "rating.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "words.h"

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
