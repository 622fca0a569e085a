/* Speech through espeak-ng (speech.h): synchronous synthesis into a buffer
 * through the synth callback, one line at a time, cached by text, language
 * and voice. Never prints, never exits, never plays: platform.c plays. */
#include "speech.h"

#include <espeak-ng/speak_lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

enum {
    SPEECH_CACHE = 128,           /* lines kept; the oldest goes first */
    SPEECH_TIMED = 1024,          /* lines whose length is kept for good */
    SPEECH_MAX_TEXT = 4096,       /* bytes of one line said */
    SPEECH_MAX_SAMPLES = 22050 * 120, /* two minutes at espeak-ng's rate */
};

typedef struct {
    char *text, *lang, *voice; /* the key; voice "" when the language's own */
    SpeechClip clip;
    int16_t *owned;
} Line;

/* How long a line took to say the first time it was made: kept for good,
 * since the same line made again later may come out a few ms longer or
 * shorter (espeak-ng's pitch flutter runs on from line to line), and a
 * timed menu must keep its timing for the whole play. */
typedef struct {
    char *key; /* text, lang and voice, each ended by a unit separator */
    long ms;
} Timed;

struct Speech {
    Line lines[SPEECH_CACHE];
    int n, oldest; /* used entries; the next to replace once full */
    Timed timed[SPEECH_TIMED];
    int n_timed;
    char error[256]; /* the clock's first problem not yet told; "" none */
    bool told;       /* a problem has been told: later ones are not */
};

/* espeak-ng is one per process: started once, on the first line said. */
static int espeak_rate;      /* 0: not started; < 0: failed */
static const char *espeak_voice_set;
static char espeak_voice_now[64];

/* Where the synth callback puts the samples of the line being said. */
typedef struct {
    int16_t *buf;
    size_t n, cap;
    bool full;
} Collect;

static int collect_samples(short *wav, int n, espeak_EVENT *events)
{
    Collect *c = events ? events->user_data : NULL;
    if (!c || !wav || n <= 0)
        return 0;
    if (c->n + (size_t)n > SPEECH_MAX_SAMPLES) {
        c->full = true;
        return 1; /* stop: the line is too long */
    }
    if (c->n + (size_t)n > c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 22050;
        while (cap < c->n + (size_t)n)
            cap *= 2;
        int16_t *buf = realloc(c->buf, cap * sizeof *buf);
        if (!buf) {
            c->full = true;
            return 1;
        }
        c->buf = buf;
        c->cap = cap;
    }
    memcpy(c->buf + c->n, wav, (size_t)n * sizeof *wav);
    c->n += (size_t)n;
    return 0;
}

static bool espeak_started(char *err, size_t err_size)
{
    if (!espeak_rate) {
        espeak_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 500, NULL,
                                        espeakINITIALIZE_DONT_EXIT);
        if (espeak_rate > 0)
            espeak_SetSynthCallback(collect_samples);
        else
            espeak_rate = -1;
    }
    if (espeak_rate < 0)
        diag_set_err(err, err_size, "the speech synthesiser espeak-ng cannot start "
                                    "(is espeak-ng-data installed?)");
    return espeak_rate > 0;
}

/* The espeak-ng voice for a language code: "pt-BR" -> "pt". */
static void voice_of_lang(const char *lang, char *out, size_t size)
{
    size_t n = 0;
    while (lang && lang[n] && lang[n] != '-' && lang[n] != '_' && n + 1 < size && n < 3) {
        out[n] = lang[n];
        n++;
    }
    out[n] = '\0';
    if (!n)
        snprintf(out, size, "en");
}

bool speech_ready(char *err, size_t err_size)
{
    return espeak_started(err, err_size);
}

static bool set_voice(const char *name, char *err, size_t err_size)
{
    if (espeak_voice_set && !strcmp(espeak_voice_now, name))
        return true;
    if (espeak_SetVoiceByName(name) != EE_OK) {
        espeak_voice_set = NULL;
        diag_set_err(err, err_size, "espeak-ng has no voice \"%s\"", name);
        return false;
    }
    snprintf(espeak_voice_now, sizeof espeak_voice_now, "%s", name);
    espeak_voice_set = espeak_voice_now;
    return true;
}

static bool synthesise(const char *text, const char *voice, Collect *c, char *err,
                       size_t err_size)
{
    if (!espeak_started(err, err_size) || !set_voice(voice, err, err_size))
        return false;
    size_t len = strnlen(text, SPEECH_MAX_TEXT);
    if (!len)
        return true;
    char *line = malloc(len + 1);
    if (!line) {
        diag_set_err(err, err_size, "out of memory");
        return false;
    }
    memcpy(line, text, len);
    line[len] = '\0';
    espeak_ERROR e = espeak_Synth(line, len + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, c);
    free(line);
    if (e != EE_OK || c->full) {
        diag_set_err(err, err_size, "espeak-ng could not say \"%.40s\"", text);
        return false;
    }
    return true;
}

static void line_free(Line *l)
{
    free(l->text);
    free(l->lang);
    free(l->voice);
    free(l->owned);
    memset(l, 0, sizeof *l);
}

static Line *find(Speech *s, const char *text, const char *lang, const char *voice)
{
    for (int i = 0; i < s->n; i++) {
        Line *l = &s->lines[i];
        if (!strcmp(l->text, text) && !strcmp(l->lang, lang) && !strcmp(l->voice, voice))
            return l;
    }
    return NULL;
}

/* A free entry of the cache: the next unused, else the oldest. */
static Line *slot(Speech *s)
{
    if (s->n < SPEECH_CACHE)
        return &s->lines[s->n++];
    Line *l = &s->lines[s->oldest];
    s->oldest = (s->oldest + 1) % SPEECH_CACHE;
    line_free(l);
    return l;
}

Speech *speech_create(void)
{
    return calloc(1, sizeof(Speech));
}

void speech_destroy(Speech *s)
{
    if (!s)
        return;
    for (int i = 0; i < s->n; i++)
        line_free(&s->lines[i]);
    for (int i = 0; i < s->n_timed; i++)
        free(s->timed[i].key);
    free(s);
}

const SpeechClip *speech_say(Speech *s, const char *text, const char *lang, const char *voice,
                             char *err, size_t err_size)
{
    if (!s || !text)
        return NULL;
    lang = lang ? lang : "";
    voice = voice ? voice : "";
    Line *l = find(s, text, lang, voice);
    if (l)
        return &l->clip;
    char name[64];
    if (voice[0])
        snprintf(name, sizeof name, "%s", voice);
    else
        voice_of_lang(lang, name, sizeof name);
    Collect c = {0};
    if (!synthesise(text, name, &c, err, err_size)) {
        free(c.buf);
        return NULL;
    }
    Line made = {strdup(text), strdup(lang), strdup(voice), {c.buf, c.n, espeak_rate}, c.buf};
    if (!made.text || !made.lang || !made.voice) {
        line_free(&made); /* never a half-made entry in the cache */
        diag_set_err(err, err_size, "out of memory");
        return NULL;
    }
    l = slot(s);
    *l = made;
    return &l->clip;
}

long speech_clip_ms(const SpeechClip *c)
{
    return c && c->rate > 0 ? (long)((int64_t)c->n * 1000 / c->rate) : 0;
}

static long clock_ms(void *ctx, const char *text, const char *lang, const char *voice)
{
    Speech *s = ctx;
    size_t len = strlen(text) + strlen(lang ? lang : "") + strlen(voice ? voice : "") + 4;
    char *key = malloc(len);
    if (!key)
        return -1;
    snprintf(key, len, "%s\x1f%s\x1f%s\x1f", text, lang ? lang : "", voice ? voice : "");
    for (int i = 0; i < s->n_timed; i++)
        if (!strcmp(s->timed[i].key, key)) {
            free(key);
            return s->timed[i].ms;
        }
    char err[256];
    const SpeechClip *c = speech_say(s, text, lang, voice, err, sizeof err);
    if (!c && !s->told && !s->error[0])
        snprintf(s->error, sizeof s->error, "%s", err);
    long ms = c ? speech_clip_ms(c) : -1;
    if (s->n_timed < SPEECH_TIMED)
        s->timed[s->n_timed++] = (Timed){key, ms};
    else
        free(key);
    return ms;
}

SpeechClock speech_clock(Speech *s)
{
    return (SpeechClock){clock_ms, s};
}

const char *speech_new_error(Speech *s)
{
    if (!s || s->told || !s->error[0])
        return NULL;
    s->told = true;
    return s->error;
}

/* The texts of a frame, one a line, as sentences: each ends in a pause. */
static void sentences(const char *drawn, char *out, size_t size)
{
    size_t n = 0;
    for (const char *p = drawn; *p && n + 3 < size; p++) {
        if (*p != '\n') {
            out[n++] = *p;
            continue;
        }
        if (n && !strchr(".?!:;,", out[n - 1]))
            out[n++] = '.';
        out[n++] = ' ';
    }
    out[n] = '\0';
}

void speech_read_frame(Speech *s, Platform *p, const char *drawn, const char *more,
                       const char *lang)
{
    static char text[16384];
    sentences(drawn, text, sizeof text);
    size_t n = strlen(text);
    snprintf(text + n, sizeof text - n, "%s", more ? more : "");
    char err[256];
    const SpeechClip *c = text[0] ? speech_say(s, text, lang, NULL, err, sizeof err) : NULL;
    if (c && p)
        platform_say(p, c->samples, c->n, c->rate, false, false);
}
