/* What a step type is: one table of its format hooks (its keys, defaults,
 * rules across keys, how it can end, how long it takes to play) and its play
 * hooks (start, input, clock, what it accepts, the rating prompt after it).
 * An interface only, with no functions: the scenario loader is handed the
 * table of types (engine/steps/steps.c), so it never calls into the steps,
 * and the steps build on the scenario. Drawing is not here: the view keeps a
 * table of its own (engine/view/steps/). No SDL. */
#ifndef TEASER_STEP_TYPE_H
#define TEASER_STEP_TYPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "events.h"
#include "input.h"
#include "scenario.h"
#include "schema.h"

/* The step types of scenario format teaser/1, in the order of the table. */
typedef enum {
    STEP_MESSAGE,
    STEP_WAIT,
    STEP_HANDOFF,
    STEP_LETTER,
    STEP_MENU,
    STEP_FORM,
    STEP_RATE,
    STEP_KIND_COUNT
} StepKind;

/* What the caller has been through so far in this session, across steps:
 * the departments passed (hand-offs add them) and how often they had to give
 * their details again. Kept by the player, one per session. */
enum { JOURNEY_PLACES = 16 };
typedef struct {
    const char *places[JOURNEY_PLACES]; /* departments, in the order reached */
    int n_places;                       /* how many of places are set */
    int repeated;                       /* details typed again, over every hand-off */
} Journey;

/* What only the view knows of a screen, once it has laid it out: how tall
 * its scrolling content is and how far it can scroll. The player keeps it
 * with the step, so that input can stop the scroll at the end. */
typedef struct {
    float content_h;  /* canvas units; 0: not laid out yet */
    float scroll_max; /* canvas units; < 0: not known yet (no limit) */
} StepLayout;

/* How long a line takes to say, in ms, in a language (voice: an espeak-ng
 * voice name, NULL for the language's own): the synthesiser's own output
 * length, handed in by the command that plays (engine/view/speech.c), the
 * same with or without a sound card. The core never synthesises. A clock
 * whose ms is NULL, or that returns a negative number, leaves each step its
 * fixed timing (what tests of the core use). */
typedef struct {
    long (*ms)(void *ctx, const char *text, const char *lang, const char *voice);
    void *ctx;
} SpeechClock;

/* A step being played: what the player gives a step type, and what the step
 * says back (done, where to, what happened). Times are the scenario clock in
 * milliseconds; steps never read a clock of their own. */
typedef struct StepRun {
    /* the scenario and the step played (its own fields: step->data) */
    const Scenario *scenario;
    const Step *step;
    const char *lang;   /* the language played */
    void *state;        /* state_size bytes, zeroed when the step starts */
    int64_t started_ms; /* when this visit began */
    int64_t now_ms;     /* the clock now */
    int visits;         /* 1 on the first visit to this step */
    bool show_all;      /* lay out every text the screen can show (the fit lint) */
    Journey *journey;   /* the session so far */
    float scroll;       /* canvas units the screen's content is moved up */
    StepLayout layout;  /* what the view found when it last drew this step */
    const SpeechClock *speech; /* how long a line takes to say; NULL: fixed timing */
    /* set by the step */
    bool done;          /* the step has ended */
    int next;           /* with done: a step index or REF_END */
    int64_t wake_ms;    /* the step wants a tick at this time; -1: none */
    bool wants_text;    /* a text field has focus */
    const Asset *sound; /* what should be heard now (looped), or NULL */
    /* what the phone says now: a line (NULL: silence), said by voice (NULL:
     * the language's own), counted by says, which changes with every line */
    const char *say, *say_voice;
    int says;
    /* where events go (the player's tally and the store's events table) */
    void (*log)(void *ctx, const char *step, int64_t t_ms, const Event *ev, const char *text);
    void *log_ctx; /* handed to log */
} StepRun;

/* Input a screen can take, for untimed scripted events (scripted input). */
enum {
    ACCEPT_CONTINUE = 1 << IN_CONTINUE,
    ACCEPT_CHOOSE = 1 << IN_CHOOSE,
    ACCEPT_TEXT = 1 << IN_TEXT,
};

/* One way a step can end, for the route explorer (engine/routes.c): where it
 * leads and what the scenario's own clock does on the way. A player who
 * reads, types and rates at once still sits through min_ms (what a headless
 * play with untimed input takes); max_ms counts one round of whatever
 * repeats inside the step (a hang-up and a new call). */
enum { STEP_WAYS_MAX = 16 }; /* a menu's 12 options, its timeout, and room to spare */
typedef struct {
    int to;       /* a step index or REF_END */
    char how[24]; /* for people, as scripted input names it: "option 2", "timeout" */
    long min_ms;  /* the least time on the scenario clock before it ends this way */
    long max_ms;  /* the most, with one round of what repeats inside the step */
} StepWay;

struct StepType {
    const char *name; /* as written after "type:" */
    StepKind kind;    /* its place in the table: the view finds its drawing by it */
    size_t data_size; /* of the type's own struct (Step.data) */
    const Field *fields; /* the type's own keys, beside id, type, touchpoint, rate, next */
    size_t n_fields;     /* entries in fields */
    /* Defaults, before the step's keys are read. Optional. */
    void (*init)(void *data);
    /* Rules across fields, once they are read (an answer within the options). Optional. */
    bool (*validate)(Parse *p, Step *step, const YNode *map);
    /* Can the step end by going on to `next`? NULL: always. */
    bool (*continues)(const Step *step);
    /* About how long a newcomer spends on one visit, in ms: waits at their length,
     * text at reading speed (engine/playtime.c). NULL: a glance at a screen. */
    long (*play_ms)(const Step *step, const Scenario *s);
    /* Every way the step can end, at most STEP_WAYS_MAX, into out; returns how
     * many. NULL: one way, on to `next`, with nothing on the clock. */
    int (*ways)(const Step *step, const Scenario *s, StepWay *out);

    /* Playing. */
    size_t state_size; /* of the type's play state (StepRun.state) */
    /* The step is entered: state is zeroed, started_ms and now_ms are the clock.
     * A step may end here already (done). Optional. */
    void (*start)(StepRun *run);
    /* True when the event was for this step (taken). NULL: it takes no input. */
    bool (*input)(StepRun *run, const InputEvent *ev);
    /* The clock moved on to run->now_ms. NULL: nothing happens with time. */
    void (*tick)(StepRun *run);
    unsigned (*accepts)(const StepRun *run); /* ACCEPT_ bits; NULL: none */
    /* The rating prompt after this step: its question and the line above it
     * (left NULL: the instrument's question, the touchpoint's label). Optional. */
    void (*prompt)(const StepRun *run, const char **question, const char **context);
};

/* The types a scenario may use: handed to the loader. */
struct StepTypes {
    const StepType *const *list; /* indexed by StepKind */
    int n;                       /* entries in list (STEP_KIND_COUNT for teaser/1) */
};

#endif
