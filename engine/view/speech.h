/* Speech: a line of text said by espeak-ng, as 16-bit mono samples. It is a
 * library at the edge, like SDL: the core never calls it, and is handed the
 * durations through a SpeechClock (step_type.h). espeak-ng is not
 * thread-safe: call this from one thread only. Each line is synthesised once
 * (same text, language and voice: the same samples) and kept in a cache.
 * espeak-ng starts on the first line said, so that a play that never speaks
 * pays nothing for it at start-up. It never prints and never exits. */
#ifndef TEASER_SPEECH_H
#define TEASER_SPEECH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "step_type.h"
#include "view/platform.h"

typedef struct Speech Speech;

typedef struct {
    const int16_t *samples; /* owned by the cache; valid until speech_destroy */
    size_t n;
    int rate; /* samples per second */
} SpeechClip;

/* NULL when memory runs out. */
Speech *speech_create(void);
void speech_destroy(Speech *s);

/* Reads a screen aloud: the texts a frame drew (ui_frame_text), each said as
 * a sentence, then more (what is chosen on a rating; may be ""), in lang,
 * cutting off what was being said. With p NULL (headless) the speech is made
 * and not played. */
void speech_read_frame(Speech *s, Platform *p, const char *drawn, const char *more,
                       const char *lang);

/* Starts espeak-ng now (it starts by itself on the first line said); false
 * with err filled when it cannot (its data missing). */
bool speech_ready(char *err, size_t err_size);

/* text said in lang ("en", "nl", "pt-BR": its first two letters pick the
 * voice) or, when voice is given, by that espeak-ng voice ("en-us", "nl").
 * NULL with err filled (one sentence) when espeak-ng cannot start or has no
 * such voice; an empty text is a clip of no samples. */
const SpeechClip *speech_say(Speech *s, const char *text, const char *lang, const char *voice,
                             char *err, size_t err_size);

/* How long a clip takes to say, in milliseconds (its samples over its rate). */
long speech_clip_ms(const SpeechClip *c);

/* The core's clock of spoken lines (step_type.h), from this synthesiser:
 * each line's length is its samples' the first time it is asked for, and
 * stays that for as long as s lives (the line is kept for playing too). A
 * line that cannot be said is -1 (the step's fixed timing), and its reason
 * is kept for speech_new_error. espeak-ng's voice drifts a few ms from line
 * to line (its pitch flutter), so a length depends on what was said before:
 * a caller that wants the same lengths every run asks for them first, in a
 * fixed order (menu_time_all). */
SpeechClock speech_clock(Speech *s);
/* The first problem met since the last call (one sentence), or NULL: for
 * the command to say it once. */
const char *speech_new_error(Speech *s);

#endif
