/* The field readers of schema.h. Each reports its own problem at the node
 * that has it and returns false; a map reader goes on after a bad field so
 * that one run of `teaser check` shows every problem, not only the first. */
#include "schema.h"

#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suggest.h"

enum { MAX_SCALAR_SHOWN = 40 };

bool ptrvec_push(Parse *p, PtrVec *v, void *ptr)
{
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 16;
        void **nv = realloc(v->v, (size_t)cap * sizeof *nv);
        if (!nv) {
            p->out_of_memory = true;
            return false;
        }
        v->v = nv;
        v->cap = cap;
    }
    v->v[v->n++] = ptr;
    return true;
}

void ptrvec_free(PtrVec *v)
{
    free(v->v);
    memset(v, 0, sizeof *v);
}

static void vreport(Parse *p, DiagCode code, Pos pos, const char *fmt, va_list ap)
    __attribute__((format(printf, 4, 0)));
static void vreport(Parse *p, DiagCode code, Pos pos, const char *fmt, va_list ap)
{
    diag_vadd(p->dl, code, pos.line, pos.col, fmt, ap);
}

static Pos pos_of(const YNode *n)
{
    return (Pos){n->line, n->col};
}

bool schema_error_at(Parse *p, DiagCode code, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(p, code, pos, fmt, ap);
    va_end(ap);
    return false;
}

bool schema_error(Parse *p, DiagCode code, const YNode *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(p, code, pos_of(n), fmt, ap);
    va_end(ap);
    return false;
}

void schema_warning_at(Parse *p, DiagCode code, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(p, code, pos, fmt, ap);
    va_end(ap);
}

/* How a node looks in a message: "3 minutes" (shortened), a list, a map. */
static const char *shown(const YNode *n, char *buf, size_t size)
{
    if (n->kind == YNODE_MAP)
        return "a map";
    if (n->kind == YNODE_SEQ)
        return "a list";
    if (ytree_is_null(n))
        return "nothing";
    if (n->len > MAX_SCALAR_SHOWN)
        snprintf(buf, size, "\"%.*s...\"", MAX_SCALAR_SHOWN - 3, n->str);
    else
        snprintf(buf, size, "\"%s\"", n->str);
    return buf;
}

/* How a value is named in messages: "title", or an item of "emotions". */
static const char *named(const Parse *p, const char *key, char *buf, size_t size)
{
    if (key)
        snprintf(buf, size, "\"%s\"", key);
    else
        snprintf(buf, size, "an item of \"%s\"", p->item_of ? p->item_of : "the list");
    return buf;
}

static bool expect_scalar(Parse *p, const YNode *n, const char *key, const char *what)
{
    char buf[64], name[80];
    named(p, key, name, sizeof name);
    if (n->kind != YNODE_SCALAR || ytree_is_null(n))
        return schema_error(p, DIAG_E0204, n, "%s must be %s, not %s", name, what,
                            shown(n, buf, sizeof buf));
    if (strlen(n->str) != n->len)
        return schema_error(p, DIAG_E0205, n, "%s contains a NUL character", name);
    if (n->len == 0)
        return schema_error(p, DIAG_E0206, n, "%s must not be empty", name);
    return true;
}

bool schema_str(Parse *p, const YNode *n, const char *key, const char **out)
{
    if (!expect_scalar(p, n, key, "text"))
        return false;
    *out = n->str;
    return true;
}

static bool is_id(const char *s)
{
    if (!*s || strlen(s) > 64)
        return false;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-'))
            return false;
    return true;
}

bool schema_id(Parse *p, const YNode *n, const char *key, const char **out)
{
    if (!expect_scalar(p, n, key, "an id"))
        return false;
    if (!is_id(n->str))
        return schema_error(p, DIAG_E0207, n,
                            "\"%s\" must be an id of lowercase letters, digits and '-' "
                            "(at most 64), not \"%.40s\"",
                            key, n->str);
    *out = n->str;
    return true;
}

bool schema_bool(Parse *p, const YNode *n, const char *key, bool *out)
{
    if (!expect_scalar(p, n, key, "true or false"))
        return false;
    const char *s = n->str;
    if (n->plain && (!strcmp(s, "true") || !strcmp(s, "True") || !strcmp(s, "TRUE")))
        *out = true;
    else if (n->plain && (!strcmp(s, "false") || !strcmp(s, "False") || !strcmp(s, "FALSE")))
        *out = false;
    else
        return schema_error(p, DIAG_E0208, n, "\"%s\" must be true or false, not %s\"%.40s\"", key,
                            n->plain ? "" : "the quoted text ", s);
    return true;
}

static bool read_int(Parse *p, const YNode *n, const Field *f, int *out)
{
    if (!expect_scalar(p, n, f->key, "a whole number"))
        return false;
    char *end;
    long v = strtol(n->str, &end, 10);
    if (*end || end == n->str || !n->plain || isspace((unsigned char)n->str[0]))
        return schema_error(p, DIAG_E0209, n, "\"%s\" must be a whole number, not %s\"%.40s\"",
                            f->key, n->plain ? "" : "the quoted text ", n->str);
    if (v < f->min || v > f->max)
        return schema_error(p, DIAG_E0210, n, "\"%s\" must be from %ld to %ld, not %.40s", f->key,
                            f->min, f->max, n->str);
    *out = (int)v;
    return true;
}

bool schema_parse_duration(const char *s, long *ms)
{
    static const struct {
        const char *unit;
        long ms;
    } units[] = {{"ms", 1}, {"s", 1000}, {"m", 60000}, {"h", 3600000}};
    long total = 0;
    int last_unit = 4;
    if (!*s)
        return false;
    while (*s) {
        if (!isdigit((unsigned char)*s))
            return false;
        long v = 0;
        while (isdigit((unsigned char)*s)) {
            if (v > 100000000)
                return false;
            v = v * 10 + (*s++ - '0');
        }
        int u = -1;
        for (int i = 0; i < 4 && u < 0; i++) {
            size_t len = strlen(units[i].unit);
            if (!strncmp(s, units[i].unit, len) && !isalpha((unsigned char)s[len]))
                u = i;
        }
        /* units must shrink left to right: "1m30s", not "30s1m" */
        if (u < 0 || u >= last_unit || v > LONG_MAX / units[u].ms - total)
            return false;
        last_unit = u;
        total += v * units[u].ms;
        s += strlen(units[u].unit);
    }
    *ms = total;
    return true;
}

void schema_format_duration(long ms, char *buf, size_t size)
{
    if (ms % 1000) { /* "90500ms" is clearer than "1m30s500ms" */
        snprintf(buf, size, "%ldms", ms);
        return;
    }
    long h = ms / 3600000, m = ms / 60000 % 60, s = ms / 1000 % 60;
    int used = 0;
    if (h)
        used += snprintf(buf + used, size - (size_t)used, "%ldh", h);
    if (m)
        used += snprintf(buf + used, size - (size_t)used, "%ldm", m);
    if (s || (!h && !m))
        snprintf(buf + used, size - (size_t)used, "%lds", s);
}

static bool read_duration(Parse *p, const YNode *n, const Field *f, long *out)
{
    if (!expect_scalar(p, n, f->key, "a duration such as 500ms, 90s, 3m or 1m30s"))
        return false;
    long ms;
    if (!schema_parse_duration(n->str, &ms)) {
        size_t digits = strspn(n->str, "0123456789.");
        if (digits > 0 && n->str[digits] == '\0')
            return schema_error(p, DIAG_E0211, n,
                                "\"%s\" needs a unit: write %.20ss for seconds, %.20sm for "
                                "minutes or %.20sms for milliseconds",
                                f->key, n->str, n->str, n->str);
        return schema_error(p, DIAG_E0211, n,
                            "\"%s\" must be a duration such as 500ms, 90s, 3m or 1m30s, not "
                            "\"%.40s\"",
                            f->key, n->str);
    }
    long min = f->min, max = f->max ? f->max : 12L * 3600000;
    if (ms < min || ms > max) {
        char lo[32], hi[32];
        schema_format_duration(min, lo, sizeof lo);
        schema_format_duration(max, hi, sizeof hi);
        return schema_error(p, DIAG_E0210, n, "\"%s\" must be from %s to %s, not %.40s", f->key, lo,
                            hi, n->str);
    }
    *out = ms;
    return true;
}

static bool read_enum(Parse *p, const YNode *n, const Field *f, const char **out)
{
    if (!expect_scalar(p, n, f->key, "a word"))
        return false;
    size_t count = 0;
    for (; f->choices[count]; count++)
        if (!strcmp(f->choices[count], n->str)) {
            *out = f->choices[count];
            return true;
        }
    const char *near = suggest_closest(n->str, f->choices, count);
    if (near)
        return schema_error(p, DIAG_E0212, n, "\"%s\" cannot be \"%.40s\" (did you mean \"%s\"?)",
                            f->key, n->str, near);
    char list[256] = "";
    for (size_t i = 0; i < count; i++) {
        size_t used = strlen(list);
        snprintf(list + used, sizeof list - used, "%s%s", i ? ", " : "", f->choices[i]);
    }
    return schema_error(p, DIAG_E0212, n, "\"%s\" cannot be \"%.40s\"; it is one of: %s", f->key,
                        n->str, list);
}

bool schema_is_lang_code(const char *s)
{
    /* "en", "nl", "pt-BR", "zh-Hant": a language subtag and an optional region or script */
    size_t i = 0;
    while (islower((unsigned char)s[i]))
        i++;
    if (i < 2 || i > 3)
        return false;
    if (!s[i])
        return true;
    if (s[i] != '-')
        return false;
    size_t j = ++i;
    while (isalnum((unsigned char)s[j]))
        j++;
    return !s[j] && j - i >= 2 && j - i <= 8;
}

bool schema_text(Parse *p, const YNode *n, const char *key, Text *out)
{
    TextPart *parts;
    if (n->kind == YNODE_SCALAR) {
        if (!expect_scalar(p, n, key, "text"))
            return false;
        parts = arena_alloc(p->arena, sizeof *parts);
        if (!parts)
            return p->out_of_memory = true, false;
        parts[0] = (TextPart){NULL, n->str};
        *out = (Text){parts, 1, pos_of(n), key, p->item_of, p->item};
        return ptrvec_push(p, &p->texts, out);
    }
    char name[80];
    if (n->kind != YNODE_MAP || n->n == 0)
        return schema_error(p, DIAG_E0204, n,
                            "%s must be text, or a map of languages such as "
                            "{en: \"...\", nl: \"...\"}, not %s",
                            named(p, key, name, sizeof name),
                            n->kind == YNODE_MAP ? "an empty map" : "a list");
    parts = arena_alloc(p->arena, (size_t)n->n * sizeof *parts);
    if (!parts)
        return p->out_of_memory = true, false;
    bool ok = true;
    for (int i = 0; i < n->n; i++) {
        const YNode *k = n->pairs[i].key, *v = n->pairs[i].value;
        if (!schema_is_lang_code(k->str)) {
            ok = schema_error(p, DIAG_E0213, k,
                              "\"%.40s\" is not a language code; %s takes text, or a map "
                              "of languages such as {en: \"...\", nl: \"...\"}",
                              k->str, named(p, key, name, sizeof name));
            continue;
        }
        if (!expect_scalar(p, v, key, "text"))
            ok = false;
        parts[i] = (TextPart){k->str, v->str};
    }
    if (!ok)
        return false;
    *out = (Text){parts, n->n, pos_of(n), key, p->item_of, p->item};
    return ptrvec_push(p, &p->texts, out);
}

bool schema_ref(Parse *p, const YNode *n, const char *key, Ref *out)
{
    const char *id;
    if (!expect_scalar(p, n, key, "an id"))
        return false;
    id = n->str;
    *out = (Ref){id, pos_of(n), REF_NONE};
    return true;
}

static bool read_asset(Parse *p, const YNode *n, const Field *f, Asset *out)
{
    const char *path;
    if (!schema_str(p, n, f->key, &path))
        return false;
    out->path = path;
    out->pos = pos_of(n);
    out->kind = f->kind == FIELD_CSV ? ASSET_CSV : ASSET_WAV;
    if (f->kind == FIELD_WAV && (!strncmp(path, "builtin:", 8) || !strcmp(path, "none"))) {
        static const char *const builtins[] = {"builtin:hold", "none", NULL};
        Field e = {.key = f->key, .choices = builtins};
        return read_enum(p, n, &e, &out->path);
    }
    bool ours = !strncmp(path, "assets/", 7);
    const char *base = ours ? p->data_dir : p->dir;
    if (path[0] == '/' || !base) {
        out->resolved = path;
    } else {
        size_t len = strlen(base) + strlen(path) + 2;
        char *r = arena_alloc(p->arena, len);
        if (!r)
            return p->out_of_memory = true, false;
        snprintf(r, len, "%s/%s", base, path); /* "assets/x" is DATA_DIR/assets/x */
        out->resolved = r;
    }
    return ptrvec_push(p, &p->assets, out);
}

static bool read_list_field(Parse *p, const Field *f, const YNode *v, void *dst)
{
    int count, max = f->max ? (int)f->max : 100;
    int errors = p->dl->errors;
    const char *outer = p->item_of;
    int outer_item = p->item;
    p->item_of = f->key;
    void *items = schema_list(p, v, f->key, f->elem_size, (int)f->min, max, f->each, &count);
    p->item_of = outer;
    p->item = outer_item;
    /* The struct holds a typed pointer (MenuOption *...): copy the representation. */
    memcpy((char *)dst + f->offset, &items, sizeof items);
    *(int *)((char *)dst + f->count_offset) = count;
    return p->dl->errors == errors;
}

bool schema_each_text(Parse *p, const YNode *n, void *elem)
{
    return schema_text(p, n, NULL, elem);
}

static bool read_field(Parse *p, const Field *f, const YNode *v, void *dst)
{
    void *at = (char *)dst + f->offset;
    switch (f->kind) {
    case FIELD_STR:
        return schema_str(p, v, f->key, at);
    case FIELD_ID:
        return schema_id(p, v, f->key, at);
    case FIELD_ENUM:
        return read_enum(p, v, f, at);
    case FIELD_TEXT:
        return schema_text(p, v, f->key, at);
    case FIELD_BOOL:
        return schema_bool(p, v, f->key, at);
    case FIELD_INT:
        return read_int(p, v, f, at);
    case FIELD_DURATION:
        return read_duration(p, v, f, at);
    case FIELD_NEXT:
    case FIELD_GOTO:
        if (!schema_ref(p, v, f->key, at) || !ptrvec_push(p, &p->step_refs, at))
            return false;
        return f->kind == FIELD_NEXT || !p->step || ptrvec_push(p, &p->targets, at);
    case FIELD_TOUCHPOINT:
        return schema_ref(p, v, f->key, at) && ptrvec_push(p, &p->touchpoint_refs, at);
    case FIELD_REF:
        return schema_ref(p, v, f->key, at);
    case FIELD_CSV:
    case FIELD_WAV:
        return read_asset(p, v, f, at);
    case FIELD_SWITCH:
        if (v->kind != YNODE_MAP)
            return schema_bool(p, v, f->key, at);
        *(bool *)at = true;
        /* fall through - the map fills the rest of the struct */
    case FIELD_MAP: {
        char what[64];
        snprintf(what, sizeof what, "\"%s\"", f->key);
        FieldSet set = {f->sub, f->n_sub, at};
        return schema_map(p, v, what, &set, 1);
    }
    case FIELD_LIST:
        return read_list_field(p, f, v, dst);
    case FIELD_CUSTOM:
        return f->custom(p, v, at);
    }
    return false;
}

static const Field *find_field(const FieldSet *sets, size_t nsets, const char *key, void **dst)
{
    for (size_t s = 0; s < nsets; s++)
        for (size_t i = 0; i < sets[s].n; i++)
            if (!strcmp(sets[s].fields[i].key, key)) {
                *dst = sets[s].dst;
                return &sets[s].fields[i];
            }
    return NULL;
}

/* Reports an unknown key; returns the key it probably meant, or NULL. */
static const char *unknown_key(Parse *p, const YNode *k, const char *what, const FieldSet *sets,
                               size_t nsets)
{
    const char *names[64];
    size_t n = 0;
    for (size_t s = 0; s < nsets; s++)
        for (size_t i = 0; i < sets[s].n && n < 64; i++)
            names[n++] = sets[s].fields[i].key;
    const char *near = suggest_closest(k->str, names, n);
    if (near) {
        schema_error(p, DIAG_E0201, k, "unknown key \"%.40s\" in %s (did you mean \"%s\"?)", k->str,
                     what, near);
        return near;
    }
    char list[DIAG_MSG_MAX / 2] = "";
    for (size_t i = 0; i < n; i++) {
        size_t used = strlen(list);
        snprintf(list + used, sizeof list - used, "%s%s", i ? ", " : "", names[i]);
    }
    schema_error(p, DIAG_E0201, k, "unknown key \"%.40s\" in %s; known keys: %s", k->str, what,
                 list);
    return NULL;
}

static bool among(const char *key, const char *const *list, int n)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(list[i], key))
            return true;
    return false;
}

/* Walks the map's keys in file order, each looked up in the sets (a step's
 * common keys and its type's own are two sets into two structs) and read by
 * its field's kind; a bad key or value is reported and the walk goes on.
 * Only then are required keys checked: a key that was there but misspelt has
 * been reported with its "did you mean", and is not reported missing too. */
bool schema_map(Parse *p, const YNode *map, const char *what, const FieldSet *sets, size_t nsets)
{
    char buf[64];
    if (map->kind != YNODE_MAP)
        return schema_error(p, DIAG_E0204, map, "%s must be a map of keys, not %s", what,
                            shown(map, buf, sizeof buf));
    bool ok = true;
    const char *meant[16]; /* keys that misspelt keys were taken for */
    int n_meant = 0;
    for (int i = 0; i < map->n; i++) {
        const YNode *k = map->pairs[i].key, *v = map->pairs[i].value;
        void *dst;
        const Field *f = find_field(sets, nsets, k->str, &dst);
        if (!f) {
            const char *near = unknown_key(p, k, what, sets, nsets);
            if (near && n_meant < 16)
                meant[n_meant++] = near;
            ok = false;
        } else if (ytree_is_null(v)) {
            ok = schema_error(p, DIAG_E0203, k, "\"%s\" has no value%s", k->str,
                              v->comment_follows ? "; # starts a comment in YAML, so write "
                                                   "\"#\" in quotes"
                                                 : "");
        } else if (!read_field(p, f, v, dst)) {
            ok = false;
        }
    }
    /* a missing key that was only misspelt is reported once, as misspelt */
    for (size_t s = 0; s < nsets; s++)
        for (size_t i = 0; i < sets[s].n; i++)
            if (sets[s].fields[i].required && !ytree_get(map, sets[s].fields[i].key) &&
                !among(sets[s].fields[i].key, meant, n_meant))
                ok = schema_error(p, DIAG_E0202, map, "%s has no \"%s\", which is required", what,
                                  sets[s].fields[i].key);
    return ok;
}

void *schema_list(Parse *p, const YNode *seq, const char *key, size_t elem_size, int min, int max,
                  bool (*each)(Parse *p, const YNode *n, void *elem), int *count)
{
    char buf[64];
    *count = 0;
    if (seq->kind != YNODE_SEQ)
        return schema_error(p, DIAG_E0204, seq, "\"%s\" must be a list, not %s", key,
                            shown(seq, buf, sizeof buf)),
               NULL;
    if (seq->n < min)
        return schema_error(p, DIAG_E0214, seq, "\"%s\" needs at least %d item%s", key, min,
                            min == 1 ? "" : "s"),
               NULL;
    if (seq->n > max)
        return schema_error(p, DIAG_E0214, seq, "\"%s\" has %d items; at most %d are allowed", key,
                            seq->n, max),
               NULL;
    if (seq->n == 0)
        return NULL;
    char *items = arena_alloc(p->arena, (size_t)seq->n * elem_size);
    if (!items) {
        p->out_of_memory = true;
        return NULL;
    }
    /* Items with errors stay, partly filled, so later lints still see the others;
     * the errors themselves are in the list and fail the load. */
    for (int i = 0; i < seq->n; i++) {
        p->item = i + 1;
        each(p, seq->items[i], items + (size_t)i * elem_size);
    }
    *count = seq->n;
    return items;
}
