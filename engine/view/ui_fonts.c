/* The Ui's fonts: each font file read once per process into memory, and
 * each (face, size) opened from those bytes and kept in a Ui's slots. */
#include "ui_private.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"

/* Font files are read once per process and shared by every Ui. SDL_ttf
 * opening a file reads it again for each size, and FreeType then fetches
 * each glyph with a seek and a few small reads: 22,000 lseek calls before a
 * play's first frame. From memory, a size costs no system call at all. */
static FontFile font_files[UI_FONT_FILES_MAX];
static int n_font_files;
static long font_files_read;

static void font_files_free(void)
{
    for (int i = 0; i < n_font_files; i++) {
        free(font_files[i].path);
        SDL_free(font_files[i].data);
    }
    n_font_files = 0;
}

/* The bytes of the font at path, read now if no Ui has read them yet; they
 * stay until the process exits (a play opens a measuring Ui for its lint
 * and then the window's: both use the same bytes). */
const FontFile *ui_font_file(const char *path, char *err, size_t err_size)
{
    for (int i = 0; i < n_font_files; i++)
        if (strcmp(font_files[i].path, path) == 0)
            return &font_files[i];
    if (n_font_files == UI_FONT_FILES_MAX) {
        diag_set_err(err, err_size, "cannot open font %s: too many font files", path);
        return NULL;
    }
    FontFile file = {.path = strdup(path)};
    if (file.path)
        file.data = SDL_LoadFile(path, &file.size);
    if (!file.data || file.size > UI_FONT_FILE_MAX) {
        diag_set_err(err, err_size, "cannot open font %s: %s", path,
                     !file.path  ? "out of memory"
                     : file.data ? "the file is too large"
                                 : SDL_GetError());
        free(file.path);
        SDL_free(file.data);
        return NULL;
    }
    if (n_font_files == 0)
        atexit(font_files_free);
    font_files_read++;
    font_files[n_font_files] = file;
    return &font_files[n_font_files++];
}

long ui_font_files_read(void)
{
    return font_files_read;
}

/* Opens face at an em of em64 / 64 pixels. SDL_ttf takes whole points, so
 * the size is given at 1 dpi in points of 1/72 pixel: FreeType then sets the
 * em to (pt * 64 + 36) / 72 in 1/64 pixel, which is em64 exactly. Rounding
 * to whole pixels instead would make a 20.8-pixel font 1% too wide and lines
 * overflow their boxes. */
TTF_Font *ui_font_open(Ui *ui, FontFace face, int em64, char *err, size_t err_size)
{
    const FontFile *file = ui->files[face];
    SDL_RWops *rw = SDL_RWFromConstMem(file->data, (int)file->size);
    TTF_Font *f = rw ? TTF_OpenFontDPIRW(rw, 1, (int)(((long)em64 * 9 + 4) / 8), 1, 1) : NULL;
    if (!f) {
        diag_set_err(err, err_size, "cannot open font %s: %s", file->path, TTF_GetError());
        return NULL;
    }
    /* Light hinting keeps advances unhinted, so widths scale linearly with
     * the size and a layout measured at one size holds at another. */
    TTF_SetFontHinting(f, TTF_HINTING_LIGHT);
    return f;
}

TTF_Font *ui_font_get(Ui *ui, FontFace face, int em64)
{
    if ((unsigned)face >= FONT_COUNT)
        face = FONT_SANS;
    FontSlot *lru = NULL;
    for (int i = 0; i < ui->n_fonts; i++) {
        FontSlot *s = &ui->fonts[i];
        if (s->face == face && s->em64 == em64) {
            s->used = ui->frame;
            return s->font;
        }
        if (!lru || s->used < lru->used)
            lru = s;
    }
    TTF_Font *f = ui_font_open(ui, face, em64, NULL, 0);
    if (!f)
        return NULL;
    FontSlot *slot = ui->n_fonts < UI_FONTS_MAX ? &ui->fonts[ui->n_fonts++] : lru;
    if (slot == lru)
        TTF_CloseFont(lru->font);
    *slot = (FontSlot){face, em64, f, ui->frame};
    return f;
}
