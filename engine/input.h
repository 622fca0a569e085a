/* Abstract input: what the player understands, whether it came from a
 * keyboard, a mouse, a touch screen or a script. The platform turns SDL
 * events into these; the script reader turns lines into these; the player
 * takes nothing else. No SDL here. */
#ifndef TEASER_INPUT_H
#define TEASER_INPUT_H

#include <stdbool.h>
#include <stdint.h>

enum { INPUT_TEXT_MAX = 256, INPUT_WORD_MAX = 64 };

typedef enum {
    IN_CONTINUE, /* advance a message or letter */
    IN_CHOOSE,   /* n: the n-th option (1-based) of a menu or question */
    IN_TEXT,     /* text: typed into the focused field, then submitted */
    IN_RATE,     /* valence [arousal] [emotion]: answer the rating prompt at once */
    IN_KEY,      /* key: one key press */
    IN_CHARS,    /* text: characters typed (UTF-8), not yet submitted */
    IN_POINTER,  /* x, y: a click or tap at window pixel coordinates */
    IN_ACTION,   /* action, arg: a click or tap that hit something drawn */
    IN_QUIT,     /* the window was closed (arg 0), or the facilitator pressed Ctrl+Alt+Q (arg 1) */
} InputKind;

typedef enum {
    KEY_NONE,
    KEY_ENTER,
    KEY_ESCAPE,
    KEY_BACKSPACE,
    KEY_TAB,
    KEY_SPACE,
    KEY_UP,
    KEY_DOWN,
    KEY_LEFT,
    KEY_RIGHT,
    KEY_PAGEUP,
    KEY_PAGEDOWN,
    KEY_HOME,
    KEY_END,
    KEY_STAR,
    KEY_HASH,
    KEY_F11,
    KEY_F2, /* read the screen aloud, wherever the focus is */
    KEY_A,  /* the start screen: read-aloud on or off (when no field is typed in) */
    KEY_R,  /* read the screen aloud (when no field is typed in) */
    KEY_C, /* the start screen: high contrast on or off */
    KEY_T, /* the start screen: the next text size */
    KEY_0, /* KEY_0 + d for the digit d */
    KEY_9 = KEY_0 + 9,
} Key;

typedef enum { DEVICE_KEYBOARD, DEVICE_MOUSE, DEVICE_TOUCH, DEVICE_SCRIPT } Device;

/* Things drawn on screen that a click or tap can hit (ui regions). */
typedef enum {
    ACT_NONE,
    ACT_CONTINUE, /* the screen's main button */
    ACT_CHOOSE,   /* arg: option number, 1-based */
    ACT_VALENCE,  /* arg: 1..points */
    ACT_AROUSAL,  /* arg: 1..points */
    ACT_EMOTION,  /* arg: 1-based word */
    ACT_CONFIRM,  /* confirm the rating */
    ACT_FOCUS,    /* arg: field number, 1-based */
    ACT_CONSENT,  /* the consent box */
    ACT_HANGUP,
    ACT_SCROLL_UP,
    ACT_SCROLL_DOWN,
    ACT_READ_ALOUD, /* the start screen's "Read aloud" (key A) */
    ACT_TEXT_SIZE,  /* the start screen's "Text size" (key T) */
    ACT_CONTRAST,   /* the start screen's "High contrast" (key C) */
} Action;

/* One event; only the fields of its kind are set, the others are 0. */
typedef struct {
    InputKind kind;               /* what it is, and so which fields below are set */
    Device device;                /* where it came from */
    int n;                        /* IN_CHOOSE: 1-based */
    Key key;                      /* IN_KEY */
    char text[INPUT_TEXT_MAX];    /* IN_TEXT, IN_CHARS: UTF-8, NUL-terminated */
    int valence, arousal;         /* IN_RATE; arousal 0 when not given */
    char emotion[INPUT_WORD_MAX]; /* IN_RATE; "" when not given */
    int x, y;                     /* IN_POINTER: window pixels */
    Action action;                /* IN_ACTION */
    int arg;                      /* IN_ACTION: as Action says; IN_QUIT: 0 window, 1 facilitator */
} InputEvent;

/* SDL's name of a key ("Return", "Escape", "Up", "Keypad 3") to ours; KEY_NONE when unknown. */
Key input_key_from_name(const char *name);
/* The SDL name we write for a key in recorded scripts. */
const char *input_key_name(Key key);

#endif
