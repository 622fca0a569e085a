/* The 1280 x 720 design canvas: frames, text layout, the text texture cache
 * and hit regions (fonts are in ui_fonts.c, shapes in ui_shapes.c). Layout is done in canvas
 * units with fonts measured at a fixed reference size, never at the window's
 * size, so that a text breaks into the same lines at every window size and in
 * a measuring Ui without a renderer. It must never print, exit, or draw
 * outside the box a caller gives text. */
#include "ui_private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

static const char *const face_files[FONT_COUNT] = {
    [FONT_SANS] = "DejaVuSans.ttf",     [FONT_SANS_BOLD] = "DejaVuSans-Bold.ttf",
    [FONT_SERIF] = "DejaVuSerif.ttf",   [FONT_SERIF_BOLD] = "DejaVuSerif-Bold.ttf",
    [FONT_MONO] = "DejaVuSansMono.ttf",
};

/* ---- UTF-8: treat bytes as they come, never split a well-formed character ---- */

static bool is_cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* The offset after the character at i: a lead byte and at most 3 continuations. */
static size_t utf8_next(const char *s, size_t i, size_t n)
{
    size_t j = i + 1;
    while (j < n && j < i + 4 && is_cont((unsigned char)s[j]))
        j++;
    return j;
}

/* Moves a cut at byte n back to a character boundary, but never to 0. */
static size_t utf8_floor(const char *s, size_t n)
{
    size_t k = n;
    while (k > 1 && k + 3 > n && is_cont((unsigned char)s[k]))
        k--;
    return k;
}

static float style_size(const TextStyle *st)
{
    return clampf(st->size, 1.0f, (float)UI_PX_MAX / UI_MEASURE_SCALE);
}

static float style_line(const TextStyle *st)
{
    float m = st->line_height > 0 ? clampf(st->line_height, 0.1f, 10.0f) : UI_DEFAULT_LINE;
    return style_size(st) * m;
}

/* The height of a rendered line's image in canvas units (the font's ascent
 * plus descent), centred in its line of style_line: a line is cut only where
 * this image leaves its box. */
static float glyph_height(Ui *ui, const TextStyle *st);

/* Font sizes are ems in 1/64 pixel: the reference size for layout, the
 * window's size for drawing. */
static int measure_em64(const TextStyle *st)
{
    return to_int(style_size(st) * UI_MEASURE_SCALE * 64);
}

static int draw_em64(const Ui *ui, const TextStyle *st)
{
    return to_int(clampf(style_size(st) * ui->scale, 1.0f, (float)UI_PX_MAX) * 64);
}

/* ---- measuring ---- */

static float glyph_height(Ui *ui, const TextStyle *st)
{
    int em64 = measure_em64(st);
    TTF_Font *f = ui_font_get(ui, (unsigned)st->face < FONT_COUNT ? st->face : FONT_SANS, em64);
    if (!f)
        return style_line(st);
    return fminf((float)TTF_FontHeight(f) * style_size(st) * 64 / (float)em64, style_line(st));
}

/* A NUL-terminated copy of p[0..n) in the Ui's scratch buffer (SDL_ttf wants
 * C strings); NULL when memory runs out. */
static const char *scratch_copy(Ui *ui, const char *p, size_t n)
{
    if (n + 1 > ui->scratch_cap) {
        size_t cap = ui->scratch_cap ? ui->scratch_cap : 256;
        while (cap < n + 1)
            cap *= 2;
        char *b = realloc(ui->scratch, cap);
        if (!b)
            return NULL;
        ui->scratch = b;
        ui->scratch_cap = cap;
    }
    memcpy(ui->scratch, p, n);
    ui->scratch[n] = '\0';
    return ui->scratch;
}

static uint32_t fnv1a(const char *p, size_t n, uint32_t h)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 16777619u;
    return h;
}

/* The remembered width of a short run, or NULL (then *slot is where it goes). */
static WidthEntry *width_slot(Ui *ui, FontFace face, int em64, const char *p, size_t n,
                              WidthEntry **slot)
{
    *slot = NULL;
    if (!ui->widths || n > UI_WIDTH_TEXT || n == 0)
        return NULL;
    uint32_t h = fnv1a(p, n, (uint32_t)em64 * 31u + (uint32_t)face);
    WidthEntry *e = &ui->widths[h & (UI_WIDTHS - 1)];
    if (e->len == n && e->hash == h && e->em64 == em64 && e->face == face && !memcmp(e->text, p, n))
        return e;
    *slot = e;
    e->hash = h; /* claimed; filled in by the caller */
    return NULL;
}

/* The width of p[0..n) in canvas units, at the reference size. */
static float measure(Ui *ui, const TextStyle *st, const char *p, size_t n)
{
    int em64 = measure_em64(st);
    FontFace face = (unsigned)st->face < FONT_COUNT ? st->face : FONT_SANS;
    WidthEntry *slot, *known = width_slot(ui, face, em64, p, n, &slot);
    if (known)
        return known->w;
    TTF_Font *f = n ? ui_font_get(ui, face, em64) : NULL;
    const char *z = f ? scratch_copy(ui, p, n) : NULL;
    int w = 0, h = 0;
    if (!z || TTF_SizeUTF8(f, z, &w, &h) != 0)
        return 0;
    float width = (float)w * style_size(st) * 64 / (float)em64;
    if (slot) {
        slot->em64 = em64, slot->face = face, slot->len = (unsigned char)n, slot->w = width;
        memcpy(slot->text, p, n);
    }
    return width;
}

/* The width of p[0..n), measured in growing prefixes so that a huge token
 * costs time in proportion to what fits on a line, not to its length: once a
 * prefix is wider than limit, that prefix's width is returned. */
static float width_capped(Ui *ui, const TextStyle *st, const char *p, size_t n, float limit)
{
    for (size_t len = UI_FIRST_PROBE; len < n; len *= 4) {
        float w = measure(ui, st, p, utf8_floor(p, len));
        if (w > limit)
            return w;
    }
    return measure(ui, st, p, n);
}

/* The offset after the (k+1)-th character from i, or n. */
static size_t advance_chars(const char *p, size_t i, size_t n, size_t k)
{
    size_t j = utf8_next(p, i, n);
    for (size_t c = 0; c < k && j < n; c++)
        j = utf8_next(p, j, n);
    return j < n ? j : n;
}

static size_t count_chars(const char *p, size_t a, size_t b)
{
    size_t c = 0;
    while (a < b) {
        a = utf8_next(p, a, b);
        c++;
    }
    return c;
}

/* The longest prefix of p[0..n), cut between characters, no wider than maxw;
 * at least one character, so that layout always moves on. The span that fits
 * is bracketed by doubling, then found by bisection, so a megabyte word is
 * cut in time proportional to one line. */
static size_t fit_prefix(Ui *ui, const TextStyle *st, const char *p, size_t n, float maxw)
{
    size_t lo = utf8_next(p, 0, n), hi = n + 1;
    for (size_t step = 8; lo < n; step *= 2) {
        size_t cand = advance_chars(p, lo, n, step - 1);
        if (!(measure(ui, st, p, cand) <= maxw)) {
            hi = cand;
            break;
        }
        lo = cand;
    }
    if (hi > n)
        return lo;
    for (size_t c = count_chars(p, lo, hi); c > 1; c = count_chars(p, lo, hi)) {
        size_t mid = advance_chars(p, lo, hi, c / 2 - 1);
        if (measure(ui, st, p, mid) <= maxw)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* ---- word wrap ---- */

/* Greedy wrapping over paragraphs split at "\n" (a final "\n" adds no empty
 * line). Lines break at spaces, which are dropped at the break; a word wider
 * than the box is cut between characters. Draw and measure both use this, so
 * they cannot disagree. */
typedef struct {
    const char *s;
    size_t len, pos, para_end;
    bool in_para, first;
    float maxw;
} Wrap;

static void wrap_init(Wrap *w, const char *s, float maxw)
{
    *w = (Wrap){.s = s ? s : "", .maxw = clampf(maxw, 0.0f, 1e7f)};
    w->len = strlen(w->s);
}

static bool wrap_open_para(Wrap *w)
{
    if (w->pos >= w->len)
        return false;
    const char *nl = memchr(w->s + w->pos, '\n', w->len - w->pos);
    w->para_end = nl ? (size_t)(nl - w->s) : w->len;
    w->in_para = w->first = true;
    return true;
}

/* The end of the word starting at j: a space, the paragraph's end, or a
 * bounded look-ahead, so that a huge word is not rescanned for every line. */
static size_t word_end(const Wrap *w, size_t j)
{
    size_t stop = w->para_end - j > UI_SCAN_MAX ? j + UI_SCAN_MAX : w->para_end;
    const char *sp = memchr(w->s + j, ' ', stop - j);
    if (sp)
        return (size_t)(sp - w->s);
    return stop == w->para_end ? stop : j + utf8_floor(w->s + j, stop - j);
}

static bool wrap_next(Ui *ui, const TextStyle *st, Wrap *w, size_t *start, size_t *end)
{
    if (!w->in_para && !wrap_open_para(w))
        return false;
    const char *s = w->s;
    size_t pe = w->para_end, i = w->pos;
    while (!w->first && i < pe && s[i] == ' ')
        i++;
    w->first = false;
    *start = *end = i;
    float used = 0;
    while (i < pe) {
        size_t j = i;
        while (j < pe && s[j] == ' ')
            j++;
        if (j == pe) {
            i = pe;
            break;
        }
        size_t k = word_end(w, j);
        float tw = width_capped(ui, st, s + i, k - i, w->maxw - used);
        if (used + tw <= w->maxw) {
            used += tw;
            *end = i = k;
            continue;
        }
        if (*end == *start)
            *end = i = *start + fit_prefix(ui, st, s + *start, k - *start, w->maxw);
        break;
    }
    if (i >= pe) {
        w->in_para = false;
        w->pos = pe + 1;
    } else {
        w->pos = i;
    }
    return true;
}

/* ---- the text texture cache ----
 * Each line of text drawn is a texture, kept in a hash table of chained
 * entries keyed by its bytes, face, pixel size and colour. A hit marks the
 * entry with the current frame; ui_end_frame frees entries unused for
 * UI_CACHE_AGE frames, so a screen that stays up renders its texts once and a
 * screen left behind lets them go. The pixel size is the window's (draw_em64),
 * so a resize renders anew; layout never depends on it (measure_em64). A line
 * that fails to render keeps its entry, with no texture, so that it is not
 * tried again every frame. */

static uint32_t tex_hash(const char *p, size_t n, FontFace face, int em64, Color c)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 16777619u;
    uint32_t extra[3] = {(uint32_t)face, (uint32_t)em64,
                         (uint32_t)c.r << 24 | (uint32_t)c.g << 16 | (uint32_t)c.b << 8 | c.a};
    for (int i = 0; i < 3; i++)
        h = (h ^ extra[i]) * 16777619u;
    return h;
}

static bool tex_matches(const TexEntry *e, uint32_t h, const char *p, size_t n, FontFace face,
                        int em64, Color c)
{
    return e->hash == h && e->face == face && e->em64 == em64 && e->len == n && e->color.r == c.r &&
           e->color.g == c.g && e->color.b == c.b && e->color.a == c.a && !memcmp(e->text, p, n);
}

static void tex_render(Ui *ui, TexEntry *e)
{
    ui->renders++;
    TTF_Font *f = ui_font_get(ui, e->face, e->em64);
    SDL_Color fg = {e->color.r, e->color.g, e->color.b, e->color.a};
    SDL_Surface *surf = f ? TTF_RenderUTF8_Blended(f, e->text, fg) : NULL;
    if (!surf)
        return;
    e->tex = SDL_CreateTextureFromSurface(ui->renderer, surf);
    if (e->tex) {
        SDL_SetTextureBlendMode(e->tex, SDL_BLENDMODE_BLEND);
        e->w = surf->w;
        e->h = surf->h;
    }
    SDL_FreeSurface(surf);
}

static TexEntry *tex_get(Ui *ui, const char *p, size_t n, FontFace face, int em64, Color c)
{
    uint32_t h = tex_hash(p, n, face, em64, c);
    TexEntry **head = &ui->buckets[h & (UI_BUCKETS - 1)];
    for (TexEntry *e = *head; e; e = e->next)
        if (tex_matches(e, h, p, n, face, em64, c)) {
            e->used = ui->frame;
            return e;
        }
    TexEntry *e = calloc(1, sizeof *e + n + 1);
    if (!e)
        return NULL;
    *e = (TexEntry){.next = *head,
                    .hash = h,
                    .face = face,
                    .em64 = em64,
                    .color = c,
                    .used = ui->frame,
                    .len = n};
    memcpy(e->text, p, n);
    e->text[n] = '\0';
    *head = e;
    tex_render(ui, e);
    return e;
}

static void tex_evict(Ui *ui, bool all)
{
    for (int b = 0; b < UI_BUCKETS; b++) {
        TexEntry **link = &ui->buckets[b];
        while (*link) {
            TexEntry *e = *link;
            if (all || ui->frame - e->used > UI_CACHE_AGE) {
                *link = e->next;
                if (e->tex)
                    SDL_DestroyTexture(e->tex);
                free(e);
            } else {
                link = &e->next;
            }
        }
    }
}

/* ---- life cycle and frames ---- */

static Ui *ui_new(SDL_Renderer *renderer, const char *font_dir, char *err, size_t err_size)
{
    const char *dir = font_dir ? font_dir : "/usr/share/fonts/truetype/dejavu";
    if (strlen(dir) >= UI_PATH_MAX) {
        diag_set_err(err, err_size, "font folder name too long: %.40s...", dir);
        return NULL;
    }
    if (TTF_Init() != 0) {
        diag_set_err(err, err_size, "cannot start SDL_ttf: %s", TTF_GetError());
        return NULL;
    }
    Ui *ui = calloc(1, sizeof *ui);
    if (!ui) {
        TTF_Quit();
        diag_set_err(err, err_size, "out of memory");
        return NULL;
    }
    ui->renderer = renderer;
    ui->shown = -1;
    ui->text_scale = 1;
    ui->widths = calloc(UI_WIDTHS, sizeof *ui->widths); /* NULL only makes it slower */
    ui_begin_frame(ui, UI_CANVAS_W, UI_CANVAS_H);
    /* Open every face now, so that a missing font is an error at start and
     * not a blank screen later. */
    for (int f = 0; f < FONT_COUNT; f++) {
        char path[UI_PATH_MAX + 64];
        snprintf(path, sizeof path, "%s/%s", dir, face_files[f]);
        if (!(ui->files[f] = ui_font_file(path, err, err_size))) {
            ui_destroy(ui);
            return NULL;
        }
        TTF_Font *font = ui_font_open(ui, (FontFace)f, REF_EM64, err, err_size);
        if (!font) {
            ui_destroy(ui);
            return NULL;
        }
        ui->fonts[ui->n_fonts++] = (FontSlot){(FontFace)f, REF_EM64, font, 0};
    }
    return ui;
}

Ui *ui_create(struct SDL_Renderer *renderer, const char *font_dir, char *err, size_t err_size)
{
    return ui_new(renderer, font_dir, err, err_size);
}

Ui *ui_create_measure(const char *font_dir, char *err, size_t err_size)
{
    return ui_new(NULL, font_dir, err, err_size);
}

void ui_destroy(Ui *ui)
{
    if (!ui)
        return;
    tex_evict(ui, true);
    for (int i = 0; i < ui->n_fonts; i++)
        TTF_CloseFont(ui->fonts[i].font);
    free(ui->scratch);
    free(ui->verts);
    free(ui->widths);
    free(ui->heard);
    free(ui);
    TTF_Quit();
}

void ui_begin_frame(Ui *ui, int w, int h)
{
    if (!ui)
        return;
    ui->win_w = w > 0 ? w : 1;
    ui->win_h = h > 0 ? h : 1;
    float sx = (float)ui->win_w / UI_CANVAS_W, sy = (float)ui->win_h / UI_CANVAS_H;
    ui->scale = sx < sy ? sx : sy;
    /* Whole-pixel offsets keep text crisp in the centred canvas. */
    ui->ox = floorf((ui->win_w - UI_CANVAS_W * ui->scale) / 2);
    ui->oy = floorf((ui->win_h - UI_CANVAS_H * ui->scale) / 2);
    ui->drawing = ui->shown == 0 ? 1 : 0;
    ui->n_overflow = 0;
    ui->heard_n = 0;
    if (ui->heard)
        ui->heard[0] = '\0';
    RegionSet *rs = &ui->regions[ui->drawing];
    rs->n = 0;
    rs->scale = ui->scale;
    rs->ox = ui->ox;
    rs->oy = ui->oy;
    if (ui->renderer) {
        SDL_RenderSetClipRect(ui->renderer, NULL);
        SDL_SetRenderDrawBlendMode(ui->renderer, SDL_BLENDMODE_BLEND);
    }
}

void ui_end_frame(Ui *ui)
{
    if (!ui)
        return;
    ui->shown = ui->drawing;
    if (ui->signing)
        return; /* nothing was drawn: textures are not older */
    ui->frame++;
    tex_evict(ui, false);
}

/* Two passes of the same draw function. The first runs with signing set:
 * every primitive and ui_text adds its operation, geometry, colour and text
 * to an FNV-1a signature and draws nothing (can_draw is false), while layout,
 * hit regions and overflows are recorded as usual, so the regions of a frame
 * that is skipped are still current. When the signature and the window size
 * are the last drawn frame's, the pixels on screen are already right and the
 * second pass is skipped. The signing pass does not advance the cache's
 * clock (ui_end_frame), so textures do not age while nothing is drawn. A
 * measuring Ui has nothing to keep and always draws. */
bool ui_frame(Ui *ui, int w, int h, void (*draw)(void *ctx, Ui *ui), void *ctx)
{
    if (ui->renderer) {
        ui->signing = true;
        ui->sig = 14695981039346656037ull;
        ui_begin_frame(ui, w, h);
        draw(ctx, ui);
        ui_end_frame(ui);
        ui->signing = false;
        if (ui->last_w == w && ui->last_h == h && ui->sig == ui->last_sig)
            return false;
        ui->last_sig = ui->sig, ui->last_w = w, ui->last_h = h;
    }
    ui_begin_frame(ui, w, h);
    draw(ctx, ui);
    ui_end_frame(ui);
    return true;
}

void ui_set_text_scale(Ui *ui, float scale)
{
    scale = clampf(scale, UI_TEXT_SCALE_MIN, UI_TEXT_SCALE_MAX);
    if (ui && scale != ui->text_scale) {
        ui->text_scale = scale;
        ui_forget_frame(ui);
    }
}

float ui_text_scale(const Ui *ui)
{
    return ui ? ui->text_scale : 1;
}

void ui_set_palette(Ui *ui, const Color (*pairs)[2], int n)
{
    if (!ui || (pairs == ui->palette && n == ui->n_palette))
        return;
    ui->palette = n > 0 ? pairs : NULL;
    ui->n_palette = n > 0 && pairs ? n : 0;
    ui_forget_frame(ui);
}

bool ui_has_palette(const Ui *ui)
{
    return ui && ui->n_palette > 0;
}

void ui_forget_frame(Ui *ui)
{
    if (ui)
        ui->last_w = ui->last_h = 0;
}

long ui_renders(const Ui *ui)
{
    return ui ? ui->renders : 0;
}

/* ---- text ---- */

static void draw_line(Ui *ui, Rect box, float y, const char *p, size_t n, const TextStyle *st)
{
    if (box.w * ui->scale > UI_TEX_MAX_W && measure(ui, st, p, n) * ui->scale > UI_TEX_MAX_W)
        return;
    int em64 = draw_em64(ui, st);
    Color c = st->color;
    TexEntry *e =
        tex_get(ui, p, n, (unsigned)st->face < FONT_COUNT ? st->face : FONT_SANS, em64, c);
    if (!e || !e->tex)
        return;
    float x = px_x(ui, box.x), bw = box.w * ui->scale;
    if (st->align == ALIGN_CENTER)
        x += (bw - e->w) / 2;
    else if (st->align == ALIGN_RIGHT)
        x += bw - e->w;
    float top = px_y(ui, box.y + y) + (style_line(st) * ui->scale - e->h) / 2;
    SDL_Rect dst = {to_int(x), to_int(top), e->w, e->h};
    SDL_RenderCopy(ui->renderer, e->tex, NULL, &dst);
}

/* Whether the line at y (canvas units from the box's top) shows in the box
 * and the window: lines outside are laid out but never rendered. */
static bool line_visible(const Ui *ui, Rect box, float y, float lh)
{
    float top = px_y(ui, box.y + y), bottom = top + lh * ui->scale;
    return y < box.h && y + lh > 0 && bottom > 0 && top < (float)ui->win_h;
}

static void clip_to(Ui *ui, Rect box)
{
    int x0 = to_int(floorf(px_x(ui, box.x))), y0 = to_int(floorf(px_y(ui, box.y)));
    int x1 = to_int(ceilf(px_x(ui, box.x + box.w))), y1 = to_int(ceilf(px_y(ui, box.y + box.h)));
    SDL_Rect clip = {x0, y0, x1 - x0, y1 - y0};
    SDL_RenderSetClipRect(ui->renderer, &clip);
}

/* Records a text whose last line's image leaves its box: what the screen
 * cuts, and not a line box a little taller than its rect (half the line gap
 * above and below the letters is empty). room: the lines it shows whole. */
static void note_cut(Ui *ui, const char *s, Rect box, double lines, float lh, float gh)
{
    float inset = (lh - gh) / 2, bottom = (float)(lines * lh) - inset;
    if (bottom <= box.h + 0.5f)
        return;
    int room = to_int(floorf((box.h + 0.5f + inset) / lh));
    ui->overflow[ui->n_overflow++] =
        (UiOverflow){s, (float)(lines * lh), box.h, to_int(lines), room};
}

/* Adds a text drawn to the frame's list; out of memory, the list just ends. */
static void hear(Ui *ui, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (!n || n > UI_HEARD_MAX || ui->heard_n + n + 2 > UI_HEARD_MAX)
        return;
    if (ui->heard_n + n + 2 > ui->heard_cap) {
        size_t cap = ui->heard_cap ? ui->heard_cap : 4096;
        while (cap < ui->heard_n + n + 2)
            cap *= 2;
        char *grown = realloc(ui->heard, cap);
        if (!grown)
            return;
        ui->heard = grown;
        ui->heard_cap = cap;
    }
    memcpy(ui->heard + ui->heard_n, s, n);
    ui->heard_n += n;
    ui->heard[ui->heard_n++] = '\n';
    ui->heard[ui->heard_n] = '\0';
}

const char *ui_frame_text(const Ui *ui)
{
    return ui && ui->heard ? ui->heard : "";
}

/* The style as this Ui sets it: its size times the text scale, its colour
 * through the palette. Only the public text calls apply it, once. */
static TextStyle as_shown(const Ui *ui, const TextStyle *st)
{
    TextStyle s = *st;
    s.size *= ui->text_scale;
    s.color = recolour(ui, s.color);
    return s;
}

float ui_text(Ui *ui, Rect box, const char *s, const TextStyle *given)
{
    if (!ui || !given)
        return 0;
    hear(ui, s);
    TextStyle shown = as_shown(ui, given);
    const TextStyle *st = &shown;
    if (signing(ui, 8,
                (const float[]){box.x, box.y, box.w, box.h, st->size, st->line_height,
                                (float)st->face, (float)st->align},
                8, st->color))
        sign_bytes(ui, s ? s : "", s ? strlen(s) + 1 : 1);
    bool draw = can_draw(ui, st->color) && !rect_empty(box);
    float lh = style_line(st);
    Wrap w;
    wrap_init(&w, s, box.w);
    if (draw)
        clip_to(ui, box);
    double lines = 0;
    size_t a, b;
    while (wrap_next(ui, st, &w, &a, &b)) {
        float y = (float)(lines * lh);
        if (draw && b > a && line_visible(ui, box, y, lh))
            draw_line(ui, box, y, w.s + a, b - a, st);
        lines++;
    }
    if (draw)
        SDL_RenderSetClipRect(ui->renderer, NULL);
    float needed = (float)(lines * lh);
    if (s && lines > 0 && ui->n_overflow < UI_OVERFLOW_MAX)
        note_cut(ui, s, box, lines, lh, glyph_height(ui, st));
    return needed;
}

int ui_overflows(const Ui *ui, UiOverflow *out, int max)
{
    int n = ui->n_overflow < max ? ui->n_overflow : max;
    memcpy(out, ui->overflow, (size_t)n * sizeof *out);
    return n;
}

float ui_text_height(Ui *ui, float w, const char *s, const TextStyle *given)
{
    if (!ui || !given)
        return 0;
    TextStyle shown = as_shown(ui, given);
    const TextStyle *st = &shown;
    Wrap wr;
    wrap_init(&wr, s, w);
    double lines = 0;
    size_t a, b;
    while (wrap_next(ui, st, &wr, &a, &b))
        lines++;
    return (float)(lines * style_line(st));
}

float ui_widest_word(Ui *ui, const char *s, const TextStyle *st)
{
    float most = 0;
    while (*s) {
        size_t n = strcspn(s, " \n");
        char word[256];
        snprintf(word, sizeof word, "%.*s", (int)n, s);
        most = fmaxf(most, ui_text_width(ui, word, st));
        s += n + (s[n] != '\0');
    }
    return most;
}

void ui_fit_words(Ui *ui, const char *s, float w, TextStyle *st, float min)
{
    while (s && st->size > min && ui_widest_word(ui, s, st) > w)
        st->size--;
}

void ui_fit_line(Ui *ui, const char *s, float w, TextStyle *st, float min)
{
    while (s && st->size > min && ui_text_width(ui, s, st) > w)
        st->size--;
}

/* The widest of the text's "\n"-separated lines, unwrapped. */
float ui_text_width(Ui *ui, const char *s, const TextStyle *given)
{
    if (!ui || !given || !s)
        return 0;
    TextStyle shown = as_shown(ui, given);
    const TextStyle *st = &shown;
    float widest = 0;
    for (const char *p = s; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        float w = measure(ui, st, p, n);
        widest = w > widest ? w : widest;
        p += n + (nl ? 1 : 0);
    }
    return widest;
}

/* ---- hit regions ---- */

void ui_region(Ui *ui, Rect r, Action action, int arg)
{
    if (!ui || rect_empty(r))
        return;
    RegionSet *rs = &ui->regions[ui->drawing];
    if (rs->n < UI_REGIONS_MAX)
        rs->items[rs->n++] = (Region){r, action, arg};
}

/* Looks in the frame last completed, with the scale it was drawn at: that is
 * what the user saw when they clicked. Pixel centres decide the edges. */
bool ui_hit(const Ui *ui, int x, int y, Action *action, int *arg)
{
    if (action)
        *action = ACT_NONE;
    if (arg)
        *arg = 0;
    if (!ui || ui->shown < 0)
        return false;
    const RegionSet *rs = &ui->regions[ui->shown];
    if (!(rs->scale > 0))
        return false;
    float cx = ((float)x + 0.5f - rs->ox) / rs->scale, cy = ((float)y + 0.5f - rs->oy) / rs->scale;
    for (int i = rs->n - 1; i >= 0; i--) {
        Rect r = rs->items[i].r;
        if (cx >= r.x && cx < r.x + r.w && cy >= r.y && cy < r.y + r.h) {
            if (action)
                *action = rs->items[i].action;
            if (arg)
                *arg = rs->items[i].arg;
            return true;
        }
    }
    return false;
}
