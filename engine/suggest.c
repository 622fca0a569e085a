/* Optimal string alignment distance (Levenshtein plus adjacent
 * transpositions), case-insensitive, so that "tpye" and "Type" both find
 * "type". Words longer than SUGGEST_MAX_LEN are never suggested for. */
#include "suggest.h"

#include <ctype.h>
#include <string.h>

enum { SUGGEST_MAX_LEN = 64 };

static int lower(char c)
{
    return tolower((unsigned char)c);
}

static int min3(int a, int b, int c)
{
    int m = a < b ? a : b;
    return m < c ? m : c;
}

static int osa_distance(const char *a, size_t la, const char *b, size_t lb)
{
    int d[SUGGEST_MAX_LEN + 1][SUGGEST_MAX_LEN + 1];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        for (size_t j = 1; j <= lb; j++) {
            int cost = lower(a[i - 1]) != lower(b[j - 1]);
            d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
                lower(a[i - 2]) == lower(b[j - 1]) && d[i - 2][j - 2] + 1 < d[i][j])
                d[i][j] = d[i - 2][j - 2] + 1;
        }
    }
    return d[la][lb];
}

const char *suggest_closest(const char *word, const char *const *candidates, size_t n)
{
    size_t lw = strlen(word);
    if (lw == 0 || lw > SUGGEST_MAX_LEN)
        return NULL;
    int limit = lw >= 5 ? 2 : 1;
    const char *best = NULL;
    int best_d = limit + 1;
    for (size_t i = 0; i < n; i++) {
        if (!candidates[i])
            continue;
        size_t lc = strlen(candidates[i]);
        if (lc > SUGGEST_MAX_LEN)
            continue;
        int dist = osa_distance(word, lw, candidates[i], lc);
        if (dist < best_d) {
            best_d = dist;
            best = candidates[i];
        }
    }
    return best;
}
