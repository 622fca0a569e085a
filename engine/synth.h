/* The built-in hold music, synthesised: a traditional tune (Greensleeves,
 * public domain) on a soft music-box voice, band-limited like a telephone
 * line, as one buffer that loops without a click. Pure C: no SDL, no files,
 * so no recording needs a licence and tests can check the samples. */
#ifndef TEASER_SYNTH_H
#define TEASER_SYNTH_H

#include <stddef.h>
#include <stdint.h>

enum { SYNTH_RATE = 22050 };

/* Mono signed 16-bit samples at SYNTH_RATE. Returns how many samples the
 * loop has; writes at most max of them (call with out NULL to learn the size). */
size_t synth_hold_music(int16_t *out, size_t max);

#endif
