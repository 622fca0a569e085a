/* wait: on hold on the phone. Real time passes (virtual when headless), the
 * queue position follows its script (it can go up), announcements recur, hold
 * music loops; the caller may hang up and call again, or be cut off. */
#include "steps.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../theme.h"
#include "../playtime.h"

/* How long an announcement stays on screen, and the cut-off message. */
enum { WAIT_ANNOUNCE_MS = 9000, WAIT_CUT_MS = 5000 };

typedef struct {
    long at;
    int to;
    Pos pos;
} QueueChange;

typedef struct {
    int start;
    QueueChange *changes;
    int n_changes;
} Queue;

typedef struct {
    long every;
    Text text;
} Announce;

typedef struct {
    bool allowed;
    Text label;
    Ref go; /* not given: the wait starts over, at the back of the queue */
} Hangup;

/* The line is cut once per visit to the step: calling again (no goto) starts
 * the wait over, and the second time it holds until the end. */
typedef struct {
    long at;
    Text text;
    Ref go; /* not given: the caller calls again and the wait starts over */
} Disconnect;

typedef struct {
    long duration;
    Text calling;
    Queue queue;
    Announce announce;
    Asset music;
    Hangup hangup;
    Disconnect disconnect;
} WaitStep;

static bool read_change(Parse *p, const YNode *n, void *elem)
{
    static const Field change_fields[] = {
        {F("at", FIELD_DURATION, true, QueueChange, at), .min = 1},
        {F("to", FIELD_INT, true, QueueChange, to), .min = 1, .max = 9999},
    };
    QueueChange *c = elem;
    c->pos = (Pos){n->line, n->col};
    FieldSet set = {change_fields, FIELD_COUNT(change_fields), c};
    return schema_map(p, n, "a queue change", &set, 1);
}

static const Field queue_fields[] = {
    {F("start", FIELD_INT, true, Queue, start), .min = 1, .max = 9999},
    {F("changes", FIELD_LIST, false, Queue, changes), .max = 100,
     LIST(Queue, n_changes, QueueChange, read_change)},
};

static const Field announce_fields[] = {
    {F("every", FIELD_DURATION, true, Announce, every), .min = 5000},
    {F("text", FIELD_TEXT, true, Announce, text)},
};

static const Field hangup_fields[] = {
    {F("label", FIELD_TEXT, false, Hangup, label)},
    {F("goto", FIELD_GOTO, false, Hangup, go)},
};

static const Field disconnect_fields[] = {
    {F("at", FIELD_DURATION, true, Disconnect, at), .min = 1},
    {F("text", FIELD_TEXT, false, Disconnect, text)},
    {F("goto", FIELD_GOTO, false, Disconnect, go)},
};

static const Field fields[] = {
    {F("duration", FIELD_DURATION, true, WaitStep, duration), .min = 1000},
    {F("calling", FIELD_TEXT, false, WaitStep, calling)},
    {F("queue", FIELD_MAP, false, WaitStep, queue), SUB(queue_fields)},
    {F("announce", FIELD_MAP, false, WaitStep, announce), SUB(announce_fields)},
    {F("music", FIELD_WAV, false, WaitStep, music)},
    {F("hangup", FIELD_SWITCH, false, WaitStep, hangup), SUB(hangup_fields)},
    {F("disconnect", FIELD_MAP, false, WaitStep, disconnect), SUB(disconnect_fields)},
};

static void init(void *data)
{
    WaitStep *w = data;
    w->music.path = "builtin:hold";
    w->music.kind = ASSET_WAV;
}

static bool validate(Parse *p, Step *step, const YNode *map)
{
    (void)map;
    const WaitStep *w = step->data;
    char d[32], t[32];
    bool ok = true;
    schema_format_duration(w->duration, d, sizeof d);
    long last = 0;
    for (int i = 0; i < w->queue.n_changes; i++) {
        const QueueChange *c = &w->queue.changes[i];
        schema_format_duration(c->at, t, sizeof t);
        if (c->at >= w->duration) {
            ok = schema_error_at(
                p, c->pos, "this queue change at %s comes when the wait is over (it lasts %s)", t,
                d);
        } else if (c->at <= last) {
            char prev[32];
            schema_format_duration(last, prev, sizeof prev);
            ok = schema_error_at(p, c->pos,
                                 "queue changes must be in time order: %s comes after %s", t, prev);
        }
        last = c->at;
    }
    const YNode *dis = ytree_get(map, "disconnect");
    if (dis && w->disconnect.at >= w->duration) {
        schema_format_duration(w->disconnect.at, t, sizeof t);
        ok = schema_error_at(p, (Pos){dis->line, dis->col},
                             "the line is cut at %s, when the wait is over (it lasts %s)", t, d);
    }
    const YNode *ann = ytree_get(map, "announce");
    if (ann && w->announce.every >= w->duration)
        schema_warning_at(p, (Pos){ann->line, ann->col},
                          "the announcement never plays: it comes every %s, the wait lasts %s",
                          (schema_format_duration(w->announce.every, t, sizeof t), t), d);
    return ok;
}

/* ---- playing ---- */

typedef struct {
    int64_t first_ms; /* when the first call began: the customer waits from here */
    int64_t call_ms;  /* when the current call began (hanging up starts a new one) */
    int64_t cut_ms;  /* when the line was cut; 0: not (yet) */
    int calls, position;
} WaitState;

static int64_t elapsed(const StepRun *run)
{
    const WaitState *w = run->state;
    return run->now_ms - w->call_ms;
}

static int queue_position(const WaitStep *w, int64_t t)
{
    int pos = w->queue.start;
    for (int i = 0; i < w->queue.n_changes && w->queue.changes[i].at <= t; i++)
        pos = w->queue.changes[i].to;
    return pos;
}

/* The next moment something on screen changes. */
static int64_t next_change(const StepRun *run)
{
    const WaitStep *w = run->step->data;
    const WaitState *s = run->state;
    int64_t t = elapsed(run), next = w->duration;
    for (int i = 0; i < w->queue.n_changes; i++)
        if (w->queue.changes[i].at > t && w->queue.changes[i].at < next)
            next = w->queue.changes[i].at;
    if (w->announce.every) {
        int64_t a = (t / w->announce.every + 1) * w->announce.every;
        int64_t off = t % w->announce.every < WAIT_ANNOUNCE_MS && t >= w->announce.every
                          ? t - t % w->announce.every + WAIT_ANNOUNCE_MS
                          : a;
        next = off < next ? off : a < next ? a : next;
    }
    if (w->disconnect.at && !s->cut_ms && run->visits == 1 && w->disconnect.at > t &&
        w->disconnect.at < next)
        next = w->disconnect.at;
    return s->call_ms + next;
}

static void new_call(StepRun *run)
{
    WaitState *s = run->state;
    const WaitStep *w = run->step->data;
    run->sound = strcmp(w->music.path, "none") ? &w->music : NULL;
    s->call_ms = run->now_ms;
    s->calls++;
    s->position = w->queue.start;
    run->wake_ms = next_change(run);
}

static void start(StepRun *run)
{
    new_call(run);
    ((WaitState *)run->state)->first_ms = run->now_ms;
}

static void hang_up(StepRun *run)
{
    const WaitStep *w = run->step->data;
    step_log(run, "hangup", "after %lld ms", (long long)elapsed(run));
    if (w->hangup.go.id)
        step_end(run, w->hangup.go.index, "hang up");
    else
        new_call(run);
}

static void tick(StepRun *run)
{
    const WaitStep *w = run->step->data;
    WaitState *s = run->state;
    if (s->cut_ms) { /* the cut-off message is showing */
        if (run->now_ms - s->cut_ms < WAIT_CUT_MS)
            return;
        s->cut_ms = 0;
        if (w->disconnect.go.id)
            step_end(run, w->disconnect.go.index, "disconnected");
        else
            new_call(run);
        return;
    }
    int64_t t = elapsed(run);
    if (w->disconnect.at && run->visits == 1 && s->calls == 1 && t >= w->disconnect.at) {
        s->cut_ms = run->now_ms;
        run->sound = NULL; /* the line is dead */
        step_log(run, "disconnected", "after %lld ms", (long long)t);
        run->wake_ms = s->cut_ms + WAIT_CUT_MS;
        return;
    }
    if (t >= w->duration) {
        /* every call counts, cut off or hung up: that is what the customer sat through */
        step_log(run, "waited", "%lld ms in %d call%s", (long long)(run->now_ms - s->first_ms),
                 s->calls,
                 s->calls == 1 ? "" : "s");
        step_end(run, run->step->next.index, "time up");
        return;
    }
    int pos = queue_position(w, t);
    if (pos != s->position)
        step_log(run, "queue", "position %d", pos);
    s->position = pos;
    run->wake_ms = next_change(run);
}

static bool input(StepRun *run, const InputEvent *ev)
{
    const WaitStep *w = run->step->data;
    WaitState *s = run->state;
    bool hang = (ev->kind == IN_ACTION && ev->action == ACT_HANGUP) ||
                (ev->kind == IN_KEY && ev->key == KEY_ESCAPE);
    if (!hang || !w->hangup.allowed || s->cut_ms)
        return false;
    hang_up(run);
    return true;
}

static void draw_call(const StepRun *run, Ui *ui, Rect screen)
{
    const WaitStep *w = run->step->data;
    const WaitState *s = run->state;
    TextStyle small = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
    TextStyle name = STYLE(FONT_SANS_BOLD, 28, COLOR_INK, ALIGN_CENTER);
    ui_text(ui, (Rect){screen.x, screen.y + 40, screen.w, 26}, theme_str(run->lang, S_CALLING),
            &small);
    ui_text(ui, (Rect){screen.x + 10, screen.y + 70, screen.w - 20, 70},
            w->calling.n ? step_text(run, &w->calling) : step_text(run, &run->scenario->title),
            &name);
    char clock[16];
    theme_clock(elapsed(run), clock, sizeof clock);
    TextStyle timer = STYLE(FONT_MONO, 30, COLOR_INK, ALIGN_CENTER);
    ui_text(ui, (Rect){screen.x, screen.y + 150, screen.w, 40}, clock, &timer);
    if (w->queue.start) {
        ui_text(ui, (Rect){screen.x + 10, screen.y + 240, screen.w - 20, 50},
                theme_str(run->lang, S_QUEUE), &small);
        char pos[16];
        snprintf(pos, sizeof pos, "%d", s->position);
        TextStyle big = STYLE(FONT_SANS_BOLD, 96, COLOR_ACCENT, ALIGN_CENTER);
        ui_text(ui, (Rect){screen.x, screen.y + 290, screen.w, 120}, pos, &big);
    }
    if (w->hangup.allowed && !s->cut_ms) {
        Rect b = {screen.x + screen.w / 2 - 42, screen.y + screen.h - 120, 84, 84};
        ui_circle(ui, b.x + 42, b.y + 42, 42, COLOR_WARN);
        ui_line(ui, b.x + 22, b.y + 46, b.x + 62, b.y + 46, 9, COLOR_CARD);
        ui_region(ui, b, ACT_HANGUP, 0);
        const char *label =
            w->hangup.label.n ? step_text(run, &w->hangup.label) : theme_str(run->lang, S_HANG_UP);
        ui_text(ui, (Rect){screen.x, b.y - 56, screen.w, 50}, label, &small);
    }
}

/* The queue as people: those ahead of you, and you last. It grows when the
 * position goes up, which is the point. */
static void draw_queue(const StepRun *run, Ui *ui, Rect card)
{
    const WaitState *s = run->state;
    TextStyle head = STYLE(FONT_SANS_BOLD, 26, COLOR_INK, ALIGN_LEFT);
    ui_text(ui, (Rect){card.x + 36, card.y + 30, card.w - 72, 36}, theme_str(run->lang, S_ON_HOLD),
            &head);
    int shown = s->position > 24 ? 24 : s->position;
    for (int i = 0; i < shown; i++)
        theme_person(ui, card.x + 64 + (float)(i % 8) * 64, card.y + 124 + (float)(i / 8) * 84, 52,
                     i == shown - 1);
    char ahead[64];
    snprintf(ahead, sizeof ahead, "%d %s", s->position - 1, theme_str(run->lang, S_AHEAD));
    TextStyle note = STYLE(FONT_SANS, 22, COLOR_MUTED, ALIGN_LEFT);
    float y = card.y + 110 + (float)((shown + 7) / 8) * 84;
    ui_text(ui, (Rect){card.x + 36, y, card.w - 72, 30}, ahead, &note);
}

static void draw(const StepRun *run, Ui *ui)
{
    const WaitStep *w = run->step->data;
    const WaitState *s = run->state;
    ui_clear(ui, COLOR_BG);
    draw_call(run, ui, theme_phone(ui, (Rect){140, 30, 380, 660}));
    Rect card = {600, 60, 600, 600};
    theme_card(ui, card);
    if (w->queue.start)
        draw_queue(run, ui, card);
    int64_t t = elapsed(run);
    const char *says = theme_str(run->lang, S_HOLD_MUSIC);
    TextStyle voice = STYLE(FONT_SANS, 26, COLOR_INK, ALIGN_LEFT);
    if (s->cut_ms)
        says = w->disconnect.text.n ? step_text(run, &w->disconnect.text) : "...";
    else if (w->announce.every &&
             ((t >= w->announce.every && t % w->announce.every < WAIT_ANNOUNCE_MS) ||
              run->show_all))
        says = step_text(run, &w->announce.text);
    else
        voice = STYLE(FONT_SANS, 24, COLOR_MUTED, ALIGN_CENTER);
    ui_fill(ui, (Rect){card.x + 36, card.y + 420, card.w - 72, 2}, COLOR_LINE);
    ui_text(ui, (Rect){card.x + 36, card.y + 446, card.w - 72, 140}, says, &voice);
}

/* The whole wait; cut off without a goto, the caller waits until the cut and
 * then the whole wait again. */
static long play_ms(const Step *step, const Scenario *s)
{
    (void)s;
    const WaitStep *w = step->data;
    if (w->disconnect.at && w->disconnect.go.id)
        return w->disconnect.at + WAIT_CUT_MS;
    return w->duration + (w->disconnect.at ? w->disconnect.at + WAIT_CUT_MS : 0);
}

const StepType step_wait = {
    .name = "wait",
    .data_size = sizeof(WaitStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .init = init,
    .validate = validate,
    .state_size = sizeof(WaitState),
    .start = start,
    .input = input,
    .tick = tick,
    .draw = draw,
    .play_ms = play_ms,
};
