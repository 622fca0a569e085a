/* The built-in hold music, synthesised: a traditional tune (Greensleeves,
 * public domain) on a soft music-box voice, band-limited like a telephone
 * line, as one buffer that loops without a click. Pure C: no SDL, no files,
 * so no recording needs a licence and tests can check the samples. */
#ifndef TEASER_SYNTH_H
#define TEASER_SYNTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { SYNTH_RATE = 22050 };

/* Mono signed 16-bit samples at SYNTH_RATE. Returns how many samples the
 * loop has; writes at most max of them (call with out NULL to learn the size). */
size_t synth_hold_music(int16_t *out, size_t max);

/* A telephone line's band, roughly 300-3400 Hz: a one-pole high-pass into a
 * one-pole low-pass, so that what the phone says sounds like a phone and not
 * like a screen reader. The state carries over from call to call. */
typedef struct {
    double hp, lp, prev;
} PhoneLine;

/* Runs n samples at rate through the line; writes them back only when write
 * (a dry run just settles the state, as a seamless loop needs). */
void phone_line_filter(PhoneLine *f, int16_t *s, size_t n, int rate, bool write);

#endif
