/* Key names: the words scripts and recordings use for keys, which are SDL's
 * own key names so that a facilitator can read them in SDL's documentation.
 * Pure C: this file must never include SDL, the script reader links it. */
#include "input.h"

#include <stddef.h>

typedef struct {
    Key key;
    const char *name;
} KeyName;

/* The first name of each key is the one written; later ones are read too. */
static const KeyName names[] = {
    {KEY_ENTER, "Return"},
    {KEY_ENTER, "Enter"},
    {KEY_ENTER, "Keypad Enter"},
    {KEY_ESCAPE, "Escape"},
    {KEY_BACKSPACE, "Backspace"},
    {KEY_TAB, "Tab"},
    {KEY_SPACE, "Space"},
    {KEY_UP, "Up"},
    {KEY_DOWN, "Down"},
    {KEY_LEFT, "Left"},
    {KEY_RIGHT, "Right"},
    {KEY_PAGEUP, "PageUp"},
    {KEY_PAGEDOWN, "PageDown"},
    {KEY_HOME, "Home"},
    {KEY_END, "End"},
    {KEY_STAR, "*"},
    {KEY_STAR, "Keypad *"},
    {KEY_HASH, "#"},
    {KEY_F11, "F11"},
    {KEY_F2, "F2"},
    {KEY_A, "A"},
    {KEY_R, "R"},
    {KEY_C, "C"},
    {KEY_T, "T"},
    {KEY_0 + 0, "0"},
    {KEY_0 + 1, "1"},
    {KEY_0 + 2, "2"},
    {KEY_0 + 3, "3"},
    {KEY_0 + 4, "4"},
    {KEY_0 + 5, "5"},
    {KEY_0 + 6, "6"},
    {KEY_0 + 7, "7"},
    {KEY_0 + 8, "8"},
    {KEY_0 + 9, "9"},
    {KEY_0 + 0, "Keypad 0"},
    {KEY_0 + 1, "Keypad 1"},
    {KEY_0 + 2, "Keypad 2"},
    {KEY_0 + 3, "Keypad 3"},
    {KEY_0 + 4, "Keypad 4"},
    {KEY_0 + 5, "Keypad 5"},
    {KEY_0 + 6, "Keypad 6"},
    {KEY_0 + 7, "Keypad 7"},
    {KEY_0 + 8, "Keypad 8"},
    {KEY_0 + 9, "Keypad 9"},
};

enum { N_NAMES = sizeof names / sizeof *names };

/* ASCII only, so that the locale cannot change which names match. */
static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int same_name(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (lower((unsigned char)*a) != lower((unsigned char)*b))
            return 0;
    return *a == *b;
}

Key input_key_from_name(const char *name)
{
    if (!name)
        return KEY_NONE;
    for (size_t i = 0; i < N_NAMES; i++)
        if (same_name(name, names[i].name))
            return names[i].key;
    return KEY_NONE;
}

const char *input_key_name(Key key)
{
    for (size_t i = 0; i < N_NAMES; i++)
        if (names[i].key == key)
            return names[i].name;
    return NULL;
}
