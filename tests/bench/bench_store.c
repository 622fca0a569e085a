/* bench: store_ratings_per_s. Confirmed ratings per second into a results
 * store on this disk, each its own durable commit (WAL, synchronous=FULL),
 * as a play stores them. Usage: bench_store DIR COUNT */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "../../engine/store.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    int count = argc == 3 ? atoi(argv[2]) : 0;
    if (count < 10) {
        fprintf(stderr, "usage: bench_store DIR COUNT\n");
        return 2;
    }
    char path[4096], err[STORE_ERR_MAX];
    snprintf(path, sizeof path, "%s/bench-store.sqlite", argv[1]);
    Store *s;
    int64_t session;
    SessionInfo info = {.scenario = "bench",
                        .scenario_hash = "0",
                        .workshop = "bench",
                        .participant = "p-1",
                        .department = NULL,
                        .language = "en"};
    if (store_open(path, STORE_WRITE, NULL, &s, err, sizeof err) != STORE_OK ||
        store_begin_session(s, &info, &session) != STORE_OK) {
        fprintf(stderr, "bench_store: %s\n", s ? store_error(s) : err);
        return 1;
    }
    double t0 = now_s();
    for (int i = 0; i < count; i++) {
        RatingRecord r = {.session = session, .step = "hold", .touchpoint = "call-wait",
                          .valence = 1 + i % 9, .valence_points = 9, .onset_ms = i * 1000,
                          .response_ms = 2500, .input_device = "keyboard"};
        if (store_add_rating(s, &r, NULL) != STORE_OK) {
            fprintf(stderr, "bench_store: %s\n", store_error(s));
            return 1;
        }
    }
    printf("store_ratings_per_s %.0f\n", count / (now_s() - t0));
    store_close(s);
    return 0;
}
