/* The player: a state machine over the start screen, the steps, the rating
 * prompts and the end screen, driven only by abstract input events and a
 * clock passed in (milliseconds since the play began), so that a script
 * replays a session exactly and tests run it without a window. What it
 * records goes to a sink (the results store, or a test's list). It never
 * draws: engine/view/player_view.c reads it through the accessors below.
 * No SDL. */
#ifndef TEASER_PLAYER_H
#define TEASER_PLAYER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "debrief.h"
#include "events.h"
#include "input.h"
#include "rating.h"
#include "scenario.h"
#include "start_screen.h"
#include "step_type.h"
#include "store.h"

/* Where a play's records go. Every callback may be NULL. */
typedef struct {
    /* The participant is known: open a session. False stops the play (err says why). */
    bool (*begin)(void *ctx, const char *participant, const char *workshop, char *err,
                  size_t err_size);
    /* A confirmed rating: store it before returning. False stops the play. */
    bool (*rating)(void *ctx, const RatingRecord *r, char *err, size_t err_size);
    /* Something happened inside a step (times since the session began): the
     * typed event and a readable sentence of it. */
    void (*event)(void *ctx, const char *step, int64_t t_ms, const Event *ev, const char *text);
    /* The scenario ended. */
    bool (*finish)(void *ctx, char *err, size_t err_size);
    void *ctx; /* handed to every callback */
} PlayerSink;

typedef struct {
    /* the scenario to play; it must outlive the player */
    const Scenario *scenario;
    const char *lang;        /* NULL: the scenario's language */
    int from;                /* index of the step a session starts at (0: the first) */
    const char *participant; /* NULL: ask on the start screen */
    const char *workshop;    /* given: fixed; NULL: asked on the start screen */
    bool kiosk;              /* after the end screen, back to the start screen */
    const double *customers; /* per touchpoint, customers' mean on -4..+4 (NaN: none), or NULL */
    bool animate;            /* draw the debrief in gently (not for screenshots) */
    PlayerSink sink;         /* where ratings and events go */
    SpeechClock speech;      /* how long a spoken line takes; ms NULL: fixed timing */
    StartLook look; /* text size and contrast to start with; the start screen's keys change it */
} PlayerConfig;

typedef enum { PHASE_START, PHASE_STEP, PHASE_RATING, PHASE_END, PHASE_STOPPED } PlayerPhase;

typedef enum {
    PLAYER_TAKEN,    /* the event was for the screen on view */
    PLAYER_IGNORED,  /* not for this screen */
    PLAYER_REJECTED, /* meant for this screen, but impossible (player_error says why) */
} PlayerResult;

enum { ACCEPT_RATE = 1 << IN_RATE };

typedef struct Player Player;

/* NULL when memory runs out. now_ms: the clock at creation. */
Player *player_create(const PlayerConfig *cfg, int64_t now_ms);
void player_destroy(Player *p);

PlayerResult player_input(Player *p, const InputEvent *ev, int64_t now_ms);
/* The clock moved on; timers fire. */
void player_tick(Player *p, int64_t now_ms);
/* When the player next needs a tick (a timer), or -1. */
int64_t player_wake_ms(const Player *p);
/* Which untimed scripted events the screen on view can take (ACCEPT_ bits). */
unsigned player_accepts(const Player *p);
bool player_wants_text(const Player *p);
/* The sound the screen on view plays (looped), or NULL for silence. */
const Asset *player_sound(const Player *p);
/* What the phone says on the screen on view: the line (NULL: nothing) and its
 * voice (NULL: the language's own). Returns a count that changes with every
 * new line of the same screen (a new screen: player_screen_serial). */
int player_speech(const Player *p, const char **text, const char **voice);

PlayerPhase player_phase(const Player *p);
/* A session has begun and not yet reached its end. */
bool player_in_session(const Player *p);
/* The end screen has been reached (not in kiosk mode), or the play stopped. */
bool player_finished(const Player *p);
/* Why the play stopped, or why an event was rejected. */
const char *player_error(const Player *p);

/* Changes whenever a new screen begins; its name ("03-hold", "03-hold-rating",
 * "00-start", "09-end") names its screenshot. */
int player_screen_serial(const Player *p);
const char *player_screen_name(const Player *p);
/* The step on view (its id), or "start" / "end". */
const char *player_where(const Player *p);

/* For the view, read only: what the screen on view shows. */
/* The start screen (PHASE_START); its look, as the participant set it, holds
 * in every phase. */
const StartScreen *player_start_screen(const Player *p);
const StepRun *player_step_run(const Player *p); /* PHASE_STEP */
const Rating *player_rating(const Player *p);    /* PHASE_RATING */
/* PHASE_RATING: the prompt's question and the line above it (NULL: none). */
void player_rating_texts(const Player *p, const char **question, const char **context);
/* PHASE_RATING: whether the prompt on view is a prediction (before the first
 * step); then which one (k of n, from 1), its touchpoint's label and its line
 * of context (the touchpoint's about, else its department; NULL: none). */
bool player_prediction(const Player *p, int *k, int *n, const char **label, const char **about);
const Debrief *player_debrief(const Player *p); /* PHASE_END */
/* How far the debrief's curves are drawn in: 0 when the end screen appears,
 * 1 after 1.5 s and more after that (the view clamps); 1 when not animated. */
double player_debrief_progress(const Player *p);
const char *player_lang(const Player *p); /* the language played */
bool player_kiosk(const Player *p);
const Scenario *player_scenario(const Player *p);
/* What the view found when it laid out the step on view (how far it can
 * scroll): kept with the step, so that input stops at the end. */
void player_set_layout(Player *p, const StepLayout *layout);

#endif
