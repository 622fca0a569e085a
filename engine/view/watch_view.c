/* The problems of a scenario that failed to reload, over the last good
 * screen (dimmed, so that the author still sees where they are). Lines are
 * set in the monospaced face, as in a terminal, and wrap rather than being
 * cut: the message at the end of a long path is the part that matters. */
#include "watch_view.h"

#include <stdio.h>

#include "view/theme.h"

enum { PANEL_X = 60, PANEL_Y = 48, PANEL_W = 1160, PANEL_MAX_H = 624, PAD = 28, GAP = 10 };
enum { HEAD_H = 56, NOTE_H = 36 };

#define COLOR_DIM   ((Color){31, 41, 51, 110})
#define COLOR_PANEL ((Color){24, 28, 34, 245})
#define COLOR_NOTE  ((Color){200, 208, 216, 255})

static const TextStyle mono = {FONT_MONO, 19, {255, 196, 170, 255}, ALIGN_LEFT, 0};

/* How many problems fit in the panel, and the height they take. */
static int fitting(Ui *ui, const char *const *lines, int n, float *height)
{
    float w = PANEL_W - 2 * PAD, room = PANEL_MAX_H - 2 * PAD - HEAD_H - NOTE_H;
    *height = 0;
    int k = 0;
    for (; k < n; k++) {
        float h = ui_text_height(ui, w, lines[k], &mono) + GAP;
        if (*height + h > room)
            break;
        *height += h;
    }
    return k;
}

void watch_view_draw(Ui *ui, const char *const *lines, int n, int more, const char *file)
{
    float listed;
    int shown = fitting(ui, lines, n, &listed);
    float panel_h = 2 * PAD + HEAD_H + listed + NOTE_H, x = PANEL_X + PAD, w = PANEL_W - 2 * PAD;
    ui_fill(ui, (Rect){0, 0, UI_CANVAS_W, UI_CANVAS_H}, COLOR_DIM);
    ui_round_rect(ui, (Rect){PANEL_X, PANEL_Y, PANEL_W, panel_h}, 14, COLOR_PANEL);
    TextStyle head = STYLE(FONT_SANS_BOLD, 26, COLOR_CARD, ALIGN_LEFT);
    ui_text(ui, (Rect){x, PANEL_Y + PAD, w, 36},
            "The scenario has errors: the play waits for the next save", &head);
    float y = PANEL_Y + PAD + HEAD_H;
    for (int i = 0; i < shown; i++)
        y += ui_text(ui, (Rect){x, y, w, PANEL_MAX_H}, lines[i], &mono) + GAP;
    char note[600];
    int hidden = more + n - shown;
    if (hidden > 0)
        snprintf(note, sizeof note, "%d more problem%s: teaser check %s lists them all.", hidden,
                 hidden == 1 ? "" : "s", file);
    else
        snprintf(note, sizeof note, "Fix %s and save it: the play goes on at the same step.", file);
    TextStyle small = STYLE(FONT_SANS, 19, COLOR_NOTE, ALIGN_LEFT);
    ui_text(ui, (Rect){x, y + 4, w, 26}, note, &small);
}
