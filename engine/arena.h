/* Arena allocation: many small objects that live and die together (a loaded
 * scenario and everything parsed from its file), released in one call. An
 * object is never freed on its own. */
#ifndef TEASER_ARENA_H
#define TEASER_ARENA_H

#include <stddef.h>

typedef struct Arena Arena;

Arena *arena_new(void);
void arena_free(Arena *a);
/* Zeroed memory, aligned for any type; NULL when memory runs out. */
void *arena_alloc(Arena *a, size_t size);
/* A NUL-terminated copy of s[0..len); NULL when memory runs out. */
char *arena_strndup(Arena *a, const char *s, size_t len);
char *arena_strdup(Arena *a, const char *s);

#endif
