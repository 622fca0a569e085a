/* Typed reading of a scenario's YAML nodes into plain structs, driven by
 * tables of fields: every map is read by one function that knows its keys, so
 * unknown keys ("did you mean"), wrong types and missing required keys are
 * reported the same way everywhere, with the place of the offending node.
 * Readers never stop at the first problem and never print: problems go to
 * the Parse's list. */
#ifndef TEASER_SCHEMA_H
#define TEASER_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>

#include "scenario.h"
#include "yamltree.h"

/* A growable array of pointers (malloc'd, not in the arena: ptrvec_free). */
typedef struct {
    void **v;   /* the pointers, in the order pushed */
    int n, cap; /* pushed, and room allocated */
} PtrVec;

/* The state of one load: where things go and what has been read so far. */
typedef struct Parse {
    Arena *arena;           /* the scenario's: every string and array read lives here */
    DiagList *dl;           /* where problems go */
    const char *dir;        /* the scenario's folder */
    const char *data_dir;   /* teaser's data folder ("assets/..."); NULL when none was found */
    const StepTypes *types; /* the step types a step may have */
    Step *step;             /* the step being read: goto fields become its targets; else NULL */
    const Persona *persona; /* read before the steps, which refer to its details */
    /* every Text and Asset read (for the lints), every Ref to resolve once all
     * ids are known (to a step or "end", to a touchpoint), and the goto fields
     * of the step being read */
    PtrVec texts, assets, step_refs, touchpoint_refs, targets;
    const char *item_of; /* the list whose items are being read, for messages */
    int item;            /* which of them, from 1; 0 when no list's items are read */
    bool out_of_memory;  /* an allocation failed: the load fails, said once */
} Parse;

typedef enum {
    FIELD_STR,        /* const char *: any text, as written */
    FIELD_ID,         /* const char *: [a-z0-9-]+, at most 64 characters */
    FIELD_ENUM,       /* const char *: one of choices */
    FIELD_TEXT,       /* Text: a string or a map by language */
    FIELD_BOOL,       /* bool */
    FIELD_INT,        /* int in [min, max] */
    FIELD_DURATION,   /* long milliseconds in [min, max] */
    FIELD_NEXT,       /* Ref to a step or "end": where to go when the step ends */
    FIELD_GOTO,       /* Ref to a step or "end": a branch */
    FIELD_TOUCHPOINT, /* Ref to a touchpoint */
    FIELD_REF,        /* Ref resolved by the reader of the enclosing map */
    FIELD_CSV,        /* Asset: a CSV file */
    FIELD_WAV,        /* Asset: a WAV sound, or "builtin:NAME" */
    FIELD_MAP,        /* a struct, read with the fields sub */
    FIELD_SWITCH,     /* true/false, or a map (meaning true): a struct that starts with a bool */
    FIELD_LIST,       /* an array (a pointer) and its length (an int at count_offset) */
    FIELD_CUSTOM,     /* read by custom() */
} FieldKind;

/* Tables are written {F("key", FIELD_KIND, required, T, member), .extra = ...,
 * .doc = "..."}. min and max bound an int, a duration in ms (max 0: 12 h) or a
 * list's length (max 0: 100). The tables are also the format's description:
 * `teaser schema` (schema_json.c) writes its JSON Schema from them, so every
 * table must be reachable from the top (a list of maps names its items' table
 * with SUB()) and every field needs its .doc. */
typedef struct Field {
    const char *key;                                    /* as written in the file */
    FieldKind kind;                                     /* how the value is read, and into what */
    bool required;                                      /* missing: an error at the map */
    size_t offset;                                      /* of the member in the struct read */
    long min, max;                                      /* FIELD_INT, FIELD_DURATION; list length */
    const char *const *choices;                         /* FIELD_ENUM, NULL-terminated */
    const struct Field *sub;                            /* FIELD_MAP, FIELD_SWITCH; FIELD_LIST */
    size_t n_sub;                                       /* of maps: what each reads them with */
    size_t elem_size, count_offset;                     /* FIELD_LIST */
    bool (*each)(Parse *p, const YNode *n, void *elem); /* FIELD_LIST */
    bool item_text; /* FIELD_LIST: items are texts (with sub: a text or such a map) */
    bool (*custom)(Parse *p, const YNode *n, void *dst); /* FIELD_CUSTOM */
    /* For authors and their editors, not for reading: one line of help in the
     * words of docs/scenario-format.md (the schema's "description", shown on
     * hover), and JSON Schema keywords for what the kind cannot say (a
     * custom reader's rule), written into the value's schema: a map's for
     * FIELD_MAP, FIELD_SWITCH and a list of maps; FIELD_CUSTOM: all of it. */
    const char *doc;
    const char *json;
} Field;

#define F(k, kind_, required_, T, member)                                                          \
    .key = (k), .kind = (kind_), .required = (required_), .offset = offsetof(T, member)
#define SUB(table) .sub = (table), .n_sub = FIELD_COUNT(table)
#define LIST(T, count_member, elem_type, reader)                                                   \
    .elem_size = sizeof(elem_type), .count_offset = offsetof(T, count_member), .each = (reader)
/* A list of texts (emotion words, a question's options). */
#define TEXT_LIST(T, count_member) LIST(T, count_member, Text, schema_each_text), .item_text = true

/* A table of fields and the struct it reads into; a map may be read with
 * several (a step's common keys and its type's own). */
typedef struct {
    const Field *fields; /* the table */
    size_t n;            /* its length */
    void *dst;           /* the struct the offsets point into */
} FieldSet;

#define FIELD_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Reads map into the sets' structs; what names the map in messages ("step
 * \"hold\""). Fields not given keep what dst held. False on any error. */
bool schema_map(Parse *p, const YNode *map, const char *what, const FieldSet *sets, size_t nsets);

/* Reads a list: an arena array of count elements of elem_size, each filled by
 * each() (an item with errors stays, partly filled). min and max bound the
 * length. NULL when empty or when the node is not a list of that length. */
void *schema_list(Parse *p, const YNode *seq, const char *key, size_t elem_size, int min, int max,
                  bool (*each)(Parse *p, const YNode *n, void *elem), int *count);

/* A list item that is a text (for FIELD_LIST of Text). */
bool schema_each_text(Parse *p, const YNode *n, void *elem);

/* Single values, for custom readers. key names the field in messages. */
bool schema_text(Parse *p, const YNode *n, const char *key, Text *out);
bool schema_str(Parse *p, const YNode *n, const char *key, const char **out);
bool schema_id(Parse *p, const YNode *n, const char *key, const char **out);
bool schema_bool(Parse *p, const YNode *n, const char *key, bool *out);
bool schema_ref(Parse *p, const YNode *n, const char *key, Ref *out);

/* Error and warning at a node, and at a position; code (diag_codes.h) says
 * which problem it is (an E code for the errors, a W code for the warning). */
bool schema_error(Parse *p, DiagCode code, const YNode *n, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
bool schema_error_at(Parse *p, DiagCode code, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void schema_warning_at(Parse *p, DiagCode code, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* "en", "nl", "pt-BR": a language code as text fields take them. */
bool schema_is_lang_code(const char *s);

/* Parses "90s", "3m", "1m30s", "500ms", "2h" into milliseconds. */
bool schema_parse_duration(const char *s, long *ms);
/* "1m30s" for 90000: the shortest form that schema_parse_duration reads back. */
void schema_format_duration(long ms, char *buf, size_t size);

bool ptrvec_push(Parse *p, PtrVec *v, void *ptr);
void ptrvec_free(PtrVec *v);

#endif
