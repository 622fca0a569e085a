/* bench: pattern_match_worst_us. The slowest of the largest patterns the
 * limits of a form's `match` allow (docs/scenario-format.md), matched against
 * a full field (127 bytes) that makes them try every start: microseconds per
 * match, compiling included, as a form submission does it. Usage: bench_pattern */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "../../engine/pattern.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(void)
{
    static const char *const largest[] = {"(.?){100}(.?){100}y", ".{0,100}.{0,100}y",
                                          "(x*x*x*x*x*){20}y", "((.?|x*){0,20})*y",
                                          "([[:alpha:]]|[[:digit:]]|.){0,60}y"};
    char text[PATTERN_MAX_INPUT + 1];
    memset(text, 'x', PATTERN_MAX_INPUT);
    text[PATTERN_MAX_INPUT] = '\0';
    double worst = 0;
    for (size_t k = 0; k < sizeof largest / sizeof *largest; k++) {
        enum { RUNS = 2000 };
        double t0 = now_s();
        for (int i = 0; i < RUNS; i++)
            if (pattern_match(largest[k], text) != PATTERN_NO_MATCH) {
                fprintf(stderr, "bench_pattern: \"%s\" was refused or matched\n", largest[k]);
                return 1;
            }
        double us = (now_s() - t0) / RUNS * 1e6;
        worst = us > worst ? us : worst;
    }
    printf("pattern_match_worst_us %.1f\n", worst);
    return 0;
}
