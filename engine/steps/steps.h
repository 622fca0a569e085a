/* The step types of format teaser/1 and what they share. Each file in
 * engine/steps/ fills one StepType (step_type.h) with its format and its
 * behaviour, and is listed in steps.c; its drawing is in engine/view/steps/.
 * Adding a type touches its own file, its header (the data its view reads),
 * steps.c, its view, its tests and docs/scenario-format.md. A step never
 * draws and never reads a clock: no SDL here. */
#ifndef TEASER_STEPS_H
#define TEASER_STEPS_H

#include <stdbool.h>

#include "step_type.h"

/* Every type of format teaser/1, in StepKind order: hand it to scenario_load. */
extern const StepTypes steps_teaser1;

/* Ends the step, going to target (a step index or REF_END), logging how. */
void step_end(StepRun *run, int target, const char *how);
/* Logs an event of this step at the current time, with a readable sentence. */
void step_log(StepRun *run, Event ev, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* An event of kind with its numbers (right: -1 when the kind has none). */
Event step_event(EventKind kind, int64_t ms, int count, int right);
/* The text in the language played, else as text_get falls back; "" when not given. */
const char *step_text(const StepRun *run, const Text *t);
/* One way out of a step (StepWay), its how cut to fit. */
StepWay step_way(int to, const char *how, long min_ms, long max_ms);
/* Moves the screen's content by `by` canvas units, within what the view laid out. */
void step_scroll(StepRun *run, float by);

/* A step's phone voice (`voice:`): "on" (the language's own voice), "off",
 * or an espeak-ng voice name ("en-us"); one for every language (a part
 * whose lang is NULL) or one per language. n 0: not given, which is on. */
typedef struct {
    const TextPart *parts;
    int n;
} StepVoice;

/* Reads `voice:` into a StepVoice (a FIELD_CUSTOM reader). */
bool step_read_voice(Parse *p, const YNode *n, void *dst);
#define STEP_VOICE_JSON                                                                            \
    "\"anyOf\": [{\"type\": \"string\", \"pattern\": \"^[A-Za-z][A-Za-z0-9+_-]{0,39}$\"}, "   \
    "{\"type\": \"object\", \"minProperties\": 1, \"additionalProperties\": "                   \
    "{\"type\": \"string\", \"pattern\": \"^[A-Za-z][A-Za-z0-9+_-]{0,39}$\"}}]"
/* The `voice:` entry of a type's table of fields (its member a StepVoice). */
#define STEP_VOICE_FIELD(T, member)                                                                \
    {F("voice", FIELD_CUSTOM, false, T, member), .custom = step_read_voice,                       \
     .json = STEP_VOICE_JSON,                                                                      \
     .doc = "The phone voice: on (the default: the language's own voice), off, or an "           \
            "espeak-ng voice name (en-us), for every language or per language ({en: en-gb, "      \
            "nl: nl})."}

/* The voice the step speaks with in the language played: NULL when it is
 * off, "" for the language's own, else the voice's name. */
const char *step_voice(const StepRun *run, const StepVoice *v);
/* The phone says text now (nothing when the voice is off). */
void step_say(StepRun *run, const StepVoice *v, const char *text);
/* How long text takes to say in the step's voice, in ms; or fallback when
 * the voice is off or no speech clock was given (fixed timing). */
long step_say_ms(const StepRun *run, const StepVoice *v, const char *text, long fallback);

extern const StepType step_message, step_wait, step_handoff, step_letter, step_menu, step_form,
    step_rate;

#endif
