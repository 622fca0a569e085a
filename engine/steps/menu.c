/* menu: a phone menu ("for moving, press 3") read out in a spoken-menu style;
 * ends when an option is chosen, or at its timeout. */
#include "menu.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "playtime.h"
#include "steps.h"
#include "words.h"

/* How long the voice takes to read the prompt, and then each option, when
 * no speech clock tells (voice off, or the core's tests). */
enum { MENU_PROMPT_MS = 2500, MENU_OPTION_MS = 1500 };

static bool read_key(Parse *p, const YNode *n, void *dst)
{
    const char **key = dst;
    if (!schema_str(p, n, "key", key))
        return false;
    if (strlen(*key) != 1 || !strchr("0123456789*#", (*key)[0]))
        return schema_error(p, DIAG_E0217, n,
                            "\"key\" must be one phone key: 0-9, * or #, not \"%.20s\"", *key);
    return true;
}

static const Field option_fields[] = {
    {F("key", FIELD_CUSTOM, true, MenuOption, key), .custom = read_key,
     .json = "\"type\": [\"string\", \"integer\"], \"pattern\": \"^[0-9*#]$\", "
             "\"minimum\": 0, \"maximum\": 9",
     .doc = "The phone key to press: 0-9, * or #, written quoted (\"1\", \"*\"); unique in "
            "the menu."},
    {F("label", FIELD_TEXT, true, MenuOption, label),
     .doc = "What the option is for (\"Moving house\")."},
    {F("goto", FIELD_GOTO, false, MenuOption, go),
     .doc = "Where choosing it leads: a step id or end (default: next)."},
};

static bool read_option(Parse *p, const YNode *n, void *elem)
{
    MenuOption *o = elem;
    o->pos = (Pos){n->line, n->col};
    FieldSet set = {option_fields, FIELD_COUNT(option_fields), o};
    return schema_map(p, n, "a menu option", &set, 1);
}

static const Field timeout_fields[] = {
    {F("after", FIELD_DURATION, true, MenuTimeout, after), .min = 1000,
     .doc = "How long the menu waits for a key (1s to 12h)."},
    {F("goto", FIELD_GOTO, false, MenuTimeout, go),
     .doc = "Where the scenario goes when no key was pressed in time (default: next)."},
};

static const Field fields[] = {
    {F("prompt", FIELD_TEXT, true, MenuStep, prompt),
     .doc = "What the voice says before the options."},
    {F("options", FIELD_LIST, true, MenuStep, options), .min = 1, .max = 12,
     LIST(MenuStep, n_options, MenuOption, read_option), SUB(option_fields),
     .doc = "The keys the caller can press (1 to 12)."},
    {F("timeout", FIELD_MAP, false, MenuStep, timeout), SUB(timeout_fields),
     .doc = "What happens when no key is pressed in time, counted from when the menu has been "
            "read out (without it, the menu waits)."},
    STEP_VOICE_FIELD(MenuStep, voice),
};

static bool validate(Parse *p, Step *step, const YNode *map)
{
    (void)map;
    const MenuStep *m = step->data;
    bool ok = true;
    for (int i = 0; i < m->n_options; i++)
        for (int j = 0; j < i; j++)
            if (m->options[i].key && m->options[j].key &&
                !strcmp(m->options[i].key, m->options[j].key))
                ok = schema_error_at(p, DIAG_E0304, m->options[i].pos,
                                     "key \"%s\" is already used by the option at line %d",
                                     m->options[i].key, m->options[j].pos.line);
    return ok;
}

static bool continues(const Step *step)
{
    const MenuStep *m = step->data;
    for (int i = 0; i < m->n_options; i++)
        if (!m->options[i].go.id)
            return true;
    return m->timeout.after > 0 && !m->timeout.go.id;
}

/* ---- playing ---- */

int menu_spoken(const StepRun *run)
{
    const MenuStep *m = run->step->data;
    const MenuState *st = run->state;
    if (run->show_all)
        return m->n_options;
    int64_t t = run->now_ms - run->started_ms;
    int n = 0;
    while (n < m->n_options && st->said[n] <= t)
        n++;
    return n;
}

/* What the voice says for option i: "For Moving house, press 3." */
static void option_line(const StepRun *run, int i, char *out, size_t size)
{
    const MenuOption *o = &((const MenuStep *)run->step->data)->options[i];
    snprintf(out, size, words_get(run->lang, WORD_MENU_PRESS), step_text(run, &o->label), o->key);
}

/* When each option begins, from how long the prompt and each option take
 * to say (the synthesiser's own length: a slow voice keeps the menu honest). */
static void time_the_reading(StepRun *run)
{
    const MenuStep *m = run->step->data;
    MenuState *st = run->state;
    char line[sizeof st->line];
    st->said[0] = step_say_ms(run, &m->voice, step_text(run, &m->prompt), MENU_PROMPT_MS);
    for (int i = 0; i < m->n_options; i++) {
        option_line(run, i, line, sizeof line);
        st->said[i + 1] = st->said[i] + step_say_ms(run, &m->voice, line, MENU_OPTION_MS);
    }
}

void menu_time_all(const Scenario *s, const char *lang, const SpeechClock *clock)
{
    for (int i = 0; i < s->n_steps; i++) {
        if (s->steps[i].type != &step_menu)
            continue;
        MenuState state = {0};
        StepRun run = {.scenario = s, .step = &s->steps[i], .lang = lang, .speech = clock,
                       .state = &state};
        time_the_reading(&run);
    }
}

static void schedule(StepRun *run)
{
    const MenuStep *m = run->step->data;
    const MenuState *st = run->state;
    int n = menu_spoken(run);
    int64_t next = n < m->n_options ? run->started_ms + st->said[n] : -1;
    int64_t timeout =
        m->timeout.after ? run->started_ms + st->said[m->n_options] + m->timeout.after : -1;
    run->wake_ms = next < 0 ? timeout : timeout < 0 || next < timeout ? next : timeout;
}

/* Says each option as it comes up on screen. */
static void say_options(StepRun *run)
{
    const MenuStep *m = run->step->data;
    MenuState *st = run->state;
    int n = menu_spoken(run);
    if (n > st->saying) {
        st->saying = n;
        option_line(run, n - 1, st->line, sizeof st->line);
        step_say(run, &m->voice, st->line);
    }
}

static void start(StepRun *run)
{
    const MenuStep *m = run->step->data;
    time_the_reading(run);
    step_say(run, &m->voice, step_text(run, &m->prompt));
    schedule(run);
}

static void tick(StepRun *run)
{
    const MenuStep *m = run->step->data;
    const MenuState *st = run->state;
    if (m->timeout.after &&
        run->now_ms - run->started_ms >= st->said[m->n_options] + m->timeout.after) {
        int target = m->timeout.go.id ? m->timeout.go.index : run->step->next.index;
        step_end(run, target, "timeout");
        return;
    }
    say_options(run);
    schedule(run);
}

static void choose(StepRun *run, int option)
{
    const MenuOption *o = &((const MenuStep *)run->step->data)->options[option - 1];
    char how[32];
    snprintf(how, sizeof how, "key %s", o->key);
    step_end(run, o->go.id ? o->go.index : run->step->next.index, how);
}

static int option_of_key(const MenuStep *m, Key k)
{
    char c = k >= KEY_0 && k <= KEY_9 ? (char)('0' + (k - KEY_0))
             : k == KEY_STAR          ? '*'
             : k == KEY_HASH          ? '#'
                                      : 0;
    for (int i = 0; c && i < m->n_options; i++)
        if (m->options[i].key[0] == c)
            return i + 1;
    return 0;
}

static bool input(StepRun *run, const InputEvent *ev)
{
    const MenuStep *m = run->step->data;
    int option = ev->kind == IN_CHOOSE                               ? ev->n
                 : ev->kind == IN_ACTION && ev->action == ACT_CHOOSE ? ev->arg
                 : ev->kind == IN_KEY                                ? option_of_key(m, ev->key)
                                                                     : 0;
    if (option < 1 || option > m->n_options)
        return false;
    choose(run, option);
    return true;
}

static unsigned accepts(const StepRun *run)
{
    (void)run;
    return ACCEPT_CHOOSE;
}

static long at_least(long ms, long floor)
{
    return ms > floor ? ms : floor;
}

/* The menu read out, each option with its "press N", never faster than the
 * screen shows them. */
static long play_ms(const Step *step, const Scenario *s)
{
    const MenuStep *m = step->data;
    long ms = PLAYTIME_SCREEN +
              at_least(playtime_reading(s, &m->prompt, PLAYTIME_LISTEN_PER_WORD), MENU_PROMPT_MS);
    for (int i = 0; i < m->n_options; i++)
        ms += at_least(2 * PLAYTIME_LISTEN_PER_WORD +
                           playtime_reading(s, &m->options[i].label, PLAYTIME_LISTEN_PER_WORD),
                       MENU_OPTION_MS);
    return ms;
}

/* Each option as scripted input chooses it ("option N"), then the timeout,
 * which is the only way that runs the clock. */
static int ways(const Step *step, const Scenario *s, StepWay *out)
{
    const MenuStep *m = step->data;
    int n = 0;
    char how[24];
    for (int i = 0; i < m->n_options && n < STEP_WAYS_MAX - 1; i++) {
        snprintf(how, sizeof how, "option %d", i + 1);
        out[n++] =
            step_way(m->options[i].go.id ? m->options[i].go.index : step->next.index, how, 0, 0);
    }
    /* the timeout counts from when the menu has been read out: by a voice
     * that speaks fast, at once; by one at listening pace, as play_ms reads it */
    long read = play_ms(step, s) - PLAYTIME_SCREEN;
    if (m->timeout.after)
        out[n++] = step_way(m->timeout.go.id ? m->timeout.go.index : step->next.index, "timeout",
                            m->timeout.after, read + m->timeout.after);
    return n;
}

const StepType step_menu = {
    .name = "menu",
    .kind = STEP_MENU,
    .data_size = sizeof(MenuStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .validate = validate,
    .continues = continues,
    .state_size = sizeof(MenuState),
    .start = start,
    .input = input,
    .tick = tick,
    .accepts = accepts,
    .play_ms = play_ms,
    .ways = ways,
};
