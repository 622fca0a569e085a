/* teaser play SCENARIO: loads and checks the scenario, opens the results
 * store, then drives the player from the window (or, with --headless, from
 * a virtual clock that jumps to the next thing that happens) and from a
 * script. Every confirmed rating is committed by the store before the next
 * screen is drawn. */
#include <errno.h>
#include <math.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "customers.h"
#include "cli.h"
#include "paths.h"
#include "player.h"
#include "recovery.h"
#include "schema.h"
#include "script.h"
#include "steps/steps.h"
#include "suggest.h"
#include "uid.h"
#include "view/fit.h"
#include "view/platform.h"
#include "view/player_view.h"
#include "view/screens.h"
#include "view/theme.h"
#include "view/ui.h"
#include "view/watch_view.h"
#include "watch.h"

static const char usage[] =
    "usage: teaser play [options] SCENARIO.yaml\n"
    "\n"
    "Plays a scenario full-screen (or in a window): the participant lives the customer's\n"
    "journey and rates, at chosen moments, how they would feel; a scenario with predict:\n"
    "first asks how they think customers feel at each of those moments. The end screen\n"
    "sets what they felt (and predicted) beside what customers report. Every rating is\n"
    "saved in the results store the moment it is confirmed; if the store cannot be written\n"
    "during the play, in a recovery file beside it (named on standard error at once), which\n"
    "the next session or play imports. A store locked by another program is waited for\n"
    "(TEASER_STORE_WAIT seconds, 10 by default), then the session goes on in the\n"
    "recovery file too: a participant is never stopped.\n"
    "\n"
    "  --participant ID   the participant's pseudonym: skips the start screen (the\n"
    "                     facilitator has registered them and their consent)\n"
    "  --workshop LABEL   the workshop these sessions belong to\n"
    "  --department NAME  the participant's department (for reports by department)\n"
    "  --site LABEL       the site (office, city) played at, stored with each session\n"
    "                     (default: the environment variable TEASER_SITE; empty: none)\n"
    "  --lang CODE        the language to play in (default: the scenario's); one the\n"
    "                     scenario has no text in is exit 1, naming the ones it has\n"
    "  --from STEP        start at this step instead of the first\n"
    "  --fullscreen       fill the screen (F11 toggles)\n"
    "  --window WxH       window size in pixels (default 1280x720)\n"
    "  --kiosk            one laptop, many participants: after the end screen, back to the\n"
    "                     start screen; only Ctrl+Alt+Q quits\n"
    "  --headless         no window: SDL's dummy drivers and a virtual clock (with --input)\n"
    "  --input FILE       scripted input (see the manual)\n"
    "  --record FILE      write this play's input as a script that replays it\n"
    "  --screenshots DIR  save one PNG per screen, as first drawn\n"
    "  --read-aloud       say each screen's text when it appears (the participant can switch\n"
    "                     it on and off on the start screen: key A); R or F2 reads the screen\n"
    "                     on view at any time (F2 where R types)\n"
    "  --text-scale F     every text F times as large, from 1.0 to 2.0 (default 1.0);\n"
    "                     long texts wrap or scroll (key T on the start screen)\n"
    "  --high-contrast    white and yellow on black, thick focus rings (key C on the\n"
    "                     start screen)\n"
    "  --watch            for authors: when the scenario file (or a file it names)\n"
    "                     changes, reload it and go on at the same step (else the\n"
    "                     nearest earlier one); an edit with errors shows them on\n"
    "                     screen until the next save. Stores nothing (no --db, no\n"
    "                     recovery file); needs a window (not with --headless)\n"
    "  --db PATH          the results store (default: TEASER_DB, else\n"
    "                     ~/.local/share/teaser/results.sqlite)\n"
    "  -h, --help         show this help\n"
    "\n"
    "Exit: 0 played to the end (or closed by the participant), 1 invalid scenario, flag\n"
    "value or input, 2 usage error, 3 no display, font missing or store unusable.\n";

#include "play_private.h"

/* ---- drawing and delivering ---- */

/* The screen on view, and over it the problems of an edit that failed to
 * reload (--watch). */
static void draw_screen(void *ctx, Ui *ui)
{
    Play *pl = ctx;
    player_view_draw(pl->player, ui);
    if (player_phase(pl->player) == PHASE_START && !platform_has_audio(pl->platform))
        start_screen_no_audio_draw(ui, player_start_screen(pl->player)->lang);
    const char *lines[WATCH_SHOWN];
    for (int i = 0; i < pl->n_problems; i++)
        lines[i] = pl->problems[i];
    if (pl->n_problems)
        watch_view_draw(ui, lines, pl->n_problems, pl->more_problems, pl->o.scenario);
}

/* Draws the screen when it changed (the first frame of a new screen is its
 * screenshot); an unchanged screen keeps what was presented. */
static bool draw(Play *pl)
{
    int w, h;
    platform_size(pl->platform, &w, &h);
    /* the look the participant set, kept for a --watch reload's new player */
    pl->o.look = player_start_screen(pl->player)->look;
    theme_set_look(pl->ui, (float)pl->o.look.text_size / 100, pl->o.look.high_contrast);
    play_follow_read_aloud(pl, pl->o.look.read_aloud);
    if (platform_pixels_lost(pl->platform))
        ui_forget_frame(pl->ui);
    /* the frame's texts are current whether it was drawn or kept; a screen
     * is read once it is on view, so that speech never delays a frame */
    if (!ui_frame(pl->ui, w, h, draw_screen, pl)) {
        play_read_new_screen(pl);
        return true;
    }
    bool ok = true;
    if (player_screen_serial(pl->player) != pl->shown_serial) {
        pl->shown_serial = player_screen_serial(pl->player);
        const char *name = player_screen_name(pl->player);
        if (pl->o.screenshots && name[0]) {
            char path[4096], err[256];
            snprintf(path, sizeof path, "%s/%s.png", pl->o.screenshots, name);
            if (!(ok = platform_screenshot(pl->platform, path, err, sizeof err)))
                cli_error("%s", err);
        }
    }
    platform_present(pl->platform);
    play_read_new_screen(pl);
    return ok;
}

static bool high_level(InputKind k)
{
    return k == IN_CONTINUE || k == IN_CHOOSE || k == IN_TEXT || k == IN_RATE;
}

/* Hands one event to the player; pointer events first find what they hit. */
static PlayerResult deliver(Play *pl, const InputEvent *in, int64_t now)
{
    InputEvent ev = *in;
    if (pl->record)
        script_write(pl->record, now, in);
    if (ev.kind == IN_POINTER) {
        if (!ui_hit(pl->ui, ev.x, ev.y, &ev.action, &ev.arg))
            return PLAYER_IGNORED;
        ev.kind = IN_ACTION;
    }
    if (play_read_aloud_input(pl, &ev))
        return PLAYER_TAKEN;
    if (ev.kind == IN_KEY && ev.key == KEY_R)
        return PLAYER_IGNORED; /* letters typed in a field come as characters */
    return player_input(pl->player, &ev, now);
}

static const char *const kind_names[] = {"continue", "choose", "text",  "rate", "key",
                                         "type",     "click",  "click", "quit"};

/* "continue or text": what the screen on view can take. */
static void wanted(const Play *pl, char *buf, size_t size)
{
    unsigned bits = player_accepts(pl->player);
    buf[0] = '\0';
    for (int k = IN_CONTINUE; k <= IN_RATE; k++)
        if (bits & (1u << k)) {
            size_t used = strlen(buf);
            snprintf(buf + used, size - used, "%s%s", used ? " or " : "", kind_names[k]);
        }
    if (!buf[0])
        snprintf(buf, size, "time to pass");
}

/* The script does not fit the screen on view: one line naming the step. */
static int script_error(Play *pl, const ScriptEvent *se)
{
    char want[64];
    wanted(pl, want, sizeof want);
    if (se)
        fprintf(stderr, "%s:%d:1: error: step \"%s\" waits for %s, not \"%s\"\n", pl->o.input,
                se->line, player_where(pl->player), want, kind_names[se->ev.kind]);
    else
        cli_error("%s: the input ran out while step \"%s\" still waits for %s",
                  pl->o.input ? pl->o.input : "--input", player_where(pl->player), want);
    return EXIT_INVALID;
}

static bool deliverable(const Play *pl, const ScriptEvent *se)
{
    if (!high_level(se->ev.kind))
        return true; /* keys, typing and clicks go to the next frame */
    return (player_accepts(pl->player) & (1u << se->ev.kind)) != 0;
}

/* The window was closed before the end: what was confirmed is kept. */
static int closed_early(const Play *pl)
{
    if (player_in_session(pl->player) && !pl->o.watch)
        fprintf(stderr,
                "teaser: the play was closed before the end; the session stays "
                "unfinished (%d rating%s saved)\n",
                pl->ratings, pl->ratings == 1 ? "" : "s");
    return EXIT_OK;
}

/* One scripted event, at the clock's now; an exit code, or -1 to go on. */
static int scripted(Play *pl, const ScriptEvent *se, int64_t now)
{
    if (!draw(pl))
        return EXIT_ENV;
    if (se->ev.kind == IN_QUIT)
        return closed_early(pl);
    PlayerResult r = deliver(pl, &se->ev, now);
    if (r == PLAYER_REJECTED) {
        fprintf(stderr, "%s:%d:1: error: %s\n", pl->o.input, se->line, player_error(pl->player));
        return EXIT_INVALID;
    }
    if (r == PLAYER_IGNORED && high_level(se->ev.kind)) {
        if (!(player_accepts(pl->player) & (1u << se->ev.kind)))
            return script_error(pl, se);
        /* the right kind of input, but not possible here */
        if (se->ev.kind == IN_CHOOSE)
            fprintf(stderr, "%s:%d:1: error: step \"%s\" has no option %d\n", pl->o.input, se->line,
                    player_where(pl->player), se->ev.n);
        else
            fprintf(stderr, "%s:%d:1: error: step \"%s\" cannot take \"%s\" now\n", pl->o.input,
                    se->line, player_where(pl->player), kind_names[se->ev.kind]);
        return EXIT_INVALID;
    }
    return -1;
}

/* How long a headless play goes on with no input taken before it gives up:
 * a form's timeout re-arms for ever, and a menu that times out to itself
 * loops for ever, when the input never fits. */
enum { IDLE_LIMIT_MS = 24LL * 3600 * 1000, IDLE_LIMIT_SCREENS = 100 };

/* The virtual clock: jumps to the next timed event or timer, never waits. */
static int run_headless(Play *pl)
{
    int64_t now = 0, last_input = 0;
    int serial_at_input = 0;
    while (!player_finished(pl->player)) {
        /* frames are drawn for screenshots and for clicks (scripted() draws) */
        if (pl->o.screenshots && player_screen_serial(pl->player) != pl->shown_serial && !draw(pl))
            return EXIT_ENV;
        if (now - last_input > IDLE_LIMIT_MS ||
            player_screen_serial(pl->player) - serial_at_input > IDLE_LIMIT_SCREENS)
            return script_error(
                pl, pl->script.next < pl->script.n ? &pl->script.events[pl->script.next] : NULL);
        ScriptEvent *se =
            pl->script.next < pl->script.n ? &pl->script.events[pl->script.next] : NULL;
        int64_t wake = player_wake_ms(pl->player);
        bool due = se && (se->at_ms >= 0 ? se->at_ms <= now : deliverable(pl, se));
        if (due) {
            pl->script.next++;
            int code = scripted(pl, se, now);
            if (code >= 0)
                return code;
            last_input = now;
            serial_at_input = player_screen_serial(pl->player);
            continue;
        }
        if (se && se->at_ms > now && (wake < 0 || se->at_ms < wake))
            now = se->at_ms; /* nothing happens before the next timed event */
        else if (wake >= 0)
            now = wake > now ? wake : now;
        else
            return script_error(pl, se);
        player_tick(pl->player, now);
        play_tell_speech_problem(pl);
    }
    return draw(pl) ? EXIT_OK : EXIT_ENV;
}

/* ---- watching (--watch) ---- */

static bool start_player(Play *pl, int from, int64_t now);

/* The text scale a play starts with (--text-scale), for its screen-fit lint:
 * the loader's lint callback takes no context, and a process plays once. */
static float lint_scale = 1;

/* The screen-fit lint, for the author who edits under --watch, at the scale
 * the play starts with (teaser check lints at 1.0 and 1.5). A play for a
 * participant leaves it to `teaser check`: it measures every text of every
 * screen, which would cost the start screen most of its first 50 ms, and its
 * warnings would only reach a terminal nobody reads during a workshop. */
static void fit_lint(const Scenario *s, DiagList *dl)
{
    fit_check_at(s, NULL, lint_scale, dl);
}

/* The step on view (its rating prompt included), or NULL on the start,
 * prediction and end screens, which are no step of the file. */
static const char *step_on_view(const Player *p)
{
    int k, n;
    const char *label, *about;
    PlayerPhase ph = player_phase(p);
    if ((ph != PHASE_STEP && ph != PHASE_RATING) || player_prediction(p, &k, &n, &label, &about))
        return NULL;
    return player_where(p);
}

/* The errors of an edit that failed to load, for the screen: the first
 * WATCH_SHOWN as `teaser check` prints them, the rest counted. */
static void keep_problems(Play *pl, DiagList *dl)
{
    diag_sort(dl);
    pl->n_problems = 0;
    pl->more_problems = dl->dropped;
    for (int i = 0; i < dl->n; i++) {
        if (dl->items[i].level != DIAG_ERROR)
            continue;
        if (pl->n_problems < WATCH_SHOWN)
            diag_format(&dl->items[i], pl->o.scenario, pl->problems[pl->n_problems++],
                        sizeof pl->problems[0]);
        else
            pl->more_problems++;
    }
    if (!pl->n_problems) /* the loader always says why; this is only a safety net */
        snprintf(pl->problems[pl->n_problems++], sizeof pl->problems[0],
                 "teaser: error: %s cannot be loaded", pl->o.scenario);
}

/* The scenario (or a file it names) changed on disk: it is loaded again as
 * a play loads it. Loaded, the play goes on at the same step of the new
 * version with a new player (the step starts afresh; who plays is kept).
 * With errors, they go to the terminal and over the last good screen, and
 * the play waits for the next save. False only when memory runs out. */
static bool reload(Play *pl, int64_t now)
{
    DiagList dl;
    diag_init(&dl);
    Scenario *fresh = NULL;
    watch_load(pl->o.scenario, paths_data_dir(), &steps_teaser1, fit_lint, &fresh, &dl);
    cli_print_diags(&dl, pl->o.scenario);
    if (fresh && pl->o.lang && !scenario_has_language(fresh, pl->o.lang))
        diag_add(&dl, DIAG_E0004, 0, 0, "--lang %s: the scenario has no text in that language now",
                 pl->o.lang);
    if (dl.errors || !fresh) {
        keep_problems(pl, &dl);
        scenario_free(fresh);
        diag_free(&dl);
        return true;
    }
    diag_free(&dl);
    int from = watch_resume_step(pl->s, step_on_view(pl->player), fresh);
    player_destroy(pl->player);
    pl->player = NULL;
    scenario_free(pl->s);
    pl->s = fresh;
    pl->menus_timed = false; /* its menus are timed anew, before it says anything */
    pl->n_problems = 0;
    pl->shown_serial = -1; /* with --screenshots, the new version's screens are saved */
    pl->sound = NULL;      /* it was the old scenario's */
    platform_stop_sound(pl->platform);
    if (!start_player(pl, from, now) || !watch_files(&pl->watch, fresh, now))
        return false;
    if (player_phase(pl->player) == PHASE_START) /* nobody has said who plays yet */
        fprintf(stderr, "teaser: reloaded %s: on at the start screen\n", pl->o.scenario);
    else
        fprintf(stderr, "teaser: reloaded %s: on at step \"%s\"\n", pl->o.scenario,
                fresh->steps[from].id);
    return true;
}

/* ---- the window ---- */

static bool is_continue(const InputEvent *ev)
{
    return (ev->kind == IN_KEY && (ev->key == KEY_ENTER || ev->key == KEY_SPACE)) ||
           ev->kind == IN_POINTER;
}

/* Real time: events from the window, then due scripted events, then timers. */
static int run_window(Play *pl)
{
    int64_t t0 = platform_now_ms(), now = 0;
    bool quit = false;
    while (!quit) {
        now = platform_now_ms() - t0;
        InputEvent ev;
        if (pl->o.watch && watch_changed(&pl->watch, now) && !reload(pl, now))
            return cli_error("out of memory"), EXIT_ENV;
        bool frozen = pl->n_problems > 0; /* an edit with errors: wait for the next save */
        while (!quit && platform_poll(pl->platform, &ev)) {
            if (ev.kind == IN_QUIT)
                quit = !pl->o.kiosk || ev.arg == 1;
            else if (frozen)
                continue;
            else if (player_finished(pl->player) && is_continue(&ev))
                quit = true;
            else
                deliver(pl, &ev, now);
        }
        ScriptEvent *se =
            pl->script.next < pl->script.n ? &pl->script.events[pl->script.next] : NULL;
        if (!frozen && se && se->at_ms <= now && (se->at_ms >= 0 || deliverable(pl, se))) {
            pl->script.next++;
            int code = scripted(pl, se, now);
            if (code >= 0)
                return code;
        }
        if (!frozen)
            player_tick(pl->player, now);
        if (player_phase(pl->player) == PHASE_STOPPED)
            break;
        platform_text_input(pl->platform, player_wants_text(pl->player));
        play_update_sound(pl);
        play_update_speech(pl);
        play_tell_speech_problem(pl);
        if (!draw(pl))
            return EXIT_ENV;
        platform_wait(pl->platform, 15);
    }
    return closed_early(pl);
}

/* ---- setting up ---- */

/* The customers' mean per touchpoint on -4..+4, for the debrief; false when
 * the scenario has no customer data (it was checked already). */
static bool customer_means(const Scenario *s, double *out)
{
    CustomerData cd;
    DiagList dl;
    diag_init(&dl);
    bool ok =
        s->customers.path && customers_load(s->customers.resolved, s, &cd, &dl) == CUSTOMERS_OK;
    for (int t = 0; t < DEBRIEF_MAX_TP; t++) {
        const CustomerTouchpoint *ct =
            ok && t < s->n_touchpoints ? customers_find(&cd, s->touchpoints[t].id) : NULL;
        out[t] = ct && ct->n > 0 ? customers_common(ct, ct->mean) : NAN;
    }
    if (s->customers.path)
        customers_free(&cd);
    diag_free(&dl);
    return ok;
}

/* What --watch cannot go with, said; false when nothing. */
static bool watch_conflict(const PlayOptions *o)
{
    if (o->headless)
        cli_error("play: --watch needs a window: it reloads while you look at the screen (to "
                  "check a scenario without one: teaser check)");
    else if (o->db)
        cli_error("play: --watch stores nothing: ratings given while the scenario changes belong "
                  "to no one version of it (to store a play, leave out --watch)");
    else if (o->record)
        cli_error("play: --watch cannot --record: a recording replays one version of the "
                  "scenario, and a watch play reloads it");
    return o->headless || o->db || o->record;
}

static int parse_args(int argc, char **argv, PlayOptions *o)
{
    enum {
        O_PARTICIPANT = 256,
        O_WORKSHOP,
        O_DEPARTMENT,
        O_SITE,
        O_LANG,
        O_FROM,
        O_FULLSCREEN,
        O_WINDOW,
        O_KIOSK,
        O_HEADLESS,
        O_INPUT,
        O_RECORD,
        O_SCREENSHOTS,
        O_DB,
        O_WATCH,
        O_READ_ALOUD,
        O_TEXT_SCALE,
        O_HIGH_CONTRAST
    };
    static const struct option opts[] = {{"participant", required_argument, NULL, O_PARTICIPANT},
                                         {"workshop", required_argument, NULL, O_WORKSHOP},
                                         {"department", required_argument, NULL, O_DEPARTMENT},
                                         {"site", required_argument, NULL, O_SITE},
                                         {"lang", required_argument, NULL, O_LANG},
                                         {"from", required_argument, NULL, O_FROM},
                                         {"fullscreen", no_argument, NULL, O_FULLSCREEN},
                                         {"window", required_argument, NULL, O_WINDOW},
                                         {"kiosk", no_argument, NULL, O_KIOSK},
                                         {"headless", no_argument, NULL, O_HEADLESS},
                                         {"input", required_argument, NULL, O_INPUT},
                                         {"record", required_argument, NULL, O_RECORD},
                                         {"screenshots", required_argument, NULL, O_SCREENSHOTS},
                                         {"db", required_argument, NULL, O_DB},
                                         {"watch", no_argument, NULL, O_WATCH},
                                         {"read-aloud", no_argument, NULL, O_READ_ALOUD},
                                         {"text-scale", required_argument, NULL, O_TEXT_SCALE},
                                         {"high-contrast", no_argument, NULL, O_HIGH_CONTRAST},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char **value[] = {[O_PARTICIPANT - 256] = &o->participant,
                            [O_WORKSHOP - 256] = &o->workshop,
                            [O_DEPARTMENT - 256] = &o->department,
                            [O_SITE - 256] = &o->site,
                            [O_LANG - 256] = &o->lang,
                            [O_FROM - 256] = &o->from,
                            [O_INPUT - 256] = &o->input,
                            [O_RECORD - 256] = &o->record,
                            [O_SCREENSHOTS - 256] = &o->screenshots,
                            [O_DB - 256] = &o->db};
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        if (c == 'h')
            return fputs(usage, stdout), EXIT_OK;
        bool *flag = c == O_FULLSCREEN      ? &o->fullscreen
                     : c == O_KIOSK         ? &o->kiosk
                     : c == O_HEADLESS      ? &o->headless
                     : c == O_WATCH         ? &o->watch
                     : c == O_READ_ALOUD    ? &o->look.read_aloud
                     : c == O_HIGH_CONTRAST ? &o->look.high_contrast
                                            : NULL;
        if (flag)
            *flag = true;
        else if (c == O_WINDOW && !cli_window_size(optarg, &o->w, &o->h))
            return cli_error("play: --window must be WIDTHxHEIGHT from 640x360 to 7680x4320, "
                             "not \"%s\"",
                             optarg),
                   EXIT_INVALID;
        else if (c == O_TEXT_SCALE && !cli_text_scale("play", optarg, &o->look.text_size))
            return EXIT_INVALID;
        else if (c >= O_PARTICIPANT && c <= O_DB && c != O_WINDOW)
            *value[c - 256] = optarg;
        else if (c != O_WINDOW && c != O_TEXT_SCALE)
            return cli_bad_option("play", c, argv[optind - 1]);
    }
    if (argc - optind != 1) {
        cli_error("play: name one scenario (usage: teaser play [options] SCENARIO.yaml)");
        return EXIT_USAGE;
    }
    o->scenario = argv[optind];
    if (o->watch && watch_conflict(o))
        return EXIT_USAGE;
    if (!o->site)
        o->site = getenv("TEASER_SITE"); /* main.c has refused control characters in it */
    return -1;
}

static int check_values(Play *pl, int *from)
{
    const PlayOptions *o = &pl->o;
    if (o->lang && !schema_is_lang_code(o->lang))
        return cli_error("play: --lang must be a language code such as en or nl, not \"%s\"",
                         o->lang),
               EXIT_INVALID;
    int lang = cli_check_lang("play", pl->s, o->lang);
    if (lang >= 0)
        return lang;
    if (o->participant && !o->participant[0])
        return cli_error("play: --participant cannot be empty"), EXIT_INVALID;
    *from = 0;
    if (o->from && (*from = scenario_find_step(pl->s, o->from)) < 0) {
        const char *ids[SCENARIO_MAX_STEPS];
        for (int i = 0; i < pl->s->n_steps; i++)
            ids[i] = pl->s->steps[i].id;
        const char *near = suggest_closest(o->from, ids, (size_t)pl->s->n_steps);
        cli_error("play: --from: the scenario has no step \"%s\"%s%s%s", o->from,
                  near ? " (did you mean \"" : "", near ? near : "", near ? "\"?)" : "");
        return EXIT_INVALID;
    }
    if (o->screenshots && mkdir(o->screenshots, 0755) != 0 && errno != EEXIST) {
        cli_error("play: cannot create the folder %s: %s", o->screenshots, strerror(errno));
        return EXIT_ENV;
    }
    return -1;
}

static int load(Play *pl)
{
    DiagList dl;
    diag_init(&dl);
    ScenarioStatus st =
        watch_load(pl->o.scenario, paths_data_dir(), &steps_teaser1, pl->o.watch ? fit_lint : NULL,
                   &pl->s, &dl);
    cli_print_diags(&dl, pl->o.scenario);
    int errors = dl.errors;
    diag_free(&dl);
    if (st == SCENARIO_ENV)
        return EXIT_ENV;
    if (st != SCENARIO_OK || errors)
        return EXIT_INVALID;
    if (pl->o.input) {
        diag_init(&dl);
        bool ok = script_load(pl->o.input, &pl->script, &dl);
        cli_print_diags(&dl, pl->o.input);
        diag_free(&dl);
        if (!ok)
            return EXIT_INVALID;
    }
    return -1;
}

static int open_outputs(Play *pl)
{
    int code;
    if (!pl->o.watch && !(pl->store = cli_open_store(pl->o.db, STORE_WRITE, &code)))
        return code; /* a watch play stores nothing */
    pl->store_path = pl->o.db ? pl->o.db : paths_default_store();
    if (pl->o.record && !(pl->record = fopen(pl->o.record, "w"))) {
        cli_error("play: cannot write %s: %s", pl->o.record, strerror(errno));
        return EXIT_ENV;
    }
    if (pl->record)
        fprintf(pl->record, "# teaser %s, %s %dx%d%s%s, recorded play of %s\n", TEASER_VERSION,
                pl->o.headless ? "headless" : "window", pl->o.w ? pl->o.w : 1280,
                pl->o.h ? pl->o.h : 720, pl->o.from ? ", from " : "", pl->o.from ? pl->o.from : "",
                pl->o.scenario);
    char err[256];
    char title[300];
    snprintf(title, sizeof title, "teaser%s%s", pl->o.watch ? ": watching " : "",
             pl->o.watch ? pl->o.scenario : "");
    PlatformConfig pc = {pl->o.w, pl->o.h, pl->o.fullscreen, pl->o.headless, title};
    if (!(pl->platform = platform_open(&pc, err, sizeof err)) ||
        !(pl->ui = ui_create(platform_renderer(pl->platform), NULL, err, sizeof err))) {
        cli_error("%s", err);
        return EXIT_ENV;
    }
    if (!(pl->speech = speech_create())) {
        cli_error("out of memory");
        return EXIT_ENV;
    }
    if (!platform_has_audio(pl->platform)) /* said once; the start screen shows it too */
        fprintf(stderr, "teaser: warning: no audio device: hold music and voices are off\n");
    return -1;
}

static void close_all(Play *pl)
{
    recovery_close(pl->rec);
    watch_free(&pl->watch);
    player_destroy(pl->player);
    ui_destroy(pl->ui);
    platform_close(pl->platform);
    if (pl->record)
        fclose(pl->record);
    store_close(pl->store);
    free(pl->hold_music);
    speech_destroy(pl->speech);
    script_free(&pl->script);
    scenario_free(pl->s);
}

/* A player for the scenario loaded, from step from, at the clock's now. */
static bool start_player(Play *pl, int from, int64_t now)
{
    pl->have_customers = customer_means(pl->s, pl->customers);
    bool known = pl->o.watch && pl->who[0]; /* a reload: who plays was typed already */
    PlayerConfig cfg = {pl->s,
                        pl->o.lang,
                        from,
                        known ? pl->who : pl->o.participant,
                        known && pl->who_workshop[0] ? pl->who_workshop : pl->o.workshop,
                        pl->o.kiosk,
                        pl->have_customers ? pl->customers : NULL,
                        !pl->o.headless,
                        play_sink(pl),
                        {play_speech_ms, pl},
                        pl->o.look};
    return (pl->player = player_create(&cfg, now)) != NULL;
}

int cmd_play(int argc, char **argv)
{
    Play pl = {.shown_serial = -1, .speech_screen = -1, .read_serial = -1};
    int code = parse_args(argc, argv, &pl.o), from = 0;
    if (code >= 0)
        return code;
    pl.read_aloud = pl.o.look.read_aloud;
    lint_scale = pl.o.look.text_size ? (float)pl.o.look.text_size / 100 : 1;
    if ((code = load(&pl)) < 0 && (code = check_values(&pl, &from)) < 0 &&
        (code = open_outputs(&pl)) < 0) {
        if (!start_player(&pl, from, 0) || (pl.o.watch && !watch_files(&pl.watch, pl.s, 0))) {
            cli_error("out of memory");
            code = EXIT_ENV;
        } else {
            code = pl.o.headless ? run_headless(&pl) : run_window(&pl);
            if (pl.player && player_phase(pl.player) == PHASE_STOPPED) {
                cli_error("%s", player_error(pl.player));
                code = EXIT_ENV;
            }
        }
    }
    close_all(&pl);
    return code;
}
