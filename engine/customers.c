/* The file is read in large blocks and cut into lines (next_line). A line
 * that starts a record and holds no quote is split at its commas in place
 * (split_plain, the fast path most lines of an export take); any other line
 * goes to libcsv, one line at a time, so that the reader always knows the
 * line a record started on and can point at a field's column (by scanning the
 * record's first line for unquoted commas); libcsv does the quoting rules.
 * Each record is checked and folded into its touchpoint's frequency table at
 * once: memory depends on touchpoints and distinct values, not rows. */
#include "customers.h"

#include <csv.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "controls.h"
#include "scale.h"
#include "suggest.h"

enum { MAX_FIELDS = 32, FIELD_MAX = 256, LINE_KEEP = 4096, COUNT_MAX = 1000000000 };

typedef enum {
    C_TOUCHPOINT,
    C_VALUE,
    C_COUNT,
    C_MIN,
    C_MAX,
    C_N,
    C_MEAN,
    C_SD,
    C_SEGMENT,
    C_PERIOD,
    C_SOURCE,
    C_EMOTION,
    C_ORIENTATION,
    C_ALL
} Column;

static const char *const names[C_ALL] = {
    "touchpoint", "value",   "count",  "scale_min", "scale_max", "n",           "mean",
    "sd",         "segment", "period", "source",    "emotion",   "orientation",
};

enum { SEEN_SLOTS = 256 };

typedef struct {
    const char *path;
    const Scenario *s;
    CustomerData *out;
    DiagList *dl;
    int line, record_line;
    char raw[LINE_KEEP];              /* the first line of a record read by libcsv */
    const char *plain;                /* the line of a record split in place, or NULL */
    char *field[MAX_FIELDS];          /* the record's fields, NUL-terminated */
    char copy[MAX_FIELDS][FIELD_MAX]; /* where fields from libcsv are kept */
    size_t len[MAX_FIELDS];           /* their lengths */
    int n_fields;
    bool too_many, too_long, header_done, stop;
    int col[C_ALL]; /* field index of each known column, -1 */
    int n_columns;
    /* touchpoints already met, by a hash of their id: index + 1 into out->tps */
    int seen[SEEN_SLOTS];
} Reader;

/* The character column where field k of the current record starts. */
static int field_col(const Reader *r, int k)
{
    if (r->plain && k < r->n_fields) { /* the fields are in the line itself */
        int col = 1;
        for (const char *c = r->plain; c < r->field[k]; c++)
            col += ((unsigned char)*c & 0xC0) != 0x80;
        return col;
    }
    bool quoted = false;
    int col = 1, field = 0;
    for (const char *c = r->raw; *c && field < k; c++) {
        if (*c == '"')
            quoted = !quoted;
        else if (*c == ',' && !quoted)
            field++;
        if (((unsigned char)*c & 0xC0) != 0x80)
            col++;
    }
    return field == k ? col : 1;
}

static void fail(Reader *r, DiagCode code, int k, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void fail(Reader *r, DiagCode code, int k, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vadd(r->dl, code, r->record_line, k >= 0 ? field_col(r, k) : 1, fmt, ap);
    va_end(ap);
}

static void on_field(void *s, size_t len, void *data)
{
    Reader *r = data;
    if (r->n_fields == MAX_FIELDS) {
        r->too_many = true;
        return;
    }
    if (len >= FIELD_MAX) {
        r->too_long = true;
        len = FIELD_MAX - 1;
    }
    char *f = r->copy[r->n_fields];
    memcpy(f, s ? s : "", s ? len : 0);
    f[s ? len : 0] = '\0';
    r->len[r->n_fields] = s ? len : 0;
    r->field[r->n_fields++] = f;
}

static void read_header(Reader *r)
{
    for (int c = 0; c < C_ALL; c++)
        r->col[c] = -1;
    r->n_columns = r->n_fields;
    for (int k = 0; k < r->n_fields; k++) {
        char *name = r->field[k];
        for (char *p = name; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        int c = 0;
        while (c < C_ALL && strcmp(names[c], name))
            c++;
        if (c == C_ALL) {
            const char *near = suggest_closest(name, names, C_ALL);
            diag_add(r->dl, DIAG_W0403, r->record_line, field_col(r, k),
                     "unknown column \"%.40s\" is ignored%s%s%s", name,
                     near ? " (did you mean \"" : "", near ? near : "", near ? "\"?)" : "");
        } else if (r->col[c] >= 0) {
            fail(r, DIAG_E0602, k, "column \"%s\" appears twice", name);
        } else {
            r->col[c] = k;
        }
    }
    bool table = r->col[C_VALUE] >= 0, summary = r->col[C_N] >= 0 || r->col[C_MEAN] >= 0;
    const Column needed[] = {C_TOUCHPOINT, C_MIN, C_MAX, C_VALUE, C_N, C_MEAN, C_SD};
    for (size_t i = 0; i < sizeof needed / sizeof *needed; i++) {
        Column c = needed[i];
        bool always = c == C_TOUCHPOINT || c == C_MIN || c == C_MAX;
        bool want = always || (c == C_VALUE && !summary) || (c >= C_N && summary && !table);
        if (want && r->col[c] < 0)
            fail(r, DIAG_E0602, -1, "missing column \"%s\"; the header must have %s", names[c],
                 summary ? "touchpoint, n, mean, sd, scale_min and scale_max"
                         : "touchpoint, value, count, scale_min and scale_max");
    }
    if (table && summary)
        fail(r, DIAG_E0602, -1,
             "a file holds either values (value, count) or summaries (n, mean, sd), not both");
    r->header_done = true;
    r->stop = r->dl->errors > 0;
}

/* A plain decimal number: digits, one point, an optional sign and exponent.
 * Whole numbers of up to 15 digits, nearly every cell, skip strtod. */
static bool number(const char *s, double *out)
{
    double v = 0;
    int n = 0;
    while (n < 16 && s[n] >= '0' && s[n] <= '9')
        v = v * 10 + (s[n++] - '0');
    if (n > 0 && n < 16 && !s[n]) {
        *out = v;
        return true;
    }
    if (!*s || strspn(s, "0123456789.+-eE") != strlen(s))
        return false;
    char *end;
    errno = 0;
    *out = strtod(s, &end);
    return !*end && errno == 0 && isfinite(*out);
}

static bool read_number(Reader *r, Column c, double *out)
{
    const char *v = r->field[r->col[c]];
    if (number(v, out))
        return true;
    fail(r, DIAG_E0603, r->col[c], "\"%s\" must be a number, not \"%.40s\"", names[c], v);
    return false;
}

static CustomerTouchpoint *touchpoint(Reader *r, const char *id)
{
    CustomerData *d = r->out;
    for (int i = 0; i < d->n; i++)
        if (!strcmp(d->tps[i].id, id))
            return &d->tps[i];
    if (d->n == CUSTOMERS_MAX_TOUCHPOINTS) {
        fail(r, DIAG_E0604, r->col[C_TOUCHPOINT], "more than %d touchpoints",
             CUSTOMERS_MAX_TOUCHPOINTS);
        return NULL;
    }
    CustomerTouchpoint *grown = realloc(d->tps, (size_t)(d->n + 1) * sizeof *grown);
    if (!grown) {
        fail(r, DIAG_E0001, -1, "out of memory");
        return NULL;
    }
    d->tps = grown;
    CustomerTouchpoint *t = &d->tps[d->n++];
    memset(t, 0, sizeof *t);
    snprintf(t->id, sizeof t->id, "%s", id);
    t->line = r->record_line;
    t->scale_min = NAN;
    return t;
}

/* The touchpoint id must be one the scenario declares. */
static bool known(Reader *r, const char *id)
{
    if (!r->s)
        return true;
    const char *ids[100];
    int n = r->s->n_touchpoints < 100 ? r->s->n_touchpoints : 100;
    for (int i = 0; i < n; i++) {
        ids[i] = r->s->touchpoints[i].id;
        if (ids[i] && !strcmp(ids[i], id))
            return true;
    }
    const char *near = suggest_closest(id, ids, (size_t)n);
    fail(r, DIAG_E0605, r->col[C_TOUCHPOINT], "the scenario has no touchpoint \"%.40s\"%s%s%s", id,
         near ? " (did you mean \"" : "", near ? near : "", near ? "\"?)" : "");
    return false;
}

/* The scale (and its direction) of a row must be the touchpoint's scale. */
static bool scale(Reader *r, CustomerTouchpoint *t)
{
    double lo, hi;
    if (!read_number(r, C_MIN, &lo) || !read_number(r, C_MAX, &hi))
        return false;
    if (lo >= hi) {
        fail(r, DIAG_E0606, r->col[C_MAX], "scale_max (%g) must be above scale_min (%g)", hi, lo);
        return false;
    }
    const char *o = r->col[C_ORIENTATION] >= 0 ? r->field[r->col[C_ORIENTATION]] : "";
    bool reversed = *o && !strcmp(o, "reversed");
    if (*o && !reversed && strcmp(o, "normal")) {
        fail(r, DIAG_E0606, r->col[C_ORIENTATION],
             "\"orientation\" is \"normal\" or \"reversed\", not \"%.40s\"", o);
        return false;
    }
    if (isnan(t->scale_min)) {
        t->scale_min = lo, t->scale_max = hi, t->reversed = reversed;
    } else if (t->scale_min != lo || t->scale_max != hi || t->reversed != reversed) {
        fail(r, DIAG_E0606, r->col[C_MIN],
             "touchpoint \"%s\" uses the scale %g-%g%s at line %d, not %g-%g%s", t->id,
             t->scale_min, t->scale_max, t->reversed ? " reversed" : "", t->line, lo, hi,
             reversed ? " reversed" : "");
        return false;
    }
    return true;
}

static void add_value(Reader *r, CustomerTouchpoint *t)
{
    double v, count = 1;
    if (!read_number(r, C_VALUE, &v))
        return;
    if (v < t->scale_min || v > t->scale_max) {
        fail(r, DIAG_E0607, r->col[C_VALUE], "value %g is outside the scale %g-%g", v, t->scale_min,
             t->scale_max);
        return;
    }
    if (r->col[C_COUNT] >= 0) {
        const char *c = r->field[r->col[C_COUNT]];
        if (!number(c, &count) || count != floor(count) || count < 0 || count > COUNT_MAX) {
            fail(r, DIAG_E0608, r->col[C_COUNT],
                 "\"count\" must be a whole number from 0 to %d, not \"%.40s\"", COUNT_MAX, c);
            return;
        }
    }
    for (int i = 0; i < t->n_freq; i++)
        if (t->freq[i].value == v) {
            t->freq[i].count += count;
            return;
        }
    if (t->n_freq == CUSTOMERS_MAX_VALUES) {
        fail(r, DIAG_E0604, r->col[C_VALUE], "touchpoint \"%s\" has more than %d different values",
             t->id, CUSTOMERS_MAX_VALUES);
        return;
    }
    t->freq[t->n_freq++] = (CustomerFreq){v, count};
}

static void add_summary(Reader *r, CustomerTouchpoint *t)
{
    double n, mean, sd;
    if (!read_number(r, C_N, &n) || !read_number(r, C_MEAN, &mean) || !read_number(r, C_SD, &sd))
        return;
    if (t->summary || t->n_freq) {
        fail(r, DIAG_E0609, r->col[C_TOUCHPOINT],
             "touchpoint \"%s\" has a summary already (line %d)", t->id, t->line);
        return;
    }
    if (n < 1 || n != floor(n) || n > COUNT_MAX)
        fail(r, DIAG_E0608, r->col[C_N], "\"n\" must be a whole number from 1 to %d, not %g",
             COUNT_MAX, n);
    else if (mean < t->scale_min || mean > t->scale_max)
        fail(r, DIAG_E0607, r->col[C_MEAN], "mean %g is outside the scale %g-%g", mean,
             t->scale_min, t->scale_max);
    else if (sd < 0 || sd > t->scale_max - t->scale_min)
        fail(r, DIAG_E0607, r->col[C_SD], "sd %g is impossible on the scale %g-%g", sd,
             t->scale_min, t->scale_max);
    else
        t->summary = true, t->n = n, t->mean = mean, t->sd = sd;
}

/* Keeps a column's value when it is new and there is room. */
static void remember(Reader *r, Column c, char (*list)[CUSTOMERS_LABEL_MAX], int *n)
{
    if (r->col[c] < 0)
        return;
    const char *v = r->field[r->col[c]];
    size_t len = r->len[r->col[c]];
    for (int i = 0; *v && i < *n; i++)
        if (len < CUSTOMERS_LABEL_MAX - 1 ? !memcmp(list[i], v, len + 1)
                                          : !strncmp(list[i], v, CUSTOMERS_LABEL_MAX - 1))
            return;
    if (*v && *n < CUSTOMERS_LABELS)
        snprintf(list[(*n)++], CUSTOMERS_LABEL_MAX, "%s", v);
}

/* A cheap hash (length and three characters): a collision only costs the
 * slow lookup, and it runs for every row. */
static unsigned seen_slot(const char *id, size_t n)
{
    const unsigned char *u = (const unsigned char *)id;
    unsigned h = (unsigned)n * 131u + u[0] * 31u + u[n / 2] * 7u + u[n ? n - 1 : 0];
    return h & (SEEN_SLOTS - 1);
}

/* A touchpoint of an earlier row (one comparison), or NULL. */
static CustomerTouchpoint *met(Reader *r, const char *id, size_t n)
{
    int k = r->seen[seen_slot(id, n)] - 1;
    return k >= 0 && n < sizeof r->out->tps[k].id && !memcmp(r->out->tps[k].id, id, n + 1)
               ? &r->out->tps[k]
               : NULL;
}

static void read_row(Reader *r)
{
    if (r->n_fields != r->n_columns) {
        fail(r, DIAG_E0610, -1, "this row has %d fields; the header has %d", r->n_fields,
             r->n_columns);
        return;
    }
    const char *id = r->field[r->col[C_TOUCHPOINT]];
    if (!*id) {
        fail(r, DIAG_E0611, r->col[C_TOUCHPOINT], "the touchpoint is empty");
        return;
    }
    size_t id_len = r->len[r->col[C_TOUCHPOINT]];
    CustomerTouchpoint *t = met(r, id, id_len);
    if (!t) {
        if (!known(r, id) || !(t = touchpoint(r, id)))
            return;
        r->seen[seen_slot(id, id_len)] = (int)(t - r->out->tps) + 1;
    }
    if (!scale(r, t))
        return;
    if (r->col[C_VALUE] >= 0)
        add_value(r, t);
    else
        add_summary(r, t);
    remember(r, C_SOURCE, r->out->sources, &r->out->n_sources);
    remember(r, C_PERIOD, r->out->periods, &r->out->n_periods);
    r->out->rows++;
}

/* Cells reach messages, reports and screens (a touchpoint, a source): a
 * control character in any of them is refused at its cell. */
static bool cells_are_text(Reader *r)
{
    for (int k = 0; k < r->n_fields; k++) {
        const char *bad = controls_find(r->field[k], true);
        if (bad) {
            char quote[160];
            controls_quote(r->field[k], bad, quote, sizeof quote);
            fail(r, DIAG_E0612, k, "%s; customer data may hold none but line breaks and tabs",
                 quote);
            return false;
        }
    }
    return true;
}

static void on_record(int term, void *data)
{
    (void)term;
    Reader *r = data;
    if (r->stop)
        return;
    if (r->too_many || r->too_long)
        fail(r, DIAG_E0604, -1, "this row has %s",
             r->too_many ? "more than 32 fields" : "a field over 255 bytes");
    else if (!cells_are_text(r))
        r->stop = !r->header_done; /* without its header no row can be read */
    else if (!r->header_done)
        read_header(r);
    else
        read_row(r);
    r->n_fields = 0;
    r->too_many = r->too_long = false;
}

static int no_space(unsigned char c)
{
    (void)c;
    return 0;
}

/* The commas of s[0..end) into cut (at most MAX_FIELDS); false at a quote or a
 * CR. Sixteen bytes at a time where SSE2 is (every x86-64), else byte by byte. */
static bool find_commas(char *s, size_t end, char **cut, int *n_out)
{
    int n = 0;
    size_t i = 0;
#ifdef __SSE2__
    const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"'), cr = _mm_set1_epi8('\r');
    for (; i + 16 <= end; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        if (_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, cr))))
            return false;
        for (unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, comma));
             m && n < MAX_FIELDS; m &= m - 1)
            cut[n++] = s + i + __builtin_ctz(m);
    }
#endif
    for (; i < end; i++) {
        if (s[i] == '"' || s[i] == '\r')
            return false;
        if (s[i] == ',' && n < MAX_FIELDS)
            cut[n++] = s + i;
    }
    *n_out = n;
    return true;
}

/* A line with no quote, outside a quoted field, is split at its commas
 * directly: that is all RFC 4180 makes of it, and most lines of an export are
 * such. Anything with a quote goes to libcsv. Both report fields the same way:
 * here the fields stay in the line, cut by NULs where the commas were, and
 * r->plain lets field_col count columns in the line itself. Only a line that
 * starts a record qualifies (libcsv has nothing pending); false hands the
 * line to libcsv untouched. */
static bool split_plain(Reader *r, struct csv_parser *p, char *s, size_t len)
{
    if (p->pstate != 0 || r->n_fields != 0)
        return false;
    size_t end = len;
    if (end && s[end - 1] == '\n')
        end--;
    if (end && s[end - 1] == '\r')
        end--;
    if (end == 0)
        return true; /* a blank line: no record, as libcsv */
    char *cut[MAX_FIELDS + 1];
    int n = 0;
    if (!find_commas(s, end, cut, &n))
        return false; /* a quote, or a lone CR ending a record: libcsv knows how */
    cut[n] = s + end;
    r->plain = s;
    for (int k = 0; k <= n; k++) { /* fields stay in the line, cut at the commas */
        char *at = k ? cut[k - 1] + 1 : s;
        *cut[k] = '\0';
        if (k == MAX_FIELDS)
            r->too_many = true;
        else if ((size_t)(cut[k] - at) >= FIELD_MAX)
            r->too_long = true;
        else
            r->len[r->n_fields] = (size_t)(cut[k] - at), r->field[r->n_fields++] = at;
    }
    on_record('\n', r);
    return true;
}

/* Lines cut out of large reads: the file is read 256 KiB at a time, not line
 * by line. A line longer than the buffer grows it. */
typedef struct {
    FILE *f;
    char *buf;
    size_t cap, start, scanned, end; /* scanned: no '\n' in [start, scanned) */
    bool eof, failed;
} Lines;

enum { LINES_READ = 256 * 1024 };

/* The next line with its '\n' (the last may lack one); NULL at the end or when
 * memory runs out (failed). */
static char *next_line(Lines *l, size_t *len)
{
    for (;;) {
        char *nl =
            l->end > l->scanned ? memchr(l->buf + l->scanned, '\n', l->end - l->scanned) : NULL;
        if (nl || (l->eof && l->end > l->start)) {
            char *s = l->buf + l->start;
            *len = nl ? (size_t)(nl - s) + 1 : l->end - l->start;
            l->start = l->scanned = l->start + *len;
            return s;
        }
        if (l->eof)
            return NULL;
        size_t keep = l->end - l->start;
        if (keep)
            memmove(l->buf, l->buf + l->start, keep);
        l->start = 0, l->scanned = l->end = keep;
        if (l->end == l->cap) { /* empty, or a line fills it: room for more */
            char *grown = realloc(l->buf, l->cap + LINES_READ);
            if (!grown) {
                l->failed = true;
                return NULL;
            }
            l->buf = grown, l->cap += LINES_READ;
        }
        size_t got = fread(l->buf + l->end, 1, l->cap - l->end, l->f);
        l->end += got;
        l->eof = got == 0;
    }
}

/* Feeds the file line by line; a record's first line is kept for columns. */
static bool feed(Reader *r, FILE *f, struct csv_parser *p)
{
    Lines lines = {.f = f};
    size_t len;
    char *line;
    bool ok = true;
    while (ok && !r->stop && (line = next_line(&lines, &len)) != NULL) {
        r->line++;
        char *s = line;
        if (r->line == 1 && len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
            s += 3, len -= 3;
        /* pstate 0 is libcsv's "row not begun": this line starts a record */
        bool starts = p->pstate == 0 && r->n_fields == 0;
        if (starts)
            r->record_line = r->line;
        if (split_plain(r, p, s, len))
            continue;
        if (starts) { /* kept for columns in messages: libcsv's fields are copies */
            size_t keep = len < sizeof r->raw - 1 ? len : sizeof r->raw - 1;
            memcpy(r->raw, s, keep);
            r->raw[keep] = '\0';
            r->plain = NULL;
        }
        ok = csv_parse(p, s, len, on_field, on_record, r) == len;
    }
    if (lines.failed)
        fail(r, DIAG_E0001, -1, "out of memory");
    free(lines.buf);
    return ok;
}

/* The file at path, opened to read only when it is a regular file: a FIFO
 * is opened without waiting for a writer (O_NONBLOCK), then refused, so that
 * naming one never hangs. NULL with *why set for a file of the wrong kind,
 * NULL with errno for one that cannot be opened. */
static FILE *open_regular(const char *path, const char **why)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0)
        return NULL;
    if (fstat(fd, &st) == 0 && !S_ISREG(st.st_mode))
        *why = S_ISDIR(st.st_mode) ? "it is a folder"
                                   : "it is not a regular file (a FIFO, device or socket)";
    FILE *f = *why ? NULL : fdopen(fd, "rb");
    if (!f) {
        int err = errno;
        close(fd);
        errno = err;
    }
    return f;
}

CustomerStatus customers_load(const char *path, const Scenario *s, CustomerData *out, DiagList *dl)
{
    memset(out, 0, sizeof *out);
    const char *outer = dl->file;
    dl->file = path;
    int errors = dl->errors;
    const char *why = NULL;
    FILE *f = open_regular(path, &why);
    if (!f) {
        diag_add(dl, DIAG_E0002, 0, 0, "cannot read the customer data: %s",
                 why ? why : strerror(errno));
        dl->file = outer;
        return why ? CUSTOMERS_INVALID : CUSTOMERS_ENV;
    }
    __fsetlocking(f, FSETLOCKING_BYCALLER); /* one thread reads it: no lock per line */
    Reader r = {.path = path, .s = s, .out = out, .dl = dl};
    struct csv_parser p;
    csv_init(&p, CSV_STRICT | CSV_STRICT_FINI);
    csv_set_space_func(&p, no_space);
    bool ok = feed(&r, f, &p);
    if (!r.stop && (!ok || csv_fini(&p, on_field, on_record, &r) != 0))
        diag_add(dl, DIAG_E0601, r.line, 1, "not valid CSV: %s (a quote left open?)",
                 csv_strerror(csv_error(&p)));
    if (!r.header_done && !r.stop)
        diag_add(dl, DIAG_E0602, 1, 1,
                 "the file is empty; it starts with a header row such as "
                 "touchpoint,value,count,scale_min,scale_max");
    csv_free(&p);
    fclose(f);
    for (int i = 0; i < out->n; i++) {
        CustomerTouchpoint *t = &out->tps[i];
        if (t->summary)
            continue;
        double n = 0, sum = 0, sq = 0;
        for (int k = 0; k < t->n_freq; k++)
            n += t->freq[k].count, sum += t->freq[k].count * t->freq[k].value;
        t->n = n;
        t->mean = n > 0 ? sum / n : NAN;
        for (int k = 0; k < t->n_freq; k++)
            sq += t->freq[k].count * (t->freq[k].value - t->mean) * (t->freq[k].value - t->mean);
        t->sd = n > 1 ? sqrt(sq / (n - 1)) : NAN;
    }
    dl->file = outer;
    return dl->errors > errors ? CUSTOMERS_INVALID : CUSTOMERS_OK;
}

void customers_free(CustomerData *d)
{
    free(d->tps);
    memset(d, 0, sizeof *d);
}

const CustomerTouchpoint *customers_find(const CustomerData *d, const char *touchpoint)
{
    for (int i = 0; i < d->n; i++)
        if (!strcmp(d->tps[i].id, touchpoint))
            return &d->tps[i];
    return NULL;
}

double customers_to_points(const CustomerTouchpoint *t, double value, int points)
{
    if (t->reversed)
        value = t->scale_min + t->scale_max - value;
    return 1 + (value - t->scale_min) / (t->scale_max - t->scale_min) * (points - 1);
}

double customers_common(const CustomerTouchpoint *t, double value)
{
    return scale_common(customers_to_points(t, value, 9), 9);
}
