/* Drawing: primitives, text layout and a texture cache, on a design canvas of
 * 1280 x 720 units scaled uniformly to the window (centred, bands filled with
 * the clear colour), so that a screen looks the same from 1280x720 to
 * 3840x2160. Text is rendered once into textures and reused. Also records the
 * regions a click or tap can hit. It never prints and never exits. SDL lives
 * in ui.c and ui_shapes.c; this header has no SDL, so that the views can draw
 * without it. */
#ifndef TEASER_UI_H
#define TEASER_UI_H

#include <stdbool.h>
#include <stddef.h>

#include "input.h"

enum { UI_CANVAS_W = 1280, UI_CANVAS_H = 720 };

typedef struct {
    float x, y, w, h; /* canvas units */
} Rect;

typedef struct {
    unsigned char r, g, b, a; /* 0..255; a: 255 opaque, 0 draws nothing */
} Color;

typedef enum {
    FONT_SANS, /* DejaVu Sans: the interface */
    FONT_SANS_BOLD,
    FONT_SERIF, /* DejaVu Serif: letters on paper */
    FONT_SERIF_BOLD,
    FONT_MONO, /* DejaVu Sans Mono: references, codes, typed fields */
    FONT_COUNT,
} FontFace;

typedef enum { ALIGN_LEFT, ALIGN_CENTER, ALIGN_RIGHT } Align;

/* How a text is set: its face, size and colour, and where each line sits in
 * the box's width (align). */
typedef struct {
    FontFace face;
    float size; /* canvas units (pixels at 1280x720) */
    Color color;
    Align align;
    float line_height; /* multiple of size; 0: 1.3 */
} TextStyle;

typedef struct Ui Ui;
struct SDL_Renderer;

/* A drawing Ui on renderer, fonts from font_dir (NULL: Debian's DejaVu
 * folder). NULL with err filled when a font cannot be loaded. */
Ui *ui_create(struct SDL_Renderer *renderer, const char *font_dir, char *err, size_t err_size);
/* A Ui that only lays out and measures (no renderer): for the screen-fit lint. */
Ui *ui_create_measure(const char *font_dir, char *err, size_t err_size);
void ui_destroy(Ui *ui);

/* How the participant wants to see: every text's size times scale (clamped
 * to UI_TEXT_SCALE_MIN..MAX; 1 as made), and a palette swapped whole: a
 * colour equal in red, green and blue to the first of one of the n pairs is
 * drawn as its second (alpha kept), so that the views keep naming the
 * theme's colours (n 0: colours as given). The Ui keeps the pointer; the
 * next frame is drawn in full when either changes. */
#define UI_TEXT_SCALE_MIN 1.0f
#define UI_TEXT_SCALE_MAX 2.0f
void ui_set_text_scale(Ui *ui, float scale);
float ui_text_scale(const Ui *ui);
void ui_set_palette(Ui *ui, const Color (*pairs)[2], int n);
bool ui_has_palette(const Ui *ui);

/* Starts a frame for a window of w x h pixels: clears the hit regions. */
void ui_begin_frame(Ui *ui, int w, int h);
/* Ends a frame: frees cached textures not used for a while. */
void ui_end_frame(Ui *ui);
/* A frame drawn by draw(ctx, ui) between begin and end, but only when it
 * differs from the last one ui_frame drew at this size: a first pass draws
 * nothing and sums up every drawing call; if the sum is the last frame's,
 * the pixels on screen are already right and false is returned (present
 * nothing). Idle screens thus cost a layout pass, not a raster pass, at any
 * window size. */
bool ui_frame(Ui *ui, int w, int h, void (*draw)(void *ctx, Ui *ui), void *ctx);
/* The screen's pixels were lost (exposed, resized, a screenshot wants a fresh
 * frame): the next ui_frame draws. */
void ui_forget_frame(Ui *ui);

void ui_clear(Ui *ui, Color c); /* the whole window, bands included */
void ui_fill(Ui *ui, Rect r, Color c);
void ui_round_rect(Ui *ui, Rect r, float radius, Color c);
void ui_outline(Ui *ui, Rect r, float radius, float thickness, Color c);
void ui_circle(Ui *ui, float cx, float cy, float radius, Color c);
void ui_ring(Ui *ui, float cx, float cy, float radius, float thickness, Color c);
void ui_line(Ui *ui, float x0, float y0, float x1, float y1, float thickness, Color c);
/* An arc of a circle from angle a0 to a1 (radians, 0 = right, clockwise on
 * screen), as a thick stroke: mouths of the rating faces. */
void ui_arc(Ui *ui, float cx, float cy, float radius, float a0, float a1, float thickness, Color c);

/* Draws s (UTF-8) word-wrapped to box.w, from the top of box, clipped to box.
 * Returns the height the whole text needs (more than box.h when it does not
 * fit). "\n" starts a new line; a word wider than the box is broken. */
float ui_text(Ui *ui, Rect box, const char *s, const TextStyle *st);
/* Every text the last frame drew (ui_text), in drawing order, each ended by
 * a newline; "" before the first frame. What read-aloud says. */
const char *ui_frame_text(const Ui *ui);
/* The height s needs at width w, and the width of s on one line. */
float ui_text_height(Ui *ui, float w, const char *s, const TextStyle *st);
float ui_text_width(Ui *ui, const char *s, const TextStyle *st);
/* The widest of s's words (between spaces and newlines), each alone on a line. */
float ui_widest_word(Ui *ui, const char *s, const TextStyle *st);
/* Lowers st's size, to no less than min, until no word of s is wider than w:
 * a name in a narrow place is set smaller rather than broken inside a word. */
void ui_fit_words(Ui *ui, const char *s, float w, TextStyle *st, float min);
/* The same until all of s fits w on one line. */
void ui_fit_line(Ui *ui, const char *s, float w, TextStyle *st, float min);

/* A region a click or tap can hit, drawn this frame; later regions are on top. */
void ui_region(Ui *ui, Rect r, Action action, int arg);
/* The region under window pixel (x, y) in the last frame drawn. */
bool ui_hit(const Ui *ui, int x, int y, Action *action, int *arg);

/* How many texts were rendered into new textures (cache misses) so far. */
long ui_renders(const Ui *ui);
/* How many font files this process has read: each once, whatever the Uis
 * and sizes (for the tests). */
long ui_font_files_read(void);

/* Texts that needed more height than their box this frame (the screen-fit
 * lint): the string pointers as given to ui_text, and how much they needed. */
typedef struct {
    const char *text;        /* the pointer given to ui_text */
    float needed, available; /* its height, and its box's, in canvas units */
    int lines, room;         /* the lines it was wrapped to, and how many the box shows whole */
} UiOverflow;
int ui_overflows(const Ui *ui, UiOverflow *out, int max);

#endif
