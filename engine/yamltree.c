/* Builds the node tree with an explicit stack of open collections, each
 * collecting its children in a growable buffer that is moved into the arena
 * when the collection closes. Every count is bounded before it grows, so that
 * memory is proportional to the (size-limited) input and never more. */
#include "yamltree.h"

#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "controls.h"

typedef struct {
    YNode *node;
    void **buf; /* children (sequence) or alternating key, value (map) */
    int n, cap;
} Frame;

typedef struct {
    const char *data;
    size_t len;
    Arena *arena;
    DiagList *dl;
    Frame stack[YTREE_MAX_DEPTH];
    int depth;
    int nodes;
    YNode *root;
    int documents;
} Builder;

/* Line and column (1-based, columns in characters) of a byte offset. */
static void pos_of_offset(const char *data, size_t len, size_t off, int *line, int *col)
{
    int l = 1, c = 1;
    if (off > len)
        off = len;
    for (size_t i = 0; i < off; i++) {
        if (data[i] == '\n') {
            l++;
            c = 1;
        } else if (((unsigned char)data[i] & 0xC0) != 0x80) {
            c++;
        }
    }
    *line = l;
    *col = c;
}

static bool fail(Builder *b, DiagCode code, const yaml_mark_t *m, const char *msg)
{
    diag_add(b->dl, code, (int)m->line + 1, (int)m->column + 1, "%s", msg);
    return false;
}

static bool push_child(Builder *b, Frame *f, void *child, const yaml_mark_t *m)
{
    int limit = f->node->kind == YNODE_MAP ? 2 * YTREE_MAX_MAP_KEYS : YTREE_MAX_SEQ_ITEMS;
    if (f->n >= limit) {
        char msg[96];
        snprintf(msg, sizeof msg, "more than %d %s in one %s",
                 limit == YTREE_MAX_SEQ_ITEMS ? limit : limit / 2,
                 f->node->kind == YNODE_MAP ? "keys" : "items",
                 f->node->kind == YNODE_MAP ? "map" : "list");
        return fail(b, DIAG_E0113, m, msg);
    }
    if (f->n == f->cap) {
        int cap = f->cap ? f->cap * 2 : 8;
        void **buf = realloc(f->buf, (size_t)cap * sizeof *buf);
        if (!buf)
            return fail(b, DIAG_E0001, m, "out of memory");
        f->buf = buf;
        f->cap = cap;
    }
    f->buf[f->n++] = child;
    return true;
}

static bool check_duplicate_key(Builder *b, Frame *f, const YNode *key, const yaml_mark_t *m)
{
    for (int i = 0; i < f->n; i += 2) {
        const YNode *k = f->buf[i];
        if (k->len == key->len && memcmp(k->str, key->str, k->len) == 0) {
            char msg[DIAG_MSG_MAX];
            snprintf(msg, sizeof msg, "duplicate key \"%.80s\" (first given at line %d)", key->str,
                     k->line);
            return fail(b, DIAG_E0111, m, msg);
        }
    }
    return true;
}

/* Attaches a finished node to the open collection, or makes it the root. */
static bool attach(Builder *b, YNode *node, const yaml_mark_t *m)
{
    if (b->depth == 0) {
        b->root = node;
        return true;
    }
    Frame *f = &b->stack[b->depth - 1];
    if (f->node->kind == YNODE_MAP && f->n % 2 == 0) {
        if (node->kind != YNODE_SCALAR) {
            yaml_mark_t at = {0, (size_t)node->line - 1, (size_t)node->col - 1};
            return fail(b, DIAG_E0112, &at, "a key must be a plain word, not a list or a map");
        }
        if (!check_duplicate_key(b, f, node, m))
            return false;
    }
    return push_child(b, f, node, m);
}

static YNode *new_node(Builder *b, YNodeKind kind, const yaml_mark_t *m)
{
    if (++b->nodes > YTREE_MAX_NODES) {
        char msg[80];
        snprintf(msg, sizeof msg, "more than %d YAML nodes; a scenario is never this large",
                 YTREE_MAX_NODES);
        fail(b, DIAG_E0113, m, msg);
        return NULL;
    }
    YNode *n = arena_alloc(b->arena, sizeof *n);
    if (!n) {
        fail(b, DIAG_E0001, m, "out of memory");
        return NULL;
    }
    n->kind = kind;
    n->line = (int)m->line + 1;
    n->col = (int)m->column + 1;
    return n;
}

static bool refuse_decorations(Builder *b, const yaml_event_t *ev, const yaml_char_t *anchor,
                               const yaml_char_t *tag)
{
    if (anchor)
        return fail(b, DIAG_E0110, &ev->start_mark,
                    "YAML anchors (&name) are not allowed in a scenario; write the text out");
    if (tag)
        return fail(b, DIAG_E0110, &ev->start_mark,
                    "YAML tags (!name) are not allowed in a scenario");
    return true;
}

/* A control character can only come from an escape ("\e", "\a", "\x9b"):
 * the file's own bytes were checked before. Refused in values and keys alike,
 * since both are shown on screens, in reports and in messages. (A NUL is
 * left to schema.c, which names the key it belongs to.) */
static bool refuse_controls(Builder *b, const YNode *n, const yaml_mark_t *m)
{
    const char *bad = controls_find(n->str, true);
    if (!bad)
        return true;
    char quote[160];
    controls_quote(n->str, bad, quote, sizeof quote);
    diag_add(b->dl, DIAG_E0107, (int)m->line + 1, (int)m->column + 1,
             "%s; a scenario's text and keys may hold none but line breaks and tabs", quote);
    return false;
}

static bool on_scalar(Builder *b, const yaml_event_t *ev)
{
    if (!refuse_decorations(b, ev, ev->data.scalar.anchor, ev->data.scalar.tag))
        return false;
    YNode *n = new_node(b, YNODE_SCALAR, &ev->start_mark);
    if (!n)
        return false;
    n->len = ev->data.scalar.length;
    n->str = arena_strndup(b->arena, (const char *)ev->data.scalar.value, n->len);
    if (!n->str)
        return fail(b, DIAG_E0001, &ev->start_mark, "out of memory");
    if (!refuse_controls(b, n, &ev->start_mark))
        return false;
    n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
    if (n->plain && n->len == 0) {
        size_t i = ev->start_mark.index;
        while (i < b->len && (b->data[i] == ' ' || b->data[i] == '\t'))
            i++;
        n->comment_follows = i < b->len && b->data[i] == '#';
    }
    return attach(b, n, &ev->start_mark);
}

static bool on_open(Builder *b, const yaml_event_t *ev, YNodeKind kind)
{
    const yaml_char_t *anchor =
        kind == YNODE_MAP ? ev->data.mapping_start.anchor : ev->data.sequence_start.anchor;
    const yaml_char_t *tag =
        kind == YNODE_MAP ? ev->data.mapping_start.tag : ev->data.sequence_start.tag;
    if (!refuse_decorations(b, ev, anchor, tag))
        return false;
    if (b->depth == YTREE_MAX_DEPTH) {
        char msg[80];
        snprintf(msg, sizeof msg, "nested deeper than %d levels", YTREE_MAX_DEPTH);
        return fail(b, DIAG_E0113, &ev->start_mark, msg);
    }
    YNode *n = new_node(b, kind, &ev->start_mark);
    if (!n)
        return false;
    b->stack[b->depth++] = (Frame){.node = n};
    return true;
}

static bool on_close(Builder *b, const yaml_event_t *ev)
{
    Frame *f = &b->stack[b->depth - 1];
    YNode *n = f->node;
    bool ok = true;
    if (n->kind == YNODE_MAP) {
        n->n = f->n / 2;
        n->pairs = arena_alloc(b->arena, (size_t)n->n * sizeof *n->pairs);
        ok = n->pairs != NULL;
        for (int i = 0; ok && i < n->n; i++)
            n->pairs[i] = (YPair){f->buf[2 * i], f->buf[2 * i + 1]};
    } else {
        n->n = f->n;
        n->items = arena_alloc(b->arena, (size_t)n->n * sizeof *n->items);
        ok = n->items != NULL;
        if (ok && n->n)
            memcpy(n->items, f->buf, (size_t)n->n * sizeof *n->items);
    }
    free(f->buf);
    b->depth--;
    if (!ok)
        return fail(b, DIAG_E0001, &ev->start_mark, "out of memory");
    return attach(b, n, &ev->start_mark);
}

static bool on_event(Builder *b, const yaml_event_t *ev)
{
    switch (ev->type) {
    case YAML_DOCUMENT_START_EVENT:
        if (++b->documents > 1)
            return fail(b, DIAG_E0109, &ev->start_mark,
                        "a second YAML document; a scenario file holds exactly one");
        return true;
    case YAML_ALIAS_EVENT:
        return fail(b, DIAG_E0110, &ev->start_mark,
                    "YAML aliases (*name) are not allowed in a scenario; write the text out");
    case YAML_SCALAR_EVENT:
        return on_scalar(b, ev);
    case YAML_SEQUENCE_START_EVENT:
        return on_open(b, ev, YNODE_SEQ);
    case YAML_MAPPING_START_EVENT:
        return on_open(b, ev, YNODE_MAP);
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
        return on_close(b, ev);
    default:
        return true;
    }
}

/* Length of the UTF-8 sequence at s (at most n bytes), or 0 when invalid:
 * overlong forms, surrogates and code points past U+10FFFF are invalid. */
static size_t utf8_length(const unsigned char *s, size_t n, unsigned long *cp)
{
    size_t len = s[0] < 0x80             ? 1
                 : (s[0] & 0xE0) == 0xC0 ? 2
                 : (s[0] & 0xF0) == 0xE0 ? 3
                 : (s[0] & 0xF8) == 0xF0 ? 4
                                         : 0;
    if (len == 0 || len > n)
        return 0;
    unsigned long v = len == 1 ? s[0] : s[0] & (0x7F >> len);
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = v << 6 | (s[i] & 0x3F);
    }
    static const unsigned long min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < min[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}

/* The file must be UTF-8 without control characters (YAML's own rule), each
 * problem named at its exact place, before libyaml sees it. */
static bool check_encoding(const char *data, size_t len, DiagList *dl)
{
    const unsigned char *s = (const unsigned char *)data;
    if (len >= 2 && (s[0] == 0xFF || s[0] == 0xFE) && (s[1] == 0xFF || s[1] == 0xFE)) {
        diag_add(dl, DIAG_E0106, 1, 1, "the file is UTF-16 text; save it as UTF-8");
        return false;
    }
    int line = 1, col = 1;
    for (size_t i = 0; i < len;) {
        unsigned long cp;
        size_t n = utf8_length(s + i, len - i, &cp);
        if (n == 0) {
            diag_add(dl, DIAG_E0105, line, col,
                     "not valid UTF-8 text: byte 0x%02X (is the file saved as Latin-1 or "
                     "Windows-1252?); save it as UTF-8",
                     s[i]);
            return false;
        }
        if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F ||
            (cp >= 0x80 && cp <= 0x9F && cp != 0x85)) {
            diag_add(dl, DIAG_E0107, line, col,
                     "a control character (U+%04lX) is not allowed in a scenario", cp);
            return false;
        }
        if (cp == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        i += n;
    }
    return true;
}

static void syntax_error(Builder *b, const yaml_parser_t *p)
{
    int line, col;
    if (p->error == YAML_READER_ERROR) {
        pos_of_offset(b->data, b->len, p->problem_offset, &line, &col);
    } else {
        line = (int)p->problem_mark.line + 1;
        col = (int)p->problem_mark.column + 1;
    }
    const char *problem = p->problem ? p->problem : "cannot be read";
    const char *ctx = p->context ? p->context : "";
    size_t at = p->error == YAML_READER_ERROR ? p->problem_offset : p->problem_mark.index;
    char c = at < b->len ? b->data[at] : '\0';
    if (c == '\t' && p->error != YAML_READER_ERROR) {
        diag_add(b->dl, DIAG_E0102, line, col,
                 "invalid YAML: a tab character; indent with spaces only");
    } else if (p->error == YAML_READER_ERROR) {
        diag_add(b->dl, DIAG_E0105, line, col, "not valid UTF-8 text: %s", problem);
    } else if (!strcmp(problem, "mapping values are not allowed in this context")) {
        diag_add(b->dl, DIAG_E0103, line, col,
                 "invalid YAML: unexpected \":\"; put text that holds \": \" in quotes, and "
                 "line up the keys of one map");
    } else if (!strncmp(ctx, "while scanning an alias", 23) ||
               !strncmp(ctx, "while scanning an anchor", 24)) {
        char sign = strstr(ctx, "alias") ? '*' : '&';
        diag_add(b->dl, DIAG_E0104, (int)p->context_mark.line + 1, (int)p->context_mark.column + 1,
                 "invalid YAML: \"%c\" starts an %s in YAML; put text that starts with \"%c\" "
                 "in quotes",
                 sign, sign == '*' ? "alias" : "anchor", sign);
    } else if (!strcmp(problem, "found character that cannot start any token") &&
               (c == '@' || c == '`')) {
        diag_add(b->dl, DIAG_E0104, line, col,
                 "invalid YAML: found character that cannot start any token; text that starts "
                 "with \"@\" or \"`\" must be in quotes");
    } else if (p->context) {
        /* "while parsing a block mapping" -> "a block mapping" */
        const char *ctx = p->context;
        if (!strncmp(ctx, "while ", 6) && strchr(ctx + 6, ' '))
            ctx = strchr(ctx + 6, ' ') + 1;
        diag_add(b->dl, DIAG_E0101, line, col, "invalid YAML: %s, in %s that starts at line %d",
                 problem, ctx, (int)p->context_mark.line + 1);
    } else {
        diag_add(b->dl, DIAG_E0101, line, col, "invalid YAML: %s", problem);
    }
}

bool ytree_parse(const char *data, size_t len, Arena *a, YNode **root, DiagList *dl)
{
    Builder b = {.data = data, .len = len, .arena = a, .dl = dl};
    yaml_parser_t parser;
    *root = NULL;
    if (!check_encoding(data, len, dl))
        return false;
    if (!yaml_parser_initialize(&parser)) {
        diag_add(dl, DIAG_E0001, 0, 0, "out of memory");
        return false;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
    bool ok = true, done = false;
    while (ok && !done) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) {
            syntax_error(&b, &parser);
            ok = false;
            break;
        }
        done = ev.type == YAML_STREAM_END_EVENT;
        ok = on_event(&b, &ev);
        yaml_event_delete(&ev);
    }
    while (b.depth > 0)
        free(b.stack[--b.depth].buf);
    yaml_parser_delete(&parser);
    if (ok && !b.root) {
        diag_add(dl, DIAG_E0108, 1, 1, "the file %s; a scenario starts with \"format: teaser/1\"",
                 len ? "holds only comments" : "is empty");
        ok = false;
    }
    if (ok)
        *root = b.root;
    return ok;
}

const YNode *ytree_get(const YNode *map, const char *key)
{
    if (!map || map->kind != YNODE_MAP)
        return NULL;
    size_t len = strlen(key);
    for (int i = 0; i < map->n; i++) {
        const YNode *k = map->pairs[i].key;
        if (k->len == len && memcmp(k->str, key, len) == 0)
            return map->pairs[i].value;
    }
    return NULL;
}

bool ytree_is_null(const YNode *n)
{
    return n->kind == YNODE_SCALAR && n->plain &&
           (n->len == 0 || strcmp(n->str, "~") == 0 || strcmp(n->str, "null") == 0 ||
            strcmp(n->str, "Null") == 0 || strcmp(n->str, "NULL") == 0);
}
