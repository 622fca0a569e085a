/* Each note is a sine with a quieter octave above it, shaped by a quick
 * attack and an exponential decay; notes overlap a little so the tune does
 * not sound chopped. Every note ends before the loop does, so the loop
 * point is silent and seamless. A one-pole high-pass and low-pass pair
 * keeps roughly 300-3400 Hz, the band of a phone line. */
#include "synth.h"

#include <math.h>

typedef struct {
    signed char semitone; /* from A4 (440 Hz); -128: rest */
    unsigned char eighths;
} Note;

/* Greensleeves, first strain, in A minor, 3/4: eighths per note; 96 in all,
 * 16 bars, the closing rest making room for the upbeat. */
static const Note tune[] = {
    {0, 2}, {3, 4}, {5, 2}, {7, 3},  {8, 1},  {7, 2},  {5, 4}, {2, 2},    {-2, 3}, {0, 1},
    {2, 2}, {3, 4}, {0, 2}, {0, 3},  {-1, 1}, {0, 2},  {2, 4}, {-1, 2},   {-5, 4}, {0, 2},
    {3, 4}, {5, 2}, {7, 3}, {8, 1},  {7, 2},  {5, 4},  {2, 2}, {-2, 3},   {0, 1},  {2, 2},
    {3, 3}, {2, 1}, {0, 2}, {-1, 3}, {-3, 1}, {-1, 2}, {0, 6}, {-128, 4},
};

enum { EIGHTH_MS = 230, TAIL_MS = 400 };

static double note_sample(double f, double t)
{
    double env = (t < 0.01 ? t / 0.01 : 1.0) * exp(-3.2 * t);
    return env * (sin(2 * M_PI * f * t) + 0.3 * sin(4 * M_PI * f * t));
}

static size_t loop_length(void)
{
    size_t eighths = 0;
    for (size_t i = 0; i < sizeof tune / sizeof *tune; i++)
        eighths += tune[i].eighths;
    return eighths * EIGHTH_MS * SYNTH_RATE / 1000;
}

size_t synth_hold_music(int16_t *out, size_t max)
{
    size_t n = loop_length();
    if (!out)
        return n;
    size_t limit = n < max ? n : max;
    for (size_t i = 0; i < limit; i++)
        out[i] = 0;
    size_t start = 0;
    for (size_t k = 0; k < sizeof tune / sizeof *tune; k++) {
        size_t len = (size_t)tune[k].eighths * EIGHTH_MS * SYNTH_RATE / 1000;
        if (tune[k].semitone != -128) {
            double f = 440.0 * pow(2.0, tune[k].semitone / 12.0);
            size_t ring = len + (size_t)TAIL_MS * SYNTH_RATE / 1000;
            for (size_t i = 0; i < ring && start + i < limit; i++) {
                double v = out[start + i] + 6000.0 * note_sample(f, (double)i / SYNTH_RATE);
                out[start + i] = (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
            }
        }
        start += len;
    }
    /* run twice over the loop so that the line's state at the loop point is
     * the state it ends in */
    PhoneLine line = {0};
    phone_line_filter(&line, out, limit, SYNTH_RATE, false);
    phone_line_filter(&line, out, limit, SYNTH_RATE, true);
    return n;
}

void phone_line_filter(PhoneLine *f, int16_t *s, size_t n, int rate, bool write)
{
    const double a_hp = 1.0 / (1.0 + 2 * M_PI * 300.0 / rate);
    const double a_lp = 2 * M_PI * 3400.0 / rate / (1.0 + 2 * M_PI * 3400.0 / rate);
    for (size_t i = 0; i < n; i++) {
        double x = s[i];
        f->hp = a_hp * (f->hp + x - f->prev);
        f->prev = x;
        f->lp += a_lp * (f->hp - f->lp);
        if (write)
            s[i] = (int16_t)f->lp;
    }
}
