/* bench: frame_p50_ms, frame_p99_ms, frame_redraw_p50_ms, frame_redraw_p99_ms.
 * Shows one step of a scenario (a letter: the screen with the most text) frame
 * after frame at a window size, headless with SDL's software renderer, as the
 * player does (ui_frame: an unchanged screen is not drawn again), then again
 * with every frame drawn whole (as when something on it changes), and prints
 * the frame times' median and 99th percentile.
 * Usage: bench_frame SCENARIO STEP WxH FRAMES */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../engine/paths.h"
#include "../../engine/view/platform.h"
#include "../../engine/player.h"
#include "../../engine/view/player_view.h"
#include "../../engine/steps/steps.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void draw_player(void *player, Ui *ui)
{
    player_view_draw(player, ui);
}

/* Frame times in ms, sorted; redraw: every frame drawn whole. */
static void frames(Platform *pl, Ui *ui, Player *p, bool redraw, double *t, int n)
{
    for (int i = 0; i < n; i++) {
        double t0 = now_ms();
        int w, h;
        platform_size(pl, &w, &h);
        if (redraw)
            ui_forget_frame(ui);
        if (ui_frame(ui, w, h, draw_player, p))
            platform_present(pl);
        t[i] = now_ms() - t0;
    }
    qsort(t, (size_t)n, sizeof *t, by_value);
}

static bool begin(void *ctx, const char *who, const char *workshop, char *err, size_t size)
{
    (void)ctx, (void)who, (void)workshop, (void)err, (void)size;
    return true;
}

int main(int argc, char **argv)
{
    int w, h, n;
    if (argc != 5 || sscanf(argv[3], "%dx%d", &w, &h) != 2 || (n = atoi(argv[4])) < 100) {
        fprintf(stderr, "usage: bench_frame SCENARIO STEP WxH FRAMES\n");
        return 2;
    }
    DiagList dl;
    diag_init(&dl);
    Scenario *s;
    if (scenario_load(argv[1], paths_data_dir(), &steps_teaser1, &s, &dl) != SCENARIO_OK) {
        fprintf(stderr, "bench_frame: %s does not load\n", argv[1]);
        return 1;
    }
    int from = scenario_find_step(s, argv[2]);
    char err[256];
    PlatformConfig pc = {w, h, false, true, "bench"};
    Platform *pl = platform_open(&pc, err, sizeof err);
    Ui *ui = pl ? ui_create(platform_renderer(pl), NULL, err, sizeof err) : NULL;
    if (from < 0 || !ui) {
        fprintf(stderr, "bench_frame: %s\n", from < 0 ? "no such step" : err);
        return 1;
    }
    PlayerConfig cfg = {.scenario = s, .from = from, .participant = "bench",
                        .sink = {.begin = begin}};
    Player *p = player_create(&cfg, 0);
    double *t = malloc(sizeof *t * (size_t)n);
    frames(pl, ui, p, false, t, n);
    printf("frame_p50_ms %.3f\nframe_p99_ms %.3f\n", t[n / 2], t[n * 99 / 100]);
    frames(pl, ui, p, true, t, n);
    printf("frame_redraw_p50_ms %.3f\nframe_redraw_p99_ms %.3f\n", t[n / 2], t[n * 99 / 100]);
    free(t);
    player_destroy(p);
    ui_destroy(ui);
    platform_close(pl);
    scenario_free(s);
    diag_free(&dl);
    return 0;
}
