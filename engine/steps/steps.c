/* The table of step types of scenario format teaser/1, and the helpers every
 * type uses to end, to log and to read its texts. */
#include "steps.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"

static const StepType *const types[STEP_KIND_COUNT] = {
    [STEP_MESSAGE] = &step_message, [STEP_WAIT] = &step_wait, [STEP_HANDOFF] = &step_handoff,
    [STEP_LETTER] = &step_letter,   [STEP_MENU] = &step_menu, [STEP_FORM] = &step_form,
    [STEP_RATE] = &step_rate,
};

const StepTypes steps_teaser1 = {types, STEP_KIND_COUNT};

void step_end(StepRun *run, int target, const char *how)
{
    run->done = true;
    run->sound = NULL;
    run->next = target;
    run->wake_ms = -1;
    run->wants_text = false;
    step_log(run, step_event(EVENT_LEAVE, 0, 0, -1), "%s", how);
}

Event step_event(EventKind kind, int64_t ms, int count, int right)
{
    return (Event){kind, ms, count, right};
}

void step_log(StepRun *run, Event ev, const char *fmt, ...)
{
    char text[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    if (run->log)
        run->log(run->log_ctx, run->step->id, run->now_ms, &ev, text);
}

const char *step_text(const StepRun *run, const Text *t)
{
    const char *s = text_get(t, run->lang, run->scenario->language);
    return s ? s : "";
}

void step_scroll(StepRun *run, float by)
{
    run->scroll += by;
    if (run->layout.scroll_max >= 0 && run->scroll > run->layout.scroll_max)
        run->scroll = run->layout.scroll_max;
    if (run->scroll < 0)
        run->scroll = 0;
}

StepWay step_way(int to, const char *how, long min_ms, long max_ms)
{
    StepWay w = {to, "", min_ms, max_ms};
    snprintf(w.how, sizeof w.how, "%s", how);
    return w;
}

/* ---- the phone's voice ---- */

/* "on", "off", or what an espeak-ng voice name can be: a letter, then
 * letters, digits, '-', '_' or '+' (a variant: "en+f3"), 40 at most. */
static bool voice_value_ok(const char *v)
{
    size_t n = strlen(v);
    if (n == 0 || n > 40 || !((v[0] >= 'a' && v[0] <= 'z') || (v[0] >= 'A' && v[0] <= 'Z')))
        return false;
    return strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+_-") == n;
}

static bool voice_value(Parse *p, const YNode *n, const char *lang, TextPart *out)
{
    if (n->kind != YNODE_SCALAR)
        return schema_error(p, DIAG_E0204, n,
                            "\"voice\" must be on, off or a voice name, or a map of languages "
                            "such as {en: en-us, nl: nl}");
    if (!voice_value_ok(n->str))
        return schema_error(p, DIAG_E0220, n,
                            "\"voice\" must be on, off or an espeak-ng voice name such as "
                            "en-us, not \"%.40s\"",
                            n->str);
    *out = (TextPart){lang, n->str};
    return true;
}

bool step_read_voice(Parse *p, const YNode *n, void *dst)
{
    StepVoice *v = dst;
    bool map = n->kind == YNODE_MAP && n->n > 0;
    int count = map ? n->n : 1;
    TextPart *parts = arena_alloc(p->arena, (size_t)count * sizeof *parts);
    if (!parts)
        return p->out_of_memory = true, false;
    if (!map) {
        if (!voice_value(p, n, NULL, &parts[0]))
            return false;
        *v = (StepVoice){parts, 1};
        return true;
    }
    bool ok = true;
    for (int i = 0; i < n->n; i++) {
        const YNode *k = n->pairs[i].key;
        if (!schema_is_lang_code(k->str))
            ok = schema_error(p, DIAG_E0213, k,
                              "\"%.40s\" is not a language code; \"voice\" takes on, off, a "
                              "voice name, or a map of languages such as {en: en-us, nl: nl}",
                              k->str);
        else if (!voice_value(p, n->pairs[i].value, k->str, &parts[i]))
            ok = false;
    }
    if (ok)
        *v = (StepVoice){parts, n->n};
    return ok;
}

const char *step_voice(const StepRun *run, const StepVoice *v)
{
    const char *value = "on";
    for (int i = 0; i < v->n; i++)
        if (!v->parts[i].lang || !strcmp(v->parts[i].lang, run->lang))
            value = v->parts[i].s;
    /* YAML's own words for off and on read naturally too: voice: false */
    if (!strcmp(value, "off") || !strcmp(value, "false"))
        return NULL;
    return !strcmp(value, "on") || !strcmp(value, "true") ? "" : value;
}

void step_say(StepRun *run, const StepVoice *v, const char *text)
{
    const char *voice = step_voice(run, v);
    if (!voice || !text || !text[0])
        return;
    run->say = text;
    run->say_voice = voice[0] ? voice : NULL;
    run->says++;
}

long step_say_ms(const StepRun *run, const StepVoice *v, const char *text, long fallback)
{
    const char *voice = step_voice(run, v);
    if (!voice || !run->speech || !run->speech->ms)
        return fallback;
    long ms = run->speech->ms(run->speech->ctx, text, run->lang, voice[0] ? voice : NULL);
    return ms < 0 ? fallback : ms;
}
