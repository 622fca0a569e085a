/* handoff: the call or case moves from one department to another, and the
 * caller has to give again what they already gave (ask), every time. */
#include "handoff.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "edit.h"
#include "playtime.h"
#include "words.h"

static const Field ask_fields[] = {
    {F("label", FIELD_TEXT, false, AskItem, label), .doc = "What the caller is asked for."},
    {F("expect", FIELD_STR, false, AskItem, expect),
     .doc = "The answer that must be typed, ignoring spaces and case (without it, any answer "
            "is taken)."},
    {F("detail", FIELD_REF, false, AskItem, detail),
     .doc = "A persona detail (its id): its label is asked for and its value expected."},
};

/* An ask item is a text ("postcode", or {en:, nl:}), or {detail: ID}, or
 * {label: TEXT, expect: VALUE}: a map is a text when all its keys are
 * language codes, else a structured item (so "detial" gets "did you mean"). */
static bool read_ask(Parse *p, const YNode *n, void *elem)
{
    AskItem *a = elem;
    a->pos = (Pos){n->line, n->col};
    a->detail.index = REF_NONE;
    bool structured = false;
    for (int i = 0; n->kind == YNODE_MAP && i < n->n; i++)
        structured = structured || !schema_is_lang_code(n->pairs[i].key->str);
    if (!structured)
        return schema_text(p, n, "ask", &a->label);
    FieldSet set = {ask_fields, FIELD_COUNT(ask_fields), a};
    if (!schema_map(p, n, "an \"ask\" item", &set, 1))
        return false;
    if (!a->detail.id && !a->label.n)
        return schema_error(p, DIAG_E0505, n, "an \"ask\" item needs a \"label\" or a \"detail\"");
    if (a->detail.id && (a->label.n || a->expect))
        return schema_error(p, DIAG_E0506, n,
                            "an \"ask\" item with \"detail\" takes its label and value "
                            "from the persona; remove \"label\" and \"expect\"");
    return true;
}

static const Field fields[] = {
    {F("from", FIELD_TEXT, true, HandoffStep, from),
     .doc = "The department that passes the caller on."},
    {F("to", FIELD_TEXT, true, HandoffStep, to), .doc = "The department that takes over."},
    {F("greeting", FIELD_TEXT, false, HandoffStep, greeting),
     .doc = "What the new department says when it answers."},
    {F("wrong", FIELD_TEXT, false, HandoffStep, wrong),
     .doc = "What the new department says to a wrong answer (default: \"I can't find that "
            "number, could you check it?\")."},
    {F("wait", FIELD_DURATION, false, HandoffStep, wait), .min = 1000,
     .doc = "Time on the line between the two departments, before \"to\" answers (1s to "
            "12h)."},
    {F("music", FIELD_WAV, false, HandoffStep, music),
     .doc = "What the caller hears during the wait: builtin:hold, none (silence) or a WAV "
            "file."},
    /* an item is a text, or a map of ask_fields (read_ask) */
    {F("ask", FIELD_LIST, false, HandoffStep, ask), .max = 10,
     LIST(HandoffStep, n_ask, AskItem, read_ask), SUB(ask_fields), .item_text = true,
     .json = "\"anyOf\": [{\"required\": [\"label\"]}, {\"required\": [\"detail\"]}], "
             "\"if\": {\"required\": [\"detail\"]}, "
             "\"then\": {\"properties\": {\"label\": false, \"expect\": false}}",
     .doc = "What the caller has to type again, in order (at most 10): a text, {label, "
            "expect} or {detail: ID}."},
    {F("lost", FIELD_LIST, false, HandoffStep, lost), .max = 10, TEXT_LIST(HandoffStep, n_lost),
     .doc = "What got lost on the way: things the caller told \"from\" that \"to\" does "
            "not know (at most 10)."},
    STEP_VOICE_FIELD(HandoffStep, voice),
};

static bool validate(Parse *p, Step *step, const YNode *map)
{
    HandoffStep *h = step->data;
    const YNode *music = ytree_get(map, "music");
    if (music && !h->wait)
        schema_warning_at(p, DIAG_W0501, (Pos){music->line, music->col},
                          "\"music\" plays only during the \"wait\" between departments, and "
                          "this handoff has none");
    const Persona *persona = p->persona;
    bool ok = true;
    for (int i = 0; i < h->n_ask; i++) {
        Ref *r = &h->ask[i].detail;
        if (!r->id)
            continue;
        for (int d = 0; persona && d < persona->n_details && r->index == REF_NONE; d++)
            if (persona->details[d].id && !strcmp(persona->details[d].id, r->id))
                r->index = d;
        if (r->index == REF_NONE)
            ok = schema_error_at(p, DIAG_E0302, r->pos,
                                 "the persona has no detail \"%.40s\"; details are declared "
                                 "under persona: details:",
                                 r->id);
    }
    return ok;
}

/* ---- playing ---- */

const char *handoff_ask_label(const StepRun *run, const AskItem *a)
{
    if (a->detail.index >= 0)
        return step_text(run, &run->scenario->persona.details[a->detail.index].label);
    return step_text(run, &a->label);
}

const char *handoff_wrong_line(const StepRun *run)
{
    const HandoffStep *h = run->step->data;
    return h->wrong.n ? step_text(run, &h->wrong) : words_get(run->lang, WORD_HANDOFF_WRONG);
}

static const char *ask_expect(const StepRun *run, const AskItem *a)
{
    return a->detail.index >= 0 ? run->scenario->persona.details[a->detail.index].value : a->expect;
}

/* The agent speaks: first words (the greeting, or what it says to a wrong
 * answer), then the item it asks for now, as a question. */
static void agent_says(StepRun *run, const char *first)
{
    const HandoffStep *h = run->step->data;
    HandoffState *s = run->state;
    const char *ask = s->asked < h->n_ask ? handoff_ask_label(run, &h->ask[s->asked]) : "";
    snprintf(s->line, sizeof s->line, "%s%s%s%s", first, first[0] && ask[0] ? " " : "", ask,
             ask[0] ? "?" : "");
    step_say(run, &h->voice, s->line);
}

static void answer_phase(StepRun *run)
{
    const HandoffStep *h = run->step->data;
    HandoffState *s = run->state;
    s->transferring = false;
    run->sound = NULL;
    run->wake_ms = -1;
    run->wants_text = h->n_ask > 0;
    agent_says(run, step_text(run, &h->greeting));
}

static void pass_through(Journey *j, const char *place)
{
    if (j && j->n_places < JOURNEY_PLACES &&
        (j->n_places == 0 || strcmp(j->places[j->n_places - 1], place) != 0))
        j->places[j->n_places++] = place;
}

static void start(StepRun *run)
{
    const HandoffStep *h = run->step->data;
    HandoffState *s = run->state;
    pass_through(run->journey, step_text(run, &h->from));
    pass_through(run->journey, step_text(run, &h->to));
    if (h->wait) {
        s->transferring = true;
        run->sound = h->music.path && strcmp(h->music.path, "none") ? &h->music : NULL;
        run->wake_ms = run->started_ms + h->wait;
        step_say(run, &h->voice, words_get(run->lang, WORD_PLEASE_HOLD));
    } else {
        answer_phase(run);
    }
}

static void tick(StepRun *run)
{
    const HandoffState *s = run->state;
    if (s->transferring && run->now_ms >= run->wake_ms)
        answer_phase(run);
}

static void submit(StepRun *run)
{
    const HandoffStep *h = run->step->data;
    HandoffState *s = run->state;
    const AskItem *a = &h->ask[s->asked];
    const char *expect = ask_expect(run, a);
    bool ok = expect ? edit_same(s->typed, expect) : s->typed[0] != '\0';
    step_log(run, step_event(ok ? EVENT_REPEATED : EVENT_REJECTED, 0, 0, -1), "%s: %s",
             handoff_ask_label(run, a), s->typed);
    s->typed[0] = '\0';
    if (!ok) {
        s->wrong++;
        agent_says(run, handoff_wrong_line(run));
        return;
    }
    s->wrong = 0;
    if (run->journey)
        run->journey->repeated++;
    if (++s->asked == h->n_ask)
        step_end(run, run->step->next.index, "all details given");
    else
        agent_says(run, "");
}

static bool input(StepRun *run, const InputEvent *ev)
{
    const HandoffStep *h = run->step->data;
    HandoffState *s = run->state;
    if (s->transferring)
        return false;
    if (h->n_ask == 0) {
        bool go = ev->kind == IN_CONTINUE || (ev->kind == IN_KEY && ev->key == KEY_ENTER) ||
                  (ev->kind == IN_ACTION && ev->action == ACT_CONTINUE);
        if (go)
            step_end(run, run->step->next.index, "continue");
        return go;
    }
    if (ev->kind == IN_CHARS) {
        edit_append(s->typed, sizeof s->typed, ev->text);
    } else if (ev->kind == IN_TEXT) {
        s->typed[0] = '\0';
        edit_append(s->typed, sizeof s->typed, ev->text);
        submit(run);
    } else if (ev->kind == IN_KEY && ev->key == KEY_BACKSPACE) {
        edit_erase(s->typed);
    } else if ((ev->kind == IN_KEY && ev->key == KEY_ENTER) ||
               (ev->kind == IN_ACTION && ev->action == ACT_CONTINUE)) {
        submit(run);
    } else {
        return false;
    }
    return true;
}

static unsigned accepts(const StepRun *run)
{
    const HandoffStep *h = run->step->data;
    const HandoffState *s = run->state;
    return s->transferring ? 0 : h->n_ask ? ACCEPT_TEXT : ACCEPT_CONTINUE;
}

static long play_ms(const Step *step, const Scenario *s)
{
    const HandoffStep *h = step->data;
    long ms = PLAYTIME_SCREEN + h->wait + playtime_reading(s, &h->greeting, PLAYTIME_READ_PER_WORD);
    for (int i = 0; i < h->n_lost; i++)
        ms += playtime_reading(s, &h->lost[i], PLAYTIME_READ_PER_WORD);
    for (int i = 0; i < h->n_ask; i++) {
        const AskItem *a = &h->ask[i];
        ms += playtime_typing(a->detail.index >= 0 ? s->persona.details[a->detail.index].value
                                                   : a->expect);
    }
    return ms;
}

/* One way on, after the transfer's wait: answers cannot come before it. */
static int ways(const Step *step, const Scenario *s, StepWay *out)
{
    (void)s;
    const HandoffStep *h = step->data;
    out[0] = step_way(step->next.index, "next", h->wait, h->wait);
    return 1;
}

const StepType step_handoff = {
    .name = "handoff",
    .kind = STEP_HANDOFF,
    .data_size = sizeof(HandoffStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .validate = validate,
    .state_size = sizeof(HandoffState),
    .start = start,
    .input = input,
    .tick = tick,
    .accepts = accepts,
    .play_ms = play_ms,
    .ways = ways,
};
