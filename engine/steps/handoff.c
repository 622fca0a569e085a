/* handoff: the call or case moves from one department to another, and the
 * caller has to give again what they already gave (ask), every time. */
#include "steps.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../edit.h"
#include "../theme.h"
#include "../playtime.h"

typedef struct {
    Pos pos;
    Text label;
    const char *expect; /* NULL: any answer is taken */
    Ref detail;         /* a persona detail: its label and value */
} AskItem;

typedef struct {
    Text from, to, greeting;
    long wait;   /* time on the line between the two departments */
    Asset music; /* heard during that wait */
    AskItem *ask;
    int n_ask;
    Text *lost;
    int n_lost;
} HandoffStep;

static const Field ask_fields[] = {
    {F("label", FIELD_TEXT, false, AskItem, label)},
    {F("expect", FIELD_STR, false, AskItem, expect)},
    {F("detail", FIELD_REF, false, AskItem, detail)},
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
        return schema_error(p, n, "an \"ask\" item needs a \"label\" or a \"detail\"");
    if (a->detail.id && (a->label.n || a->expect))
        return schema_error(p, n,
                            "an \"ask\" item with \"detail\" takes its label and value "
                            "from the persona; remove \"label\" and \"expect\"");
    return true;
}

static const Field fields[] = {
    {F("from", FIELD_TEXT, true, HandoffStep, from)},
    {F("to", FIELD_TEXT, true, HandoffStep, to)},
    {F("greeting", FIELD_TEXT, false, HandoffStep, greeting)},
    {F("wait", FIELD_DURATION, false, HandoffStep, wait), .min = 1000},
    {F("music", FIELD_WAV, false, HandoffStep, music)},
    {F("ask", FIELD_LIST, false, HandoffStep, ask), .max = 10,
     LIST(HandoffStep, n_ask, AskItem, read_ask)},
    {F("lost", FIELD_LIST, false, HandoffStep, lost), .max = 10,
     LIST(HandoffStep, n_lost, Text, schema_each_text)},
};

static bool validate(Parse *p, Step *step, const YNode *map)
{
    HandoffStep *h = step->data;
    const YNode *music = ytree_get(map, "music");
    if (music && !h->wait)
        schema_warning_at(p, (Pos){music->line, music->col},
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
            ok = schema_error_at(p, r->pos,
                                 "the persona has no detail \"%.40s\"; details are declared "
                                 "under persona: details:",
                                 r->id);
    }
    return ok;
}

/* ---- playing ---- */

typedef struct {
    bool transferring; /* still on the line between the departments */
    int asked;         /* ask items given so far */
    int wrong;         /* wrong answers to the current item */
    char typed[128];
} HandoffState;

static const char *ask_label(const StepRun *run, const AskItem *a)
{
    if (a->detail.index >= 0)
        return step_text(run, &run->scenario->persona.details[a->detail.index].label);
    return step_text(run, &a->label);
}

static const char *ask_expect(const StepRun *run, const AskItem *a)
{
    return a->detail.index >= 0 ? run->scenario->persona.details[a->detail.index].value : a->expect;
}

static void answer_phase(StepRun *run)
{
    const HandoffStep *h = run->step->data;
    HandoffState *s = run->state;
    s->transferring = false;
    run->sound = NULL;
    run->wake_ms = -1;
    run->wants_text = h->n_ask > 0;
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
    step_log(run, ok ? "repeated" : "rejected", "%s: %s", ask_label(run, a), s->typed);
    s->typed[0] = '\0';
    if (!ok) {
        s->wrong++;
        return;
    }
    s->wrong = 0;
    if (run->journey)
        run->journey->repeated++;
    if (++s->asked == h->n_ask)
        step_end(run, run->step->next.index, "all details given");
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

/* "Customer service -> Billing -> Moving" (the last few) and how often the
 * caller has had to give their details again so far. */
static void draw_trail(const StepRun *run, Ui *ui, Rect r)
{
    const HandoffStep *h = run->step->data;
    const Journey *j = run->journey;
    const char *one[2] = {step_text(run, &h->from), step_text(run, &h->to)};
    const char *const *places = j && j->n_places ? j->places : one;
    int n = j && j->n_places ? j->n_places : 2, first = n > 4 ? n - 4 : 0;
    char trail[512] = "";
    for (int i = first; i < n; i++) {
        size_t used = strlen(trail);
        snprintf(trail + used, sizeof trail - used, "%s%s", i > first ? "  \xe2\x86\x92  " : "",
                 places[i]);
    }
    TextStyle small = STYLE(FONT_SANS, 17, COLOR_MUTED, ALIGN_CENTER);
    ui_text(ui, (Rect){r.x, r.y, r.w, 50}, trail, &small);
    if (j && j->repeated > 0) {
        char again[96];
        snprintf(again, sizeof again, theme_str(run->lang, S_REPEATED), j->repeated);
        TextStyle warn = STYLE(FONT_SANS_BOLD, 17, COLOR_WARN, ALIGN_CENTER);
        ui_text(ui, (Rect){r.x, r.y + 52, r.w, 26}, again, &warn);
    }
}

/* The persona's details, for the caller to look up what they must type again. */
static void customer_card(const StepRun *run, Ui *ui, Rect r)
{
    const Persona *p = &run->scenario->persona;
    if (!p->n_details)
        return;
    theme_card(ui, r);
    TextStyle head = STYLE(FONT_SANS_BOLD, 20, COLOR_MUTED, ALIGN_LEFT);
    ui_text(ui, (Rect){r.x + 24, r.y + 18, r.w - 48, 26}, theme_str(run->lang, S_CARD), &head);
    TextStyle lab = STYLE_SMALL, val = STYLE(FONT_MONO, 22, COLOR_INK, ALIGN_LEFT);
    /* Up to two details stand one under the other; three or four go in two
     * columns, which is what the scenario's limit of four is for. */
    int cols = p->n_details > 2 ? 2 : 1;
    float w = (r.w - 48) / (float)cols;
    for (int i = 0; i < p->n_details; i++) {
        float x = r.x + 24 + (float)(i % cols) * w, y = r.y + 56 + (float)(i / cols) * 58;
        ui_text(ui, (Rect){x, y, w - 12 * (cols - 1), 24}, step_text(run, &p->details[i].label), &lab);
        ui_text(ui, (Rect){x, y + 24, w - 12 * (cols - 1), 30}, p->details[i].value, &val);
    }
}

static void draw(const StepRun *run, Ui *ui)
{
    const HandoffStep *h = run->step->data;
    const HandoffState *s = run->state;
    ui_clear(ui, COLOR_BG);
    Rect screen = theme_phone(ui, (Rect){140, 30, 380, 660});
    TextStyle small = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
    TextStyle name = STYLE(FONT_SANS_BOLD, 26, COLOR_INK, ALIGN_CENTER);
    draw_trail(run, ui, (Rect){screen.x + 10, screen.y + 24, screen.w - 20, 80});
    if (s->transferring && !run->show_all) {
        theme_card(ui, (Rect){600, 40, 600, 420});
        TextStyle voice = STYLE(FONT_SANS, 26, COLOR_MUTED, ALIGN_LEFT);
        ui_text(ui, (Rect){632, 80, 536, 200}, theme_str(run->lang, S_PLEASE_HOLD), &voice);
        customer_card(run, ui, (Rect){600, 490, 600, 200});
        ui_text(ui, (Rect){screen.x + 10, screen.y + 200, screen.w - 20, 30},
                theme_str(run->lang, S_TRANSFERRING), &small);
        ui_text(ui, (Rect){screen.x + 10, screen.y + 234, screen.w - 20, 70},
                step_text(run, &h->to), &name);
        char clock[16];
        theme_clock(run->now_ms - run->started_ms, clock, sizeof clock);
        ui_text(ui, (Rect){screen.x, screen.y + 320, screen.w, 30}, clock, &small);
        return;
    }
    ui_text(ui, (Rect){screen.x + 10, screen.y + 110, screen.w - 20, 70}, step_text(run, &h->to),
            &name);
    char clock[16];
    theme_clock(run->now_ms - run->started_ms, clock, sizeof clock);
    ui_text(ui, (Rect){screen.x, screen.y + 190, screen.w, 30}, clock, &small);
    Rect card = {600, 40, 600, h->n_ask ? 420 : 520};
    theme_card(ui, card);
    TextStyle voice = STYLE(FONT_SANS, 24, COLOR_INK, ALIGN_LEFT);
    /* The greeting and the lost items flow down to the question (or the button);
     * each box ends there, so the fit lint reports what would run into it. */
    float y = card.y + 30, end = h->n_ask ? card.y + 254 : card.y + card.h - 100;
    if (h->greeting.n)
        y += 16 + ui_text(ui, (Rect){card.x + 32, y, card.w - 64, fminf(150, end - y)},
                          step_text(run, &h->greeting), &voice);
    if (h->n_lost) {
        TextStyle head = STYLE(FONT_SANS_BOLD, 18, COLOR_WARN, ALIGN_LEFT);
        char cannot[160];
        snprintf(cannot, sizeof cannot, theme_str(run->lang, S_CANNOT_SEE), step_text(run, &h->to));
        y += 4 + ui_text(ui, (Rect){card.x + 32, y, card.w - 64, fminf(26, end - y)}, cannot, &head);
    }
    for (int i = 0; i < h->n_lost; i++) {
        TextStyle lost = STYLE(FONT_SANS, 20, COLOR_WARN, ALIGN_LEFT);
        y += 6 + ui_text(ui, (Rect){card.x + 32, y, card.w - 64, fminf(60, end - y)},
                         step_text(run, &h->lost[i]), &lost);
    }
    if (h->n_ask == 0) {
        theme_button(ui, (Rect){card.x + card.w - 292, card.y + card.h - 90, 260, 60},
                     theme_str(run->lang, S_CONTINUE), ACT_CONTINUE, 0, true, true);
        return;
    }
    TextStyle ask = STYLE(FONT_SANS_BOLD, 24, COLOR_INK, ALIGN_LEFT);
    for (int i = run->show_all ? 0 : s->asked; i <= (run->show_all ? h->n_ask - 1 : s->asked); i++)
        ui_text(ui, (Rect){card.x + 32, card.y + 262, card.w - 64, 34}, ask_label(run, &h->ask[i]),
                &ask);
    theme_input(ui, (Rect){card.x + 32, card.y + 302, card.w - 214, 56}, s->typed, true,
                s->wrong > 0, 0);
    theme_button(ui, (Rect){card.x + card.w - 168, card.y + 302, 136, 56}, "OK", ACT_CONTINUE, 0,
                 s->typed[0] != '\0', false);
    TextStyle hint = STYLE_SMALL;
    ui_text(ui, (Rect){card.x + 32, card.y + 368, card.w - 64, 26},
            theme_str(run->lang, S_TYPE_HINT), &hint);
    customer_card(run, ui, (Rect){600, 490, 600, 200});
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

const StepType step_handoff = {
    .name = "handoff",
    .data_size = sizeof(HandoffStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .validate = validate,
    .state_size = sizeof(HandoffState),
    .start = start,
    .input = input,
    .tick = tick,
    .accepts = accepts,
    .draw = draw,
    .play_ms = play_ms,
};
