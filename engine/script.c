/* Scripted input, reading: the one-event-a-line format of docs/scripted-input.md
 * (--input, bug reports), every bad line reported with its place, no size
 * trusted. Writing (--record) is script_write.c. Never prints. */
#include "script.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "controls.h"
#include "script_impl.h"
#include "suggest.h"

enum {
    NUMBER_MAX_DIGITS = 6,
    TIME_MAX_DIGITS = 9, /* whole seconds; keeps milliseconds far from overflow */
    SHOW_MAX = 40, /* bytes of a token repeated in a message */
};

static const char utf8_bom[] = "\xEF\xBB\xBF";

typedef struct {
    const char *s; /* one line, without its line end */
    size_t len, pos;
    int line;
    bool failed; /* one error per line: later ones are mostly echoes of the first */
    DiagList *dl;
} Line;

typedef struct {
    size_t pos, len;
} Tok;

typedef struct {
    Script *out;
    int cap;
    int64_t last_ms; /* the latest time given so far; -1 before the first */
    bool stop;       /* too many events, or out of memory: the rest is not read */
} Parser;

/* A token as it appears in a message: clipped on a character boundary. */
typedef struct {
    char s[SHOW_MAX + 4];
} Shown;

static Shown show(const char *s, size_t len)
{
    Shown sh;
    size_t n = len;
    if (n > SHOW_MAX) {
        n = SHOW_MAX;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(sh.s, s, n);
    strcpy(sh.s + n, n < len ? "..." : "");
    return sh;
}

bool script_is_blank(char c)
{
    return c == ' ' || c == '\t';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int col_at(const Line *l, size_t pos)
{
    int col = 1;
    for (size_t i = 0; i < pos && i < l->len; i++)
        col += ((unsigned char)l->s[i] & 0xC0) != 0x80;
    return col;
}

static void fail(Line *l, DiagCode code, size_t pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void fail(Line *l, DiagCode code, size_t pos, const char *fmt, ...)
{
    if (l->failed)
        return;
    l->failed = true;
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(l->dl, code, l->line, col_at(l, pos), fmt, ap);
    va_end(ap);
}

size_t script_utf8_len(const char *p, size_t avail)
{
    const unsigned char *s = (const unsigned char *)p;
    unsigned lo = 0x80, hi = 0xBF;
    size_t n;
    if (s[0] < 0x80)
        return 1;
    if (s[0] >= 0xC2 && s[0] <= 0xDF)
        n = 2;
    else if (s[0] >= 0xE0 && s[0] <= 0xEF)
        n = 3, lo = s[0] == 0xE0 ? 0xA0 : lo, hi = s[0] == 0xED ? 0x9F : hi;
    else if (s[0] >= 0xF0 && s[0] <= 0xF4)
        n = 4, lo = s[0] == 0xF0 ? 0x90 : lo, hi = s[0] == 0xF4 ? 0x8F : hi;
    else
        return 0;
    if (avail < n || s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    return n;
}

/* Bytes that cannot be text end the line's reading before any token does. */
static bool check_bytes(Line *l)
{
    for (size_t i = 0; i < l->len;) {
        unsigned char c = (unsigned char)l->s[i];
        size_t n = script_utf8_len(l->s + i, l->len - i);
        if (c == 0)
            fail(l, DIAG_E0701, i, "NUL byte in the input (is it a text file?)");
        else if (n == 1 && controls_at(l->s + i) && c != '\t')
            fail(l, DIAG_E0701, i, "control character 0x%02x is not allowed", c);
        else if (n == 0)
            fail(l, DIAG_E0701, i, "invalid UTF-8 (byte 0x%02x)", c);
        else if (n == 2 && controls_at(l->s + i)) /* C1, such as CSI */
            fail(l, DIAG_E0701, i, "control character U+%04X is not allowed",
                 (unsigned char)l->s[i + 1]);
        if (l->failed)
            return false;
        i += n;
    }
    return true;
}

static void skip_blanks(Line *l)
{
    while (l->pos < l->len && script_is_blank(l->s[l->pos]))
        l->pos++;
}

/* A '#' starts a comment only at the start of a line or after a blank, so
 * that "a#b" is a word and "text C#" types "C#". */
static bool at_end(Line *l)
{
    skip_blanks(l);
    if (l->pos == l->len)
        return true;
    return l->s[l->pos] == '#' && (l->pos == 0 || script_is_blank(l->s[l->pos - 1]));
}

static Tok next_word(Line *l)
{
    bool end = at_end(l);
    Tok t = {l->pos, 0};
    while (!end && l->pos < l->len && !script_is_blank(l->s[l->pos]))
        l->pos++;
    t.len = l->pos - t.pos;
    return t;
}

static bool tok_is(const Line *l, Tok t, const char *word)
{
    return t.len == strlen(word) && memcmp(l->s + t.pos, word, t.len) == 0;
}

static Shown show_tok(const Line *l, Tok t)
{
    return show(l->s + t.pos, t.len);
}

/* Digits only: no sign, no spaces, and bounded before it can overflow. */
static bool parse_whole(const char *s, size_t len, long min, long max, long *v)
{
    long x = 0;
    if (len == 0 || len > NUMBER_MAX_DIGITS)
        return false;
    for (size_t i = 0; i < len; i++) {
        if (!is_digit(s[i]))
            return false;
        x = x * 10 + (s[i] - '0');
    }
    *v = x;
    return x >= min && x <= max;
}

typedef struct {
    const char *what, *noun;
    long min, max;
} NumberRule;

static const NumberRule choose_rule = {"choose", "a whole number", 1, 99};
static const NumberRule rate_rule = {"rate", "a whole number", 1, 99};
static const NumberRule arousal_rule = {"arousal", "a whole number", 1, 99};
static const NumberRule click_rule = {"click", "whole pixel coordinates X Y", 0, SCRIPT_COORD_MAX};

/* A missing argument is reported at its keyword, a bad one at itself. */
static bool read_number(Line *l, Tok kw, const NumberRule *r, int *out)
{
    Tok t = next_word(l);
    long v;
    if (t.len == 0) {
        fail(l, DIAG_E0702, kw.pos, "\"%s\" needs %s from %ld to %ld", r->what, r->noun, r->min,
             r->max);
        return false;
    }
    if (!parse_whole(l->s + t.pos, t.len, r->min, r->max, &v)) {
        fail(l, DIAG_E0702, t.pos, "\"%s\" needs %s from %ld to %ld, not \"%s\"", r->what, r->noun,
             r->min, r->max, show_tok(l, t).s);
        return false;
    }
    *out = (int)v;
    return true;
}

static int unescape(char c)
{
    switch (c) {
    case '"':
    case '\\':
        return c;
    case 'n':
        return '\n';
    case 't':
        return '\t';
    default:
        return -1;
    }
}

static void bad_escape(Line *l, size_t at)
{
    size_t n = 1 + script_utf8_len(l->s + at + 1, l->len - at - 1);
    fail(l, DIAG_E0703, at, "unknown escape \"%s\" (use \\\", \\\\, \\n or \\t)",
         show(l->s + at, n).s);
}

/* The quoted string at l->pos into out, cap bytes with its NUL. */
static bool read_quoted(Line *l, const char *what, char *out, size_t cap)
{
    size_t open = l->pos, n = 0;
    for (l->pos++; l->pos < l->len; l->pos++) {
        int c = (unsigned char)l->s[l->pos];
        if (c == '"') {
            l->pos++;
            out[n] = '\0';
            return true;
        }
        if (c == '\\' && l->pos + 1 < l->len) {
            c = unescape(l->s[++l->pos]);
            if (c < 0) {
                bad_escape(l, l->pos - 1);
                return false;
            }
        }
        if (n + 1 >= cap) {
            fail(l, DIAG_E0703, open, "%s is longer than %zu bytes", what, cap - 1);
            return false;
        }
        out[n++] = (char)c;
    }
    fail(l, DIAG_E0703, open, "unterminated quoted string");
    return false;
}

/* text and key: a quoted string, or the rest of the line up to a comment,
 * without the blanks around it. The caller has seen that something is there. */
static bool read_value(Line *l, const char *what, char *out, size_t cap)
{
    if (l->s[l->pos] == '"')
        return read_quoted(l, what, out, cap);
    size_t start = l->pos, end = start;
    for (; l->pos < l->len; l->pos++) {
        char c = l->s[l->pos];
        if (c == '#' && l->pos > start && script_is_blank(l->s[l->pos - 1]))
            break;
        if (!script_is_blank(c))
            end = l->pos + 1;
    }
    if (end - start >= cap) {
        fail(l, DIAG_E0703, start, "%s is longer than %zu bytes", what, cap - 1);
        return false;
    }
    memcpy(out, l->s + start, end - start);
    out[end - start] = '\0';
    return true;
}

static bool parse_continue(Line *l, Tok kw, InputEvent *ev)
{
    (void)l, (void)kw;
    ev->kind = IN_CONTINUE;
    return true;
}

/* close: the participant closes the window (whatever is on screen). */
static bool parse_close(Line *l, Tok kw, InputEvent *ev)
{
    (void)l, (void)kw;
    ev->kind = IN_QUIT;
    ev->arg = 0;
    return true;
}

static bool parse_choose(Line *l, Tok kw, InputEvent *ev)
{
    ev->kind = IN_CHOOSE;
    return read_number(l, kw, &choose_rule, &ev->n);
}

static bool parse_text(Line *l, Tok kw, InputEvent *ev)
{
    ev->kind = IN_TEXT;
    if (at_end(l)) {
        fail(l, DIAG_E0704, kw.pos, "\"text\" needs a string; write \"\" for an empty one");
        return false;
    }
    return read_value(l, "text", ev->text, sizeof ev->text);
}

/* type STRING: characters typed into the focused field, not submitted (what a
 * recorded real play writes; "text" types and submits at once). */
static bool parse_type(Line *l, Tok kw, InputEvent *ev)
{
    ev->kind = IN_CHARS;
    ev->device = DEVICE_KEYBOARD;
    if (at_end(l)) {
        fail(l, DIAG_E0704, kw.pos, "\"type\" needs a string");
        return false;
    }
    return read_value(l, "type", ev->text, sizeof ev->text);
}

static bool read_emotion(Line *l, Tok kw, InputEvent *ev)
{
    size_t cap = sizeof ev->emotion;
    if (!at_end(l) && l->s[l->pos] == '"') {
        if (!read_quoted(l, "emotion", ev->emotion, cap))
            return false;
    } else {
        Tok w = next_word(l);
        if (w.len >= cap) {
            fail(l, DIAG_E0703, w.pos, "emotion is longer than %zu bytes", cap - 1);
            return false;
        }
        memcpy(ev->emotion, l->s + w.pos, w.len);
        ev->emotion[w.len] = '\0';
    }
    if (ev->emotion[0] == '\0')
        fail(l, DIAG_E0704, kw.pos, "\"emotion\" needs a word");
    return ev->emotion[0] != '\0';
}

static void unknown_rate_option(Line *l, Tok t)
{
    static const char *const options[] = {"arousal", "emotion"};
    Shown word = show_tok(l, t);
    const char *near = suggest_closest(word.s, options, 2);
    if (near)
        fail(l, DIAG_E0705, t.pos, "unknown rate option \"%s\" (did you mean \"%s\"?)", word.s,
             near);
    else
        fail(l, DIAG_E0705, t.pos, "unknown rate option \"%s\" (options are arousal and emotion)",
             word.s);
}

/* The options may be left out but not repeated or swapped, so that one
 * rating has one way to be written. */
static bool parse_rate(Line *l, Tok kw, InputEvent *ev)
{
    static const char *const names[] = {"", "arousal", "emotion"};
    int seen = 0;
    ev->kind = IN_RATE;
    if (!read_number(l, kw, &rate_rule, &ev->valence))
        return false;
    while (!at_end(l)) {
        Tok t = next_word(l);
        int which = tok_is(l, t, names[1]) ? 1 : tok_is(l, t, names[2]) ? 2 : 0;
        if (which == 0)
            unknown_rate_option(l, t);
        else if (which == seen)
            fail(l, DIAG_E0706, t.pos, "\"%s\" is given twice", names[which]);
        else if (which < seen)
            fail(l, DIAG_E0706, t.pos, "\"%s\" must come before \"%s\"", names[which], names[seen]);
        if (l->failed)
            return false;
        seen = which;
        if (which == 1 && !read_number(l, t, &arousal_rule, &ev->arousal))
            return false;
        if (which == 2 && !read_emotion(l, t, ev))
            return false;
    }
    return true;
}

static void unknown_key(Line *l, size_t at, const char *name)
{
    const char *names[KEY_9 + 1];
    size_t n = 0;
    Shown shown = show(name, strlen(name));
    for (int k = KEY_NONE + 1; k <= KEY_9; k++)
        names[n++] = input_key_name((Key)k);
    const char *near = suggest_closest(name, names, n);
    if (near)
        fail(l, DIAG_E0705, at, "unknown key \"%s\" (did you mean \"%s\"?)", shown.s, near);
    else
        fail(l, DIAG_E0705, at, "unknown key \"%s\"", shown.s);
}

static bool parse_key(Line *l, Tok kw, InputEvent *ev)
{
    char name[INPUT_WORD_MAX];
    ev->kind = IN_KEY;
    ev->device = DEVICE_KEYBOARD; /* a scripted key press is a keyboard's */
    if (at_end(l)) {
        fail(l, DIAG_E0704, kw.pos, "\"key\" needs a key name, like Return or Escape");
        return false;
    }
    size_t at = l->pos;
    if (!read_value(l, "key name", name, sizeof name))
        return false;
    ev->key = input_key_from_name(name);
    if (ev->key == KEY_NONE)
        unknown_key(l, at, name);
    return ev->key != KEY_NONE;
}

static bool parse_click(Line *l, Tok kw, InputEvent *ev)
{
    ev->kind = IN_POINTER;
    ev->device = DEVICE_MOUSE;
    return read_number(l, kw, &click_rule, &ev->x) && read_number(l, kw, &click_rule, &ev->y);
}

/* tap X Y: a touch at window pixels, as a touch screen gives it. */
static bool parse_tap(Line *l, Tok kw, InputEvent *ev)
{
    bool ok = parse_click(l, kw, ev);
    ev->device = DEVICE_TOUCH;
    return ok;
}

typedef struct {
    const char *name;
    bool (*parse)(Line *l, Tok kw, InputEvent *ev);
} EventType;

static const EventType event_types[] = {
    {"continue", parse_continue}, {"choose", parse_choose}, {"text", parse_text},
    {"rate", parse_rate},         {"key", parse_key},       {"click", parse_click},
    {"type", parse_type},         {"tap", parse_tap},       {"close", parse_close},
};
enum { N_EVENT_TYPES = sizeof event_types / sizeof event_types[0] };

static const EventType *find_event_type(Line *l, Tok t)
{
    const char *names[N_EVENT_TYPES];
    for (size_t i = 0; i < N_EVENT_TYPES; i++) {
        if (tok_is(l, t, event_types[i].name))
            return &event_types[i];
        names[i] = event_types[i].name;
    }
    Shown word = show_tok(l, t);
    const char *near = suggest_closest(word.s, names, N_EVENT_TYPES);
    if (near)
        fail(l, DIAG_E0705, t.pos, "unknown event \"%s\" (did you mean \"%s\"?)", word.s, near);
    else
        fail(l, DIAG_E0705, t.pos,
             "unknown event \"%s\" (events are continue, choose, text, type, rate, key, "
             "click, tap and close)",
             word.s);
    return NULL;
}

/* Exact milliseconds, without floating point: "0.1" is 100 and is written
 * back as "0.100". 0: read; -1: not a time; -2: too large. */
static int parse_time(const char *s, size_t len, int64_t *ms)
{
    size_t i = 0, whole, decimals = 0;
    int64_t sec = 0, frac = 0;
    while (i < len && is_digit(s[i]))
        i++;
    whole = i;
    if (i < len && s[i] == '.')
        for (i++; i < len && is_digit(s[i]); i++)
            decimals++;
    if (whole == 0 || i != len || (whole < len && (decimals == 0 || decimals > 3)))
        return -1;
    if (whole > TIME_MAX_DIGITS)
        return -2;
    for (size_t k = 0; k < whole; k++)
        sec = sec * 10 + (s[k] - '0');
    for (size_t k = 0; k < 3; k++)
        frac = frac * 10 + (k < decimals ? s[whole + 1 + k] - '0' : 0);
    *ms = sec * 1000 + frac;
    return 0;
}

/* Seconds as a person would write them: "5", "3.2", "0.125". */
static Shown show_seconds(int64_t ms)
{
    Shown sh;
    int n = snprintf(sh.s, sizeof sh.s, "%" PRId64 ".%03d", ms / 1000, (int)(ms % 1000));
    while (n > 0 && sh.s[n - 1] == '0')
        sh.s[--n] = '\0';
    if (n > 0 && sh.s[n - 1] == '.')
        sh.s[n - 1] = '\0';
    return sh;
}

static bool read_time(Parser *p, Line *l, Tok t, int64_t *ms)
{
    int r = parse_time(l->s + t.pos, t.len, ms);
    if (r == -2)
        fail(l, DIAG_E0707, t.pos, "time \"%s\" is too large", show_tok(l, t).s);
    else if (r < 0)
        fail(l, DIAG_E0707, t.pos, "bad time \"%s\": write seconds like 12, 12.5 or 0.125",
             show_tok(l, t).s);
    else if (*ms < p->last_ms)
        fail(l, DIAG_E0707, t.pos, "time %s comes before the previous event's time %s",
             show_seconds(*ms).s, show_seconds(p->last_ms).s);
    else
        p->last_ms = *ms;
    return !l->failed;
}

/* A first word that starts like a number is read as a time, signs and a
 * leading point included, so that "-1 continue" or ".5 continue" is told
 * "bad time" rather than "unknown event". */
static bool looks_like_time(char c)
{
    return is_digit(c) || c == '.' || c == '-' || c == '+';
}

static void push(Parser *p, Line *l, size_t at, const ScriptEvent *e)
{
    Script *s = p->out;
    if (s->n == SCRIPT_MAX_EVENTS) {
        fail(l, DIAG_E0708, at, "more than %d events", SCRIPT_MAX_EVENTS);
        p->stop = true;
        return;
    }
    if (s->n == p->cap) {
        int cap = p->cap ? p->cap * 2 : 64;
        cap = cap > SCRIPT_MAX_EVENTS ? SCRIPT_MAX_EVENTS : cap;
        ScriptEvent *events = realloc(s->events, (size_t)cap * sizeof *events);
        if (!events) {
            diag_add(l->dl, DIAG_E0001, 0, 0, "out of memory");
            p->stop = true;
            return;
        }
        s->events = events;
        p->cap = cap;
    }
    s->events[s->n++] = *e;
}

static void parse_line(Parser *p, Line *l)
{
    ScriptEvent e;
    memset(&e, 0, sizeof e);
    e.at_ms = -1;
    e.line = l->line;
    e.ev.device = DEVICE_SCRIPT;
    Tok t = next_word(l);
    size_t start = t.pos;
    if (t.len == 0)
        return;
    if (looks_like_time(l->s[t.pos])) {
        if (!read_time(p, l, t, &e.at_ms))
            return;
        t = next_word(l);
        if (t.len == 0) {
            fail(l, DIAG_E0707, start, "time %s needs an event after it", show_seconds(e.at_ms).s);
            return;
        }
    }
    const EventType *type = find_event_type(l, t);
    if (!type || !type->parse(l, t, &e.ev))
        return;
    if (!at_end(l)) {
        Tok extra = next_word(l);
        fail(l, DIAG_E0709, extra.pos, "unexpected \"%s\" after the event", show_tok(l, extra).s);
        return;
    }
    push(p, l, start, &e);
}

/* Line by line, each read on its own (a bad line costs one error and the
 * others are still checked). Bytes are checked before any token, so a line
 * with a NUL, a control character or bad UTF-8 is reported at that byte and
 * read no further. Times must not go back; the reading stops at
 * SCRIPT_MAX_EVENTS or when memory runs out. Nothing is kept unless every
 * line was good. */
bool script_parse(const char *text, size_t len, Script *out, DiagList *dl)
{
    int errors = dl->errors;
    memset(out, 0, sizeof *out);
    if (len > SCRIPT_MAX_BYTES) {
        diag_add(dl, DIAG_E0003, 0, 0, "the input is larger than %d MiB",
                 SCRIPT_MAX_BYTES / (1024 * 1024));
        return false;
    }
    if (len >= 3 && memcmp(text, utf8_bom, 3) == 0)
        text += 3, len -= 3;
    Parser p = {out, 0, -1, false};
    size_t pos = 0;
    for (int line = 1; pos < len && !p.stop; line++) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        Line l = {text + pos, end - pos, 0, line, false, dl};
        if (l.len > 0 && l.s[l.len - 1] == '\r')
            l.len--;
        if (check_bytes(&l))
            parse_line(&p, &l);
        pos = end + 1;
    }
    if (dl->errors == errors)
        return true;
    script_free(out);
    return false;
}

bool script_load(const char *path, Script *out, DiagList *dl)
{
    memset(out, 0, sizeof *out);
    FILE *f = fopen(path, "rb");
    if (!f) {
        diag_add(dl, DIAG_E0002, 0, 0, "cannot read the input: %s", strerror(errno));
        return false;
    }
    /* One byte beyond the limit, so that a file over it is told from one at it. */
    char *buf = malloc((size_t)SCRIPT_MAX_BYTES + 1);
    size_t n = 0;
    int err = ENOMEM;
    if (buf) {
        errno = 0;
        n = fread(buf, 1, (size_t)SCRIPT_MAX_BYTES + 1, f);
        err = ferror(f) ? (errno ? errno : EIO) : 0;
    }
    fclose(f);
    bool ok = false;
    if (err)
        diag_add(dl, DIAG_E0002, 0, 0, "cannot read the input: %s", strerror(err));
    else
        ok = script_parse(buf, n, out, dl);
    free(buf);
    return ok;
}

void script_free(Script *s)
{
    free(s->events);
    memset(s, 0, sizeof *s);
}
