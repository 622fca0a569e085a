/* Filled and stroked shapes on the design canvas: rectangles with round
 * corners, circles, rings, lines and arcs, as triangles for
 * SDL_RenderGeometry. Curves get as many segments as their size in
 * pixels needs, so they are round at every window size. */
#include <stdlib.h>

#include "ui_private.h"

/* ---- geometry ---- */

static bool verts_reserve(Ui *ui, int n)
{
    if (ui->n_verts + n <= ui->cap_verts)
        return true;
    int cap = ui->cap_verts ? ui->cap_verts : 256;
    while (cap < ui->n_verts + n)
        cap *= 2;
    SDL_Vertex *v = realloc(ui->verts, (size_t)cap * sizeof *v);
    if (!v)
        return false;
    ui->verts = v;
    ui->cap_verts = cap;
    return true;
}

/* One triangle in window pixels. */
static void tri(Ui *ui, SDL_FPoint a, SDL_FPoint b, SDL_FPoint c, Color col)
{
    if (!verts_reserve(ui, 3))
        return;
    SDL_Color sc = {col.r, col.g, col.b, col.a};
    SDL_Vertex *v = &ui->verts[ui->n_verts];
    v[0] = (SDL_Vertex){a, sc, {0, 0}};
    v[1] = (SDL_Vertex){b, sc, {0, 0}};
    v[2] = (SDL_Vertex){c, sc, {0, 0}};
    ui->n_verts += 3;
}

static void quad(Ui *ui, SDL_FPoint a, SDL_FPoint b, SDL_FPoint c, SDL_FPoint d, Color col)
{
    tri(ui, a, b, c, col);
    tri(ui, a, c, d, col);
}

/* Opaque colours need no blending, which is most of the software renderer's
 * time per pixel. */
static void blend_for(Ui *ui, Color c)
{
    SDL_SetRenderDrawBlendMode(ui->renderer, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
}

static void flush(Ui *ui)
{
    if (ui->n_verts) {
        blend_for(ui, (Color){0, 0, 0, ui->verts[0].color.a});
        SDL_RenderGeometry(ui->renderer, NULL, ui->verts, ui->n_verts, NULL, 0);
    }
    ui->n_verts = 0;
}

/* An axis-aligned rectangle in whole pixels: a plain fill, far cheaper than
 * triangles in the software renderer. */
static void fill_px(Ui *ui, float x, float y, float w, float h, Color c)
{
    if (w <= 0 || h <= 0)
        return;
    blend_for(ui, c);
    SDL_SetRenderDrawColor(ui->renderer, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(ui->renderer, &(SDL_Rect){(int)x, (int)y, (int)w, (int)h});
}

/* Segments for an arc of span radians at pixel radius r, so that the chord
 * strays at most a quarter pixel from the circle: round at any size. */
static int segments(float r, float span)
{
    float r_px = clampf(r, 0.25f, 1e6f);
    float full = UI_PI / acosf(1.0f - 0.25f / (r_px + 0.25f));
    full = clampf(full, UI_SEG_MIN, UI_SEG_MAX);
    float n = ceilf(full * clampf(fabsf(span), 0, 2 * UI_PI) / (2 * UI_PI));
    return n < 1 ? 1 : (int)n;
}

static SDL_FPoint polar(float cx, float cy, float r, float a)
{
    return (SDL_FPoint){cx + r * cosf(a), cy + r * sinf(a)};
}

/* A band between radii r0 < r1 (pixels) from angle a0 to a1; r0 = 0 is a disc. */
static void band(Ui *ui, float cx, float cy, float r0, float r1, float a0, float a1, Color c)
{
    int n = segments(r1, a1 - a0);
    for (int i = 0; i < n; i++) {
        float t0 = a0 + (a1 - a0) * i / n, t1 = a0 + (a1 - a0) * (i + 1) / n;
        SDL_FPoint o0 = polar(cx, cy, r1, t0), o1 = polar(cx, cy, r1, t1);
        if (r0 <= 0)
            tri(ui, (SDL_FPoint){cx, cy}, o0, o1, c);
        else
            quad(ui, polar(cx, cy, r0, t0), o0, o1, polar(cx, cy, r0, t1), c);
    }
    flush(ui);
}

/* The outline of a rounded rectangle in pixels, m + 1 points per corner,
 * clockwise from the top-left corner's start. */
static int round_rect_points(SDL_FPoint *out, float x, float y, float w, float h, float r, int m)
{
    const float cx[4] = {x + r, x + w - r, x + w - r, x + r};
    const float cy[4] = {y + r, y + r, y + h - r, y + h - r};
    int n = 0;
    for (int k = 0; k < 4; k++) {
        float a0 = UI_PI + k * UI_PI / 2;
        for (int i = 0; i <= m; i++)
            out[n++] = polar(cx[k], cy[k], r, a0 + (UI_PI / 2) * i / (m ? m : 1));
    }
    return n;
}

typedef struct {
    float x, y, w, h, r;
} PxRect;

/* Rectangles snap to whole pixels: SDL's software rasteriser can leave a
 * one-pixel crack between triangles that share an edge at a fractional x or y
 * (seen as a light seam across outlines), never at a whole one. */
static PxRect to_px_rect(const Ui *ui, Rect r, float radius)
{
    float x0 = roundf(px_x(ui, r.x)), y0 = roundf(px_y(ui, r.y));
    float x1 = roundf(px_x(ui, r.x + r.w)), y1 = roundf(px_y(ui, r.y + r.h));
    PxRect p = {x0, y0, x1 - x0, y1 - y0, 0};
    float half = (p.w < p.h ? p.w : p.h) / 2;
    p.r = roundf(clampf(radius * ui->scale, 0, half));
    return p;
}

/* ---- primitives ---- */

void ui_clear(Ui *ui, Color c)
{
    c = recolour(ui, c);
    if (signing(ui, 1, NULL, 0, c))
        return;
    if (!can_draw(ui, c))
        return;
    SDL_SetRenderDrawColor(ui->renderer, c.r, c.g, c.b, c.a);
    SDL_RenderClear(ui->renderer);
}

/* Each public primitive maps its colour through the palette once, here at
 * the top; the static helpers below take colours as drawn. */

/* Corner k (0 top-left, clockwise) of a rounded rectangle between radii r0 and
 * p.r: one span of whole pixels per row, the circle sampled at the row's
 * middle. Spans, not a triangle fan: the software rasteriser leaves a crack
 * where a fan meets the rectangles beside it. */
static void corner(Ui *ui, PxRect p, int k, float r0, Color c)
{
    float cx = k == 0 || k == 3 ? p.x + p.r : p.x + p.w - p.r;
    float cy = k < 2 ? p.y + p.r : p.y + p.h - p.r;
    SDL_Rect spans[128];
    int n = 0;
    blend_for(ui, c);
    SDL_SetRenderDrawColor(ui->renderer, c.r, c.g, c.b, c.a);
    for (int j = 0; j < (int)p.r; j++) {
        float dy = (float)j + 0.5f; /* from the centre, outwards */
        float out = roundf(sqrtf(p.r * p.r - dy * dy));
        float in = dy < r0 ? roundf(sqrtf(r0 * r0 - dy * dy)) : 0;
        if (out <= in)
            continue;
        int y = k < 2 ? (int)cy - 1 - j : (int)cy + j;
        int x = k == 0 || k == 3 ? (int)(cx - out) : (int)(cx + in);
        spans[n++] = (SDL_Rect){x, y, (int)(out - in), 1};
        if (n == 128 || j + 1 == (int)p.r) {
            SDL_RenderFillRects(ui->renderer, spans, n);
            n = 0;
        }
    }
    if (n)
        SDL_RenderFillRects(ui->renderer, spans, n);
}

/* Three plain rectangles and four corners; the pieces never overlap, so a
 * translucent colour blends once everywhere. */
static void round_rect(Ui *ui, Rect r, float radius, Color c)
{
    if (signing(ui, 2, (const float[]){r.x, r.y, r.w, r.h, radius}, 5, c))
        return;
    if (!can_draw(ui, c) || rect_empty(r))
        return;
    PxRect p = to_px_rect(ui, r, radius);
    fill_px(ui, p.x, p.y + p.r, p.w, p.h - 2 * p.r, c);
    fill_px(ui, p.x + p.r, p.y, p.w - 2 * p.r, p.r, c);
    fill_px(ui, p.x + p.r, p.y + p.h - p.r, p.w - 2 * p.r, p.r, c);
    for (int k = 0; p.r > 0 && k < 4; k++)
        corner(ui, p, k, 0, c);
}

void ui_round_rect(Ui *ui, Rect r, float radius, Color c)
{
    round_rect(ui, r, radius, recolour(ui, c));
}

void ui_fill(Ui *ui, Rect r, Color c)
{
    round_rect(ui, r, 0, recolour(ui, c));
}

void ui_outline(Ui *ui, Rect r, float radius, float thickness, Color c)
{
    c = recolour(ui, c);
    if (signing(ui, 3, (const float[]){r.x, r.y, r.w, r.h, radius, thickness}, 6, c))
        return;
    if (!can_draw(ui, c) || rect_empty(r))
        return;
    PxRect o = to_px_rect(ui, r, radius);
    float t = roundf(clampf(thickness * ui->scale, 1.0f, 1e7f)); /* whole pixels, as the rect */
    if (2 * t >= o.w || 2 * t >= o.h) {
        round_rect(ui, r, radius, c);
        return;
    }
    if (o.r >= t) { /* sides as plain rectangles */
        fill_px(ui, o.x + o.r, o.y, o.w - 2 * o.r, t, c);
        fill_px(ui, o.x + o.r, o.y + o.h - t, o.w - 2 * o.r, t, c);
        fill_px(ui, o.x, o.y + o.r, t, o.h - 2 * o.r, c);
        fill_px(ui, o.x + o.w - t, o.y + o.r, t, o.h - 2 * o.r, c);
        for (int k = 0; o.r > 0 && k < 4; k++)
            corner(ui, o, k, o.r - t, c);
        return;
    }
    float ir = o.r - t > 0 ? o.r - t : 0;
    SDL_FPoint out[4 * (UI_SEG_MAX / 4 + 1)], in[4 * (UI_SEG_MAX / 4 + 1)];
    int m = o.r > 0 ? segments(o.r, UI_PI / 2) : 0;
    int n = round_rect_points(out, o.x, o.y, o.w, o.h, o.r, m);
    round_rect_points(in, o.x + t, o.y + t, o.w - 2 * t, o.h - 2 * t, ir, m);
    for (int i = 0; i < n; i++)
        quad(ui, out[i], out[(i + 1) % n], in[(i + 1) % n], in[i], c);
    flush(ui);
}

/* A disc (r0 = 0) or a ring between radii r0 < r1 in pixels, as one or two
 * spans of whole pixels per row, the circle sampled at the row's middle.
 * Triangle fans of a small circle come out square in the software
 * rasteriser (the eyes of the faces at 1080p); spans are round at any size,
 * and never overlap, so a translucent colour blends once. */
static void disc(Ui *ui, float cx, float cy, float r0, float r1, Color c)
{
    SDL_Rect spans[128];
    int n = 0;
    blend_for(ui, c);
    SDL_SetRenderDrawColor(ui->renderer, c.r, c.g, c.b, c.a);
    int top = (int)floorf(cy - r1), bottom = (int)ceilf(cy + r1);
    for (int y = top; y < bottom; y++) {
        float dy = (float)y + 0.5f - cy;
        if (fabsf(dy) >= r1)
            continue;
        float out = sqrtf(r1 * r1 - dy * dy);
        int x0 = (int)roundf(cx - out), x1 = (int)roundf(cx + out);
        if (fabsf(dy) < r0) {
            float in = sqrtf(r0 * r0 - dy * dy);
            int i0 = (int)roundf(cx - in), i1 = (int)roundf(cx + in);
            spans[n++] = (SDL_Rect){x0, y, i0 - x0, 1};
            spans[n++] = (SDL_Rect){i1, y, x1 - i1, 1};
        } else
            spans[n++] = (SDL_Rect){x0, y, x1 - x0, 1};
        if (n >= 126) {
            SDL_RenderFillRects(ui->renderer, spans, n);
            n = 0;
        }
    }
    if (n)
        SDL_RenderFillRects(ui->renderer, spans, n);
}

void ui_circle(Ui *ui, float cx, float cy, float radius, Color c)
{
    c = recolour(ui, c);
    if (signing(ui, 4, (const float[]){cx, cy, radius}, 3, c))
        return;
    if (!can_draw(ui, c) || !(radius > 0) || !isfinite(cx) || !isfinite(cy))
        return;
    float r = clampf(radius * ui->scale, 0, 1e7f);
    disc(ui, px_x(ui, cx), px_y(ui, cy), 0, r, c);
}

/* The ring lies inside radius, like an outline inside its rectangle. */
void ui_ring(Ui *ui, float cx, float cy, float radius, float thickness, Color c)
{
    c = recolour(ui, c);
    if (signing(ui, 5, (const float[]){cx, cy, radius, thickness}, 4, c))
        return;
    if (!can_draw(ui, c) || !(radius > 0) || !isfinite(cx) || !isfinite(cy))
        return;
    float r = clampf(radius * ui->scale, 0, 1e7f);
    float t = clampf(thickness * ui->scale, 1.0f, r);
    disc(ui, px_x(ui, cx), px_y(ui, cy), r - t, r, c);
}

void ui_line(Ui *ui, float x0, float y0, float x1, float y1, float thickness, Color c)
{
    c = recolour(ui, c);
    if (signing(ui, 6, (const float[]){x0, y0, x1, y1, thickness}, 5, c))
        return;
    if (!can_draw(ui, c) || !isfinite(x0 + y0 + x1 + y1))
        return;
    SDL_FPoint a = {px_x(ui, x0), px_y(ui, y0)}, b = {px_x(ui, x1), px_y(ui, y1)};
    float dx = b.x - a.x, dy = b.y - a.y, len = sqrtf(dx * dx + dy * dy);
    if (!(len > 0))
        return;
    float half = clampf(thickness * ui->scale, 1.0f, 1e7f) / 2;
    float nx = -dy / len * half, ny = dx / len * half;
    quad(ui, (SDL_FPoint){a.x + nx, a.y + ny}, (SDL_FPoint){b.x + nx, b.y + ny},
         (SDL_FPoint){b.x - nx, b.y - ny}, (SDL_FPoint){a.x - nx, a.y - ny}, c);
    flush(ui);
}

/* The stroke is centred on radius. */
void ui_arc(Ui *ui, float cx, float cy, float radius, float a0, float a1, float thickness, Color c)
{
    c = recolour(ui, c);
    if (signing(ui, 7, (const float[]){cx, cy, radius, a0, a1, thickness}, 6, c))
        return;
    if (!can_draw(ui, c) || !(radius > 0) || !isfinite(cx + cy + a0 + a1))
        return;
    float r = clampf(radius * ui->scale, 0, 1e7f);
    float half = clampf(thickness * ui->scale, 1.0f, 1e7f) / 2;
    float span = clampf(a1 - a0, -2 * UI_PI, 2 * UI_PI);
    band(ui, px_x(ui, cx), px_y(ui, cy), r - half > 0 ? r - half : 0, r + half, a0, a0 + span, c);
}
