/* Step types as a table: each file in engine/steps/ fills one StepType with its
 * fields and behaviour and is listed in steps.c. Adding a type touches its own
 * file, steps.c, its tests and docs/scenario-format.md, nothing else. */
#ifndef TEASER_STEPS_H
#define TEASER_STEPS_H

#include <stdbool.h>
#include <stddef.h>

#include "../input.h"
#include "../scenario.h"
#include "../schema.h"
#include "../ui.h"

/* What the caller has been through so far in this session, across steps:
 * the departments passed (hand-offs add them) and how often they had to give
 * their details again. Kept by the player, one per session. */
enum { JOURNEY_PLACES = 16 };
typedef struct {
    const char *places[JOURNEY_PLACES];
    int n_places;
    int repeated;
} Journey;

/* A step being played: what the player gives a step type, and what the step
 * says back (done, where to, what to log). Times are the scenario clock in
 * milliseconds; steps never read a clock of their own. */
typedef struct StepRun {
    const Scenario *scenario;
    const Step *step;
    const char *lang;   /* the language played */
    void *state;        /* state_size bytes, zeroed when the step starts */
    int64_t started_ms; /* when this visit began */
    int64_t now_ms;     /* the clock now */
    int visits;         /* 1 on the first visit to this step */
    bool show_all;      /* lay out every text the screen can show (the fit lint) */
    Journey *journey;   /* the session so far */
    /* set by the step */
    bool done;
    int next;           /* with done: a step index or REF_END */
    int64_t wake_ms;    /* the step wants a tick at this time; -1: none */
    bool wants_text;    /* a text field has focus */
    const Asset *sound; /* what should be heard now (looped), or NULL */
    /* the events log (the store's events table) */
    void (*log)(void *ctx, const char *step, int64_t t_ms, const char *kind, const char *detail);
    void *log_ctx;
} StepRun;

/* Input a screen can take, for untimed scripted events (design §3). */
enum {
    ACCEPT_CONTINUE = 1 << IN_CONTINUE,
    ACCEPT_CHOOSE = 1 << IN_CHOOSE,
    ACCEPT_TEXT = 1 << IN_TEXT,
};

struct StepType {
    const char *name;
    size_t data_size;
    const Field *fields; /* the type's own keys, beside id, type, touchpoint, rate, next */
    size_t n_fields;
    /* Defaults, before the step's keys are read. Optional. */
    void (*init)(void *data);
    /* Rules across fields, once they are read (an answer within the options). Optional. */
    bool (*validate)(Parse *p, Step *step, const YNode *map);
    /* Can the step end by going on to `next`? NULL: always. */
    bool (*continues)(const Step *step);

    /* Playing. */
    size_t state_size;
    void (*start)(StepRun *run);
    /* True when the event was for this step (taken). */
    bool (*input)(StepRun *run, const InputEvent *ev);
    /* The clock moved on to run->now_ms. NULL: nothing happens with time. */
    void (*tick)(StepRun *run);
    unsigned (*accepts)(const StepRun *run); /* ACCEPT_ bits */
    void (*draw)(const StepRun *run, Ui *ui);
    /* The rating prompt after this step: its question and the line above it
     * (left NULL: the instrument's question, the touchpoint's label). Optional. */
    void (*prompt)(const StepRun *run, const char **question, const char **context);
    /* About how long a newcomer spends on one visit, in ms: waits at their length,
     * text at reading speed (engine/playtime.c). NULL: a glance at a screen. */
    long (*play_ms)(const Step *step, const Scenario *s);
};

/* Ends the step, going to target (a step index or REF_END), logging how. */
void step_end(StepRun *run, int target, const char *how);
/* Logs an event of this step at the current time. */
void step_log(StepRun *run, const char *kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The text in the language played. */
const char *step_text(const StepRun *run, const Text *t);

extern const StepType step_message, step_wait, step_handoff, step_letter, step_menu, step_form,
    step_rate;

const StepType *steps_find(const char *name);
/* The names of all types, for messages; n receives their number. */
const char *const *steps_names(size_t *n);

#endif
