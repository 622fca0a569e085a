/* wait: on hold on the phone. Real time passes (virtual when headless), the
 * queue position follows its script (it can go up), announcements recur, hold
 * music loops; the caller may hang up and call again, or be cut off. */
#include "wait.h"

#include <stddef.h>
#include <string.h>

#include "playtime.h"

static const Field change_fields[] = {
    {F("at", FIELD_DURATION, true, QueueChange, at), .min = 1,
     .doc = "When the position changes, from the start of the wait (before it ends, in time "
            "order)."},
    {F("to", FIELD_INT, true, QueueChange, to), .min = 1, .max = 9999,
     .doc = "The new position (1 to 9999)."},
};

static bool read_change(Parse *p, const YNode *n, void *elem)
{
    QueueChange *c = elem;
    c->pos = (Pos){n->line, n->col};
    FieldSet set = {change_fields, FIELD_COUNT(change_fields), c};
    return schema_map(p, n, "a queue change", &set, 1);
}

static const Field queue_fields[] = {
    {F("start", FIELD_INT, true, Queue, start), .min = 1, .max = 9999,
     .doc = "The position announced when the wait begins (1 to 9999)."},
    {F("changes", FIELD_LIST, false, Queue, changes), .max = 100,
     LIST(Queue, n_changes, QueueChange, read_change), SUB(change_fields),
     .doc = "Later changes of the position (at most 100)."},
};

static const Field announce_fields[] = {
    {F("every", FIELD_DURATION, true, Announce, every), .min = 5000,
     .doc = "How often the announcement comes (5s to 12h)."},
    {F("text", FIELD_TEXT, true, Announce, text),
     .doc = "What it says (\"Your call is important to us.\")."},
};

static const Field hangup_fields[] = {
    {F("label", FIELD_TEXT, false, Hangup, label),
     .doc = "The label of the hang-up button (\"Hang up and call again\")."},
    {F("goto", FIELD_GOTO, false, Hangup, go),
     .doc = "Where hanging up leads, after 3 s of calling again: a step id or end (at once; "
            "without it, the caller calls again and the wait starts over)."},
};

static const Field disconnect_fields[] = {
    {F("at", FIELD_DURATION, true, Disconnect, at), .min = 1,
     .doc = "When the line is cut, from the start of the wait (before it ends)."},
    {F("text", FIELD_TEXT, false, Disconnect, text),
     .doc = "What the caller sees or hears then (\"The line goes dead.\")."},
    {F("goto", FIELD_GOTO, false, Disconnect, go),
     .doc = "Where the scenario goes on: a step id or end (without it, the caller calls again "
            "and the wait starts over)."},
};

static const Field fields[] = {
    {F("duration", FIELD_DURATION, true, WaitStep, duration), .min = 1000,
     .doc = "How long the caller holds before being answered (1s to 12h); the step ends when "
            "it is up."},
    {F("calling", FIELD_TEXT, false, WaitStep, calling),
     .doc = "Who is being called, as the phone screen shows it (\"Energie BV\")."},
    {F("queue", FIELD_MAP, false, WaitStep, queue), SUB(queue_fields),
     .doc = "The announced position in the queue (without it, none is given)."},
    {F("announce", FIELD_MAP, false, WaitStep, announce), SUB(announce_fields),
     .doc = "A recurring announcement."},
    {F("music", FIELD_WAV, false, WaitStep, music),
     .doc = "Hold music, looped: builtin:hold (the default), none (silence) or a WAV file."},
    {F("hangup", FIELD_SWITCH, false, WaitStep, hangup), SUB(hangup_fields),
     .doc = "Whether the caller can hang up: false (the default), true or a map."},
    {F("disconnect", FIELD_MAP, false, WaitStep, disconnect), SUB(disconnect_fields),
     .doc = "The line is cut at a given moment."},
    STEP_VOICE_FIELD(WaitStep, voice),
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
                p, DIAG_E0508, c->pos,
                "this queue change at %s comes when the wait is over (it lasts %s)", t, d);
        } else if (c->at <= last) {
            char prev[32];
            schema_format_duration(last, prev, sizeof prev);
            ok = schema_error_at(p, DIAG_E0509, c->pos,
                                 "queue changes must be in time order: %s comes after %s", t, prev);
        }
        last = c->at;
    }
    const YNode *dis = ytree_get(map, "disconnect");
    if (dis && w->disconnect.at >= w->duration) {
        schema_format_duration(w->disconnect.at, t, sizeof t);
        ok = schema_error_at(p, DIAG_E0508, (Pos){dis->line, dis->col},
                             "the line is cut at %s, when the wait is over (it lasts %s)", t, d);
    }
    const YNode *ann = ytree_get(map, "announce");
    if (ann && w->announce.every >= w->duration)
        schema_warning_at(p, DIAG_W0502, (Pos){ann->line, ann->col},
                          "the announcement never plays: it comes every %s, the wait lasts %s",
                          (schema_format_duration(w->announce.every, t, sizeof t), t), d);
    return ok;
}

/* ---- playing ---- */

int64_t wait_elapsed(const StepRun *run)
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
    int64_t t = wait_elapsed(run), next = w->duration;
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
    s->announced = 0;
    run->wake_ms = next_change(run);
}

static void start(StepRun *run)
{
    new_call(run);
    ((WaitState *)run->state)->first_ms = run->now_ms;
}

/* Hanging up to end the call ends the step at once; hanging up to call
 * again (the queue, or the step the scenario names) first dials and rings
 * for WAIT_REDIAL_MS, so that calling again is a moment and not a reset. */
static void hang_up(StepRun *run)
{
    const WaitStep *w = run->step->data;
    WaitState *s = run->state;
    int64_t t = wait_elapsed(run);
    step_log(run, step_event(EVENT_HANGUP, t, 0, -1), "after %lld ms", (long long)t);
    if (w->hangup.go.id && w->hangup.go.index == REF_END) {
        step_end(run, REF_END, "hang up");
        return;
    }
    s->redial_ms = run->now_ms;
    run->sound = NULL; /* the hold music stops with the call */
    run->wake_ms = s->redial_ms + WAIT_REDIAL_MS;
}

/* The end of calling again: through to the queue, or where the scenario said. */
static void redialled(StepRun *run)
{
    const WaitStep *w = run->step->data;
    ((WaitState *)run->state)->redial_ms = 0;
    if (w->hangup.go.id)
        step_end(run, w->hangup.go.index, "hang up");
    else
        new_call(run);
}

static void tick(StepRun *run)
{
    const WaitStep *w = run->step->data;
    WaitState *s = run->state;
    if (s->redial_ms) {
        if (run->now_ms - s->redial_ms >= WAIT_REDIAL_MS)
            redialled(run);
        return;
    }
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
    int64_t t = wait_elapsed(run);
    if (w->disconnect.at && run->visits == 1 && s->calls == 1 && t >= w->disconnect.at) {
        s->cut_ms = run->now_ms;
        run->sound = NULL; /* the line is dead */
        step_log(run, step_event(EVENT_DISCONNECTED, t, 0, -1), "after %lld ms", (long long)t);
        run->wake_ms = s->cut_ms + WAIT_CUT_MS;
        return;
    }
    if (t >= w->duration) {
        /* every call counts, cut off or hung up: that is what the customer sat through */
        int64_t total = run->now_ms - s->first_ms;
        step_log(run, step_event(EVENT_WAITED, total, s->calls, -1), "%lld ms in %d call%s",
                 (long long)total, s->calls, s->calls == 1 ? "" : "s");
        step_end(run, run->step->next.index, "time up");
        return;
    }
    if (w->announce.every && t / w->announce.every > s->announced) {
        s->announced = (int)(t / w->announce.every);
        step_say(run, &w->voice, step_text(run, &w->announce.text));
    }
    int pos = queue_position(w, t);
    if (pos != s->position)
        step_log(run, step_event(EVENT_QUEUE, 0, pos, -1), "position %d", pos);
    s->position = pos;
    run->wake_ms = next_change(run);
}

static bool input(StepRun *run, const InputEvent *ev)
{
    const WaitStep *w = run->step->data;
    WaitState *s = run->state;
    bool hang = (ev->kind == IN_ACTION && ev->action == ACT_HANGUP) ||
                (ev->kind == IN_KEY && ev->key == KEY_ESCAPE);
    if (!hang || !w->hangup.allowed || s->cut_ms || s->redial_ms)
        return false;
    hang_up(run);
    return true;
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

/* Held to the end, hung up (with a goto) or cut off (with a goto). Calling
 * again is a round inside the step: a cut without a goto adds the call it
 * cut; a hang-up without one can come at any moment of a call, so one round
 * adds at most a whole call and the redial, and hanging up at once avoids
 * the cut (only the first call is cut). A hang-up can come at once; but for
 * one that ends the call, the redial follows it. */
static int ways(const Step *step, const Scenario *s, StepWay *out)
{
    (void)s;
    const WaitStep *w = step->data;
    long cut = w->disconnect.at ? w->disconnect.at + WAIT_CUT_MS : 0;
    bool call_again = w->hangup.allowed && !w->hangup.go.id;
    long again = call_again ? w->duration + WAIT_REDIAL_MS : 0;
    long full = w->duration + (w->disconnect.go.id ? 0 : cut);
    int n = 0;
    out[n++] = step_way(step->next.index, "time up", call_again ? w->duration : full, full + again);
    if (w->hangup.allowed && w->hangup.go.id) {
        long redial = w->hangup.go.index == REF_END ? 0 : WAIT_REDIAL_MS;
        out[n++] = step_way(w->hangup.go.index, "hang up", redial, full + redial);
    }
    if (w->disconnect.at && w->disconnect.go.id)
        out[n++] = step_way(w->disconnect.go.index, "line cut", cut, cut + again);
    return n;
}

const StepType step_wait = {
    .name = "wait",
    .kind = STEP_WAIT,
    .data_size = sizeof(WaitStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .init = init,
    .validate = validate,
    .state_size = sizeof(WaitState),
    .start = start,
    .input = input,
    .tick = tick,
    .play_ms = play_ms,
    .ways = ways,
};
