/* The privacy floor, decided for every group at once.
 *
 * A report may select everyone, or any choice of one workshop, one
 * department and one site. Those groups form a lattice: everyone; each
 * workshop, department and site; each pair; each cell (one of each). Every
 * figure teaser shows is a sum over sessions divided by a count, so a reader
 * who has several reports can add and subtract them along its relations: a
 * group is the sum of its parts split by any one dimension it leaves open
 * (everyone = the workshops = the departments = the sites; a workshop = its
 * departments = its sites; ...), and a group open in two dimensions or more
 * is the sum of its cells. "None given" is a value like any other, but no
 * report selects a group with it.
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

#include "names.h"

/* ---- the census ---- */

enum { DIMS = PRIVACY_DIMS, KINDS = 1 << PRIVACY_DIMS };

typedef struct {
    int layer, cell, person;
} Mark;

typedef struct {
    int entity, person;
} Pair;

/* Participants counted without their names, all in one cell (privacy_add_crowd). */
typedef struct {
    int layer, cell, n;
} Crowd;

struct Privacy {
    int n_layers, floor;
    bool failed, settled;
    Names values[DIMS], cells, people;
    int *cell_val; /* DIMS per cell: 0 none given, else 1 + index */
    int cap_cells;
    Mark *marks;
    size_t n_marks, cap_marks;
    Crowd *crowds;
    size_t n_crowds, cap_crowds;
    /* after privacy_settle: the groups, what each cell counts in, and per
     * layer and group the verdict and the count */
    Names entities;
    bool splits[DIMS]; /* as Table's */
    int *cell_ent;     /* KINDS per cell: the group of each kind it is in */
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
    for (int d = 0; d < DIMS; d++)
        names_free(&p->values[d]);
    names_free(&p->cells);
    names_free(&p->people);
    names_free(&p->entities);
    free(p->cell_val);
    free(p->cell_ent);
    free(p->marks);
    free(p->crowds);
    free(p->verdict);
    free(p->count);
    free(p);
}

/* A group's key: each dimension's value (0 none given, 1 + index), -1 for any. */
static void key_of(const int *val, char key[48])
{
    snprintf(key, 48, "%d,%d,%d", val[0], val[1], val[2]);
}

/* A cell: one workshop, department and site (each possibly none given). */
static int cell_add(Privacy *p, const int *val)
{
    char key[48];
    key_of(val, key);
    int n = p->cells.n, c = names_add(&p->cells, key);
    if (c < 0 || c < n)
        return c;
    if (c >= p->cap_cells) {
        int cap = p->cap_cells ? p->cap_cells * 2 : 32;
        int *v = realloc(p->cell_val, (size_t)cap * DIMS * sizeof *v);
        if (!v)
            return -1;
        p->cell_val = v, p->cap_cells = cap;
    }
    memcpy(p->cell_val + (size_t)c * DIMS, val, DIMS * sizeof *val);
    return c;
}

static const char *dim_of(const PrivacyGroup *g, int d)
{
    return d == 0 ? g->workshop : d == 1 ? g->department : g->site;
}

/* The cell of g (each dimension given or not); -1 when memory runs out. */
static int cell_of(Privacy *p, const PrivacyGroup *g)
{
    int val[DIMS];
    for (int d = 0; d < DIMS; d++) {
        const char *name = dim_of(g, d);
        int k = name ? names_add(&p->values[d], name) : -1;
        val[d] = name ? (k < 0 ? -1 : k + 1) : 0;
        if (val[d] < 0)
            return -1;
    }
    return cell_add(p, val);
}

PrivacyMember privacy_member(Privacy *p, const PrivacyGroup *g, const char *participant)
{
    int cell = cell_of(p, g);
    int person = names_add(&p->people, participant ? participant : "");
    if (cell < 0 || person < 0)
        return (PrivacyMember){-1, -1};
    return (PrivacyMember){cell, person};
}

bool privacy_add_crowd(Privacy *p, const PrivacyGroup *g, int layer, int n)
{
    int cell = p->failed ? -1 : cell_of(p, g);
    if (cell < 0)
        return !(p->failed = true);
    if (p->settled || layer < 0 || layer >= p->n_layers || n <= 0)
        return true;
    if (p->n_crowds == p->cap_crowds) {
        size_t cap = p->cap_crowds ? p->cap_crowds * 2 : 256;
        Crowd *crowds = realloc(p->crowds, cap * sizeof *crowds);
        if (!crowds)
            return !(p->failed = true);
        p->crowds = crowds, p->cap_crowds = cap;
    }
    p->crowds[p->n_crowds++] = (Crowd){layer, cell, n};
    return true;
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

/* ---- the lattice ---- */

/* Groups (entities): every combination of a workshop, a department and a
 * site, each fixed or any, that someone is in; 0 is everyone. Relations, as
 * total and parts in CSR form: a group = its parts split by one dimension
 * it leaves open (everyone = the workshops, a workshop = its departments,
 * ...), and a group open in two or more dimensions = its cells. */
typedef struct {
    bool splits[DIMS]; /* the dimension has two values or more: it splits a group */
    int n;             /* groups */
    int *val;          /* DIMS per group: -1 any, else as a cell's */
    int n_rel, *rel_total, *rel_start, *member; /* member[rel_start[r] .. rel_start[r + 1]) */
} Table;

/* Only groups a filter can select are ever shown: no "none given". */
static bool selectable(const Table *t, int e)
{
    for (int d = 0; d < DIMS; d++)
        if (!t->val[e * DIMS + d])
            return false;
    return true;
}

/* The dimensions that split e further. */
static int open_dims(const Table *t, int e)
{
    int n = 0;
    for (int d = 0; d < DIMS; d++)
        n += t->splits[d] && t->val[e * DIMS + d] < 0;
    return n;
}

/* A dimension with one value (no site given anywhere, say) splits nothing:
 * fixing it gives the same group again, so it is left open throughout. */
static void find_splits(Table *t, const Privacy *p)
{
    for (int d = 0; d < DIMS; d++) {
        int first = p->cells.n ? p->cell_val[d] : 0;
        t->splits[d] = false;
        for (int c = 1; c < p->cells.n && !t->splits[d]; c++)
            t->splits[d] = p->cell_val[c * DIMS + d] != first;
    }
}

/* Every cell's groups, one of each kind (bit d of the kind: dimension d fixed). */
static bool groups_build(Table *t, Privacy *p)
{
    size_t most = 1 + (size_t)KINDS * p->cells.n;
    t->val = malloc(most * DIMS * sizeof *t->val);
    p->cell_ent = malloc(((size_t)KINDS * p->cells.n + 1) * sizeof *p->cell_ent);
    if (!t->val || !p->cell_ent)
        return false;
    int any[DIMS] = {-1, -1, -1};
    char key[48];
    key_of(any, key);
    if (names_add(&p->entities, key) != 0)
        return false;
    memcpy(t->val, any, sizeof any);
    for (int c = 0; c < p->cells.n; c++)
        for (int kind = 0; kind < KINDS; kind++) {
            int val[DIMS];
            for (int d = 0; d < DIMS; d++)
                val[d] = kind >> d & 1 && t->splits[d] ? p->cell_val[c * DIMS + d] : -1;
            key_of(val, key);
            int n = p->entities.n, e = names_add(&p->entities, key);
            if (e < 0)
                return false;
            if (e == n)
                memcpy(t->val + (size_t)e * DIMS, val, sizeof val);
            p->cell_ent[c * KINDS + kind] = e;
        }
    t->n = p->entities.n;
    return true;
}

/* The group e with dimension d opened up. */
static int parent_of(const Privacy *p, const Table *t, int e, int d)
{
    int val[DIMS];
    char key[48];
    memcpy(val, t->val + (size_t)e * DIMS, sizeof val);
    val[d] = -1;
    key_of(val, key);
    return names_find(&p->entities, key);
}

/* Calls add(rel, part) for every part of every relation: a group in its
 * parent along each dimension it fixes; a cell in each group open in two or
 * more dimensions that holds it. rel_of: per group, DIMS + 1 relation
 * numbers (-1: none). */
static void each_part(const Privacy *p, const Table *t, const int *rel_of,
                      void (*add)(Table *, int, int, int *), Table *into, int *at)
{
    for (int e = 1; e < t->n; e++)
        for (int d = 0; d < DIMS; d++)
            if (t->val[e * DIMS + d] >= 0)
                add(into, rel_of[parent_of(p, t, e, d) * (DIMS + 1) + d], e, at);
    for (int c = 0; c < p->cells.n; c++) {
        int cell = p->cell_ent[c * KINDS + KINDS - 1];
        for (int kind = 0; kind < KINDS - 1; kind++) {
            int e = p->cell_ent[c * KINDS + kind];
            if (open_dims(t, e) >= 2)
                add(into, rel_of[e * (DIMS + 1) + DIMS], cell, at);
        }
    }
}

static void count_part(Table *t, int rel, int part, int *at)
{
    (void)part, (void)at;
    t->rel_start[rel + 1]++;
}

static void place_part(Table *t, int rel, int part, int *at)
{
    t->member[at[rel]++] = part;
}

static bool table_build(Table *t, Privacy *p)
{
    find_splits(t, p);
    if (!groups_build(t, p))
        return false;
    int *rel_of = malloc((size_t)t->n * (DIMS + 1) * sizeof *rel_of);
    t->rel_total = malloc((size_t)t->n * (DIMS + 1) * sizeof *t->rel_total);
    if (!rel_of || !t->rel_total) {
        free(rel_of);
        return false;
    }
    t->n_rel = 0;
    for (int e = 0; e < t->n; e++) {
        for (int d = 0; d < DIMS; d++)
            rel_of[e * (DIMS + 1) + d] = t->splits[d] && t->val[e * DIMS + d] < 0 ? t->n_rel++ : -1;
        rel_of[e * (DIMS + 1) + DIMS] = open_dims(t, e) >= 2 ? t->n_rel++ : -1;
        for (int k = 0; k <= DIMS; k++)
            if (rel_of[e * (DIMS + 1) + k] >= 0)
                t->rel_total[rel_of[e * (DIMS + 1) + k]] = e;
    }
    t->rel_start = calloc((size_t)t->n_rel + 1, sizeof *t->rel_start);
    int *at = malloc(((size_t)t->n_rel + 1) * sizeof *at);
    bool ok = t->rel_start && at;
    if (ok) {
        each_part(p, t, rel_of, count_part, t, NULL);
        for (int r = 1; r <= t->n_rel; r++)
            t->rel_start[r] += t->rel_start[r - 1];
        t->member = malloc(((size_t)t->rel_start[t->n_rel] + 1) * sizeof *t->member);
        ok = t->member != NULL;
    }
    if (ok) {
        memcpy(at, t->rel_start, (size_t)t->n_rel * sizeof *at);
        each_part(p, t, rel_of, place_part, t, at);
    }
    free(at);
    free(rel_of);
    return ok;
}

static void table_free(Table *t)
{
    free(t->val);
    free(t->rel_total);
    free(t->rel_start);
    free(t->member);
}

/* ---- one layer ---- */

typedef struct {
    const Privacy *p;
    const Table *t;
    const Pair *pairs;  /* sorted by entity, then person; distinct */
    int *start, *named; /* per entity: its participants named, in pairs */
    int *crowd;         /* per entity: its participants counted without names */
    int *size;          /* per entity: both */
    bool *withheld, *known;
    int *via;   /* the relation that made an entity known; -1: shown */
    int *stamp; /* per person, for unions */
    int gen;
    int *batch; /* per entity: the round it was withheld in (0: never) */
    int round;
} Layer;

static bool shown(const Layer *l, int e)
{
    return l->size[e] >= l->p->floor && selectable(l->t, e) && !l->withheld[e];
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
        n += l->crowd[e]; /* no one counted so is in another part, or named */
        for (int k = l->start[e]; k < l->start[e] + l->named[e] && n < l->p->floor; k++) {
            int person = l->pairs[k].person;
            if (l->stamp[person] != l->gen)
                l->stamp[person] = l->gen, n++;
        }
    }
    return n;
}

/* Whether relation rel has a member, or its total, withheld in this round:
 * what a reader knows of it has changed, so it waits for the next. */
static bool touched(const Layer *l, int rel)
{
    const Table *t = l->t;
    if (l->batch[t->rel_total[rel]] == l->round)
        return true;
    for (int i = t->rel_start[rel]; i < t->rel_start[rel + 1]; i++)
        if (l->batch[t->member[i]] == l->round)
            return true;
    return false;
}

static bool mend(Layer *l, int rel, int keep, int depth);

/* Every broken rule that nothing withheld in this round has touched is
 * mended by one more group withheld: rules far apart (two workshops' own
 * departments) are mended in one round, not one round each. How many were
 * mended; -1 when one could not be. */
static int mend_broken(Layer *l)
{
    const Table *t = l->t;
    int n = 0;
    for (int e = 0; e < t->n; e++)
        if (l->known[e] && l->size[e] > 0 && l->size[e] < l->p->floor && l->via[e] >= 0 &&
            !touched(l, l->via[e])) {
            if (!mend(l, l->via[e], e, 0))
                return -1;
            n++;
        }
    for (int r = 0; r < t->n_rel; r++) {
        int total = t->rel_total[r];
        if (!l->size[total] || !l->known[total] || touched(l, r))
            continue;
        int k = unknown_union(l, r);
        if (k > 0 && k < l->p->floor) {
            if (!mend(l, r, -1, 0))
                return -1;
            n++;
        }
    }
    return n;
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
        l->withheld[best] = true, l->batch[best] = l->round;
    return best >= 0;
}

static void decide(Layer *l, unsigned char *verdict)
{
    const Table *t = l->t;
    for (int e = 0; e < t->n; e++)
        l->withheld[e] = false, l->batch[e] = 0;
    for (l->round = 1; l->round <= t->n + 1; l->round++) {
        propagate(l);
        int mended = mend_broken(l);
        if (mended == 0)
            break;
        if (mended < 0) { /* nothing left to withhold in reach: withhold all */
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

static int by_crowd(const void *a, const void *b)
{
    const Crowd *x = a, *y = b;
    return (x->layer > y->layer) - (x->layer < y->layer);
}

static int by_pair(const void *a, const void *b)
{
    const Pair *x = a, *y = b;
    return x->entity != y->entity ? (x->entity > y->entity) - (x->entity < y->entity)
                                  : (x->person > y->person) - (x->person < y->person);
}

/* The layer's pairs (entity, person) from its marks: each mark counts in
 * every group its cell is in; sorted, each pair once. */
static size_t layer_pairs(const Privacy *p, const Mark *m, size_t n, Pair *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        for (int kind = 0; kind < KINDS; kind++)
            out[k++] = (Pair){p->cell_ent[m[i].cell * KINDS + kind], m[i].person};
    qsort(out, k, sizeof *out, by_pair);
    size_t d = 0;
    for (size_t i = 0; i < k; i++)
        if (!d || by_pair(&out[i], &out[d - 1]))
            out[d++] = out[i];
    return d;
}

/* The crowds' counts per group: each crowd counts once in every group its
 * cell is in (a dimension that splits nothing gives one group twice). */
static void layer_crowds(const Privacy *p, const Crowd *c, size_t n, int *crowd)
{
    for (size_t i = 0; i < n; i++)
        for (int kind = 0; kind < KINDS; kind++) {
            int e = p->cell_ent[c[i].cell * KINDS + kind], again = 0;
            for (int k = 0; k < kind; k++)
                again |= p->cell_ent[c[i].cell * KINDS + k] == e;
            crowd[e] += again ? 0 : c[i].n;
        }
}

/* Layer by layer: its marks' pairs and its crowds counted, then decided. */
static void settle_layers(Privacy *p, Layer *l, Pair *pairs, int n_e)
{
    size_t a = 0, c = 0;
    for (int layer = 0; layer < p->n_layers; layer++) {
        size_t b = a, d = c;
        while (b < p->n_marks && p->marks[b].layer == layer)
            b++;
        while (d < p->n_crowds && p->crowds[d].layer == layer)
            d++;
        if (a == b && c == d)
            continue;
        l->size = p->count + (size_t)layer * n_e;
        memset(l->named, 0, (size_t)n_e * sizeof *l->named);
        memset(l->crowd, 0, (size_t)n_e * sizeof *l->crowd);
        size_t n = layer_pairs(p, p->marks + a, b - a, pairs);
        for (size_t i = n; i-- > 0;)
            l->named[pairs[i].entity]++, l->start[pairs[i].entity] = (int)i;
        layer_crowds(p, p->crowds + c, d - c, l->crowd);
        for (int e = 0; e < n_e; e++)
            l->size[e] = l->named[e] + l->crowd[e];
        decide(l, p->verdict + (size_t)layer * n_e);
        a = b, c = d;
    }
}

/* ---- the cells in one order ---- */

/* The census's cells in the order of their names, whatever order they were
 * met in: the secondary suppression breaks ties by the order of the groups
 * (the smallest shown part, the first one found), so a census read row by
 * row from a file and one counted by a server must number them alike to
 * reach the same verdicts. */
typedef struct {
    const char *name[DIMS]; /* NULL: none given */
    int cell;
} CellName;

static int by_cell_name(const void *a, const void *b)
{
    const CellName *x = a, *y = b;
    for (int d = 0; d < DIMS; d++) {
        const char *m = x->name[d], *n = y->name[d];
        int c = !m || !n ? (m != NULL) - (n != NULL) : strcmp(m, n);
        if (c)
            return c;
    }
    return 0;
}

static bool cells_in_order(Privacy *p)
{
    int n = p->cells.n;
    CellName *order = malloc(((size_t)n + 1) * sizeof *order);
    int *rank = malloc(((size_t)n + 1) * sizeof *rank);
    int *val = malloc(((size_t)n * DIMS + 1) * sizeof *val);
    Names cells = {0};
    bool ok = order && rank && val;
    for (int c = 0; ok && c < n; c++) {
        order[c].cell = c;
        for (int d = 0; d < DIMS; d++) {
            int v = p->cell_val[c * DIMS + d];
            order[c].name[d] = v ? p->values[d].keys[v - 1] : NULL;
        }
    }
    if (ok && n)
        qsort(order, (size_t)n, sizeof *order, by_cell_name);
    for (int k = 0; ok && k < n; k++) {
        int c = order[k].cell;
        rank[c] = k;
        memcpy(val + (size_t)k * DIMS, p->cell_val + (size_t)c * DIMS, DIMS * sizeof *val);
        ok = names_add(&cells, p->cells.keys[c]) == k;
    }
    for (size_t i = 0; ok && i < p->n_marks; i++)
        p->marks[i].cell = rank[p->marks[i].cell];
    for (size_t i = 0; ok && i < p->n_crowds; i++)
        p->crowds[i].cell = rank[p->crowds[i].cell];
    if (ok) {
        if (n) /* no cells: no array to copy into */
            memcpy(p->cell_val, val, (size_t)n * DIMS * sizeof *val);
        names_free(&p->cells);
        p->cells = cells;
    } else {
        names_free(&cells);
    }
    free(order), free(rank), free(val);
    return ok;
}

bool privacy_settle(Privacy *p, int floor)
{
    if (p->failed || p->settled)
        return !p->failed;
    p->settled = true;
    p->floor = floor < 1 ? 1 : floor;
    Table t = {0};
    bool ok = cells_in_order(p) && table_build(&t, p);
    p->n_entities = t.n;
    memcpy(p->splits, t.splits, sizeof p->splits);
    size_t cells = (size_t)p->n_layers * (size_t)t.n, n_e = (size_t)t.n + 1;
    p->verdict = calloc(cells + 1, 1);
    p->count = calloc(cells + 1, sizeof *p->count);
    Pair *pairs = malloc((KINDS * p->n_marks + 1) * sizeof *pairs);
    Layer l = {.p = p,
               .t = &t,
               .pairs = pairs,
               .start = calloc(n_e, sizeof(int)),
               .named = calloc(n_e, sizeof(int)),
               .crowd = calloc(n_e, sizeof(int)),
               .withheld = calloc(n_e, sizeof(bool)),
               .known = calloc(n_e, sizeof(bool)),
               .via = calloc(n_e, sizeof(int)),
               .batch = calloc(n_e, sizeof(int)),
               .stamp = calloc((size_t)p->people.n + 1, sizeof(int))};
    ok = ok && p->verdict && p->count && pairs && l.start && l.named && l.crowd && l.withheld &&
         l.known && l.via && l.batch && l.stamp;
    if (ok && p->n_marks) /* no marks: no array to sort */
        qsort(p->marks, p->n_marks, sizeof *p->marks, by_mark);
    if (ok && p->n_crowds)
        qsort(p->crowds, p->n_crowds, sizeof *p->crowds, by_crowd);
    if (ok)
        settle_layers(p, &l, pairs, t.n);
    free(l.start), free(l.named), free(l.crowd);
    free(l.withheld), free(l.known), free(l.via), free(l.batch), free(l.stamp);
    free(pairs);
    table_free(&t);
    if (!ok)
        p->failed = true;
    return ok;
}

/* The group a filter selects; -1: a group with no one in it. */
static int entity_of(const Privacy *p, const PrivacyGroup *g)
{
    int val[DIMS];
    for (int d = 0; d < DIMS; d++) {
        const char *name = dim_of(g, d);
        int k = name ? names_find(&p->values[d], name) : -1;
        if (name && k < 0)
            return -1;
        val[d] = name && p->splits[d] ? k + 1 : -1;
    }
    char key[48];
    key_of(val, key);
    return names_find(&p->entities, key);
}

PrivacyVerdict privacy_verdict(const Privacy *p, const PrivacyGroup *g, int layer)
{
    if (!p->settled || p->failed || layer < 0 || layer >= p->n_layers)
        return PRIVACY_FEW; /* undecided: show nothing */
    int e = entity_of(p, g);
    return e < 0 ? PRIVACY_SHOWN : (PrivacyVerdict)p->verdict[(size_t)layer * p->n_entities + e];
}

int privacy_count(const Privacy *p, const PrivacyGroup *g, int layer)
{
    if (!p->settled || p->failed || layer < 0 || layer >= p->n_layers)
        return 0;
    int e = entity_of(p, g);
    return e < 0 ? 0 : p->count[(size_t)layer * p->n_entities + e];
}
