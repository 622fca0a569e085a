/* The patterns of a form error's `match`, with a matcher whose time has a
 * bound. A recursive-descent reader of the grammar
 *
 *   alternation := branch ('|' branch)*
 *   branch      := piece piece*
 *   piece       := atom [one of * + ? {m} {m,} {m,n}]
 *   atom        := '(' alternation ')' | '[' bracket ']' | . | ^ | $ | \punct | byte
 *
 * compiles a pattern into a Thompson automaton (Ken Thompson, 1968): steps
 * that test one byte against a set, split, jump or test an anchor, with every
 * repetition written out (x{2,4} is x x (x (x)?)?). The matcher follows all
 * the automaton's paths at once, each step at most once per byte of the text,
 * so its time is at most (text length + 1) times the number of steps, whatever
 * the pattern; PATTERN_MAX_STEPS and PATTERN_MAX_INPUT make that small.
 * glibc's regcomp was not used: its compiler takes exponential time on some
 * short patterns ("((.?|x*){0,20})*" took 9 s), and its back references make
 * regexec exponential.
 *
 * The subset refuses what POSIX leaves undefined and what GNU adds (\w, \<,
 * \1, {,n}, a '*' after nothing, a backslash inside brackets), so that every
 * pattern it accepts means the same to grep -E in the C locale. It matches
 * bytes, as that does: '.' is one byte, and a repetition right after a
 * non-ASCII character, or one inside brackets, is refused. */
#include "pattern.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef enum { OP_SET, OP_BOL, OP_EOL, OP_SPLIT, OP_JMP, OP_MATCH } Op;

typedef struct {
    uint8_t op;
    int16_t x, y;    /* OP_SPLIT: both next steps; OP_JMP: x; -1 while not yet known */
    uint8_t set[32]; /* OP_SET: the bytes it takes, one bit each */
} Step;

typedef struct {
    Step step[PATTERN_MAX_STEPS + 1]; /* and OP_MATCH */
    int n;
} Program;

typedef enum { ATOM_PLAIN, ATOM_ANCHOR, ATOM_WIDE } AtomKind;

typedef struct {
    const char *s;
    size_t i; /* the next byte to read */
    int depth;
    PatternError *err;
    Program *prog;
    Step copy[PATTERN_MAX_STEPS]; /* an atom's steps while a repetition writes them out */
} Reader;

static const char *const classes[] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph",
                                      "lower", "print", "punct", "space", "upper", "xdigit"};

/* Fills the error at byte `at`, counted in characters for people; false, so
 * that a reader can `return fail(...)`. */
static bool fail(Reader *r, size_t at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool fail(Reader *r, size_t at, const char *fmt, ...)
{
    int chars = 1;
    for (size_t k = 0; k < at && r->s[k]; k++)
        chars += ((unsigned char)r->s[k] & 0xC0) != 0x80;
    r->err->at = chars;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->err->why, sizeof r->err->why, fmt, ap);
    va_end(ap);
    return false;
}

/* Whether `more` steps still fit; else the error, at the construct that grows. */
static bool room(Reader *r, long more, size_t at)
{
    if (r->prog->n + more <= PATTERN_MAX_STEPS)
        return true;
    return fail(r, at,
                "with its repetitions written out it is larger than %d steps (x{2,5} is 8: two "
                "copies of x and three optional ones); use smaller counts",
                PATTERN_MAX_STEPS);
}

static Step *emit(Reader *r, Op op, int x, int y)
{
    Step *s = &r->prog->step[r->prog->n++];
    s->op = (uint8_t)op;
    s->x = (int16_t)x;
    s->y = (int16_t)y;
    return s;
}

/* Moves the targets of a split or jump that are at or after `from` by `by`. */
static void shift(Step *s, int from, int by)
{
    if ((s->op == OP_SPLIT || s->op == OP_JMP) && s->x >= from)
        s->x = (int16_t)(s->x + by);
    if (s->op == OP_SPLIT && s->y >= from)
        s->y = (int16_t)(s->y + by);
}

/* Inserts a step at `at`, moving the steps from there on up by one. Jumps
 * among the moved steps follow them; a jump from before `at` to `at` now
 * reaches the new step, which is what wraps a construct. */
static void insert(Reader *r, int at, Op op, int x, int y)
{
    Program *p = r->prog;
    memmove(&p->step[at + 1], &p->step[at], (size_t)(p->n - at) * sizeof *p->step);
    p->n++;
    for (int k = at + 1; k < p->n; k++)
        shift(&p->step[k], at, 1);
    p->step[at] = (Step){.op = (uint8_t)op, .x = (int16_t)x, .y = (int16_t)y};
}

/* Appends the saved atom (len steps, its jumps counted from 0). */
static void paste(Reader *r, int len)
{
    Program *p = r->prog;
    memcpy(&p->step[p->n], r->copy, (size_t)len * sizeof *p->step);
    for (int k = p->n; k < p->n + len; k++)
        shift(&p->step[k], 0, p->n);
    p->n += len;
}

static bool is_control(unsigned char c)
{
    return c < 0x20 || c == 0x7F;
}

static bool is_repeat(char c)
{
    return c && strchr("*+?{", c);
}

/* Digits at r->i, or -1 when there are none; large numbers stop growing. */
static long number(Reader *r)
{
    long n = -1;
    for (; r->s[r->i] >= '0' && r->s[r->i] <= '9'; r->i++)
        n = (n < 0 ? 0 : n > 100000 ? n / 10 : n) * 10 + (r->s[r->i] - '0');
    return n;
}

/* The repetition at r->i as {min,max}, max -1 for no limit. */
static bool bounds(Reader *r, long *min, long *max)
{
    size_t open = r->i;
    char c = r->s[r->i++];
    *min = c == '+', *max = c == '?' ? 1 : -1;
    if (c != '{')
        return true;
    *min = *max = number(r);
    if (*min >= 0 && r->s[r->i] == ',') {
        r->i++;
        *max = number(r);
    }
    if (*min < 0 || r->s[r->i] != '}')
        return fail(r, open,
                    "a '{' must start a count such as {3}, {2,5} or {1,}; write \\{ "
                    "for a brace");
    r->i++;
    if (*min > PATTERN_MAX_COUNT || *max > PATTERN_MAX_COUNT)
        return fail(r, open, "a count in {m,n} is larger than %d", PATTERN_MAX_COUNT);
    if (*max >= 0 && *max < *min)
        return fail(r, open, "{%ld,%ld} counts down; write the smaller number first", *min, *max);
    return true;
}

/* Writes the atom compiled at [start, n) out min times, then max - min
 * optional times (or once more under a loop when max is -1). */
static bool repeat(Reader *r, int start, long min, long max, size_t at)
{
    Program *p = r->prog;
    int len = p->n - start;
    long optional = max < 0 ? (min ? 1 : len + 2) : (max - min) * (len + 1);
    if (!room(r, (min - 1) * len + optional, at))
        return false;
    memcpy(r->copy, &p->step[start], (size_t)len * sizeof *p->step);
    for (int k = 0; k < len; k++)
        shift(&r->copy[k], start, -start);
    p->n = start;
    for (long k = 0; k < min; k++)
        paste(r, len);
    if (max < 0 && min) { /* x{m,}: the last copy again and again */
        emit(r, OP_SPLIT, p->n - len, p->n + 1);
    } else if (max < 0) { /* x*: a loop round a copy */
        int loop = p->n;
        emit(r, OP_SPLIT, loop + 1, -1);
        paste(r, len);
        emit(r, OP_JMP, loop, -1);
        p->step[loop].y = (int16_t)p->n;
    } else { /* each optional copy can skip to the end */
        int first = p->n;
        for (long k = min; k < max; k++) {
            emit(r, OP_SPLIT, p->n + 1, -1);
            paste(r, len);
        }
        for (int k = first; k < p->n; k += len + 1)
            p->step[k].y = (int16_t)p->n;
    }
    return true;
}

static bool alternation(Reader *r);

static void set_add(Step *s, unsigned char c)
{
    s->set[c / 8] |= (uint8_t)(1u << (c % 8));
}

static bool in_class(const char *name, int c)
{
    bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
    bool alpha = lower || upper, print = c >= 0x20 && c < 0x7F;
    if (!strcmp(name, "alnum"))
        return alpha || digit;
    if (!strcmp(name, "alpha"))
        return alpha;
    if (!strcmp(name, "blank"))
        return c == ' ' || c == '\t';
    if (!strcmp(name, "cntrl"))
        return c < 0x20 || c == 0x7F;
    if (!strcmp(name, "digit"))
        return digit;
    if (!strcmp(name, "graph"))
        return print && c != ' ';
    if (!strcmp(name, "lower"))
        return lower;
    if (!strcmp(name, "print"))
        return print;
    if (!strcmp(name, "punct"))
        return print && c != ' ' && !alpha && !digit;
    if (!strcmp(name, "space"))
        return c == ' ' || (c >= '\t' && c <= '\r');
    if (!strcmp(name, "upper"))
        return upper;
    return digit || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); /* xdigit */
}

/* A byte inside brackets other than ']' and a class: plain printable ASCII. */
static bool bracket_byte(Reader *r, size_t at)
{
    unsigned char c = (unsigned char)r->s[at];
    if (c >= 0x80)
        return fail(r, at,
                    "a bracket expression matches single bytes, so it cannot hold a "
                    "non-ASCII character; write alternatives such as (a|b) instead");
    if (is_control(c))
        return fail(r, at, "a control character (\\x%02x) cannot occur in a typed value", c);
    if (c == '\\')
        return fail(r, at,
                    "a backslash inside [ ] is a plain backslash in POSIX patterns; for a "
                    "class write [[:digit:]], [[:space:]] ...");
    return true;
}

/* [:name:] at r->i (on the '['), added to s; [. .] and [= =] are refused. */
static bool bracket_class(Reader *r, Step *s)
{
    size_t at = r->i;
    if (r->s[at + 1] != ':')
        return fail(r, at,
                    "collating elements [. .] and equivalence classes [= =] are not "
                    "allowed");
    const char *name = r->s + at + 2, *end = strstr(name, ":]");
    if (!end)
        return fail(r, at, "a '[:' is never closed by ':]'");
    for (size_t k = 0; k < sizeof classes / sizeof *classes; k++)
        if ((size_t)(end - name) == strlen(classes[k]) &&
            !strncmp(name, classes[k], (size_t)(end - name))) {
            for (int c = 1; c < 0x80; c++)
                if (in_class(classes[k], c))
                    set_add(s, (unsigned char)c);
            r->i = (size_t)(end - r->s) + 2;
            return true;
        }
    return fail(r, at,
                "not a character class; the classes are [:alnum:], [:alpha:], [:blank:], "
                "[:cntrl:], [:digit:], [:graph:], [:lower:], [:print:], [:punct:], "
                "[:space:], [:upper:], [:xdigit:]");
}

/* The members of [...] from r->i on, into s. A '-' is a plain character
 * only first or last, or as the end of a range (glibc refuses it elsewhere);
 * a range runs upwards. */
static bool bracket_members(Reader *r, Step *s, size_t open)
{
    size_t first = r->i;
    for (;;) {
        size_t at = r->i;
        unsigned char c = (unsigned char)r->s[at];
        if (!c)
            return fail(r, open, "a '[' is never closed by ']'");
        if (c == ']' && at > first) {
            r->i++;
            return true;
        }
        if (c == '[' && r->s[at + 1] && strchr(":.=", r->s[at + 1])) {
            if (!bracket_class(r, s))
                return false;
            continue;
        }
        if (!bracket_byte(r, at))
            return false;
        if (c == '-' && at > first && r->s[at + 1] != ']')
            return fail(r, at, "a '-' inside [ ] must come first or last, or end a range");
        unsigned char last = c;
        r->i++;
        if (r->s[r->i] == '-' && r->s[r->i + 1] != ']' && r->s[r->i + 1]) {
            size_t end = r->i + 1;
            if (r->s[end] == '[' && r->s[end + 1] && strchr(":.=", r->s[end + 1]))
                return fail(r, end, "a range cannot end in a class");
            if (!bracket_byte(r, end))
                return false;
            last = (unsigned char)r->s[end];
            if (last < c)
                return fail(r, at, "the range %c-%c runs backwards", c, last);
            r->i = end + 1;
        }
        for (int k = c; k <= last; k++)
            set_add(s, (unsigned char)k);
    }
}

static bool bracket(Reader *r)
{
    size_t open = r->i++;
    bool negated = r->s[r->i] == '^';
    r->i += negated;
    if (!room(r, 1, open))
        return false;
    Step *s = emit(r, OP_SET, -1, -1);
    memset(s->set, 0, sizeof s->set);
    if (!bracket_members(r, s, open))
        return false;
    for (size_t k = 0; negated && k < sizeof s->set; k++)
        s->set[k] = (uint8_t)~s->set[k];
    return true;
}

/* One byte (or any byte but NUL, for '.'). */
static bool byte(Reader *r, unsigned char c, bool any)
{
    if (!room(r, 1, r->i))
        return false;
    Step *s = emit(r, OP_SET, -1, -1);
    memset(s->set, any ? 0xFF : 0, sizeof s->set);
    if (any)
        s->set[0] &= 0xFE;
    else
        set_add(s, c);
    return true;
}

/* \ and what follows: only punctuation, made plain. */
static bool escape(Reader *r)
{
    size_t at = r->i;
    unsigned char c = (unsigned char)r->s[at + 1];
    if (!c)
        return fail(r, at, "the pattern ends in a lone backslash");
    if (c >= '1' && c <= '9')
        return fail(r, at,
                    "a back reference (\\%c) is not allowed: matching one can take time "
                    "that grows exponentially with the value's length",
                    c);
    if (c >= 0x80 || c <= ' ' || c == 0x7F || (c >= '0' && c <= '9') ||
        ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
        return fail(r, at,
                    "a backslash makes only punctuation plain (\\. \\+ \\( ...); "
                    "for a class write [[:digit:]], [[:space:]] ...");
    if (strchr("<>`'", c))
        return fail(r, at, "\\%c is a GNU extension, not part of POSIX patterns", c);
    r->i += 2;
    return byte(r, c, false);
}

static bool group(Reader *r)
{
    size_t open = r->i++;
    if (++r->depth > PATTERN_MAX_DEPTH)
        return fail(r, open, "parentheses nest more than %d deep", PATTERN_MAX_DEPTH);
    if (!alternation(r))
        return false;
    if (r->s[r->i] != ')')
        return fail(r, open, "a '(' is never closed by ')'");
    r->i++;
    r->depth--;
    return true;
}

static bool atom(Reader *r, AtomKind *kind)
{
    size_t at = r->i;
    unsigned char c = (unsigned char)r->s[at];
    *kind = c == '^' || c == '$' ? ATOM_ANCHOR : c >= 0x80 ? ATOM_WIDE : ATOM_PLAIN;
    if (c == '(')
        return group(r);
    if (c == '[')
        return bracket(r);
    if (c == '\\')
        return escape(r);
    if (c == ')')
        return fail(r, at, "a ')' has no '(' before it; write \\) for a parenthesis");
    if (is_repeat((char)c))
        return fail(r, at, "'%c' has nothing before it to repeat", c);
    if (is_control(c))
        return fail(r, at, "a control character (\\x%02x) cannot occur in a typed value", c);
    if (*kind == ATOM_ANCHOR) {
        r->i++;
        if (!room(r, 1, at))
            return false;
        emit(r, c == '^' ? OP_BOL : OP_EOL, -1, -1);
        return true;
    }
    do { /* a UTF-8 character is its bytes in a row */
        if (!byte(r, (unsigned char)r->s[r->i], c == '.'))
            return false;
        r->i++;
    } while (((unsigned char)r->s[r->i] & 0xC0) == 0x80);
    return true;
}

static bool piece(Reader *r)
{
    AtomKind kind;
    int start = r->prog->n;
    if (!atom(r, &kind))
        return false;
    size_t at = r->i;
    char c = r->s[at];
    if (!is_repeat(c))
        return true;
    if (kind == ATOM_ANCHOR)
        return fail(r, at, "'%c' follows an anchor, which cannot be repeated", c);
    for (int k = start; k < r->prog->n; k++) /* glibc gets these wrong: (^.){2} matches "ab" */
        if (r->prog->step[k].op == OP_BOL || r->prog->step[k].op == OP_EOL)
            return fail(r, at,
                        "'%c' repeats a group with ^ or $ inside; put the anchor outside "
                        "the group",
                        c);
    if (kind == ATOM_WIDE)
        return fail(r, at,
                    "'%c' follows a non-ASCII character and would repeat only its last "
                    "byte; put the character in parentheses",
                    c);
    long min, max;
    if (!bounds(r, &min, &max) || !repeat(r, start, min, max, at))
        return false;
    if (is_repeat(r->s[r->i]))
        return fail(r, r->i,
                    "'%c' follows another repetition; put the first in parentheses, as "
                    "in (a{2})*",
                    r->s[r->i]);
    return true;
}

static bool branch(Reader *r)
{
    size_t start = r->i;
    while (r->s[r->i] && r->s[r->i] != '|' && !(r->s[r->i] == ')' && r->depth > 0))
        if (!piece(r))
            return false;
    if (r->i == start)
        return fail(r, start,
                    "an alternative is empty (around '|' or inside '()'); make a part "
                    "optional with ? instead");
    return true;
}

/* a|b|c: SPLIT to a or on; a; JMP to the end; SPLIT to b or c; b; JMP; c. */
static bool alternation(Reader *r)
{
    int ends[PATTERN_MAX_BYTES], n_ends = 0;
    for (;;) {
        int start = r->prog->n;
        if (!branch(r))
            return false;
        if (r->s[r->i] != '|')
            break;
        if (!room(r, 2, r->i))
            return false;
        r->i++;
        insert(r, start, OP_SPLIT, start + 1, r->prog->n + 2);
        ends[n_ends++] = r->prog->n;
        emit(r, OP_JMP, -1, -1);
    }
    for (int k = 0; k < n_ends; k++)
        r->prog->step[ends[k]].x = (int16_t)r->prog->n;
    return true;
}

static bool compile(const char *pattern, Program *prog, PatternError *err)
{
    Reader r = {.s = pattern, .err = err, .prog = prog};
    prog->n = 0;
    if (!pattern[0])
        return fail(&r, 0, "the pattern is empty; it would match every value");
    if (strnlen(pattern, PATTERN_MAX_BYTES + 1) > PATTERN_MAX_BYTES)
        return fail(&r, PATTERN_MAX_BYTES, "the pattern is longer than %d bytes",
                    PATTERN_MAX_BYTES);
    if (!alternation(&r))
        return false;
    emit(&r, OP_MATCH, -1, -1);
    return true;
}

bool pattern_check(const char *pattern, PatternError *err)
{
    Program prog;
    return compile(pattern, &prog, err);
}

typedef struct {
    const Program *prog;
    const unsigned char *text;
    size_t len;
    unsigned mark[PATTERN_MAX_STEPS + 1]; /* the position + 1 a step was last added at */
} Run;

/* Adds step `from` and every step it reaches without reading a byte to the
 * list of byte tests waiting at pos; true when the match step is reached. */
static bool add(Run *run, int from, size_t pos, int16_t *list, int *n)
{
    int16_t stack[PATTERN_MAX_STEPS + 1];
    int top = 0;
    if (run->mark[from] == pos + 1)
        return false;
    run->mark[from] = (unsigned)pos + 1;
    stack[top++] = (int16_t)from;
    while (top > 0) {
        const Step *s = &run->prog->step[stack[--top]];
        int next[2] = {-1, -1};
        if (s->op == OP_MATCH)
            return true;
        if (s->op == OP_SET)
            list[(*n)++] = (int16_t)(s - run->prog->step);
        else if (s->op == OP_SPLIT)
            next[0] = s->x, next[1] = s->y;
        else if (s->op == OP_JMP)
            next[0] = s->x;
        else if ((s->op == OP_BOL && pos == 0) || (s->op == OP_EOL && pos == run->len))
            next[0] = (int)(s - run->prog->step) + 1;
        for (int k = 0; k < 2; k++)
            if (next[k] >= 0 && run->mark[next[k]] != pos + 1) {
                run->mark[next[k]] = (unsigned)pos + 1;
                stack[top++] = (int16_t)next[k];
            }
    }
    return false;
}

/* A match may start at any position: the first step joins the list at each. */
static bool run_program(Run *run)
{
    int16_t lists[2][PATTERN_MAX_STEPS + 1];
    int n = 0;
    memset(run->mark, 0, sizeof run->mark);
    for (size_t pos = 0;; pos++) {
        int16_t *now = lists[pos % 2], *next = lists[(pos + 1) % 2];
        if (add(run, 0, pos, now, &n))
            return true;
        if (pos == run->len)
            return false;
        int m = 0;
        unsigned char c = run->text[pos];
        for (int k = 0; k < n; k++) {
            const Step *s = &run->prog->step[now[k]];
            if ((s->set[c / 8] >> (c % 8)) & 1 && add(run, now[k] + 1, pos + 1, next, &m))
                return true;
        }
        n = m;
    }
}

PatternResult pattern_match(const char *pattern, const char *text)
{
    PatternError err;
    Program prog;
    size_t len = strnlen(text, PATTERN_MAX_INPUT + 1);
    if (len > PATTERN_MAX_INPUT || !compile(pattern, &prog, &err))
        return PATTERN_REFUSED;
    Run run = {.prog = &prog, .text = (const unsigned char *)text, .len = len};
    return run_program(&run) ? PATTERN_MATCH : PATTERN_NO_MATCH;
}
