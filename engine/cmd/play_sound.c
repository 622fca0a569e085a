/* What a play lets the participant hear: the hold music or a scenario's
 * sound, the phone's voice (every line timed before it is said), and the
 * screens read aloud on request or as they appear. Private to teaser play. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "play_private.h"
#include "steps/menu.h"
#include "synth.h"
#include "words.h"

/* ---- sound ---- */

/* Starts what the screen wants heard, when it changes. A sound that cannot
 * be played is said once and the play goes on silently. */
void play_update_sound(Play *pl)
{
    const Asset *want = player_sound(pl->player);
    if (want == pl->sound)
        return;
    pl->sound = want;
    if (!want) {
        platform_stop_sound(pl->platform);
    } else if (!strcmp(want->path, "builtin:hold")) {
        if (!pl->hold_music && (pl->hold_music_n = synth_hold_music(NULL, 0)) > 0 &&
            (pl->hold_music = malloc(pl->hold_music_n * sizeof *pl->hold_music)))
            synth_hold_music(pl->hold_music, pl->hold_music_n);
        platform_loop(pl->platform, pl->hold_music, pl->hold_music_n, SYNTH_RATE);
    } else {
        char err[256];
        if (!platform_loop_wav(pl->platform, want->resolved, err, sizeof err))
            fprintf(stderr, "teaser: warning: %s; going on without it\n", err);
    }
}

/* Before the first line a play says, every menu's lines are timed in file
 * order, so that the menus' timing (which espeak-ng's drift from line to
 * line would otherwise tie to what was said before) is the scenario's alone. */
static void time_menus_first(Play *pl, const char *lang)
{
    if (pl->menus_timed)
        return;
    pl->menus_timed = true;
    SpeechClock own = speech_clock(pl->speech);
    menu_time_all(pl->s, lang, &own);
}

/* The player's speech clock (SpeechClock.ms). */
long play_speech_ms(void *ctx, const char *text, const char *lang, const char *voice)
{
    Play *pl = ctx;
    time_menus_first(pl, lang);
    SpeechClock own = speech_clock(pl->speech);
    return own.ms(own.ctx, text, lang, voice);
}

/* Says what the phone says on the screen on view, when it changes: a line
 * on the same screen waits for the one before it, a new screen cuts it off.
 * The line's samples were made already, when the step timed it. */
void play_update_speech(Play *pl)
{
    const char *text, *voice;
    int at = player_speech(pl->player, &text, &voice);
    int screen = player_screen_serial(pl->player);
    if (screen == pl->speech_screen && at == pl->speech_at)
        return;
    bool same_screen = screen == pl->speech_screen;
    pl->speech_screen = screen;
    pl->speech_at = at;
    char err[256];
    if (text)
        time_menus_first(pl, player_lang(pl->player));
    const SpeechClip *c =
        text ? speech_say(pl->speech, text, player_lang(pl->player), voice, err, sizeof err) : NULL;
    if (c)
        platform_say(pl->platform, c->samples, c->n, c->rate, same_screen, true);
    else if (!same_screen)
        platform_stop_speech(pl->platform);
}

/* A voice that cannot speak is said once; the play goes on in silence. */
void play_tell_speech_problem(Play *pl)
{
    const char *problem = speech_new_error(pl->speech);
    if (problem)
        fprintf(stderr, "teaser: warning: %s; going on without that voice\n", problem);
}

/* ---- reading aloud ---- */

/* On a rating prompt, what is chosen so far: the faces show it by colour
 * alone, which a reader must be told. */
static void say_choice(const Play *pl, char *text, size_t size)
{
    const Rating *r = player_phase(pl->player) == PHASE_RATING ? player_rating(pl->player) : NULL;
    size_t n = strlen(text);
    if (r && r->valence && n + 64 < size)
        n += (size_t)snprintf(text + n, size - n, words_get(r->lang, WORD_READ_CHOSEN), r->valence,
                              r->in->valence.points);
    const char *word = r ? rating_emotion_word(r) : NULL;
    if (word && n + strlen(word) + 4 < size)
        snprintf(text + n, size - n, " %s.", word);
}

/* Says the screen on view, cutting off what was being said. A headless play
 * makes the speech and plays nothing: its timing is the same. */
static void read_screen(Play *pl)
{
    char choice[256] = "";
    say_choice(pl, choice, sizeof choice);
    const char *lang = player_lang(pl->player);
    time_menus_first(pl, lang);
    speech_read_frame(pl->speech, pl->o.headless ? NULL : pl->platform, ui_frame_text(pl->ui),
                      choice, lang);
}

/* A new screen is read when read-aloud is on, unless the phone speaks on it
 * (its own voice says what matters, and the two would talk at once). */
void play_read_new_screen(Play *pl)
{
    int serial = player_screen_serial(pl->player);
    if (pl->read_aloud && serial != pl->read_serial) {
        const char *said, *voice;
        player_speech(pl->player, &said, &voice);
        pl->read_now = pl->read_now || !said;
    }
    pl->read_serial = serial;
    if (pl->read_now) {
        pl->read_now = false;
        read_screen(pl);
    }
}

/* The keys that read the screen aloud, never passed to the player: R types
 * in a field, F2 reads wherever the focus is. True when taken. */
bool play_read_aloud_input(Play *pl, const InputEvent *ev)
{
    bool typing = player_wants_text(pl->player);
    if (ev->kind == IN_KEY && (ev->key == KEY_F2 || (ev->key == KEY_R && !typing))) {
        pl->read_now = true;
        return true;
    }
    return false;
}

/* Reading aloud follows the participant's setting (--read-aloud, key A on the
 * start screen): switched on, the screen on view is read at once; switched
 * off, what is being said stops. */
void play_follow_read_aloud(Play *pl, bool on)
{
    if (on == pl->read_aloud)
        return;
    pl->read_aloud = on;
    pl->read_now = on;
    if (!on && !pl->o.headless)
        platform_stop_speech(pl->platform);
}
