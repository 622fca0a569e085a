/* Names: strings to dense indices 0, 1, 2, ... in the order first seen, for
 * the privacy census (workshops, people, groups) and for matching sessions
 * across stores by id. Open addressing on an FNV-1a hash; the keys are
 * copied. A zeroed Names is empty. */
#ifndef TEASER_NAMES_H
#define TEASER_NAMES_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char **keys; /* keys[i]: the name of index i */
    int n, cap;
    int *slots; /* open addressing: index + 1; 0 empty */
    size_t n_slots;
} Names;

/* The index of key; -1 when it is not there. */
int names_find(const Names *t, const char *key);
/* The index of key, added when new; -1 when memory runs out. */
int names_add(Names *t, const char *key);
void names_free(Names *t);

#endif
