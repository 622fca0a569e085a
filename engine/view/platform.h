/* The platform: window, SDL events turned into abstract input, the real
 * clock, sound, screenshots. With headless set it uses SDL's dummy video and
 * audio drivers and a software renderer, and never needs a display. It never
 * prints and never exits. SDL lives here and in ui.c and ui_shapes.c only. */
#ifndef TEASER_PLATFORM_H
#define TEASER_PLATFORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "input.h"

typedef struct Platform Platform;
struct SDL_Renderer;

typedef struct {
    int w, h;        /* window size in pixels; 0: 1280 x 720 */
    bool fullscreen; /* desktop fullscreen */
    bool headless;   /* dummy drivers, no display needed */
    /* the window's title */
    const char *title;
} PlatformConfig;

/* NULL with err filled (one sentence) when there is no display or SDL fails. */
Platform *platform_open(const PlatformConfig *cfg, char *err, size_t err_size);
void platform_close(Platform *p);

struct SDL_Renderer *platform_renderer(Platform *p);
/* The size of the drawing surface in pixels (can change: resizes, F11). */
void platform_size(Platform *p, int *w, int *h);

/* The next input event, if any, without waiting. Keys, typed characters,
 * clicks and taps (IN_POINTER, window pixels), window closed (IN_QUIT). F11
 * toggles fullscreen here and is not passed on. */
bool platform_poll(Platform *p, InputEvent *ev);
/* Waits up to ms for an event (the caller then polls). */
void platform_wait(Platform *p, int ms);
/* Whether typed characters are wanted (a text field has focus). */
void platform_text_input(Platform *p, bool on);

void platform_present(Platform *p);
/* Whether the window was exposed, resized or otherwise may have lost what was
 * presented since the last call: then the next frame must be drawn whole. */
bool platform_pixels_lost(Platform *p);
/* Milliseconds from a monotonic clock. */
int64_t platform_now_ms(void);

/* Writes what has been drawn since the frame began as a PNG file (RGB, 8
 * bits); call it before platform_present, which may discard the pixels. */
bool platform_screenshot(Platform *p, const char *path, char *err, size_t err_size);
void platform_toggle_fullscreen(Platform *p);

/* Sound: one looping voice. Mono 16-bit samples at rate, copied; played
 * until stopped or replaced. Without an audio device it is silently
 * nothing: no sound must ever stop a play. */
void platform_loop(Platform *p, const int16_t *samples, size_t n, int rate);
/* The same from a WAV file; false with err filled when it cannot be read. */
bool platform_loop_wav(Platform *p, const char *path, char *err, size_t err_size);
void platform_stop_sound(Platform *p);
/* A voice, said once over the loop (which drops to a quarter meanwhile):
 * mono 16-bit samples at rate, copied. queue: after what is still to be
 * said; else at once, cutting it off. phone: through a telephone line's
 * band (a voice on the line, not a screen read aloud). Without a device:
 * nothing. */
void platform_say(Platform *p, const int16_t *samples, size_t n, int rate, bool queue,
                  bool phone);
void platform_stop_speech(Platform *p);
/* False when no audio device could be opened at start (none, or SDL's driver
 * failed; SDL's dummy driver counts as a device): the play is silent. */
bool platform_has_audio(const Platform *p);

#endif
