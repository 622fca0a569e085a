/* The start screen's fields and input. It asks for a pseudonym (never a
 * name) and the workshop unless the facilitator gave it, and starts only
 * with consent. A scripted "continue" is consent. */
#include "start_screen.h"

#include <stdio.h>
#include <string.h>

#include "edit.h"

void start_screen_init(StartScreen *s, const char *lang, const char *title, const char *workshop,
                       bool fixed)
{
    memset(s, 0, sizeof *s);
    s->lang = lang;
    s->title = title;
    s->focus = 1;
    snprintf(s->workshop, sizeof s->workshop, "%s", workshop ? workshop : "");
    s->workshop_fixed = fixed;
}

static char *field(StartScreen *s)
{
    return s->focus == 1 ? s->pseudonym : s->focus == 2 && !s->workshop_fixed ? s->workshop : NULL;
}

static void next_focus(StartScreen *s, int step)
{
    do
        s->focus = (s->focus + step + 3) % 4 + 1;
    while (s->focus == 2 && s->workshop_fixed);
}

static bool can_start(const StartScreen *s)
{
    return s->pseudonym[0] && s->consent;
}

int start_next_text_size(int percent)
{
    for (int p = START_TEXT_MIN; p <= START_TEXT_MAX; p += START_TEXT_STEP)
        if (p > percent)
            return p;
    return START_TEXT_MIN;
}

static StartResult key(StartScreen *s, Key k)
{
    char *f = field(s);
    if (k == KEY_T && !f) {
        s->look.text_size = start_next_text_size(s->look.text_size);
    } else if (k == KEY_C && !f) {
        s->look.high_contrast = !s->look.high_contrast;
    } else if (k == KEY_A && !f) {
        s->look.read_aloud = !s->look.read_aloud;
    } else if (k == KEY_TAB || k == KEY_DOWN || (k == KEY_ENTER && f)) {
        next_focus(s, 1);
    } else if (k == KEY_UP) {
        next_focus(s, -1);
    } else if (k == KEY_BACKSPACE && f) {
        edit_erase(f);
    } else if ((k == KEY_SPACE || k == KEY_ENTER) && s->focus == 3) {
        s->consent = !s->consent;
    } else if (k == KEY_ENTER && s->focus == 4) {
        return can_start(s) ? START_DONE : START_TAKEN;
    } else {
        return START_WAITING;
    }
    return START_TAKEN;
}

StartResult start_screen_input(StartScreen *s, const InputEvent *ev)
{
    char *f = field(s);
    switch (ev->kind) {
    case IN_CHARS:
        if (!f)
            return START_WAITING;
        edit_append(f, START_FIELD_MAX, ev->text);
        return START_TAKEN;
    case IN_TEXT:
        if (!f)
            return START_WAITING;
        f[0] = '\0';
        edit_append(f, START_FIELD_MAX, ev->text);
        next_focus(s, 1);
        return START_TAKEN;
    case IN_CONTINUE:
        s->consent = true;
        return s->pseudonym[0] ? START_DONE : START_TAKEN;
    case IN_KEY:
        return key(s, ev->key);
    case IN_ACTION:
        if (ev->action == ACT_FOCUS)
            s->focus = ev->arg;
        else if (ev->action == ACT_CONSENT)
            s->consent = !s->consent, s->focus = 3;
        else if (ev->action == ACT_TEXT_SIZE)
            s->look.text_size = start_next_text_size(s->look.text_size);
        else if (ev->action == ACT_CONTRAST)
            s->look.high_contrast = !s->look.high_contrast;
        else if (ev->action == ACT_READ_ALOUD)
            s->look.read_aloud = !s->look.read_aloud;
        else if (ev->action == ACT_CONTINUE)
            return can_start(s) ? START_DONE : START_TAKEN;
        else
            return START_WAITING;
        return START_TAKEN;
    default:
        return START_WAITING;
    }
}
