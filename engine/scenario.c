/* The scenario loader: reads the file (size-bounded), builds the YAML tree,
 * reads the top-level keys, then the steps (which refer to the persona and
 * the touchpoints), then resolves every reference by id. All memory lives in
 * the scenario's arena. */
#include "scenario.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fingerprint.h"
#include "schema.h"
#include "step_type.h"
#include "suggest.h"
#include "yamltree.h"

static const TextPart default_parts[] = {
    {NULL, "very negative"}, {NULL, "very positive"}, {NULL, "calm"}, {NULL, "agitated"}};

static const char *const channels[] = {"phone", "email", "letter", "web",    "app",   "chat",
                                       "sms",   "store", "visit",  "social", "other", NULL};

static bool read_format(Parse *p, const YNode *n, void *dst)
{
    (void)dst;
    const char *v;
    if (!schema_str(p, n, "format", &v))
        return false;
    if (strcmp(v, "teaser/1") != 0)
        return schema_error(p, DIAG_E0216, n,
                            "this teaser reads format \"teaser/1\", not \"%.40s\"", v);
    return true;
}

static bool read_language(Parse *p, const YNode *n, void *dst)
{
    if (!schema_str(p, n, "language", dst))
        return false;
    if (!schema_is_lang_code(*(const char **)dst))
        return schema_error(p, DIAG_E0213, n,
                            "\"language\" must be a language code such as en or nl, not "
                            "\"%.40s\"",
                            n->str);
    return true;
}

static const Field detail_fields[] = {
    {F("id", FIELD_ID, true, PersonaDetail, id),
     .doc = "Unique among the details; a handoff's ask item names it: {detail: ID}."},
    {F("label", FIELD_TEXT, true, PersonaDetail, label),
     .doc = "What the detail is called (\"Customer number\")."},
    {F("value", FIELD_STR, true, PersonaDetail, value),
     .doc = "The value, as the customer would type it (\"4021 7788\")."},
};

static bool read_detail(Parse *p, const YNode *n, void *elem)
{
    PersonaDetail *d = elem;
    d->pos = (Pos){n->line, n->col};
    FieldSet set = {detail_fields, FIELD_COUNT(detail_fields), d};
    return schema_map(p, n, "a persona detail", &set, 1);
}

static const Field persona_fields[] = {
    {F("name", FIELD_STR, true, Persona, name),
     .doc = "The customer's first name; the default rating question uses it."},
    {F("about", FIELD_TEXT, false, Persona, about),
     .doc = "One line about them (age, situation, what is at stake), on the start screen."},
    {F("details", FIELD_LIST, false, Persona, details), .max = 4,
     LIST(Persona, n_details, PersonaDetail, read_detail), SUB(detail_fields),
     .doc = "Facts the customer has to give, such as a customer number (at most 4: the "
            "customer card shows four)."},
};

static const Field scale_fields[] = {
    {F("points", FIELD_INT, false, Scale, points), .min = 3, .max = 11,
     .json = "\"not\": {\"multipleOf\": 2}", /* check_scale */
     .doc = "Number of points, 3 to 11, odd so that the scale has a neutral middle "
            "(default 9)."},
    {F("low", FIELD_TEXT, false, Scale, low),
     .doc = "Label of the lowest point (default \"very negative\"; arousal: \"calm\")."},
    {F("high", FIELD_TEXT, false, Scale, high),
     .doc = "Label of the highest point (default \"very positive\"; arousal: \"agitated\")."},
};

static const Field rating_fields[] = {
    {F("question", FIELD_TEXT, false, Instrument, question),
     .doc = "The question above the scales (default \"How would you feel right now, as "
            "NAME?\")."},
    {F("valence", FIELD_MAP, false, Instrument, valence), SUB(scale_fields),
     .doc = "How negative or positive, always asked: a scale (default 9 points, \"very "
            "negative\" to \"very positive\")."},
    {F("arousal", FIELD_SWITCH, false, Instrument, arousal), SUB(scale_fields),
     .doc = "How calm or agitated: false (not asked, the default), true (9 points, \"calm\" "
            "to \"agitated\") or a scale."},
    {F("emotions", FIELD_LIST, false, Instrument, emotions), .min = 1, .max = 12,
     TEXT_LIST(Instrument, n_emotions),
     .doc = "Emotion words the employee may pick one of, besides the scales (1 to 12)."},
};

static const Field predict_fields[] = {
    {F("question", FIELD_TEXT, false, Predict, question),
     .doc = "The question of each prediction (default \"How do customers feel here, do you "
            "think?\")."},
};

static const Field touchpoint_fields[] = {
    {F("id", FIELD_ID, true, Touchpoint, id),
     .doc = "Unique among touchpoints; the touchpoint column of the customer CSV uses it."},
    {F("label", FIELD_TEXT, true, Touchpoint, label),
     .doc = "The name of the moment in debriefs and reports (\"Waiting on the phone\")."},
    {F("channel", FIELD_ENUM, false, Touchpoint, channel), .choices = channels,
     .doc = "How the customer meets the company at this moment."},
    {F("department", FIELD_TEXT, false, Touchpoint, department),
     .doc = "The department responsible for this moment, for reports by department."},
    {F("about", FIELD_TEXT, false, Touchpoint, about),
     .doc = "One line on what happens at this moment, shown with its prediction."},
};

static bool read_touchpoint(Parse *p, const YNode *n, void *elem)
{
    Touchpoint *t = elem;
    t->pos = (Pos){n->line, n->col};
    FieldSet set = {touchpoint_fields, FIELD_COUNT(touchpoint_fields), t};
    return schema_map(p, n, "a touchpoint", &set, 1);
}

/* The steps are read after everything else, so that they can refer to it. */
static bool defer_node(Parse *p, const YNode *n, void *dst)
{
    (void)p;
    *(const YNode **)dst = n;
    return true;
}

typedef struct {
    Scenario *s;
    const YNode *steps;
} Top;

static const Field top_fields[] = {
    {F("format", FIELD_CUSTOM, true, Scenario, id), .custom = read_format,
     .json = "\"const\": \"teaser/1\"",
     .doc = "The version of the format: teaser/1, the only one this teaser reads. Put it on "
            "the first line."},
    {F("id", FIELD_ID, true, Scenario, id),
     .doc = "Identifies the scenario in results, reports and exports; do not change it once "
            "sessions have been played."},
    {F("title", FIELD_TEXT, true, Scenario, title),
     .doc = "The name of the scenario, as participants and reports show it."},
    {F("description", FIELD_TEXT, false, Scenario, description),
     .doc = "A sentence or two about the journey, for facilitators choosing a scenario."},
    {F("language", FIELD_CUSTOM, false, Scenario, language), .custom = read_language,
     .json = "\"$ref\": \"#/$defs/language\"",
     .doc = "The scenario's main language (default en): every text given per language must "
            "have it, and falls back to it."},
    {F("persona", FIELD_MAP, true, Scenario, persona), SUB(persona_fields),
     .doc = "The customer whose shoes the employee steps into."},
    {F("customers", FIELD_CSV, false, Scenario, customers),
     .doc = "The CSV file of the measured customer emotions per touchpoint, usually next to "
            "this file."},
    {F("rating", FIELD_MAP, false, Scenario, rating), SUB(rating_fields),
     .doc = "The rating instrument, asked after a step with rate: true and at every rate step; "
            "all of it optional."},
    {F("predict", FIELD_SWITCH, false, Scenario, predict), SUB(predict_fields),
     .doc = "true or a map: before the first step, the participant predicts how customers "
            "feel at each rated touchpoint."},
    {F("touchpoints", FIELD_LIST, false, Scenario, touchpoints), .max = 100,
     LIST(Scenario, n_touchpoints, Touchpoint, read_touchpoint), SUB(touchpoint_fields),
     .doc = "The moments of the journey that customers were surveyed about, in journey order "
            "(at most 100)."},
};
static const Field steps_field[] = {
    {F("steps", FIELD_CUSTOM, true, Top, steps), .custom = defer_node, .min = 1,
     .max = SCENARIO_MAX_STEPS, .json = "\"$ref\": \"#/$defs/steps\"",
     .doc = "The steps (1 to 1000): play starts at the first and goes on as each step ends."},
};

static bool no_op(Parse *p, const YNode *n, void *dst)
{
    (void)p, (void)n, (void)dst;
    return true;
}

static const Field common_fields[] = {
    {F("id", FIELD_ID, true, Step, id), .json = "\"not\": {\"const\": \"end\"}", /* read_step */
     .doc = "Unique among the steps; not end, which names the end of the scenario."},
    {F("type", FIELD_CUSTOM, true, Step, type), .custom = no_op, /* read first, by read_step */
     .json = "\"$ref\": \"#/$defs/step-type\"", .doc = "What kind of step this is."},
    {F("touchpoint", FIELD_TOUCHPOINT, false, Step, touchpoint),
     .doc = "The touchpoint (its id) this step is a moment of; its rating counts for it."},
    {F("rate", FIELD_BOOL, false, Step, rate),
     .doc = "Ask for a rating when the step ends, however it ends (default false; a rate "
            "step always asks)."},
    {F("next", FIELD_NEXT, false, Step, next),
     .doc = "Where to go when the step ends: a step id or end (default: the following "
            "step)."},
};

static const StepType *step_type(Parse *p, const YNode *step, const char *what)
{
    const YNode *t = ytree_get(step, "type");
    const char *name;
    if (!t) {
        /* a misspelt "type" says more than a missing one */
        static const char *const type_key[] = {"type"};
        for (int i = 0; i < step->n; i++)
            if (suggest_closest(step->pairs[i].key->str, type_key, 1)) {
                schema_error(p, DIAG_E0201, step->pairs[i].key,
                             "unknown key \"%.40s\" in %s (did you mean \"type\"?)",
                             step->pairs[i].key->str, what);
                return NULL;
            }
        schema_error(p, DIAG_E0202, step, "%s has no \"type\", which is required", what);
        return NULL;
    }
    if (!schema_str(p, t, "type", &name))
        return NULL;
    const char *names[STEP_KIND_COUNT];
    int n = p->types->n < STEP_KIND_COUNT ? p->types->n : STEP_KIND_COUNT;
    for (int i = 0; i < n; i++) {
        if (!strcmp(p->types->list[i]->name, name))
            return p->types->list[i];
        names[i] = p->types->list[i]->name;
    }
    const char *near = suggest_closest(name, names, (size_t)n);
    if (near)
        schema_error(p, DIAG_E0215, t, "unknown step type \"%.40s\" (did you mean \"%s\"?)", name,
                     near);
    else
        schema_error(p, DIAG_E0215, t,
                     "unknown step type \"%.40s\"; the types are message, wait, handoff, "
                     "letter, menu, form and rate",
                     name);
    return NULL;
}

static bool copy_targets(Parse *p, Step *st)
{
    st->n_targets = p->targets.n;
    st->targets = arena_alloc(p->arena, (size_t)p->targets.n * sizeof *st->targets + 1);
    if (!st->targets)
        return p->out_of_memory = true, false;
    for (int i = 0; i < p->targets.n; i++)
        st->targets[i] = p->targets.v[i];
    p->targets.n = 0;
    return true;
}

static bool read_step(Parse *p, const YNode *n, void *elem)
{
    Step *st = elem;
    st->pos = (Pos){n->line, n->col};
    st->touchpoint.index = st->next.index = REF_NONE;
    if (n->kind != YNODE_MAP)
        return schema_error(p, DIAG_E0204, n,
                            "a step must be a map with at least \"id\" and \"type\"");
    const YNode *id = ytree_get(n, "id");
    char what[80] = "a step";
    if (id && id->kind == YNODE_SCALAR)
        snprintf(what, sizeof what, "step \"%.40s\"", id->str);
    st->type = step_type(p, n, what);
    if (!st->type)
        return id ? schema_id(p, id, "id", &st->id) && false : false;
    st->data = arena_alloc(p->arena, st->type->data_size);
    if (!st->data)
        return p->out_of_memory = true, false;
    if (st->type->init)
        st->type->init(st->data);
    int errors = p->dl->errors;
    p->step = st;
    p->targets.n = 0;
    FieldSet sets[2] = {{common_fields, FIELD_COUNT(common_fields), st},
                        {st->type->fields, st->type->n_fields, st->data}};
    schema_map(p, n, what, sets, 2);
    p->step = NULL;
    if (p->dl->errors == errors && st->type->validate)
        st->type->validate(p, st, n);
    if (st->next.id && st->type->continues && !st->type->continues(st))
        schema_warning_at(p, DIAG_W0103, st->next.pos,
                          "\"next\" is never used: every way this step ends has its own goto");
    if (st->id && !strcmp(st->id, "end"))
        schema_error(p, DIAG_E0303, id,
                     "\"end\" cannot be a step id: it names the end of the scenario");
    return copy_targets(p, st) && p->dl->errors == errors;
}

static void report_duplicates(Parse *p, const char *what, int n,
                              const char *(*id_of)(const void *, int),
                              Pos (*pos_of)(const void *, int), const void *items)
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j < i; j++) {
            const char *a = id_of(items, i), *b = id_of(items, j);
            if (a && b && !strcmp(a, b)) {
                schema_error_at(p, DIAG_E0301, pos_of(items, i),
                                "duplicate %s id \"%s\" (first used at line %d)", what, a,
                                pos_of(items, j).line);
                break;
            }
        }
}

static const char *step_id(const void *v, int i)
{
    return ((const Step *)v)[i].id;
}
static Pos step_pos(const void *v, int i)
{
    return ((const Step *)v)[i].pos;
}
static const char *tp_id(const void *v, int i)
{
    return ((const Touchpoint *)v)[i].id;
}
static Pos tp_pos(const void *v, int i)
{
    return ((const Touchpoint *)v)[i].pos;
}
static const char *detail_id(const void *v, int i)
{
    return ((const PersonaDetail *)v)[i].id;
}
static Pos detail_pos(const void *v, int i)
{
    return ((const PersonaDetail *)v)[i].pos;
}

/* Resolves every Ref in refs against the ids in names; "end" when allowed. */
static void resolve(Parse *p, PtrVec *refs, const char *what, const char **names, int n, bool end)
{
    for (int r = 0; r < refs->n; r++) {
        Ref *ref = refs->v[r];
        if (end && !strcmp(ref->id, "end")) {
            ref->index = REF_END;
            continue;
        }
        for (int i = 0; i < n && ref->index == REF_NONE; i++)
            if (names[i] && !strcmp(names[i], ref->id))
                ref->index = i;
        if (ref->index != REF_NONE)
            continue;
        const char *near = suggest_closest(ref->id, names, (size_t)n);
        if (near)
            schema_error_at(p, DIAG_E0302, ref->pos,
                            "there is no %s \"%.40s\" (did you mean \"%s\"?)", what, ref->id, near);
        else
            schema_error_at(p, DIAG_E0302, ref->pos, "there is no %s \"%.40s\"", what, ref->id);
    }
}

static bool resolve_refs(Parse *p, Scenario *s)
{
    const char **names =
        malloc(((size_t)s->n_steps + (size_t)s->n_touchpoints + 1) * sizeof *names);
    if (!names)
        return p->out_of_memory = true, false;
    for (int i = 0; i < s->n_steps; i++)
        names[i] = s->steps[i].id;
    resolve(p, &p->step_refs, "step", names, s->n_steps, true);
    for (int i = 0; i < s->n_touchpoints; i++)
        names[i] = s->touchpoints[i].id;
    resolve(p, &p->touchpoint_refs, "touchpoint", names, s->n_touchpoints, false);
    free(names);
    for (int i = 0; i < s->n_steps; i++)
        if (!s->steps[i].next.id)
            s->steps[i].next.index = i + 1 < s->n_steps ? i + 1 : REF_END;
    return true;
}

static void **copy_ptrs(Parse *p, const PtrVec *v)
{
    void **out = arena_alloc(p->arena, (size_t)v->n * sizeof *out + 1);
    if (!out)
        return p->out_of_memory = true, NULL;
    for (int i = 0; i < v->n; i++)
        out[i] = v->v[i];
    return out;
}

static void set_defaults(Scenario *s)
{
    s->language = "en";
    s->rating.valence = (Scale){
        true, 9, {.parts = &default_parts[0], .n = 1}, {.parts = &default_parts[1], .n = 1}};
    s->rating.arousal = (Scale){
        false, 9, {.parts = &default_parts[2], .n = 1}, {.parts = &default_parts[3], .n = 1}};
}

/* A scale needs a neutral middle: an odd number of points. */
static void check_scale(Parse *p, const YNode *root, const char *key, const Scale *scale)
{
    const YNode *points = ytree_get(ytree_get(ytree_get(root, "rating"), key), "points");
    if (points && scale->points % 2 == 0)
        schema_error(p, DIAG_E0502, points,
                     "\"points\" must be odd, so that the scale has a neutral middle");
}

static void read_scenario(Parse *p, Scenario *s, const YNode *root)
{
    Top top = {s, NULL};
    FieldSet sets[2] = {{top_fields, FIELD_COUNT(top_fields), s},
                        {steps_field, FIELD_COUNT(steps_field), &top}};
    set_defaults(s);
    if (!schema_map(p, root, "the scenario", sets, 2) && !top.steps)
        return;
    check_scale(p, root, "valence", &s->rating.valence);
    check_scale(p, root, "arousal", &s->rating.arousal);
    p->persona = &s->persona;
    s->pos = (Pos){root->line, root->col};
    if (top.steps)
        s->steps = schema_list(p, top.steps, "steps", sizeof(Step), (int)steps_field->min,
                               (int)steps_field->max, read_step, &s->n_steps);
    report_duplicates(p, "step", s->n_steps, step_id, step_pos, s->steps);
    report_duplicates(p, "touchpoint", s->n_touchpoints, tp_id, tp_pos, s->touchpoints);
    report_duplicates(p, "persona detail", s->persona.n_details, detail_id, detail_pos,
                      s->persona.details);
    resolve_refs(p, s);
    s->texts = (Text **)copy_ptrs(p, &p->texts);
    s->n_texts = p->texts.n;
    s->assets = (Asset **)copy_ptrs(p, &p->assets);
    s->n_assets = p->assets.n;
}

/* Reads the whole file, refusing one larger than SCENARIO_MAX_BYTES and
 * anything that is not a regular file (a FIFO would block the checker). */
static ScenarioStatus read_file(const char *path, char **data, size_t *len, DiagList *dl)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        int err = errno;
        if (fd >= 0)
            close(fd);
        diag_add(dl, DIAG_E0002, 0, 0, "cannot read the scenario: %s", strerror(err));
        return err == ENOENT || err == ENOTDIR ? SCENARIO_NOT_FOUND : SCENARIO_ENV;
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        diag_add(dl, DIAG_E0002, 0, 0, "cannot read the scenario: %s",
                 S_ISDIR(st.st_mode) ? "it is a folder" : "it is not a regular file");
        return SCENARIO_NOT_FOUND;
    }
    if (st.st_size > SCENARIO_MAX_BYTES) {
        close(fd);
        diag_add(dl, DIAG_E0003, 0, 0,
                 "the file is larger than %d MiB; a scenario is never this "
                 "large",
                 SCENARIO_MAX_BYTES / (1024 * 1024));
        return SCENARIO_INVALID;
    }
    *data = malloc((size_t)st.st_size + 1);
    ssize_t got = 0;
    *len = 0;
    while (*data && *len < (size_t)st.st_size &&
           (got = read(fd, *data + *len, (size_t)st.st_size - *len)) > 0)
        *len += (size_t)got;
    int err = errno;
    close(fd);
    if (!*data || got < 0) {
        diag_add(dl, DIAG_E0002, 0, 0, "cannot read the scenario: %s",
                 *data ? strerror(err) : "out of memory");
        return SCENARIO_ENV;
    }
    return SCENARIO_OK;
}

static const char *dir_of(Arena *a, const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return ".";
    return slash == path ? "/" : arena_strndup(a, path, (size_t)(slash - path));
}

ScenarioStatus scenario_load(const char *path, const char *data_dir, const StepTypes *types,
                             Scenario **out, DiagList *dl)
{
    char *data = NULL;
    size_t len = 0;
    *out = NULL;
    ScenarioStatus status = read_file(path, &data, &len, dl);
    if (status == SCENARIO_OK)
        status = scenario_parse(path, data, len, data_dir, types, out, dl);
    free(data);
    return status;
}

ScenarioStatus scenario_parse(const char *path, const char *data, size_t len, const char *data_dir,
                              const StepTypes *types, Scenario **out, DiagList *dl)
{
    *out = NULL;
    if (len > SCENARIO_MAX_BYTES) {
        diag_add(dl, DIAG_E0003, 0, 0,
                 "the file is larger than %d MiB; a scenario is never this "
                 "large",
                 SCENARIO_MAX_BYTES / (1024 * 1024));
        return SCENARIO_INVALID;
    }
    Arena *a = arena_new();
    Scenario *s = a ? arena_alloc(a, sizeof *s) : NULL;
    if (!s) {
        arena_free(a);
        diag_add(dl, DIAG_E0001, 0, 0, "out of memory");
        return SCENARIO_ENV;
    }
    s->arena = a;
    fingerprint(data, len, s->hash);
    s->path = arena_strdup(a, path);
    s->dir = dir_of(a, path);
    Parse p = {.arena = a, .dl = dl, .dir = s->dir, .data_dir = data_dir, .types = types};
    int errors = dl->errors;
    YNode *root;
    if (ytree_parse(data, len, a, &root, dl))
        read_scenario(&p, s, root);
    if (p.out_of_memory)
        diag_add(dl, DIAG_E0001, 0, 0, "out of memory");
    ptrvec_free(&p.texts);
    ptrvec_free(&p.assets);
    ptrvec_free(&p.step_refs);
    ptrvec_free(&p.touchpoint_refs);
    ptrvec_free(&p.targets);
    if (dl->errors > errors) {
        arena_free(a);
        return SCENARIO_INVALID;
    }
    *out = s;
    return SCENARIO_OK;
}

ScenarioFormat scenario_format(void)
{
    return (ScenarioFormat){{top_fields, FIELD_COUNT(top_fields)},
                            steps_field,
                            {common_fields, FIELD_COUNT(common_fields)}};
}

void scenario_free(Scenario *s)
{
    if (s)
        arena_free(s->arena);
}

const char *text_get(const Text *t, const char *lang, const char *fallback_lang)
{
    if (!t || t->n == 0)
        return NULL;
    for (int pass = 0; pass < 2; pass++) {
        const char *want = pass == 0 ? lang : fallback_lang;
        for (int i = 0; want && i < t->n; i++)
            if (t->parts[i].lang && !strcmp(t->parts[i].lang, want))
                return t->parts[i].s;
    }
    return t->parts[0].s;
}

const char *scenario_step_label(const Scenario *s, int step, const char *lang)
{
    int tp = s->steps[step].touchpoint.index;
    return tp >= 0 ? text_get(&s->touchpoints[tp].label, lang, s->language) : s->steps[step].id;
}

int scenario_find_step(const Scenario *s, const char *id)
{
    for (int i = 0; i < s->n_steps; i++)
        if (s->steps[i].id && !strcmp(s->steps[i].id, id))
            return i;
    return REF_NONE;
}

/* Adds lang to out unless it is there; returns the new count. */
static int add_language(const char **out, int n, int max, const char *lang)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(out[i], lang))
            return n;
    if (n < max)
        out[n++] = lang;
    return n;
}

int scenario_languages(const Scenario *s, const char **out, int max)
{
    int n = add_language(out, 0, max, s->language);
    for (int i = 0; i < s->n_texts; i++)
        for (int k = 0; k < s->texts[i]->n; k++)
            if (s->texts[i]->parts[k].lang)
                n = add_language(out, n, max, s->texts[i]->parts[k].lang);
    return n;
}

bool scenario_has_language(const Scenario *s, const char *lang)
{
    enum { MAX = 256 }; /* far more languages than any scenario is written in */
    const char *langs[MAX];
    int n = scenario_languages(s, langs, MAX);
    for (int i = 0; lang && i < n; i++)
        if (!strcmp(langs[i], lang))
            return true;
    return false;
}
