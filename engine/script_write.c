/* Scripted input, writing (--record): one event a line, in the format that
 * script.c reads, and only lines that read back as the same event; what
 * cannot be written that way is refused. Never prints. */
#include "script.h"

#include <inttypes.h>
#include <stdarg.h>
#include <string.h>

#include "controls.h"
#include "script_impl.h"

typedef struct {
    char s[1024]; /* a line: longer than any event writes */
    size_t n;
    bool over;
} Buf;

static void put(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->s + b->n, sizeof b->s - b->n, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof b->s - b->n)
        b->over = true;
    else
        b->n += (size_t)n;
}

/* What reading gives back unchanged: a NUL within cap, valid UTF-8, and no
 * control character but the two that have escapes. */
static bool writable(const char *s, size_t cap)
{
    size_t len = strnlen(s, cap);
    if (len == cap)
        return false;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        size_t n = script_utf8_len(s + i, len - i);
        if (n == 0 || (controls_at(s + i) && c != '\n' && c != '\t'))
            return false;
        i += n;
    }
    return true;
}

static bool needs_quotes(const char *s, bool word)
{
    size_t len = strlen(s);
    if (len == 0 || s[0] == '"' || script_is_blank(s[0]) || script_is_blank(s[len - 1]))
        return true;
    return strpbrk(s, "#\n\t") != NULL || (word && strchr(s, ' ') != NULL);
}

/* word: the value ends at a blank (emotion), not at the end of the line. */
static void put_string(Buf *b, const char *s, bool word)
{
    if (!needs_quotes(s, word)) {
        put(b, "%s", s);
        return;
    }
    put(b, "\"");
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            put(b, "\\%c", *s);
        else if (*s == '\n' || *s == '\t')
            put(b, "\\%c", *s == '\n' ? 'n' : 't');
        else
            put(b, "%c", *s);
    }
    put(b, "\"");
}

static bool in_range(int v, int min, int max)
{
    return v >= min && v <= max;
}

static bool put_rate(Buf *b, const InputEvent *ev)
{
    if (!in_range(ev->valence, 1, 99) || !(ev->arousal == 0 || in_range(ev->arousal, 1, 99)) ||
        !writable(ev->emotion, sizeof ev->emotion))
        return false;
    put(b, "rate %d", ev->valence);
    if (ev->arousal)
        put(b, " arousal %d", ev->arousal);
    if (ev->emotion[0]) {
        put(b, " emotion ");
        put_string(b, ev->emotion, true);
    }
    return true;
}

static bool put_key(Buf *b, Key key)
{
    const char *name = key == KEY_NONE ? NULL : input_key_name(key);
    if (!name || input_key_from_name(name) != key || !writable(name, INPUT_WORD_MAX))
        return false;
    put(b, "key ");
    put_string(b, name, false);
    return true;
}

static bool put_event(Buf *b, const InputEvent *ev)
{
    switch (ev->kind) {
    case IN_CONTINUE:
        put(b, "continue");
        return true;
    case IN_CHOOSE:
        put(b, "choose %d", ev->n);
        return in_range(ev->n, 1, 99);
    case IN_TEXT:
    case IN_CHARS:
        if (!writable(ev->text, sizeof ev->text) || (ev->kind == IN_CHARS && !ev->text[0]))
            return false;
        put(b, ev->kind == IN_TEXT ? "text " : "type ");
        put_string(b, ev->text, false);
        return true;
    case IN_RATE:
        return put_rate(b, ev);
    case IN_KEY:
        return put_key(b, ev->key);
    case IN_POINTER:
        put(b, "%s %d %d", ev->device == DEVICE_TOUCH ? "tap" : "click", ev->x, ev->y);
        return in_range(ev->x, 0, SCRIPT_COORD_MAX) && in_range(ev->y, 0, SCRIPT_COORD_MAX);
    case IN_QUIT:
        put(b, "close");
        return ev->arg == 0; /* the facilitator's Ctrl+Alt+Q is not the participant's */
    default:
        return false; /* hits are not in the format */
    }
}

bool script_write(FILE *f, int64_t at_ms, const InputEvent *ev)
{
    static const int64_t max_ms = INT64_C(999999999999); /* TIME_MAX_DIGITS seconds */
    Buf b = {.n = 0};
    if (at_ms > max_ms)
        return false;
    if (at_ms >= 0)
        put(&b, "%" PRId64 ".%03d ", at_ms / 1000, (int)(at_ms % 1000));
    if (!put_event(&b, ev))
        return false;
    put(&b, "\n");
    return !b.over && fwrite(b.s, 1, b.n, f) == b.n;
}
