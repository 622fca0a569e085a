/* The platform edge: the window (or, headless, a software surface), SDL
 * events turned into abstract input, the monotonic clock and PNG screenshots.
 * Nothing above this file sees an SDL event; it never prints and never exits. */
#include "platform.h"

#include <SDL.h>
#include <errno.h>
#include <fcntl.h>
#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "synth.h"

enum { PLATFORM_SIZE_MAX = 16384, PLATFORM_TMP_TRIES = 100 };

#define NO_DISPLAY "no X11, Wayland or KMS display was found; --headless plays without one"

/* Samples the audio callback plays, and how far it has played them. */
typedef struct {
    int16_t *buf;
    size_t n, pos;
} Track;

struct Platform {
    SDL_Window *window;   /* NULL when headless */
    SDL_Surface *surface; /* headless: what the software renderer draws on */
    SDL_Renderer *renderer;
    Uint32 subsystems; /* what this platform started, to stop it again */
    bool text_input;
    SDL_AudioDeviceID audio; /* 0: none (yet, or none to be had) */
    bool audio_tried;
    /* no audio device could be opened at start (platform_has_audio) */
    bool silent;
    /* what the audio callback plays, guarded by the device lock: a loop, and a
     * voice said once over it */
    Track sound, speech;
    bool lost; /* the window's pixels may be gone since the last frame */
};

enum { AUDIO_RATE = 22050 };

/* ---- opening and closing ---- */

/* SDL drivers that show nothing to anyone. */
static bool invisible_driver(const char *name)
{
    static const char *const names[] = {"offscreen", "dummy", "evdev"};
    for (size_t i = 0; name && i < sizeof names / sizeof *names; i++)
        if (!strcmp(name, names[i]))
            return true;
    return false;
}

/* Headless uses the dummy drivers. A window must be seen: when SDL finds no
 * display it quietly falls back to its offscreen driver, so that is refused
 * unless the user named a driver in SDL_VIDEODRIVER. Without a runtime
 * folder Wayland cannot connect, and libwayland would say so on stderr. */
static void choose_drivers(bool headless)
{
    if (headless) {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
        SDL_SetHint(SDL_HINT_AUDIODRIVER, "dummy");
    } else if (!getenv("SDL_VIDEODRIVER") && !getenv("XDG_RUNTIME_DIR")) {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "x11,KMSDRM");
    }
}

static bool audio_ready(Platform *p);

/* Starts video, and audio when it can: a machine without sound still plays. */
static bool start_sdl(Platform *p, bool headless, char *err, size_t err_size)
{
    choose_drivers(headless);
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        diag_set_err(err, err_size, "no display: %s (SDL: %s)", NO_DISPLAY, SDL_GetError());
        return false;
    }
    p->subsystems = SDL_INIT_VIDEO;
    const char *driver = SDL_GetCurrentVideoDriver();
    if (!headless && !getenv("SDL_VIDEODRIVER") && invisible_driver(driver)) {
        diag_set_err(err, err_size, "no display: %s (SDL offered only its %s driver)", NO_DISPLAY,
                driver);
        return false;
    }
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) == 0)
        p->subsystems |= SDL_INIT_AUDIO;
    /* Opened now, so that a play says at its start when it will be silent.
     * SDL's dummy driver (headless) always opens, so it waits for the first
     * sound: closing a device waits for a buffer (46 ms), and most headless
     * plays (the tests) never sound. */
    const char *audio = SDL_GetCurrentAudioDriver();
    p->silent = !audio || (strcmp(audio, "dummy") != 0 && !audio_ready(p));
    return true;
}

/* A software renderer on a surface of our own: no window, no display, and
 * pixels that depend on nothing but what was drawn. */
static bool open_headless(Platform *p, int w, int h, char *err, size_t err_size)
{
    p->surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGB888);
    if (p->surface)
        p->renderer = SDL_CreateSoftwareRenderer(p->surface);
    if (!p->renderer) {
        diag_set_err(err, err_size, "cannot create a headless renderer: %s", SDL_GetError());
        return false;
    }
    return true;
}

static bool open_window(Platform *p, const PlatformConfig *cfg, int w, int h, char *err,
                        size_t err_size)
{
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (cfg->fullscreen)
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    p->window = SDL_CreateWindow(cfg->title ? cfg->title : "teaser", SDL_WINDOWPOS_CENTERED,
                                 SDL_WINDOWPOS_CENTERED, w, h, flags);
    if (!p->window) {
        diag_set_err(err, err_size, "no display: %s", SDL_GetError());
        return false;
    }
    static const Uint32 tries[] = {SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC,
                                   SDL_RENDERER_ACCELERATED, SDL_RENDERER_SOFTWARE};
    for (size_t i = 0; i < sizeof tries / sizeof *tries && !p->renderer; i++)
        p->renderer = SDL_CreateRenderer(p->window, -1, tries[i]);
    if (!p->renderer) {
        diag_set_err(err, err_size, "cannot create a renderer: %s", SDL_GetError());
        return false;
    }
    return true;
}

Platform *platform_open(const PlatformConfig *cfg, char *err, size_t err_size)
{
    PlatformConfig none = {0};
    cfg = cfg ? cfg : &none;
    int w = cfg->w > 0 ? cfg->w : 1280, h = cfg->h > 0 ? cfg->h : 720;
    if (w > PLATFORM_SIZE_MAX || h > PLATFORM_SIZE_MAX) {
        diag_set_err(err, err_size, "window size %dx%d is larger than %d pixels", w, h,
                PLATFORM_SIZE_MAX);
        return NULL;
    }
    Platform *p = calloc(1, sizeof *p);
    if (!p) {
        diag_set_err(err, err_size, "out of memory");
        return NULL;
    }
    SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "linear");
    /* SDL would turn SIGINT and SIGTERM into a quit event that a headless
     * run never reads (and kiosk mode ignores): `timeout` and Ctrl+C must
     * still stop teaser. Every rating is committed, so nothing is lost. */
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    bool ok = start_sdl(p, cfg->headless, err, err_size) &&
              (cfg->headless ? open_headless(p, w, h, err, err_size)
                             : open_window(p, cfg, w, h, err, err_size));
    if (!ok) {
        platform_close(p);
        return NULL;
    }
    /* SDL turns text input on with a window; fields turn it on when needed. */
    SDL_StopTextInput();
    return p;
}

/* The loop, and over it the voice: while a voice speaks the music drops to a
 * quarter, as on a real line, so that the words are heard. */
static void audio_callback(void *userdata, Uint8 *stream, int len)
{
    Platform *p = userdata;
    int16_t *out = (int16_t *)stream;
    size_t n = (size_t)len / sizeof *out;
    for (size_t i = 0; i < n; i++) {
        Track *loop = &p->sound, *voice = &p->speech;
        int music = loop->n ? loop->buf[loop->pos] : 0;
        if (loop->n && ++loop->pos == loop->n)
            loop->pos = 0;
        int mixed = music;
        if (voice->pos < voice->n)
            mixed = music / 4 + voice->buf[voice->pos++];
        out[i] = (int16_t)(mixed > 32767 ? 32767 : mixed < -32768 ? -32768 : mixed);
    }
}

/* SDL_OpenAudioDevice with the process's stderr sent to /dev/null: ALSA on
 * a machine without a sound card writes eight lines of its own there, which
 * tell a facilitator nothing; the play says it in one line instead
 * (platform_has_audio). Called at start, before any thread could write. */
static SDL_AudioDeviceID open_audio_quietly(const SDL_AudioSpec *want)
{
    fflush(stderr);
    int saved = dup(STDERR_FILENO);
    int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
    bool quiet = saved >= 0 && null >= 0 && dup2(null, STDERR_FILENO) >= 0;
    SDL_AudioDeviceID dev = SDL_OpenAudioDevice(NULL, 0, want, NULL, 0);
    if (quiet)
        dup2(saved, STDERR_FILENO);
    if (null >= 0)
        close(null);
    if (saved >= 0)
        close(saved);
    return dev;
}

/* The device is opened once, mono 16-bit at AUDIO_RATE; SDL converts for
 * the hardware. Failure is remembered and means silence. */
static bool audio_ready(Platform *p)
{
    if (!p->audio_tried && (p->subsystems & SDL_INIT_AUDIO)) {
        p->audio_tried = true;
        SDL_AudioSpec want = {.freq = AUDIO_RATE,
                              .format = AUDIO_S16SYS,
                              .channels = 1,
                              .samples = 1024,
                              .callback = audio_callback,
                              .userdata = p};
        p->audio = open_audio_quietly(&want);
        if (p->audio)
            SDL_PauseAudioDevice(p->audio, 0);
    }
    return p->audio != 0;
}

/* Puts buf (owned from now on) in place of what t plays, from its start;
 * returns the old samples, to free once the device is unlocked. Call with
 * the device locked. */
static int16_t *replace(Track *t, int16_t *buf, size_t n)
{
    int16_t *old = t->buf;
    *t = (Track){buf, buf ? n : 0, 0};
    return old;
}

/* Swaps in a new loop (taking ownership of buf) under the device lock. */
static void swap_sound(Platform *p, int16_t *buf, size_t n)
{
    SDL_LockAudioDevice(p->audio);
    int16_t *old = replace(&p->sound, buf, n);
    SDL_UnlockAudioDevice(p->audio);
    free(old);
}

/* Resamples (nearest sample) to AUDIO_RATE: hold music needs no better. */
static int16_t *resample(const int16_t *samples, size_t n, int rate, size_t *out_n)
{
    size_t m = rate == AUDIO_RATE ? n : (size_t)((double)n * AUDIO_RATE / rate);
    int16_t *buf = m ? malloc(m * sizeof *buf) : NULL;
    for (size_t i = 0; buf && i < m; i++)
        buf[i] = samples[rate == AUDIO_RATE ? i : (size_t)((double)i * rate / AUDIO_RATE)];
    *out_n = m;
    return buf;
}

void platform_loop(Platform *p, const int16_t *samples, size_t n, int rate)
{
    if (!p || !samples || !n || rate <= 0 || !audio_ready(p))
        return;
    size_t m;
    int16_t *buf = resample(samples, n, rate, &m);
    if (buf)
        swap_sound(p, buf, m);
}

bool platform_loop_wav(Platform *p, const char *path, char *err, size_t err_size)
{
    SDL_AudioSpec spec;
    Uint8 *data = NULL;
    Uint32 len = 0;
    if (!SDL_LoadWAV(path, &spec, &data, &len)) {
        diag_set_err(err, err_size, "cannot play %s: %s", path, SDL_GetError());
        return false;
    }
    SDL_AudioCVT cvt;
    int built =
        SDL_BuildAudioCVT(&cvt, spec.format, spec.channels, spec.freq, AUDIO_S16SYS, 1, AUDIO_RATE);
    Uint8 *buf =
        built >= 0 ? malloc((size_t)len * (size_t)(cvt.len_mult > 0 ? cvt.len_mult : 1)) : NULL;
    bool ok = buf != NULL;
    if (ok) {
        memcpy(buf, data, len);
        cvt.buf = buf;
        cvt.len = (int)len;
        ok = built == 0 || SDL_ConvertAudio(&cvt) == 0;
    }
    SDL_FreeWAV(data);
    if (!ok) {
        free(buf);
        diag_set_err(err, err_size, "cannot play %s: %s", path, SDL_GetError());
        return false;
    }
    size_t n = (size_t)(built ? cvt.len_cvt : (int)len) / sizeof(int16_t);
    if (audio_ready(p) && n)
        swap_sound(p, (int16_t *)buf, n);
    else
        free(buf);
    return true;
}

/* Replaces the voice (queue false) or adds to what is still to be said
 * (queue true), taking ownership of buf, under the device lock. */
static void swap_speech(Platform *p, int16_t *buf, size_t n, bool queue)
{
    SDL_LockAudioDevice(p->audio);
    size_t left = p->speech.n - p->speech.pos;
    int16_t *joined = queue && left && buf ? malloc((left + n) * sizeof *joined) : NULL;
    if (joined) {
        memcpy(joined, p->speech.buf + p->speech.pos, left * sizeof *joined);
        memcpy(joined + left, buf, n * sizeof *joined);
        free(buf);
        buf = joined;
        n += left;
    }
    int16_t *old = replace(&p->speech, buf, n);
    SDL_UnlockAudioDevice(p->audio);
    free(old);
}

void platform_say(Platform *p, const int16_t *samples, size_t n, int rate, bool queue,
                  bool phone)
{
    if (!p || !samples || !n || rate <= 0 || !audio_ready(p))
        return;
    size_t m;
    int16_t *buf = resample(samples, n, rate, &m);
    if (!buf)
        return;
    PhoneLine line = {0};
    if (phone)
        phone_line_filter(&line, buf, m, AUDIO_RATE, true);
    swap_speech(p, buf, m, queue);
}

void platform_stop_speech(Platform *p)
{
    if (p && p->audio)
        swap_speech(p, NULL, 0, false);
}

void platform_stop_sound(Platform *p)
{
    if (p && p->audio)
        swap_sound(p, NULL, 0);
}

bool platform_has_audio(const Platform *p)
{
    return p && !p->silent;
}

void platform_close(Platform *p)
{
    if (!p)
        return;
    if (p->audio)
        SDL_CloseAudioDevice(p->audio);
    free(p->sound.buf);
    free(p->speech.buf);
    if (p->renderer)
        SDL_DestroyRenderer(p->renderer);
    if (p->surface)
        SDL_FreeSurface(p->surface);
    if (p->window)
        SDL_DestroyWindow(p->window);
    if (p->subsystems)
        SDL_QuitSubSystem(p->subsystems);
    /* The last user of SDL cleans up all of it (hints included), so that a
     * later platform starts fresh and leak checkers see nothing. */
    if (SDL_WasInit(SDL_INIT_EVERYTHING) == 0)
        SDL_Quit();
    free(p);
}

struct SDL_Renderer *platform_renderer(Platform *p)
{
    return p ? p->renderer : NULL;
}

void platform_size(Platform *p, int *w, int *h)
{
    int ow = 0, oh = 0;
    if (p && p->renderer)
        SDL_GetRendererOutputSize(p->renderer, &ow, &oh);
    if (w)
        *w = ow;
    if (h)
        *h = oh;
}

/* ---- events ---- */

static Key digit_key(SDL_Keycode sym)
{
    static const SDL_Keycode pad[10] = {SDLK_KP_0, SDLK_KP_1, SDLK_KP_2, SDLK_KP_3, SDLK_KP_4,
                                        SDLK_KP_5, SDLK_KP_6, SDLK_KP_7, SDLK_KP_8, SDLK_KP_9};
    if (sym >= SDLK_0 && sym <= SDLK_9)
        return (Key)(KEY_0 + (sym - SDLK_0));
    for (int d = 0; d < 10; d++)
        if (sym == pad[d])
            return (Key)(KEY_0 + d);
    return KEY_NONE;
}

/* Phone keys typed on a keyboard: "#" is Shift+3 and "*" Shift+8 on the
 * common layouts, whatever SDL reports as the key itself. */
static Key shifted_key(const SDL_Keysym *k)
{
    if (!(k->mod & KMOD_SHIFT))
        return KEY_NONE;
    if (k->sym == SDLK_3)
        return KEY_HASH;
    if (k->sym == SDLK_8)
        return KEY_STAR;
    return KEY_NONE;
}

static Key map_key(const SDL_Keysym *k)
{
    static const struct {
        SDL_Keycode sym;
        Key key;
    } table[] = {
        {SDLK_RETURN, KEY_ENTER},
        {SDLK_KP_ENTER, KEY_ENTER},
        {SDLK_RETURN2, KEY_ENTER},
        {SDLK_ESCAPE, KEY_ESCAPE},
        {SDLK_BACKSPACE, KEY_BACKSPACE},
        {SDLK_TAB, KEY_TAB},
        {SDLK_SPACE, KEY_SPACE},
        {SDLK_UP, KEY_UP},
        {SDLK_DOWN, KEY_DOWN},
        {SDLK_LEFT, KEY_LEFT},
        {SDLK_RIGHT, KEY_RIGHT},
        {SDLK_PAGEUP, KEY_PAGEUP},
        {SDLK_PAGEDOWN, KEY_PAGEDOWN},
        {SDLK_HOME, KEY_HOME},
        {SDLK_END, KEY_END},
        {SDLK_ASTERISK, KEY_STAR},
        {SDLK_KP_MULTIPLY, KEY_STAR},
        {SDLK_HASH, KEY_HASH},
        {SDLK_KP_HASH, KEY_HASH},
        {SDLK_F11, KEY_F11},
        {SDLK_F2, KEY_F2},
        {SDLK_a, KEY_A},
        {SDLK_r, KEY_R},
        {SDLK_c, KEY_C},
        {SDLK_t, KEY_T},
    };
    Key shifted = shifted_key(k);
    if (shifted != KEY_NONE)
        return shifted;
    for (size_t i = 0; i < sizeof table / sizeof *table; i++)
        if (table[i].sym == k->sym)
            return table[i].key;
    return digit_key(k->sym);
}

/* Held keys repeat only where repeating means something: moving and deleting. */
static bool repeats(Key key)
{
    return key == KEY_UP || key == KEY_DOWN || key == KEY_LEFT || key == KEY_RIGHT ||
           key == KEY_PAGEUP || key == KEY_PAGEDOWN || key == KEY_BACKSPACE;
}

static bool key_event(Platform *p, const SDL_KeyboardEvent *k, InputEvent *ev)
{
    /* the facilitator's way out of kiosk mode: a chord no participant hits by chance */
    if (k->keysym.sym == SDLK_q && (k->keysym.mod & KMOD_CTRL) && (k->keysym.mod & KMOD_ALT)) {
        ev->kind = IN_QUIT;
        ev->arg = 1;
        return true;
    }
    Key key = map_key(&k->keysym);
    if (key == KEY_NONE || (k->repeat && !repeats(key)))
        return false;
    if (key == KEY_F11) {
        platform_toggle_fullscreen(p);
        return false;
    }
    ev->kind = IN_KEY;
    ev->device = DEVICE_KEYBOARD;
    ev->key = key;
    return true;
}

/* Window coordinates to drawable pixels: they differ on HiDPI screens. */
static void window_to_pixels(Platform *p, int x, int y, int *px, int *py)
{
    int ww = 0, wh = 0, ow = 0, oh = 0;
    platform_size(p, &ow, &oh);
    if (p->window)
        SDL_GetWindowSize(p->window, &ww, &wh);
    *px = ww > 0 ? (int)((int64_t)x * ow / ww) : x;
    *py = wh > 0 ? (int)((int64_t)y * oh / wh) : y;
}

static void pointer(InputEvent *ev, Device device, int x, int y)
{
    ev->kind = IN_POINTER;
    ev->device = device;
    ev->x = x;
    ev->y = y;
}

/* Touch screens send a finger and a mouse click made up from it; the made-up
 * click is dropped so that one tap is one event. */
static bool mouse_event(Platform *p, const SDL_MouseButtonEvent *b, InputEvent *ev)
{
    if (b->button != SDL_BUTTON_LEFT || b->which == SDL_TOUCH_MOUSEID)
        return false;
    int x, y;
    window_to_pixels(p, b->x, b->y, &x, &y);
    pointer(ev, DEVICE_MOUSE, x, y);
    return true;
}

static bool finger_event(Platform *p, const SDL_TouchFingerEvent *f, InputEvent *ev)
{
    int ow, oh;
    platform_size(p, &ow, &oh);
    float fx = f->x < 0 ? 0 : f->x > 1 ? 1 : f->x, fy = f->y < 0 ? 0 : f->y > 1 ? 1 : f->y;
    pointer(ev, DEVICE_TOUCH, (int)(fx * (float)ow), (int)(fy * (float)oh));
    return true;
}

static bool text_event(Platform *p, const SDL_TextInputEvent *t, InputEvent *ev)
{
    if (!p->text_input || !t->text[0])
        return false;
    ev->kind = IN_CHARS;
    ev->device = DEVICE_KEYBOARD;
    snprintf(ev->text, sizeof ev->text, "%s", t->text);
    return true;
}

/* One SDL event to at most one input event; false when it means nothing here. */
static bool translate(Platform *p, const SDL_Event *e, InputEvent *ev)
{
    switch (e->type) {
    case SDL_KEYDOWN:
        return key_event(p, &e->key, ev);
    case SDL_TEXTINPUT:
        return text_event(p, &e->text, ev);
    case SDL_MOUSEBUTTONDOWN:
        return mouse_event(p, &e->button, ev);
    case SDL_FINGERDOWN:
        return finger_event(p, &e->tfinger, ev);
    case SDL_QUIT:
        ev->kind = IN_QUIT;
        return true;
    case SDL_WINDOWEVENT:
        if (e->window.event != SDL_WINDOWEVENT_CLOSE) {
            p->lost = true; /* exposed, resized, restored...: draw the frame again */
            return false;
        }
        ev->kind = IN_QUIT;
        return true;
    default:
        return false;
    }
}

bool platform_poll(Platform *p, InputEvent *ev)
{
    if (!p || !ev)
        return false;
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        memset(ev, 0, sizeof *ev);
        if (translate(p, &e, ev))
            return true;
    }
    memset(ev, 0, sizeof *ev);
    return false;
}

void platform_wait(Platform *p, int ms)
{
    if (p && ms > 0)
        SDL_WaitEventTimeout(NULL, ms);
}

void platform_text_input(Platform *p, bool on)
{
    if (!p || p->text_input == on)
        return;
    p->text_input = on;
    if (on)
        SDL_StartTextInput();
    else
        SDL_StopTextInput();
}

void platform_toggle_fullscreen(Platform *p)
{
    if (!p || !p->window)
        return;
    bool full = SDL_GetWindowFlags(p->window) & SDL_WINDOW_FULLSCREEN;
    SDL_SetWindowFullscreen(p->window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
}

bool platform_pixels_lost(Platform *p)
{
    bool lost = p && p->lost;
    if (p)
        p->lost = false;
    return lost;
}

void platform_present(Platform *p)
{
    if (p && p->renderer)
        SDL_RenderPresent(p->renderer);
}

int64_t platform_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- screenshots ---- */

typedef struct {
    jmp_buf jmp;
    char msg[200];
} PngError;

/* libpng would print and abort; we keep its message and jump back instead. */
static void png_fail(png_structp png, png_const_charp msg)
{
    PngError *pe = png_get_error_ptr(png);
    snprintf(pe->msg, sizeof pe->msg, "%s", msg);
    longjmp(pe->jmp, 1);
}

static void png_warn(png_structp png, png_const_charp msg)
{
    (void)png;
    (void)msg;
}

/* Writes 8-bit RGB rows with no time or text chunk: the same pixels always
 * give the same bytes, so golden images compare with cmp. */
static bool png_write_rgb(FILE *f, const unsigned char *rgb, int w, int h, char *msg,
                          size_t msg_size)
{
    PngError pe = {.msg = ""};
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &pe, png_fail, png_warn);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    if (!info) {
        png_destroy_write_struct(&png, NULL);
        snprintf(msg, msg_size, "out of memory");
        return false;
    }
    if (setjmp(pe.jmp)) {
        png_destroy_write_struct(&png, &info);
        snprintf(msg, msg_size, "%s", pe.msg);
        return false;
    }
    png_init_io(png, f);
    png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    /* screens are flat colour: fast deflate without row filters keeps them
     * small (76 KB for the start screen, 60 KB with the library's thorough
     * defaults) in a fifth of the time, which the first screenshot waited on */
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(png, 1);
    png_write_info(png, info);
    for (int y = 0; y < h; y++)
        png_write_row(png, rgb + (size_t)y * (size_t)w * 3);
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    return true;
}

/* A new file beside path (so that rename is atomic), never an existing one. */
static FILE *open_temp(const char *path, char *tmp, size_t tmp_size)
{
    for (int i = 0; i < PLATFORM_TMP_TRIES; i++) {
        snprintf(tmp, tmp_size, "%s.%ld.%d.tmp", path, (long)getpid(), i);
        int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0666);
        if (fd >= 0) {
            FILE *f = fdopen(fd, "wb");
            if (!f)
                close(fd);
            return f;
        }
        if (errno != EEXIST)
            return NULL;
    }
    return NULL;
}

static bool write_png_file(const char *path, const unsigned char *rgb, int w, int h, char *err,
                           size_t err_size)
{
    char tmp[4200], msg[200] = "";
    if (strlen(path) > 4000) {
        diag_set_err(err, err_size, "cannot write %.60s...: the name is too long", path);
        return false;
    }
    FILE *f = open_temp(path, tmp, sizeof tmp);
    if (!f) {
        diag_set_err(err, err_size, "cannot write %s: %s", path, strerror(errno));
        return false;
    }
    errno = 0;
    bool ok = png_write_rgb(f, rgb, w, h, msg, sizeof msg) && fflush(f) == 0 && !ferror(f);
    int saved = errno;
    if (fclose(f) != 0 && ok) {
        ok = false;
        saved = errno;
    }
    if (ok && rename(tmp, path) != 0) {
        ok = false;
        saved = errno;
    }
    if (!ok) {
        unlink(tmp);
        diag_set_err(err, err_size, "cannot write %s: %s", path,
                saved    ? strerror(saved)
                : msg[0] ? msg
                         : "write error");
    }
    return ok;
}

bool platform_screenshot(Platform *p, const char *path, char *err, size_t err_size)
{
    int w = 0, h = 0;
    platform_size(p, &w, &h);
    if (!p || !path || w <= 0 || h <= 0) {
        diag_set_err(err, err_size, "cannot take a screenshot: nothing is drawn");
        return false;
    }
    unsigned char *rgb = malloc((size_t)w * (size_t)h * 3);
    if (!rgb) {
        diag_set_err(err, err_size, "cannot take a screenshot: out of memory");
        return false;
    }
    bool ok = false;
    if (SDL_RenderReadPixels(p->renderer, NULL, SDL_PIXELFORMAT_RGB24, rgb, w * 3) != 0)
        diag_set_err(err, err_size, "cannot read the screen for %s: %s", path, SDL_GetError());
    else
        ok = write_png_file(path, rgb, w, h, err, err_size);
    free(rgb);
    return ok;
}
