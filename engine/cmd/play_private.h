/* What teaser play keeps while it plays (private to cmd_play.c,
 * play_sink.c and play_sound.c): its options, the scenario, the store and recovery file, the
 * window, the player, and --watch's state. */
#ifndef TEASER_PLAY_PRIVATE_H
#define TEASER_PLAY_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "player.h"
#include "recovery.h"
#include "script.h"
#include "uid.h"
#include "view/platform.h"
#include "view/speech.h"
#include "view/ui.h"
#include "watch.h"

typedef struct {
    const char *scenario, *participant, *workshop, *department, *site, *lang, *from;
    const char *input, *record, *screenshots, *db;
    int w, h;
    bool fullscreen, kiosk, headless, watch;
    /* --text-scale, --high-contrast, --read-aloud; then as the start screen sets them */
    StartLook look;
} PlayOptions;

/* The problems of a failed reload shown on screen; the rest are counted. */
enum { WATCH_SHOWN = 12 };

typedef struct {
    PlayOptions o;
    Scenario *s;
    Script script;
    Store *store;
    int64_t session;
    Platform *platform;
    Ui *ui;
    Player *player;
    FILE *record;
    int shown_serial;
    int ratings;
    const Asset *sound;  /* what is playing */
    int16_t *hold_music; /* synthesised once, when first needed */
    size_t hold_music_n;
    Speech *speech;               /* the phone's voice: times every line, and says it */
    bool menus_timed;             /* every menu's lines were timed, before anything was said */
    bool read_aloud;              /* each screen's text is said when it appears */
    int read_serial;              /* the screen read aloud last; -1: none */
    bool read_now;                /* the screen is to be read at the next frame */
    int speech_screen, speech_at; /* the line said last: its screen, and its count there */
    /* When the store fails mid-session, the rest of the session's ratings go to
     * a recovery file (recovery.h); the next session or play imports them. */
    const char *store_path;
    SessionInfo info;   /* its participant and workshop: the player's, alive for the session */
    char uid[UID_SIZE]; /* made here, so that the store and the recovery file share it */
    char started[STORE_TIME_SIZE]; /* when it began: in the store and the recovery file alike */
    Recovery *rec;
    int64_t rec_session;
    bool event_failed;                /* said once */
    double customers[DEBRIEF_MAX_TP]; /* their means, for the debrief */
    bool have_customers;
    /* --watch: the files watched, who plays (kept across reloads, so that the
     * author types it once), and the problems of an edit that failed to load
     * (n_problems 0: none; then the play waits, frozen, for the next save) */
    Watch watch;
    char who[256], who_workshop[256];
    char problems[WATCH_SHOWN][DIAG_MSG_MAX + 512];
    int n_problems, more_problems;
} Play;

/* Where the player's records go: the store (a recovery file when it fails
 * mid-session), or, for a --watch play, nowhere but who plays. */
PlayerSink play_sink(Play *pl);

/* What is heard (play_sound.c), each called once a frame or on its event:
 * the sound the screen wants; the phone's line, when it changes; a voice
 * problem, said once; reading aloud a new screen, the keys that read one
 * (true when taken), and the participant's setting of it. play_speech_ms is
 * the player's SpeechClock (ctx: the Play). */
void play_update_sound(Play *pl);
void play_update_speech(Play *pl);
void play_tell_speech_problem(Play *pl);
void play_read_new_screen(Play *pl);
bool play_read_aloud_input(Play *pl, const InputEvent *ev);
void play_follow_read_aloud(Play *pl, bool on);
long play_speech_ms(void *ctx, const char *text, const char *lang, const char *voice);

#endif
