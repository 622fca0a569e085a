/* What ui.c (text, frames, hit regions), ui_fonts.c (font files and sizes)
 * and ui_shapes.c (filled and stroked shapes) share: the Ui itself and the canvas-to-pixel helpers.
 * Not for any other file: the rest of teaser sees only ui.h. */
#ifndef TEASER_UI_PRIVATE_H
#define TEASER_UI_PRIVATE_H

#include <SDL.h>
#include <SDL_ttf.h>
#include <math.h>
#include <stdint.h>

#include "ui.h"

#define UI_PI           3.14159265358979f
#define UI_DEFAULT_LINE 1.3f

enum {
    UI_FONTS_MAX = 48,           /* open (face, pixel size) pairs */
    UI_REGIONS_MAX = 512,        /* hit regions per frame; more are dropped */
    UI_BUCKETS = 1024,           /* texture cache hash buckets, a power of two */
    UI_CACHE_AGE = 120,          /* frames a texture may go unused */
    UI_MEASURE_SCALE = 4,        /* reference size = canvas size x this */
    UI_PX_MAX = 1024,            /* largest font pixel size opened */
    UI_SEG_MIN = 12,             /* segments of a full circle, at least */
    UI_SEG_MAX = 1024,           /* ... and at most */
    UI_SCAN_MAX = 4096,          /* bytes of a word looked at in one go */
    UI_FIRST_PROBE = 256,        /* bytes of a token measured first */
    UI_WIDTHS = 4096,            /* remembered widths of short runs (a power of two) */
    UI_WIDTH_TEXT = 24,          /* the longest run whose width is remembered */
    UI_PATH_MAX = 4096,          /* bytes of the font folder's name, with its NUL */
    UI_FONT_FILES_MAX = 16,      /* font files read in a process (FONT_COUNT a folder) */
    UI_FONT_FILE_MAX = 64 << 20, /* bytes of a font file, at most */
    UI_OVERFLOW_MAX = 64,        /* overflowing texts kept per frame; more are not reported */
    UI_HEARD_MAX = 64 * 1024,    /* bytes of a frame's texts kept for read-aloud */
    UI_TEX_MAX_W = 16384,        /* pixels: wider lines are not rendered, no huge surfaces */
    /* the body size (24 units) at the reference size, in 1/64 pixel: opened at start */
    REF_EM64 = 24 * UI_MEASURE_SCALE * 64,
};

/* An open font: a face at one size. Slots are reused least recently used
 * first once UI_FONTS_MAX are open. */
typedef struct {
    FontFace face;
    int em64;           /* its em in 1/64 pixel */
    TTF_Font *font;     /* never NULL in a slot in use */
    unsigned long used; /* Ui.frame when it was last asked for */
} FontSlot;

/* A font file's bytes (ui_font_file): read once per process, kept
 * until it exits, shared by every Ui. */
typedef struct {
    char *path;
    void *data; /* SDL_LoadFile's */
    size_t size;
} FontFile;

/* One line of text rendered at one face, pixel size and colour: an entry of
 * the texture cache, chained in its hash bucket. */
typedef struct TexEntry {
    struct TexEntry *next; /* the next entry of its bucket, or NULL */
    uint32_t hash;         /* of the text, face, size and colour (tex_hash) */
    FontFace face;
    int em64; /* the pixel size drawn at (the window's), in 1/64 pixel */
    Color color;
    SDL_Texture *tex; /* NULL when rendering failed: not retried every frame */
    int w, h;         /* the texture's size in pixels */
    /* Ui.frame when last drawn: evicted UI_CACHE_AGE frames later */
    unsigned long used;
    size_t len;  /* bytes of text */
    char text[]; /* the line, NUL-terminated */
} TexEntry;

/* A hit region: what a click or tap on r reports (ui_hit). */
typedef struct {
    Rect r;        /* canvas units */
    Action action; /* reported by a hit */
    int arg;       /* reported with it */
} Region;

/* The hit regions of one frame, with the mapping it was drawn at, so that a
 * hit is judged against what the user saw. */
typedef struct {
    Region items[UI_REGIONS_MAX]; /* in drawing order: later ones are on top */
    int n;
    float scale, ox, oy; /* pixel = o + canvas * scale, at that frame */
} RegionSet;

/* The width of a short run of text (mostly one word and its space) at one
 * face and size: wrapping measures the same words again and again. */
typedef struct {
    uint32_t hash; /* of the run, its face and size; claims the slot */
    int em64;      /* the reference size measured at, in 1/64 pixel */
    FontFace face;
    unsigned char len; /* 0: empty slot */
    /* the run's bytes, not NUL-terminated */
    char text[UI_WIDTH_TEXT];
    float w; /* its width in canvas units */
} WidthEntry;

struct Ui {
    SDL_Renderer *renderer; /* NULL: measure only */
    /* the bytes of each face's file, shared by every Ui (ui.c's font_file) */
    const FontFile *files[FONT_COUNT];
    /* the fonts open; the FONT_COUNT faces at REF_EM64 are opened at start */
    FontSlot fonts[UI_FONTS_MAX];
    int n_fonts;
    /* the text texture cache: chains of entries by hash (UI_BUCKETS a power of two) */
    TexEntry *buckets[UI_BUCKETS];
    /* frames completed (ui_frame's signing passes not counted): the cache's clock */
    unsigned long frame;
    /* texts rendered into new textures so far (ui_renders) */
    long renders;
    /* the window in pixels, and the canvas in it: pixel = o + canvas * scale */
    int win_w, win_h;
    float scale, ox, oy;
    /* the hit regions of the frame being drawn and of the last one completed */
    RegionSet regions[2];
    int drawing; /* the set this frame records into */
    int shown;   /* the set of the last completed frame; -1: none yet */
    /* NUL-terminated copies of runs for SDL_ttf (scratch_copy), and its size */
    char *scratch;
    size_t scratch_cap;
    /* triangles of the shape being drawn (ui_shapes.c), in window pixels */
    SDL_Vertex *verts;
    int n_verts, cap_verts;
    /* texts taller than their box this frame (ui_overflows) */
    UiOverflow overflow[UI_OVERFLOW_MAX];
    int n_overflow;     /* this frame */
    WidthEntry *widths; /* UI_WIDTHS of them, or NULL: none remembered */
    /* ui_frame's first pass draws nothing and only sums up what would be drawn */
    bool signing;
    /* FNV-1a 64 of this pass's drawing calls, and of the frame on screen */
    uint64_t sig, last_sig;
    int last_w, last_h; /* 0: no frame on screen to keep */
    /* every text the frame drew, in drawing order, one a line (ui_frame_text):
     * what read-aloud says, so that no screen keeps a list of its own */
    char *heard;
    size_t heard_n, heard_cap;
    float text_scale;   /* every text's size times this (ui_set_text_scale) */
    /* the palette swapped in (ui_set_palette): pairs of (as named, as drawn) */
    const Color (*palette)[2];
    int n_palette;
};

static inline float clampf(float v, float lo, float hi)
{
    if (!(v >= lo)) /* NaN lands here too */
        return lo;
    return v > hi ? hi : v;
}

/* Float to int with NaN and overflow made harmless: casting them is undefined. */
static inline int to_int(float v)
{
    return (int)lroundf(clampf(v, -1e8f, 1e8f));
}

static inline bool rect_empty(Rect r)
{
    return !(r.w > 0 && r.h > 0) || !isfinite(r.x) || !isfinite(r.y) || !isfinite(r.w) ||
           !isfinite(r.h);
}

static inline float px_x(const Ui *ui, float x)
{
    return ui->ox + x * ui->scale;
}

static inline float px_y(const Ui *ui, float y)
{
    return ui->oy + y * ui->scale;
}

static inline bool can_draw(const Ui *ui, Color c)
{
    return ui && ui->renderer && !ui->signing && c.a > 0;
}

/* c as the palette draws it: each public drawing call maps its colour once. */
static inline Color recolour(const Ui *ui, Color c)
{
    for (int i = 0; ui && i < ui->n_palette; i++) {
        Color from = ui->palette[i][0];
        if (from.r == c.r && from.g == c.g && from.b == c.b) {
            Color to = ui->palette[i][1];
            to.a = c.a;
            return to;
        }
    }
    return c;
}

static inline void sign_bytes(Ui *ui, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        ui->sig = (ui->sig ^ b[i]) * 1099511628211ull;
}

/* In ui_frame's signing pass: adds a drawing call to the frame's signature and
 * says so (the caller then draws nothing). */
static inline bool signing(Ui *ui, int op, const float *v, int n, Color c)
{
    if (!ui || !ui->signing)
        return false;
    unsigned char head[5] = {(unsigned char)op, c.r, c.g, c.b, c.a};
    sign_bytes(ui, head, sizeof head);
    sign_bytes(ui, v, (size_t)n * sizeof *v);
    return true;
}

/* ui_fonts.c. The bytes of the font file at path, read on first use and kept
 * until the process exits (NULL with err filled); face opened at an em of
 * em64 / 64 pixels from the Ui's file of that face; and the same through the
 * Ui's slots of open fonts (NULL when it cannot be opened). */
const FontFile *ui_font_file(const char *path, char *err, size_t err_size);
TTF_Font *ui_font_open(Ui *ui, FontFace face, int em64, char *err, size_t err_size);
TTF_Font *ui_font_get(Ui *ui, FontFace face, int em64);

#endif
