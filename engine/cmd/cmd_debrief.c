/* teaser debrief: the group debrief on the facilitator's projector. It reads
 * the results store again every two seconds, so the picture fills in while
 * participants finish; arrows step through the touchpoints one at a time.
 * With --headless it draws each of its screens once (for tests and slides). */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <sys/stat.h>

#include "cli.h"
#include "report.h"
#include "report_say.h"
#include "view/debrief_view.h"
#include "view/platform.h"
#include "view/speech.h"
#include "view/theme.h"
#include "view/ui.h"

static const char usage[] =
    "usage: teaser debrief --scenario FILE [--workshop LABEL] [--department NAME]\n"
    "                      [--site LABEL] [--db PATH]... [--min-group N] [--lang CODE]\n"
    "                      [--fullscreen] [--window WxH] [--headless] [--screenshots DIR]\n"
    "                      [--read-aloud] [--text-scale F] [--high-contrast]\n"
    "\n"
    "The group debrief for the projector: the group's mean curve and its spread beside the\n"
    "customers', the touchpoints ranked by gap, and each touchpoint in turn (arrows). When\n"
    "the group predicted (a scenario with predict:), their mean prediction is a dashed\n"
    "line, and each touchpoint says the predicted mean and how far playing moved them. It\n"
    "refreshes while participants finish; a touchpoint's figures move only once --min-group\n"
    "more people rated it. A group smaller than --min-group (default 5, never below 3)\n"
    "shows only how many more participants are needed; any figure resting on fewer is not\n"
    "shown, as in teaser report.\n"
    "With --headless it draws each screen once (with --screenshots, saved as PNG) and exits.\n"
    "\n"
    "  --scenario FILE    the scenario played (its touchpoints and customer data)\n"
    "  --workshop LABEL   only the sessions of this workshop\n"
    "  --department NAME  only the sessions of this department\n"
    "  --site LABEL       only the sessions played at this site (play --site)\n"
    "  --min-group N      the privacy floor: fewest participants shown (default 5, >= 3)\n"
    "  --lang CODE        the language of the screens and the touchpoint labels\n"
    "                     (default: the scenario's); one it has no text in: exit 1\n"
    "  --fullscreen       fill the screen (F11 toggles)\n"
    "  --window WxH       window size in pixels (default 1280x720)\n"
    "  --headless         no window: draw each screen once and exit\n"
    "  --screenshots DIR  save one PNG per screen\n"
    "  --read-aloud       say each screen's text when it appears; R or F2 reads it again\n"
    "  --text-scale F     every text F times as large, from 1.0 to 2.0 (default 1.0)\n"
    "  --high-contrast    white and yellow on black\n"
    "  --db PATH          the results store (default: TEASER_DB, else\n"
    "                     ~/.local/share/teaser/results.sqlite); given more than once, the\n"
    "                     stores are read as one, a session in several counted once\n"
    "  -h, --help         show this help\n"
    "\n"
    "Keys: left and right arrows (or a click) step through the touchpoints; R or F2 reads\n"
    "the screen aloud; Escape closes.\n"
    "Exit: 0 closed, 1 invalid scenario, customer data or flag value, 2 usage error,\n"
    "3 no display, font missing or store unusable.\n";

enum { REFRESH_MS = 2000 };

typedef struct {
    const char *scenario, *workshop, *department, *lang, *screenshots, *site;
    CliStores dbs;
    int min_group, w, h;
    bool fullscreen, headless, read_aloud, high_contrast;
    int text_size; /* --text-scale in percent; 0: 100 */
} DebriefOptions;

static int parse(int argc, char **argv, DebriefOptions *o)
{
    enum {
        O_SCENARIO = 256,
        O_WORKSHOP,
        O_DEPARTMENT,
        O_DB,
        O_LANG,
        O_SHOTS,
        O_SITE,
        O_MIN,
        O_WINDOW,
        O_FULL,
        O_HEADLESS,
        O_READ_ALOUD,
        O_TEXT_SCALE,
        O_HIGH_CONTRAST
    };
    static const struct option opts[] = {{"scenario", required_argument, NULL, O_SCENARIO},
                                         {"workshop", required_argument, NULL, O_WORKSHOP},
                                         {"department", required_argument, NULL, O_DEPARTMENT},
                                         {"db", required_argument, NULL, O_DB},
                                         {"lang", required_argument, NULL, O_LANG},
                                         {"screenshots", required_argument, NULL, O_SHOTS},
                                         {"site", required_argument, NULL, O_SITE},
                                         {"min-group", required_argument, NULL, O_MIN},
                                         {"window", required_argument, NULL, O_WINDOW},
                                         {"fullscreen", no_argument, NULL, O_FULL},
                                         {"headless", no_argument, NULL, O_HEADLESS},
                                         {"read-aloud", no_argument, NULL, O_READ_ALOUD},
                                         {"text-scale", required_argument, NULL, O_TEXT_SCALE},
                                         {"high-contrast", no_argument, NULL, O_HIGH_CONTRAST},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char **values[] = {&o->scenario, &o->workshop,    &o->department, NULL,
                             &o->lang,     &o->screenshots, &o->site};
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
        if (c == 'h')
            return fputs(usage, stdout), EXIT_OK;
        if (c == O_DB) {
            if (!cli_add_store(&o->dbs, "debrief", optarg))
                return EXIT_USAGE;
        } else if (c >= O_SCENARIO && c <= O_SITE)
            *values[c - O_SCENARIO] = optarg;
        else if (c == O_MIN)
            o->min_group = strspn(optarg, "0123456789") == strlen(optarg) && atoi(optarg) >= 3
                               ? atoi(optarg)
                               : -1;
        else if (c == O_WINDOW && !cli_window_size(optarg, &o->w, &o->h))
            return cli_error("debrief: --window must be WIDTHxHEIGHT from 640x360 to "
                             "7680x4320, not \"%s\"",
                             optarg),
                   EXIT_INVALID;
        else if (c == O_TEXT_SCALE && !cli_text_scale("debrief", optarg, &o->text_size))
            return EXIT_INVALID;
        else if (c == O_FULL || c == O_HEADLESS || c == O_READ_ALOUD || c == O_HIGH_CONTRAST)
            *(c == O_FULL         ? &o->fullscreen
              : c == O_HEADLESS   ? &o->headless
              : c == O_READ_ALOUD ? &o->read_aloud
                                  : &o->high_contrast) = true;
        else if (c != O_WINDOW && c != O_TEXT_SCALE)
            return cli_bad_option("debrief", c, argv[optind - 1]);
    }
    if (optind < argc || !o->scenario)
        return cli_error("debrief: name the scenario (usage: teaser debrief --scenario FILE ...)"),
               EXIT_USAGE;
    if (o->min_group < 0)
        return cli_error("debrief: --min-group must be a whole number of at least 3"), EXIT_INVALID;
    return -1;
}

typedef struct {
    DebriefOptions o;
    Scenario *s;
    CustomerData cd;
    bool have;
    Store *store;
    Report r;
    Platform *platform;
    Ui *ui;
    Speech *speech; /* --read-aloud, R and F2: made when first needed */
    int read_focus; /* the screen read last (-2: none yet) */
} Debriefing;

/* Reads the store again. What was shown stays at each touchpoint until the
 * floor of participants came (or went) since: one person finishing between
 * two pictures must not show as the difference of two means. */
static bool refresh(Debriefing *d)
{
    char err[STORE_ERR_MAX];
    StoreFilter f = {.workshop = d->o.workshop,
                     .scenario = d->s->id,
                     .department = d->o.department,
                     .site = d->o.site};
    Report now;
    if (!report_build(d->s, d->have ? &d->cd : NULL, d->store, &f, d->o.min_group, &now, err,
                      sizeof err)) {
        report_free(&now);
        cli_error("%s", err);
        return false;
    }
    report_say_labels(&now, d->s, d->o.lang ? d->o.lang : d->s->language);
    if (d->r.tp)
        report_hold(&now, &d->r);
    report_free(&d->r);
    d->r = now;
    return true;
}

typedef struct {
    Debriefing *d;
    int focus;
} Screen;

static void draw_screen(void *ctx, Ui *ui)
{
    const Screen *s = ctx;
    debrief_group_draw(&s->d->r, ui, s->d->o.lang ? s->d->o.lang : s->d->s->language, s->focus);
}

/* Draws the screen when it changed (or a screenshot wants it) and presents it. */
static bool frame(Debriefing *d, int focus, const char *shot)
{
    int w, h;
    platform_size(d->platform, &w, &h);
    if (platform_pixels_lost(d->platform) || shot)
        ui_forget_frame(d->ui);
    if (!ui_frame(d->ui, w, h, draw_screen, &(Screen){d, focus}))
        return true;
    bool ok = true;
    if (shot && d->o.screenshots) {
        char path[4096], err[256];
        snprintf(path, sizeof path, "%s/%s.png", d->o.screenshots, shot);
        if (!(ok = platform_screenshot(d->platform, path, err, sizeof err)))
            cli_error("%s", err);
    }
    platform_present(d->platform);
    return ok;
}

/* Reads the screen on view aloud (headless: made, not played). */
static void read_aloud(Debriefing *d, int focus)
{
    d->read_focus = focus;
    if (!d->speech && !(d->speech = speech_create()))
        return;
    speech_read_frame(d->speech, d->o.headless ? NULL : d->platform, ui_frame_text(d->ui), "",
                      d->o.lang ? d->o.lang : d->s->language);
}

/* Each screen once: the overview, then each touchpoint that has both curves. */
static int headless(Debriefing *d)
{
    if (!frame(d, -1, d->r.withheld ? "00-waiting" : "00-overview"))
        return EXIT_ENV;
    if (d->o.read_aloud)
        read_aloud(d, -1);
    for (int i = 0; !d->r.withheld && i < d->r.n_tp; i++) {
        char name[96];
        snprintf(name, sizeof name, "%02d-%.64s", i + 1, d->r.tp[i].id);
        if (isfinite(d->r.tp[i].welch.d) && !frame(d, i, name))
            return EXIT_ENV;
        if (isfinite(d->r.tp[i].welch.d) && d->o.read_aloud)
            read_aloud(d, i);
    }
    return EXIT_OK;
}

static int window(Debriefing *d)
{
    int focus = -1;
    int64_t last = platform_now_ms();
    for (;;) {
        InputEvent ev;
        while (platform_poll(d->platform, &ev)) {
            if (ev.kind == IN_QUIT || (ev.kind == IN_KEY && ev.key == KEY_ESCAPE))
                return EXIT_OK;
            if (ev.kind == IN_KEY && (ev.key == KEY_R || ev.key == KEY_F2)) {
                d->read_focus = -2; /* read at the next frame */
                continue;
            }
            int step = ev.kind == IN_KEY && (ev.key == KEY_RIGHT || ev.key == KEY_DOWN ||
                                             ev.key == KEY_SPACE || ev.key == KEY_PAGEDOWN)
                           ? 1
                       : ev.kind == IN_KEY &&
                               (ev.key == KEY_LEFT || ev.key == KEY_UP || ev.key == KEY_PAGEUP)
                           ? -1
                       : ev.kind == IN_POINTER ? 1
                                               : 0;
            int n = d->r.n_tp + 1; /* the overview, then each touchpoint */
            focus = ((focus + 1 + step) % n + n) % n - 1;
        }
        if (platform_now_ms() - last >= REFRESH_MS) {
            last = platform_now_ms();
            if (!refresh(d))
                return EXIT_ENV;
        }
        if (!frame(d, focus, NULL))
            return EXIT_ENV;
        bool asked = d->read_focus == -2;
        if (asked || (d->o.read_aloud && d->read_focus != focus))
            read_aloud(d, focus);
        platform_wait(d->platform, 30);
    }
}

int cmd_debrief(int argc, char **argv)
{
    Debriefing d = {.o = {.min_group = REPORT_MIN_GROUP}, .read_focus = -3};
    int code = parse(argc, argv, &d.o);
    if (code >= 0)
        return code;
    char err[256];
    if ((code = cli_load_scenario(d.o.scenario, NULL, &d.s, &d.cd, &d.have)) < 0 &&
        (code = cli_check_lang("debrief", d.s, d.o.lang)) < 0 &&
        (d.store = cli_open_stores(&d.o.dbs, &code)) != NULL) {
        PlatformConfig pc = {d.o.w, d.o.h, d.o.fullscreen, d.o.headless, "teaser debrief"};
        if (d.o.screenshots && mkdir(d.o.screenshots, 0755) != 0 && errno != EEXIST)
            cli_error("debrief: cannot create the folder %s: %s", d.o.screenshots, strerror(errno)),
                code = EXIT_ENV;
        else if (!refresh(&d))
            code = EXIT_ENV;
        else if (!(d.platform = platform_open(&pc, err, sizeof err)) ||
                 !(d.ui = ui_create(platform_renderer(d.platform), NULL, err, sizeof err)))
            cli_error("%s", err), code = EXIT_ENV;
        else {
            theme_set_look(d.ui, d.o.text_size ? (float)d.o.text_size / 100 : 1, d.o.high_contrast);
            code = d.o.headless ? headless(&d) : window(&d);
        }
    }
    ui_destroy(d.ui);
    speech_destroy(d.speech);
    platform_close(d.platform);
    report_free(&d.r);
    store_close(d.store);
    if (d.have)
        customers_free(&d.cd);
    scenario_free(d.s);
    return code;
}
