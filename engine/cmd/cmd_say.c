/* teaser say SCENARIO -o FILE.wav: what the phone says in a scenario (a
 * menu's prompt and options, a wait's announcement, an agent's lines at a
 * hand-off), said by the speech synthesiser as a play says it (through a
 * telephone line's band), into one WAV
 * file, so that a facilitator hears it before the workshop. Each step is
 * played alone on a clock that jumps, with no caller: what it says of
 * itself, and at a hand-off what the agent says to a wrong answer. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "steps/steps.h"
#include "synth.h"
#include "view/speech.h"

static const char usage[] =
    "usage: teaser say [options] -o FILE.wav SCENARIO.yaml\n"
    "\n"
    "Writes what the phone says in a scenario as a WAV file (16-bit mono), said by the\n"
    "speech synthesiser (espeak-ng) exactly as a play says it: each menu's prompt and\n"
    "options, each wait's announcement, each hand-off's lines (please hold while it\n"
    "transfers, the agent's greeting, what it asks, and what it says to a wrong answer),\n"
    "in file order, half a second apart. Steps whose voice is off say nothing. For a\n"
    "facilitator to hear the lines before a workshop, and for an author to try a voice.\n"
    "\n"
    "  -o, --output FILE  the WAV file to write (required): replaced whole or not at\n"
    "                     all; - is standard output\n"
    "  --step ID          only this step\n"
    "  --lang CODE        the language to say it in (default: the scenario's)\n"
    "  -h, --help         show this help\n"
    "\n"
    "Exit: 0 written, 1 invalid scenario, flag value (a step that says nothing, an\n"
    "unknown voice), 2 usage error, 3 the synthesiser cannot start or FILE cannot be\n"
    "written.\n";

/* A step is heard for at most this long of its own clock, and up to this many lines. */
enum { SAY_LISTEN_MS = 3600 * 1000, SAY_MAX_LINES = 64, SAY_GAP_MS = 500 };

typedef struct {
    Speech *speech;
    const char *lang;
    int16_t *pcm; /* every line said, with a gap after each */
    size_t n, cap;
    int rate;
    char *said[SAY_MAX_LINES]; /* the lines of the step heard now (copies) */
    int n_said;
    char err[256];
} Said;

static bool append(Said *sd, const int16_t *samples, size_t n)
{
    if (sd->n + n > sd->cap) {
        size_t cap = sd->cap ? sd->cap : 65536;
        while (cap < sd->n + n)
            cap *= 2;
        int16_t *pcm = realloc(sd->pcm, cap * sizeof *pcm);
        if (!pcm)
            return false;
        sd->pcm = pcm;
        sd->cap = cap;
    }
    if (samples)
        memcpy(sd->pcm + sd->n, samples, n * sizeof *samples);
    else
        memset(sd->pcm + sd->n, 0, n * sizeof *sd->pcm);
    sd->n += n;
    return true;
}

/* Adds a line and a gap; false with err set when it cannot be said. A line
 * the step said already (a recurring announcement) ends the listening. */
static bool add_line(Said *sd, const char *text, const char *voice, bool *again)
{
    for (int i = 0; i < sd->n_said; i++)
        if (!strcmp(sd->said[i], text))
            return *again = true, true;
    const SpeechClip *c = speech_say(sd->speech, text, sd->lang, voice, sd->err, sizeof sd->err);
    if (!c)
        return false;
    sd->rate = c->rate;
    char *copy = strdup(text);
    if (copy && sd->n_said < SAY_MAX_LINES)
        sd->said[sd->n_said++] = copy;
    if (!copy || !append(sd, c->samples, c->n) ||
        !append(sd, NULL, (size_t)c->rate * SAY_GAP_MS / 1000)) {
        snprintf(sd->err, sizeof sd->err, "out of memory");
        return false;
    }
    return true;
}

/* Moves the step on: to its next timer, or, once it waits for the caller to
 * type, with one empty answer (which is wrong) to hear what it says to that. */
static bool move_on(StepRun *run, bool *answered)
{
    if (run->wake_ms >= 0 && run->wake_ms - run->started_ms <= SAY_LISTEN_MS &&
        run->step->type->tick) {
        run->now_ms = run->wake_ms > run->now_ms ? run->wake_ms : run->now_ms;
        run->step->type->tick(run);
        return true;
    }
    if (run->wants_text && !*answered && run->step->type->input) {
        *answered = true;
        InputEvent ev = {.kind = IN_TEXT, .text = ""};
        return run->step->type->input(run, &ev);
    }
    return false;
}

/* Plays one step with no caller and says what it says. */
static int listen(const Scenario *s, const Step *st, Said *sd)
{
    SpeechClock clock = speech_clock(sd->speech);
    Journey journey = {0};
    StepRun run = {.scenario = s,
                   .step = st,
                   .lang = sd->lang,
                   .visits = 1,
                   .journey = &journey,
                   .layout = {0, -1},
                   .speech = &clock,
                   .wake_ms = -1,
                   .state = calloc(1, st->type->state_size + 1)};
    if (!run.state)
        return cli_error("out of memory"), EXIT_ENV;
    if (st->type->start)
        st->type->start(&run);
    int heard = 0, code = EXIT_OK;
    bool again = false, answered = false;
    do {
        if (run.says != heard && run.say) {
            heard = run.says;
            if (!add_line(sd, run.say, run.say_voice, &again)) {
                cli_error("say: step \"%s\": %s", st->id, sd->err);
                code = EXIT_INVALID;
            }
        }
    } while (code == EXIT_OK && !again && !run.done && sd->n_said < SAY_MAX_LINES &&
             move_on(&run, &answered));
    free(run.state);
    for (int i = 0; i < sd->n_said; i++)
        free(sd->said[i]);
    sd->n_said = 0;
    return code;
}

static int write_wav(FILE *f, void *ctx)
{
    const Said *sd = ctx;
    uint32_t data = (uint32_t)(sd->n * 2), rate = (uint32_t)sd->rate;
    unsigned char h[44] = "RIFF____WAVEfmt ";
    uint32_t fields[] = {36 + data, 16, 1 | (1u << 16), rate, rate * 2, 2 | (16u << 16)};
    int at[] = {4, 16, 20, 24, 28, 32};
    for (int i = 0; i < 6; i++)
        for (int b = 0; b < 4; b++)
            h[at[i] + b] = (unsigned char)(fields[i] >> (8 * b));
    memcpy(h + 36, "data", 4);
    for (int b = 0; b < 4; b++)
        h[40 + b] = (unsigned char)(data >> (8 * b));
    bool ok = fwrite(h, 1, sizeof h, f) == sizeof h;
    for (size_t i = 0; ok && i < sd->n; i++) { /* little-endian, whatever the machine */
        unsigned char le[2] = {(unsigned char)(sd->pcm[i] & 0xff),
                               (unsigned char)((uint16_t)sd->pcm[i] >> 8)};
        ok = fwrite(le, 1, 2, f) == 2;
    }
    return ok ? EXIT_OK : EXIT_ENV;
}

typedef struct {
    const char *output, *step, *lang, *scenario;
} SayOptions;

static int parse_args(int argc, char **argv, SayOptions *o)
{
    static const struct option opts[] = {{"output", required_argument, NULL, 'o'},
                                         {"step", required_argument, NULL, 's'},
                                         {"lang", required_argument, NULL, 'l'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:h", opts, NULL)) != -1) {
        if (c == 'o')
            o->output = optarg;
        else if (c == 's')
            o->step = optarg;
        else if (c == 'l')
            o->lang = optarg;
        else if (c == 'h')
            return fputs(usage, stdout), EXIT_OK;
        else
            return cli_bad_option("say", c, argv[optind - 1]);
    }
    if (optind + 1 != argc) {
        cli_error("say: %s (see teaser say --help)",
                  optind < argc ? "one scenario at a time" : "no scenario given");
        return EXIT_USAGE;
    }
    if (!o->output) {
        cli_error("say: no output file given: -o FILE.wav (see teaser say --help)");
        return EXIT_USAGE;
    }
    o->scenario = argv[optind];
    return -1;
}

/* Says the steps asked for into sd. */
static int say_steps(const Scenario *s, const SayOptions *o, Said *sd)
{
    int only = o->step ? scenario_find_step(s, o->step) : -1;
    if (o->step && only < 0) {
        cli_error("say: the scenario has no step \"%s\"", o->step);
        return EXIT_INVALID;
    }
    for (int i = 0; i < s->n_steps; i++) {
        int code = only < 0 || only == i ? listen(s, &s->steps[i], sd) : EXIT_OK;
        if (code != EXIT_OK)
            return code;
    }
    if (sd->n == 0) {
        cli_error("say: %s says nothing (no menu, wait or hand-off with its voice on)",
                  o->step ? "the step" : "the scenario");
        return EXIT_INVALID;
    }
    PhoneLine line = {0}; /* heard through the phone, as in a play */
    phone_line_filter(&line, sd->pcm, sd->n, sd->rate, true);
    return EXIT_OK;
}

int cmd_say(int argc, char **argv)
{
    SayOptions o = {0};
    int code = parse_args(argc, argv, &o);
    if (code >= 0)
        return code;
    Scenario *s = NULL;
    if ((code = cli_load_scenario(o.scenario, NULL, &s, NULL, NULL)) >= 0)
        return code;
    Said sd = {.lang = o.lang ? o.lang : s->language};
    char err[256];
    if ((code = cli_check_lang("say", s, o.lang)) < 0) {
        if (!speech_ready(err, sizeof err)) {
            cli_error("say: %s", err);
            code = EXIT_ENV;
        } else if (!(sd.speech = speech_create())) {
            cli_error("out of memory");
            code = EXIT_ENV;
        } else if ((code = say_steps(s, &o, &sd)) == EXIT_OK) {
            code = cli_write_file("say", o.output, write_wav, &sd);
        }
    }
    speech_destroy(sd.speech);
    free(sd.pcm);
    scenario_free(s);
    return code;
}
