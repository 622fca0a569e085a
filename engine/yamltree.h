/* One YAML document as a tree of positioned nodes, built from libyaml's event
 * stream. Refuses what a scenario never needs and what makes hostile files
 * dangerous: anchors, aliases, tags, duplicate keys, unbounded nesting. */
#ifndef TEASER_YAMLTREE_H
#define TEASER_YAMLTREE_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"

enum {
    YTREE_MAX_DEPTH = 32,
    YTREE_MAX_NODES = 200000,
    YTREE_MAX_MAP_KEYS = 500,
    YTREE_MAX_SEQ_ITEMS = 10000,
};

typedef enum { YNODE_SCALAR, YNODE_MAP, YNODE_SEQ } YNodeKind;

typedef struct YNode YNode;
typedef struct {
    YNode *key, *value; /* key: always a scalar, unique in its map */
} YPair;

struct YNode {
    YNodeKind kind;
    int line, col; /* 1-based; col counts characters, not bytes */
    /* scalar */
    const char *str;      /* NUL-terminated; may hold an embedded NUL before len */
    size_t len;           /* bytes of str, without the terminator */
    bool plain;           /* unquoted: may be read as a number, a boolean or null */
    bool comment_follows; /* empty, and a '#' follows on its line: "key: #" */
    /* map (pairs) or sequence (items) */
    int n;         /* pairs of a map, items of a sequence; 0 for a scalar */
    YPair *pairs;  /* map: in file order; NULL otherwise */
    YNode **items; /* sequence: in file order; NULL otherwise */
};

/* Parses data[0..len). On success *root is the document's root node; on the
 * first problem one error goes to dl and false is returned. */
bool ytree_parse(const char *data, size_t len, Arena *a, YNode **root, DiagList *dl);

/* The value of key in a map, or NULL. */
const YNode *ytree_get(const YNode *map, const char *key);
/* Is this scalar the YAML null (empty, "~" or "null", unquoted)? */
bool ytree_is_null(const YNode *n);

#endif
