/* handoff: the call or case moves from one department to another, and the
 * caller has to give again what they already gave (ask), every time. */
#include "steps.h"

#include <stddef.h>
#include <string.h>

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

const StepType step_handoff = {
    .name = "handoff",
    .data_size = sizeof(HandoffStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .validate = validate,
};
