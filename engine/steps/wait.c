/* wait: on hold on the phone. Real time passes (virtual when headless), the
 * queue position follows its script (it can go up), announcements recur, hold
 * music loops; the caller may hang up and call again, or be cut off. */
#include "steps.h"

#include <stddef.h>

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

const StepType step_wait = {
    .name = "wait",
    .data_size = sizeof(WaitStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .init = init,
    .validate = validate,
};
