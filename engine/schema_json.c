/* The JSON Schema of the scenario format (schema_json.h), walked out of the
 * loader's tables. Each Field becomes the schema of its value by its kind;
 * maps list their keys with "additionalProperties": false, as the loader
 * refuses unknown keys; a step is the common keys plus, chosen by its
 * "type" (if/then), its type's own. The JSON is written pretty, one key a
 * line, so that the committed copy (scenarios/teaser.schema.json) diffs well. */
#include "schema_json.h"

#include <stdarg.h>
#include <string.h>

#include "json.h"
#include "step_type.h"

enum { SCHEMA_MAX_DEPTH = 64, LIST_MAX_DEFAULT = 100 };

/* A pretty JSON writer: indentation and the commas between items. */
typedef struct {
    FILE *f;
    int depth;
    bool first[SCHEMA_MAX_DEPTH]; /* no item yet at this depth */
} Writer;

/* Starts an item: the comma after the one before, a new line, the key. */
static void item(Writer *w, const char *key)
{
    if (!w->first[w->depth])
        fputc(',', w->f);
    w->first[w->depth] = false;
    fprintf(w->f, "\n%*s", 2 * w->depth, "");
    if (key) {
        json_string(w->f, key);
        fputs(": ", w->f);
    }
}

static void open_with(Writer *w, const char *key, char bracket)
{
    item(w, key);
    fputc(bracket, w->f);
    if (w->depth + 1 < SCHEMA_MAX_DEPTH)
        w->depth++;
    w->first[w->depth] = true;
}

static void close_with(Writer *w, char bracket)
{
    bool empty = w->first[w->depth];
    w->depth--;
    if (!empty)
        fprintf(w->f, "\n%*s", 2 * w->depth, "");
    fputc(bracket, w->f);
}

static void string(Writer *w, const char *key, const char *s)
{
    item(w, key);
    json_string(w->f, s);
}

static void raw(Writer *w, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void raw(Writer *w, const char *key, const char *fmt, ...)
{
    va_list ap;
    item(w, key);
    va_start(ap, fmt);
    vfprintf(w->f, fmt, ap);
    va_end(ap);
}

/* A table's own keywords (Field.json): members written as they are. */
static void members(Writer *w, const char *json)
{
    if (json)
        raw(w, NULL, "%s", json);
}

static void ref(Writer *w, const char *def)
{
    raw(w, "$ref", "\"#/$defs/%s\"", def);
}

static void field_schema(Writer *w, const Field *f);

/* The keys of fields that are required, and also's (NULL: none) when it is. */
static void required(Writer *w, const Field *fields, size_t n, const Field *also)
{
    const char *sep = "";
    for (size_t i = 0; i <= n; i++) {
        const Field *f = i < n ? &fields[i] : also;
        if (!f || !f->required)
            continue;
        if (!*sep)
            item(w, "required"), fputc('[', w->f);
        fputs(sep, w->f), sep = ", ";
        json_string(w->f, f->key);
    }
    if (*sep)
        fputc(']', w->f);
}

/* The keys of a map: properties, required, nothing else (the loader's
 * "unknown key"), then the table's own rules. */
static void map_body(Writer *w, const Field *fields, size_t n, const char *json)
{
    string(w, "type", "object");
    open_with(w, "properties", '{');
    for (size_t i = 0; i < n; i++)
        field_schema(w, &fields[i]);
    close_with(w, '}');
    required(w, fields, n, NULL);
    raw(w, "additionalProperties", "false");
    members(w, json);
}

static void map_schema(Writer *w, const char *key, const Field *f)
{
    open_with(w, key, '{');
    map_body(w, f->sub, f->n_sub, f->json);
    close_with(w, '}');
}

/* A list's items: maps of its sub-table, texts, or either. */
static void list_items(Writer *w, const Field *f)
{
    if (f->sub && f->item_text) {
        open_with(w, "items", '{');
        open_with(w, "anyOf", '[');
        open_with(w, NULL, '{');
        ref(w, "text");
        close_with(w, '}');
        map_schema(w, NULL, f);
        close_with(w, ']');
        close_with(w, '}');
    } else if (f->sub) {
        map_schema(w, "items", f);
    } else {
        open_with(w, "items", '{');
        ref(w, "text");
        members(w, f->json);
        close_with(w, '}');
    }
}

static const char *const def_of_kind[] = {
    [FIELD_STR] = "string",        [FIELD_ID] = "id",       [FIELD_TEXT] = "text",
    [FIELD_DURATION] = "duration", [FIELD_NEXT] = "target", [FIELD_GOTO] = "target",
    [FIELD_TOUCHPOINT] = "ref",    [FIELD_REF] = "ref",     [FIELD_CSV] = "path",
    [FIELD_WAV] = "sound",
};

/* What the value of a field may be, by its kind. */
static void value_schema(Writer *w, const Field *f)
{
    switch (f->kind) {
    case FIELD_ENUM:
        item(w, "enum");
        fputc('[', w->f);
        for (size_t i = 0; f->choices[i]; i++) {
            fputs(i ? ", " : "", w->f);
            json_string(w->f, f->choices[i]);
        }
        fputc(']', w->f);
        break;
    case FIELD_BOOL:
        string(w, "type", "boolean");
        break;
    case FIELD_INT:
        string(w, "type", "integer");
        raw(w, "minimum", "%ld", f->min);
        raw(w, "maximum", "%ld", f->max);
        break;
    case FIELD_MAP:
        map_body(w, f->sub, f->n_sub, f->json);
        return;
    case FIELD_SWITCH:
        open_with(w, "anyOf", '[');
        open_with(w, NULL, '{');
        string(w, "type", "boolean");
        close_with(w, '}');
        map_schema(w, NULL, f);
        close_with(w, ']');
        return;
    case FIELD_LIST:
        string(w, "type", "array");
        if (f->min > 0)
            raw(w, "minItems", "%ld", f->min);
        raw(w, "maxItems", "%ld", f->max ? f->max : LIST_MAX_DEFAULT);
        list_items(w, f);
        return;
    case FIELD_CUSTOM:
        break; /* its .json is all of it */
    default:
        ref(w, def_of_kind[f->kind]);
        break;
    }
    members(w, f->json);
}

static void field_schema(Writer *w, const Field *f)
{
    open_with(w, f->key, '{');
    string(w, "description", f->doc);
    value_schema(w, f);
    close_with(w, '}');
}

static bool refuse(char *err, size_t size, const char *where, const char *key, const char *why)
{
    snprintf(err, size, "the scenario key %s%s\"%s\" %s", where, *where ? " " : "", key, why);
    return false;
}

static bool check_table(const Field *fields, size_t n, const char *where, char *err, size_t size)
{
    for (size_t i = 0; i < n; i++) {
        const Field *f = &fields[i];
        if (!f->doc || !*f->doc)
            return refuse(err, size, where, f->key,
                          "has no .doc: give it one line of help for authors, in the words of "
                          "docs/scenario-format.md");
        if (f->kind == FIELD_CUSTOM && !f->json)
            return refuse(err, size, where, f->key,
                          "is read by a custom reader and has no .json to say what it takes");
        if (f->kind == FIELD_LIST && !f->sub && !f->item_text)
            return refuse(err, size, where, f->key,
                          "is a list that says nothing of its items: SUB() their table, or "
                          "TEXT_LIST()");
        if ((f->kind == FIELD_MAP || f->kind == FIELD_SWITCH) && !f->sub)
            return refuse(err, size, where, f->key, "is a map without its table (SUB())");
        if (f->kind == FIELD_ENUM && !f->choices)
            return refuse(err, size, where, f->key, "is a choice without its choices");
        char inner[256];
        snprintf(inner, sizeof inner, "%s%s%s", where, *where ? "/" : "", f->key);
        if (f->sub && !check_table(f->sub, f->n_sub, inner, err, size))
            return false;
    }
    return true;
}

bool schema_json_check_table(const Field *fields, size_t n, char *err, size_t err_size)
{
    return check_table(fields, n, "", err, err_size);
}

bool schema_json_check(const StepTypes *types, char *err, size_t err_size)
{
    ScenarioFormat fmt = scenario_format();
    if (!check_table(fmt.top.fields, fmt.top.n, "", err, err_size) ||
        !check_table(fmt.steps, 1, "", err, err_size) ||
        !check_table(fmt.step.fields, fmt.step.n, "steps", err, err_size))
        return false;
    for (int t = 0; t < types->n; t++) {
        char where[64];
        snprintf(where, sizeof where, "steps (type %s)", types->list[t]->name);
        if (!check_table(types->list[t]->fields, types->list[t]->n_fields, where, err, err_size))
            return false;
    }
    return true;
}

/* One step type's branch: when "type" is its name, its own keys beside the
 * common ones, and no others. */
static void step_branch(Writer *w, const StepType *t, const FieldTable *common)
{
    open_with(w, NULL, '{');
    open_with(w, "if", '{');
    raw(w, "properties", "{\"type\": {\"const\": \"%s\"}}", t->name);
    raw(w, "required", "[\"type\"]");
    close_with(w, '}');
    open_with(w, "then", '{');
    open_with(w, "properties", '{');
    for (size_t i = 0; i < common->n; i++)
        raw(w, common->fields[i].key, "true"); /* described once, in the step */
    for (size_t i = 0; i < t->n_fields; i++)
        field_schema(w, &t->fields[i]);
    close_with(w, '}');
    required(w, t->fields, t->n_fields, NULL);
    raw(w, "additionalProperties", "false");
    close_with(w, '}');
    close_with(w, '}');
}

static void step_defs(Writer *w, const StepTypes *types, const ScenarioFormat *fmt)
{
    open_with(w, "step-type", '{');
    string(w, "description", "The step types of format teaser/1.");
    item(w, "enum");
    fputc('[', w->f);
    for (int t = 0; t < types->n; t++) {
        fputs(t ? ", " : "", w->f);
        json_string(w->f, types->list[t]->name);
    }
    fputc(']', w->f);
    close_with(w, '}');

    open_with(w, "steps", '{');
    string(w, "type", "array");
    raw(w, "minItems", "%ld", fmt->steps->min);
    raw(w, "maxItems", "%ld", fmt->steps->max);
    raw(w, "items", "{\"$ref\": \"#/$defs/step\"}");
    close_with(w, '}');

    open_with(w, "step", '{');
    string(w, "description",
           "A step: the keys every step has, and those of its type (section 7 of the format "
           "reference).");
    string(w, "type", "object");
    open_with(w, "properties", '{');
    for (size_t i = 0; i < fmt->step.n; i++)
        field_schema(w, &fmt->step.fields[i]);
    close_with(w, '}');
    required(w, fmt->step.fields, fmt->step.n, NULL);
    open_with(w, "allOf", '[');
    for (int t = 0; t < types->n; t++)
        step_branch(w, types->list[t], &fmt->step);
    close_with(w, ']');
    close_with(w, '}');
}

/* The value types of section 3 of the format reference. A plain scalar that
 * YAML reads as a number or a boolean is text to the loader, so "string"
 * takes those too: the schema never refuses what the loader reads. */
static const struct {
    const char *name, *description, *json;
} value_defs[] = {
    {"string", "Text used as written (a number is taken as written too); not empty.",
     "\"type\": [\"string\", \"number\", \"boolean\"], \"minLength\": 1"},
    {"id", "An id: 1 to 64 lowercase letters a-z, digits and -.",
     "\"type\": [\"string\", \"number\", \"boolean\"], \"pattern\": \"^[a-z0-9-]{1,64}$\""},
    {"ref", "The id of something declared elsewhere in the scenario.",
     "\"$ref\": \"#/$defs/string\""},
    {"target", "A step id, or end: the end of the scenario.", "\"$ref\": \"#/$defs/string\""},
    {"language",
     "A language code: two or three lowercase letters, optionally - and a region or script "
     "(en, nl, pt-BR, zh-Hant).",
     "\"type\": \"string\", \"pattern\": \"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$\""},
    {"text",
     "A text: a string for every language, or a map of language codes to strings "
     "({en: \"...\", nl: \"...\"}).",
     "\"anyOf\": [{\"$ref\": \"#/$defs/string\"}, {\"type\": \"object\", \"minProperties\": 1, "
     "\"propertyNames\": {\"$ref\": \"#/$defs/language\"}, "
     "\"additionalProperties\": {\"$ref\": \"#/$defs/string\"}}]"},
    {"duration",
     "A whole number and a unit, units from large to small, each at most once: 500ms, 90s, "
     "3m, 1m30s, 2h (at most 12h).",
     "\"type\": \"string\", "
     "\"pattern\": \"^(?=[0-9])([0-9]+h)?([0-9]+m)?([0-9]+s)?([0-9]+ms)?$\""},
    {"path",
     "A file, relative to the scenario's folder, or assets/... for teaser's own; it may not "
     "leave its folder.",
     "\"$ref\": \"#/$defs/string\""},
    {"sound", "builtin:hold, none (silence), or the path of a WAV file.",
     "\"$ref\": \"#/$defs/string\", \"pattern\": \"^(?!builtin:)|^builtin:hold$\""},
};

static void value_type_defs(Writer *w)
{
    for (size_t i = 0; i < sizeof value_defs / sizeof *value_defs; i++) {
        open_with(w, value_defs[i].name, '{');
        string(w, "description", value_defs[i].description);
        members(w, value_defs[i].json);
        close_with(w, '}');
    }
}

bool schema_json_write(FILE *f, const StepTypes *types, char *err, size_t err_size)
{
    if (!schema_json_check(types, err, err_size))
        return false;
    ScenarioFormat fmt = scenario_format();
    Writer w = {.f = f, .depth = 1, .first = {true, true}};
    fputc('{', f);
    string(&w, "$schema", "https://json-schema.org/draft/2020-12/schema");
    string(&w, "$id", SCHEMA_JSON_ID);
    string(&w, "title", "teaser scenario (format teaser/1)");
    string(&w, "description",
           "One customer journey for teaser to play. Written by `teaser schema` from the "
           "tables teaser reads scenarios with; `teaser check` sees more (references to ids, "
           "rules across keys, files).");
    string(&w, "type", "object");
    open_with(&w, "properties", '{');
    for (size_t i = 0; i < fmt.top.n; i++)
        field_schema(&w, &fmt.top.fields[i]);
    field_schema(&w, fmt.steps);
    close_with(&w, '}');
    required(&w, fmt.top.fields, fmt.top.n, fmt.steps);
    raw(&w, "additionalProperties", "false");
    open_with(&w, "$defs", '{');
    value_type_defs(&w);
    step_defs(&w, types, &fmt);
    close_with(&w, '}');
    close_with(&w, '}');
    fputc('\n', f);
    return true;
}
