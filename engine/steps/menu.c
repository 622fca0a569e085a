/* menu: a phone menu ("for moving, press 3") read out in a spoken-menu style;
 * ends when an option is chosen, or at its timeout. */
#include "steps.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../theme.h"
#include "../playtime.h"

/* How long the voice takes to read the prompt, and then each option. */
enum { MENU_PROMPT_MS = 2500, MENU_OPTION_MS = 1500 };

typedef struct {
    const char *key;
    Pos pos;
    Text label;
    Ref go;
} MenuOption;

typedef struct {
    long after;
    Ref go;
} MenuTimeout;

typedef struct {
    Text prompt;
    MenuOption *options;
    int n_options;
    MenuTimeout timeout;
} MenuStep;

static bool read_key(Parse *p, const YNode *n, void *dst)
{
    const char **key = dst;
    if (!schema_str(p, n, "key", key))
        return false;
    if (strlen(*key) != 1 || !strchr("0123456789*#", (*key)[0]))
        return schema_error(p, n, "\"key\" must be one phone key: 0-9, * or #, not \"%.20s\"",
                            *key);
    return true;
}

static const Field option_fields[] = {
    {F("key", FIELD_CUSTOM, true, MenuOption, key), .custom = read_key},
    {F("label", FIELD_TEXT, true, MenuOption, label)},
    {F("goto", FIELD_GOTO, false, MenuOption, go)},
};

static bool read_option(Parse *p, const YNode *n, void *elem)
{
    MenuOption *o = elem;
    o->pos = (Pos){n->line, n->col};
    FieldSet set = {option_fields, FIELD_COUNT(option_fields), o};
    return schema_map(p, n, "a menu option", &set, 1);
}

static const Field timeout_fields[] = {
    {F("after", FIELD_DURATION, true, MenuTimeout, after), .min = 1000},
    {F("goto", FIELD_GOTO, false, MenuTimeout, go)},
};

static const Field fields[] = {
    {F("prompt", FIELD_TEXT, true, MenuStep, prompt)},
    {F("options", FIELD_LIST, true, MenuStep, options), .min = 1, .max = 12,
     LIST(MenuStep, n_options, MenuOption, read_option)},
    {F("timeout", FIELD_MAP, false, MenuStep, timeout), SUB(timeout_fields)},
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
                ok = schema_error_at(p, m->options[i].pos,
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

static int spoken(const StepRun *run)
{
    const MenuStep *m = run->step->data;
    if (run->show_all)
        return m->n_options;
    int64_t t = run->now_ms - run->started_ms - MENU_PROMPT_MS;
    int n = t < 0 ? 0 : (int)(t / MENU_OPTION_MS) + 1;
    return n > m->n_options ? m->n_options : n;
}

static void schedule(StepRun *run)
{
    const MenuStep *m = run->step->data;
    int n = spoken(run);
    int64_t next =
        n < m->n_options ? run->started_ms + MENU_PROMPT_MS + (int64_t)n * MENU_OPTION_MS : -1;
    int64_t timeout = m->timeout.after ? run->started_ms + m->timeout.after : -1;
    run->wake_ms = next < 0 ? timeout : timeout < 0 || next < timeout ? next : timeout;
}

static void start(StepRun *run)
{
    schedule(run);
}

static void tick(StepRun *run)
{
    const MenuStep *m = run->step->data;
    if (m->timeout.after && run->now_ms - run->started_ms >= m->timeout.after) {
        int target = m->timeout.go.id ? m->timeout.go.index : run->step->next.index;
        step_end(run, target, "timeout");
        return;
    }
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

static void keypad(const StepRun *run, Ui *ui, Rect screen)
{
    static const char keys[] = "123456789*0#";
    const MenuStep *m = run->step->data;
    float kw = 84, kh = 62, x0 = screen.x + (screen.w - 3 * kw - 2 * 18) / 2, y0 = screen.y + 250;
    TextStyle digit = STYLE(FONT_SANS, 30, COLOR_INK, ALIGN_CENTER);
    for (int i = 0; i < 12; i++) {
        Rect k = {x0 + (float)(i % 3) * (kw + 18), y0 + (float)(i / 3) * (kh + 14), kw, kh};
        int option = 0;
        for (int o = 0; o < m->n_options && !option; o++)
            if (m->options[o].key[0] == keys[i])
                option = o + 1;
        ui_round_rect(ui, k, kh / 2, option ? COLOR_CARD : COLOR_BG);
        ui_outline(ui, k, kh / 2, 1.5f, COLOR_LINE);
        char label[2] = {keys[i], 0};
        digit.color = option ? COLOR_INK : COLOR_LINE;
        ui_text(ui, (Rect){k.x, k.y + 12, k.w, 40}, label, &digit);
        if (option)
            ui_region(ui, k, ACT_CHOOSE, option);
    }
}

static void transcript(const StepRun *run, Ui *ui)
{
    const MenuStep *m = run->step->data;
    Rect card = {600, 60, 600, 600};
    theme_card(ui, card);
    TextStyle voice = STYLE(FONT_SANS, 24, COLOR_INK, ALIGN_LEFT);
    float y = card.y + 36;
    y += ui_text(ui, (Rect){card.x + 36, y, card.w - 72, 200}, step_text(run, &m->prompt), &voice);
    y += 18;
    TextStyle key = STYLE(FONT_SANS_BOLD, 24, COLOR_CARD, ALIGN_CENTER);
    for (int i = 0; i < spoken(run); i++) {
        ui_circle(ui, card.x + 58, y + 16, 20, COLOR_ACCENT);
        ui_text(ui, (Rect){card.x + 38, y + 1, 40, 30}, m->options[i].key, &key);
        y += 10 + ui_text(ui, (Rect){card.x + 96, y, card.w - 130, 90},
                          step_text(run, &m->options[i].label), &voice);
        ui_region(ui, (Rect){card.x + 20, y - 44, card.w - 40, 44}, ACT_CHOOSE, i + 1);
        y += 8;
    }
}

static void draw(const StepRun *run, Ui *ui)
{
    ui_clear(ui, COLOR_BG);
    Rect screen = theme_phone(ui, (Rect){140, 30, 380, 660});
    const Step *st = run->step;
    const char *who =
        st->touchpoint.index >= 0
            ? step_text(run, &run->scenario->touchpoints[st->touchpoint.index].department)
            : "";
    TextStyle small = STYLE(FONT_SANS, 18, COLOR_MUTED, ALIGN_CENTER);
    TextStyle name = STYLE(FONT_SANS_BOLD, 28, COLOR_INK, ALIGN_CENTER);
    ui_text(ui, (Rect){screen.x, screen.y + 40, screen.w, 26}, theme_str(run->lang, S_CALLING),
            &small);
    ui_text(ui, (Rect){screen.x + 10, screen.y + 70, screen.w - 20, 70},
            who[0] ? who : step_text(run, &run->scenario->title), &name);
    char clock[16];
    theme_clock(run->now_ms - run->started_ms, clock, sizeof clock);
    ui_text(ui, (Rect){screen.x, screen.y + 150, screen.w, 30}, clock, &small);
    keypad(run, ui, screen);
    transcript(run, ui);
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

const StepType step_menu = {
    .name = "menu",
    .data_size = sizeof(MenuStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .validate = validate,
    .continues = continues,
    .start = start,
    .input = input,
    .tick = tick,
    .accepts = accepts,
    .draw = draw,
    .play_ms = play_ms,
};
