/* Names (names.h). The table is kept at most half full, so that a probe
 * ends soon; it doubles as it grows. */
#include "names.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t hash_of(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

int names_find(const Names *t, const char *key)
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

int names_add(Names *t, const char *key)
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

void names_free(Names *t)
{
    for (int k = 0; k < t->n; k++)
        free(t->keys[k]);
    free(t->keys);
    free(t->slots);
    memset(t, 0, sizeof *t);
}
