/* The privacy floor, decided for every group at once.
 *
 * A report may select the whole scenario, one workshop, one department, or
 * one workshop's department. Those groups are the entities of a table: the
 * root (everyone), one row per workshop, one column per department, one cell
 * per workshop and department. Every figure teaser shows is a sum over
 * sessions divided by a count, so a reader who has several reports can add
 * and subtract them along the table's relations: root = sum of the rows,
 * root = sum of the columns, root = sum of the cells, a row = sum of its
 * cells, a column = sum of its cells. Workshop or department "none given" is part of the table too,
 * but no report selects it.
 *
 * Per layer (taking part, a touchpoint, a step), with each entity's set of
 * distinct participants:
 *
 *   1. a group with fewer than the floor is withheld (primary suppression);
 *   2. what a reader can know is worked out: shown groups, then any entity
 *      that is the one unknown of a relation whose other members are known;
 *   3. the rules are checked: no known entity under the floor, and in every
 *      relation whose total is known, the unknown parts together hold no
 *      fewer than the floor (else the reader learns their union);
 *   4. where a rule fails, the smallest shown part of that relation (or, if
 *      none, its total; or, following how a member became known, a shown
 *      group further back) is withheld as well (secondary suppression), and
 *      2-3 run again. Each round withholds one more group, so it ends.
 *
 * A group withheld in step 4 that a reader can work out anyway, and that is
 * not under the floor, is shown after all: withholding it protects no one.
 * This is the classic heuristic of statistics offices, not a proof against
 * every combination of reports (docs/security.md says what it cannot do). */
#include "privacy.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- names: strings to dense indices ---- */

typedef struct {
    char **keys;
    int n, cap;
    int *slots; /* open addressing: index + 1; 0 empty */
    size_t n_slots;
} Names;

static uint64_t hash_of(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static int names_find(const Names *t, const char *key)
{
    if (!t->n_slots)
        return -1;
    for (size_t i = hash_of(key) & (t->n_slots - 1);; i = (i + 1) & (t->n_slots - 1)) {
        int k = t->slots[i];
        if (!k)
            return -1;
        if (!strcmp(t->keys[k - 1], key))
            return k - 1;
    }
}

static bool names_grow(Names *t)
{
    size_t n_slots = t->n_slots ? t->n_slots * 2 : 64;
    int *slots = calloc(n_slots, sizeof *slots);
    if (!slots)
        return false;
    for (int k = 0; k < t->n; k++) {
        size_t i = hash_of(t->keys[k]) & (n_slots - 1);
        while (slots[i])
            i = (i + 1) & (n_slots - 1);
        slots[i] = k + 1;
    }
    free(t->slots);
    t->slots = slots, t->n_slots = n_slots;
    return true;
}

/* The index of key, added when new; -1 when memory runs out. */
static int names_add(Names *t, const char *key)
{
    int k = names_find(t, key);
    if (k >= 0)
        return k;
    if ((size_t)(t->n + 1) * 2 > t->n_slots && !names_grow(t))
        return -1;
    if (t->n == t->cap) {
        int cap = t->cap ? t->cap * 2 : 32;
        char **keys = realloc(t->keys, (size_t)cap * sizeof *keys);
        if (!keys)
            return -1;
        t->keys = keys, t->cap = cap;
    }
    if (!(t->keys[t->n] = strdup(key)))
        return -1;
    size_t i = hash_of(key) & (t->n_slots - 1);
    while (t->slots[i])
        i = (i + 1) & (t->n_slots - 1);
    t->slots[i] = ++t->n;
    return t->n - 1;
}

static void names_free(Names *t)
{
    for (int k = 0; k < t->n; k++)
        free(t->keys[k]);
    free(t->keys);
    free(t->slots);
}

/* ---- the census ---- */

typedef struct {
    int layer, cell, person;
} Mark;

typedef struct {
    int entity, person;
} Pair;

struct Privacy {
    int n_layers, floor;
    bool failed, settled;
    Names workshops, departments, cells, people;
    int *cell_row, *cell_col; /* a cell's workshop and department: 0 none, else 1 + index */
    int cap_cells;
    Mark *marks;
    size_t n_marks, cap_marks;
    /* after privacy_settle, per layer and entity */
    int n_entities;
    unsigned char *verdict;
    int *count;
};

Privacy *privacy_new(int n_layers)
{
    Privacy *p = calloc(1, sizeof *p);
    if (p)
        p->n_layers = n_layers < 1 ? 1 : n_layers;
    return p;
}

void privacy_free(Privacy *p)
{
    if (!p)
        return;
    names_free(&p->workshops);
    names_free(&p->departments);
    names_free(&p->cells);
    names_free(&p->people);
    free(p->cell_row);
    free(p->cell_col);
    free(p->marks);
    free(p->verdict);
    free(p->count);
    free(p);
}

/* A workshop's or department's place: 0 none given, else 1 + its index; -1 no memory. */
static int value_add(Names *t, const char *name)
{
    if (!name)
        return 0;
    int k = names_add(t, name);
    return k < 0 ? -1 : k + 1;
}

static int cell_add(Privacy *p, int row, int col)
{
    char key[32];
    snprintf(key, sizeof key, "%d,%d", row, col);
    int n = p->cells.n, c = names_add(&p->cells, key);
    if (c < 0 || c < n)
        return c;
    if (c >= p->cap_cells) {
        int cap = p->cap_cells ? p->cap_cells * 2 : 32;
        int *r = realloc(p->cell_row, (size_t)cap * sizeof *r);
        if (r)
            p->cell_row = r;
        int *k = realloc(p->cell_col, (size_t)cap * sizeof *k);
        if (k)
            p->cell_col = k;
        if (!r || !k)
            return -1;
        p->cap_cells = cap;
    }
    p->cell_row[c] = row, p->cell_col[c] = col;
    return c;
}

PrivacyMember privacy_member(Privacy *p, const char *workshop, const char *department,
                             const char *participant)
{
    int row = value_add(&p->workshops, workshop), col = value_add(&p->departments, department);
    int cell = row < 0 || col < 0 ? -1 : cell_add(p, row, col);
    int person = names_add(&p->people, participant ? participant : "");
    if (cell < 0 || person < 0)
        return (PrivacyMember){-1, -1};
    return (PrivacyMember){cell, person};
}

bool privacy_mark(Privacy *p, PrivacyMember m, int layer)
{
    if (m.cell < 0 || p->failed) {
        p->failed = true;
        return false;
    }
    if (p->settled || layer < 0 || layer >= p->n_layers)
        return true;
    Mark k = {layer, m.cell, m.person};
    if (p->n_marks && !memcmp(&p->marks[p->n_marks - 1], &k, sizeof k))
        return true; /* the same again (a session's events at one step) */
    if (p->n_marks == p->cap_marks) {
        size_t cap = p->cap_marks ? p->cap_marks * 2 : 1024;
        Mark *marks = realloc(p->marks, cap * sizeof *marks);
        if (!marks)
            return !(p->failed = true);
        p->marks = marks, p->cap_marks = cap;
    }
    p->marks[p->n_marks++] = k;
    return true;
}

/* ---- the table ---- */

/* Entities: 0 the root, then the rows (workshops, 0 none), the columns
 * (departments, 0 none), the cells. Relations, as total and parts in CSR
 * form: root = rows, root = columns, root = cells, each row = its cells,
 * each column = its cells. */
typedef struct {
    int n_rows, n_cols, n_cells, n;
    int n_rel, *rel_total, *rel_start, *member; /* member[rel_start[r] .. rel_start[r + 1]) */
} Table;

static int row_entity(int row)
{
    return 1 + row;
}

static int col_entity(const Table *t, int col)
{
    return 1 + t->n_rows + col;
}

static int cell_entity(const Table *t, int cell)
{
    return 1 + t->n_rows + t->n_cols + cell;
}

/* Only groups a filter can select are ever shown: no "none given". */
static bool selectable(const Table *t, const Privacy *p, int e)
{
    if (e == 0)
        return true;
    if (e < col_entity(t, 0))
        return e != row_entity(0);
    if (e < cell_entity(t, 0))
        return e != col_entity(t, 0);
    int c = e - cell_entity(t, 0);
    return p->cell_row[c] && p->cell_col[c];
}

static bool table_build(Table *t, const Privacy *p)
{
    t->n_rows = 1 + p->workshops.n, t->n_cols = 1 + p->departments.n, t->n_cells = p->cells.n;
    t->n = 1 + t->n_rows + t->n_cols + t->n_cells;
    t->n_rel = 3 + t->n_rows + t->n_cols;
    t->rel_total = malloc((size_t)t->n_rel * sizeof *t->rel_total);
    t->rel_start = calloc((size_t)t->n_rel + 1, sizeof *t->rel_start);
    t->member =
        malloc(((size_t)t->n_rows + t->n_cols + 3 * (size_t)t->n_cells) * sizeof *t->member);
    if (!t->rel_total || !t->rel_start || !t->member)
        return false;
    int *fill = t->rel_start + 1;
    t->rel_total[0] = t->rel_total[1] = t->rel_total[2] = 0;
    fill[0] = t->n_rows, fill[1] = t->n_cols, fill[2] = t->n_cells;
    for (int r = 0; r < t->n_rows; r++)
        t->rel_total[3 + r] = row_entity(r);
    for (int c = 0; c < t->n_cols; c++)
        t->rel_total[3 + t->n_rows + c] = col_entity(t, c);
    for (int c = 0; c < t->n_cells; c++)
        fill[3 + p->cell_row[c]]++, fill[3 + t->n_rows + p->cell_col[c]]++;
    for (int r = 1; r <= t->n_rel; r++)
        t->rel_start[r] += t->rel_start[r - 1];
    int *at = malloc((size_t)t->n_rel * sizeof *at);
    if (!at)
        return false;
    memcpy(at, t->rel_start, (size_t)t->n_rel * sizeof *at);
    for (int r = 0; r < t->n_rows; r++)
        t->member[at[0]++] = row_entity(r);
    for (int c = 0; c < t->n_cols; c++)
        t->member[at[1]++] = col_entity(t, c);
    for (int c = 0; c < t->n_cells; c++) {
        t->member[at[2]++] = cell_entity(t, c);
        t->member[at[3 + p->cell_row[c]]++] = cell_entity(t, c);
        t->member[at[3 + t->n_rows + p->cell_col[c]]++] = cell_entity(t, c);
    }
    free(at);
    return true;
}

static void table_free(Table *t)
{
    free(t->rel_total);
    free(t->rel_start);
    free(t->member);
}

/* ---- one layer ---- */

typedef struct {
    const Privacy *p;
    const Table *t;
    const Pair *pairs; /* sorted by entity, then person; distinct */
    int *start, *size; /* per entity: its participants in pairs */
    bool *withheld, *known;
    int *via;   /* the relation that made an entity known; -1: shown */
    int *stamp; /* per person, for unions */
    int gen;
} Layer;

static bool shown(const Layer *l, int e)
{
    return l->size[e] >= l->p->floor && selectable(l->t, l->p, e) && !l->withheld[e];
}

/* What a reader can know: the groups shown, then any one unknown member of a
 * relation whose others are known, until nothing more follows. */
static void propagate(Layer *l)
{
    const Table *t = l->t;
    for (int e = 0; e < t->n; e++)
        l->known[e] = l->size[e] > 0 && shown(l, e), l->via[e] = -1;
    for (bool more = true; more;) {
        more = false;
        for (int r = 0; r < t->n_rel; r++) {
            int total = t->rel_total[r], unknown = 0, last = -1;
            if (!l->size[total])
                continue;
            for (int i = t->rel_start[r]; i < t->rel_start[r + 1]; i++)
                if (l->size[t->member[i]] && !l->known[t->member[i]])
                    unknown++, last = t->member[i];
            int learnt = l->known[total] && unknown == 1 ? last
                         : !l->known[total] && !unknown  ? total
                                                         : -1;
            if (learnt >= 0)
                l->known[learnt] = true, l->via[learnt] = r, more = true;
        }
    }
}

/* Distinct participants in the unknown parts of relation r, counted up to the floor. */
static int unknown_union(Layer *l, int r)
{
    const Table *t = l->t;
    int n = 0;
    l->gen++;
    for (int i = t->rel_start[r]; i < t->rel_start[r + 1] && n < l->p->floor; i++) {
        int e = t->member[i];
        if (l->known[e])
            continue;
        for (int k = l->start[e]; k < l->start[e] + l->size[e] && n < l->p->floor; k++) {
            int person = l->pairs[k].person;
            if (l->stamp[person] != l->gen)
                l->stamp[person] = l->gen, n++;
        }
    }
    return n;
}

/* A broken rule: the relation to mend, and the member it must not withhold
 * (-1: any); false when every rule holds. */
static bool broken(Layer *l, int *rel, int *keep)
{
    const Table *t = l->t;
    for (int e = 0; e < t->n; e++)
        if (l->known[e] && l->size[e] > 0 && l->size[e] < l->p->floor && l->via[e] >= 0) {
            *rel = l->via[e], *keep = e;
            return true;
        }
    for (int r = 0; r < t->n_rel; r++) {
        int total = t->rel_total[r];
        if (!l->size[total] || !l->known[total])
            continue;
        int n = unknown_union(l, r);
        if (n > 0 && n < l->p->floor) {
            *rel = r, *keep = -1;
            return true;
        }
    }
    return false;
}

/* Withholds one more group so that relation rel no longer gives away keep
 * (or its unknown parts): its smallest shown part; else, a step back, in the
 * relation that let a part of it be known; else its total. Parts go before
 * totals so that the larger groups (the whole scenario, a workshop) stay. */
static bool mend(Layer *l, int rel, int keep, int depth)
{
    const Table *t = l->t;
    int best = -1, total = t->rel_total[rel];
    for (int i = t->rel_start[rel]; i < t->rel_start[rel + 1]; i++) {
        int e = t->member[i];
        if (e != keep && l->size[e] && shown(l, e) && (best < 0 || l->size[e] < l->size[best]))
            best = e;
    }
    for (int i = t->rel_start[rel]; best < 0 && depth < t->n && i <= t->rel_start[rel + 1]; i++) {
        int e = i < t->rel_start[rel + 1] ? t->member[i] : total;
        if (e == keep || !l->size[e] || !l->known[e] || l->via[e] < 0 || l->via[e] == rel)
            continue;
        if (mend(l, l->via[e], e, depth + 1))
            return true;
        break; /* that way back withholds nothing: the total it is */
    }
    if (best < 0 && total != keep && shown(l, total))
        best = total;
    if (best >= 0)
        l->withheld[best] = true;
    return best >= 0;
}

static void decide(Layer *l, unsigned char *verdict)
{
    const Table *t = l->t;
    for (int e = 0; e < t->n; e++)
        l->withheld[e] = false;
    for (int round = 0; round <= t->n; round++) {
        propagate(l);
        int rel, keep;
        if (!broken(l, &rel, &keep))
            break;
        if (!mend(l, rel, keep, 0)) { /* nothing left to withhold in reach: withhold all */
            for (int e = 0; e < t->n; e++)
                l->withheld[e] = true;
            propagate(l);
            break;
        }
    }
    for (int e = 0; e < t->n; e++)
        verdict[e] = !l->size[e]                ? PRIVACY_SHOWN
                     : l->size[e] < l->p->floor ? PRIVACY_FEW
                     : l->known[e]              ? PRIVACY_SHOWN
                                                : PRIVACY_SUBTRACTION;
}

static int by_mark(const void *a, const void *b)
{
    const Mark *x = a, *y = b;
    return x->layer != y->layer ? (x->layer > y->layer) - (x->layer < y->layer)
           : x->cell != y->cell ? (x->cell > y->cell) - (x->cell < y->cell)
                                : (x->person > y->person) - (x->person < y->person);
}

static int by_pair(const void *a, const void *b)
{
    const Pair *x = a, *y = b;
    return x->entity != y->entity ? (x->entity > y->entity) - (x->entity < y->entity)
                                  : (x->person > y->person) - (x->person < y->person);
}

/* The layer's pairs (entity, person) from its marks: each mark counts in its
 * cell, its row, its column and the root; sorted, each pair once. */
static size_t layer_pairs(const Privacy *p, const Table *t, const Mark *m, size_t n, Pair *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int c = m[i].cell, person = m[i].person;
        out[k++] = (Pair){cell_entity(t, c), person};
        out[k++] = (Pair){row_entity(p->cell_row[c]), person};
        out[k++] = (Pair){col_entity(t, p->cell_col[c]), person};
        out[k++] = (Pair){0, person};
    }
    qsort(out, k, sizeof *out, by_pair);
    size_t d = 0;
    for (size_t i = 0; i < k; i++)
        if (!d || by_pair(&out[i], &out[d - 1]))
            out[d++] = out[i];
    return d;
}

bool privacy_settle(Privacy *p, int floor)
{
    if (p->failed || p->settled)
        return !p->failed;
    p->settled = true;
    p->floor = floor < 1 ? 1 : floor;
    Table t = {0};
    bool ok = table_build(&t, p);
    p->n_entities = t.n;
    size_t cells = (size_t)p->n_layers * (size_t)t.n;
    p->verdict = calloc(cells + 1, 1);
    p->count = calloc(cells + 1, sizeof *p->count);
    Pair *pairs = malloc((4 * p->n_marks + 1) * sizeof *pairs);
    size_t n_e = (size_t)t.n;
    Layer l = {.p = p,
               .t = &t,
               .pairs = pairs,
               .start = calloc(n_e, sizeof(int)),
               .withheld = calloc(n_e, sizeof(bool)),
               .known = calloc(n_e, sizeof(bool)),
               .via = calloc(n_e, sizeof(int)),
               .stamp = calloc((size_t)p->people.n + 1, sizeof(int))};
    ok = ok && p->verdict && p->count && pairs && l.start && l.withheld && l.known && l.via &&
         l.stamp;
    if (ok && p->n_marks) /* no marks: no array to sort */
        qsort(p->marks, p->n_marks, sizeof *p->marks, by_mark);
    for (size_t a = 0, b; ok && a < p->n_marks; a = b) {
        for (b = a; b < p->n_marks && p->marks[b].layer == p->marks[a].layer;)
            b++;
        int layer = p->marks[a].layer, *size = p->count + (size_t)layer * t.n;
        size_t n = layer_pairs(p, &t, p->marks + a, b - a, pairs);
        for (size_t i = n; i-- > 0;)
            size[pairs[i].entity]++, l.start[pairs[i].entity] = (int)i;
        l.size = size;
        decide(&l, p->verdict + (size_t)layer * t.n);
    }
    free(l.start), free(l.withheld), free(l.known), free(l.via), free(l.stamp);
    free(pairs);
    table_free(&t);
    if (!ok)
        p->failed = true;
    return ok;
}

/* The entity a filter selects; -1: a group with no one in it. */
static int entity_of(const Privacy *p, const char *workshop, const char *department)
{
    Table t = {.n_rows = 1 + p->workshops.n, .n_cols = 1 + p->departments.n};
    int row = workshop ? names_find(&p->workshops, workshop) : -1;
    int col = department ? names_find(&p->departments, department) : -1;
    if ((workshop && row < 0) || (department && col < 0))
        return -1;
    if (!workshop && !department)
        return 0;
    if (!department)
        return row_entity(1 + row);
    if (!workshop)
        return col_entity(&t, 1 + col);
    char key[32];
    snprintf(key, sizeof key, "%d,%d", 1 + row, 1 + col);
    int cell = names_find(&p->cells, key);
    return cell < 0 ? -1 : cell_entity(&t, cell);
}

PrivacyVerdict privacy_verdict(const Privacy *p, const char *workshop, const char *department,
                               int layer)
{
    if (!p->settled || p->failed || layer < 0 || layer >= p->n_layers)
        return PRIVACY_FEW; /* undecided: show nothing */
    int e = entity_of(p, workshop, department);
    return e < 0 ? PRIVACY_SHOWN : (PrivacyVerdict)p->verdict[(size_t)layer * p->n_entities + e];
}

int privacy_count(const Privacy *p, const char *workshop, const char *department, int layer)
{
    if (!p->settled || p->failed || layer < 0 || layer >= p->n_layers)
        return 0;
    int e = entity_of(p, workshop, department);
    return e < 0 ? 0 : p->count[(size_t)layer * p->n_entities + e];
}
