/* The recovery file, written and read back. After a header line
 * ("teaser-recovery 1") come records of three kinds: S (a session: the file's
 * own number for it, its id in the store or 0, and its SessionInfo), R (a
 * rating of session number N) and F (session N finished). Fields are
 * tab-separated, NULL is %N, and %, tab and line breaks are %XX-escaped, so
 * that one record is always one line. Each line goes out in one write() and
 * is fsynced before the call returns; a power cut can leave only the last
 * line cut short, and import leaves such a line out.
 *
 * Import maps the file's session numbers to store ids as S lines come (a
 * session already begun in the store keeps its id, the others are begun
 * now), and runs each file in one transaction: the file is removed only once
 * all of it is committed, and kept whole otherwise. */
#include "recovery.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { LINE_MAX_BYTES = 8192, FIELDS_MAX = 16, CANDIDATES = 3 };

static const char header[] = "teaser-recovery 1\n";

struct Recovery {
    int fd;
    char path[4096];
    int64_t next; /* the last session number given: from pid * 100000 up, so distinct only
                     while pids are (a pid reused later can repeat one) */
};

/* The places a store's recovery file may be, in order of preference. */
static void candidate(const char *store_path, int k, char *out, size_t size)
{
    unsigned long h = 5381;
    for (const char *c = store_path; *c; c++)
        h = h * 33 + (unsigned char)*c;
    if (k == 0)
        snprintf(out, size, "%s.recovery", store_path);
    else
        snprintf(out, size, "%s/teaser-recovery-%lu-%08lx", k == 1 ? "/dev/shm" : "/tmp",
                 (unsigned long)getuid(), h & 0xffffffffUL);
}

/* Writes all of s and makes it durable; false when the disk refuses. */
static bool put(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        s += w, n -= (size_t)w;
    }
    return fsync(fd) == 0;
}

Recovery *recovery_open(const char *store_path, char *err, size_t err_size)
{
    Recovery *r = calloc(1, sizeof *r);
    if (!r) {
        snprintf(err, err_size, "out of memory");
        return NULL;
    }
    for (int k = 0; k < CANDIDATES; k++) {
        candidate(store_path, k, r->path, sizeof r->path);
        r->fd = open(r->path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (r->fd < 0)
            continue;
        off_t end = lseek(r->fd, 0, SEEK_END);
        if (end == 0 && !put(r->fd, header, sizeof header - 1)) {
            close(r->fd);
            unlink(r->path);
            continue;
        }
        r->next = (int64_t)getpid() * 100000;
        return r;
    }
    snprintf(err, err_size, "no recovery file could be written beside %s, in /dev/shm or in /tmp",
             store_path);
    free(r);
    return NULL;
}

const char *recovery_path(const Recovery *r)
{
    return r ? r->path : "";
}

void recovery_close(Recovery *r)
{
    if (r && r->fd >= 0)
        close(r->fd);
    free(r);
}

/* ---- writing ---- */

typedef struct {
    char buf[LINE_MAX_BYTES];
    size_t n;
    bool full;
} Line;

static void add_raw(Line *l, const char *s, size_t n)
{
    if (l->n + n + 2 > sizeof l->buf) {
        l->full = true;
        return;
    }
    memcpy(l->buf + l->n, s, n);
    l->n += n;
}

/* A field: tab before it, NULL as %N, and %, tab and line breaks escaped. */
static void add_text(Line *l, const char *s)
{
    add_raw(l, "\t", 1);
    if (!s) {
        add_raw(l, "%N", 2);
        return;
    }
    for (; *s; s++) {
        char esc[4];
        if (*s == '%' || *s == '\t' || *s == '\n' || *s == '\r') {
            snprintf(esc, sizeof esc, "%%%02X", (unsigned char)*s);
            add_raw(l, esc, 3);
        } else {
            add_raw(l, s, 1);
        }
    }
}

static void add_int(Line *l, int64_t v)
{
    char num[24];
    snprintf(num, sizeof num, "%" PRId64, v);
    add_text(l, num);
}

static bool finish_line(Recovery *r, Line *l)
{
    add_raw(l, "\n", 1);
    return !l->full && put(r->fd, l->buf, l->n);
}

int64_t recovery_session(Recovery *r, const SessionInfo *info, int64_t store_id)
{
    Line l = {.n = 1, .buf = "S"};
    int64_t n = ++r->next;
    add_int(&l, n);
    add_int(&l, store_id);
    const char *fields[] = {info->scenario,    info->scenario_hash, info->workshop,
                            info->participant, info->department,    info->language};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        add_text(&l, fields[i]);
    return finish_line(r, &l) ? n : 0;
}

bool recovery_rating(Recovery *r, int64_t session, const RatingRecord *g)
{
    Line l = {.n = 1, .buf = "R"};
    add_int(&l, session);
    add_text(&l, g->step);
    add_text(&l, g->touchpoint);
    const int64_t nums[] = {g->valence, g->valence_points, g->arousal, g->arousal_points};
    for (size_t i = 0; i < 4; i++)
        add_int(&l, nums[i]);
    add_text(&l, g->emotion);
    add_int(&l, g->onset_ms);
    add_int(&l, g->response_ms);
    add_text(&l, g->input_device);
    add_int(&l, g->changes);
    add_int(&l, g->timed_out);
    add_int(&l, g->skipped);
    return finish_line(r, &l);
}

bool recovery_finish(Recovery *r, int64_t session)
{
    Line l = {.n = 1, .buf = "F"};
    add_int(&l, session);
    return finish_line(r, &l);
}

/* ---- importing ---- */

/* Splits a line at tabs and undoes the escapes, in place; NULL fields for %N. */
static int split(char *line, char **field)
{
    int n = 0;
    for (char *p = line; n < FIELDS_MAX; n++) {
        char *tab = strchr(p, '\t');
        if (tab)
            *tab = '\0';
        if (!strcmp(p, "%N")) {
            field[n] = NULL;
        } else {
            char *w = p;
            for (char *c = p; *c; c++) {
                unsigned v;
                if (*c == '%' && sscanf(c + 1, "%2x", &v) == 1)
                    *w++ = (char)v, c += 2;
                else
                    *w++ = *c;
            }
            *w = '\0';
            field[n] = p;
        }
        if (!tab)
            return n + 1;
        p = tab + 1;
    }
    return n;
}

typedef struct {
    int64_t number, store_id;
} Known;

typedef struct {
    Store *s;
    Known *known;
    int n_known;
    long ratings;
    const char *path;
    int line;
    char *err;
    size_t err_size;
} Import;

static bool failed(Import *im, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* err: "FILE:LINE:1: warning: MESSAGE; ..." for the line that could not be imported. */
static bool failed(Import *im, const char *fmt, ...)
{
    char why[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    snprintf(im->err, im->err_size,
             "%s:%d:1: warning: %s; the recovery file is kept, not imported, for the next try",
             im->path, im->line, why);
    return false;
}

static int64_t session_of(const Import *im, const char *number)
{
    int64_t n = number ? strtoll(number, NULL, 10) : 0;
    for (int i = 0; i < im->n_known; i++)
        if (im->known[i].number == n)
            return im->known[i].store_id;
    return 0;
}

static bool import_session(Import *im, char **f, int n)
{
    if (n != 9)
        return failed(im, "a session line has %d fields, not 9", n);
    int64_t id = f[2] ? strtoll(f[2], NULL, 10) : 0;
    SessionInfo info = {f[3], f[4], f[5], f[6], f[7], f[8]};
    if (id == 0 && store_begin_session(im->s, &info, &id) != STORE_OK)
        return failed(im, "%s", store_error(im->s));
    Known *k = realloc(im->known, (size_t)(im->n_known + 1) * sizeof *k);
    if (!k)
        return failed(im, "out of memory");
    im->known = k;
    im->known[im->n_known++] = (Known){f[1] ? strtoll(f[1], NULL, 10) : 0, id};
    return true;
}

static bool import_rating(Import *im, char **f, int n)
{
    if (n != 15)
        return failed(im, "a rating line has %d fields, not 15", n);
    RatingRecord g = {.session = session_of(im, f[1]),
                      .step = f[2],
                      .touchpoint = f[3],
                      .valence = atoi(f[4] ? f[4] : "0"),
                      .valence_points = atoi(f[5] ? f[5] : "0"),
                      .arousal = atoi(f[6] ? f[6] : "0"),
                      .arousal_points = atoi(f[7] ? f[7] : "0"),
                      .emotion = f[8],
                      .onset_ms = strtoll(f[9] ? f[9] : "0", NULL, 10),
                      .response_ms = strtoll(f[10] ? f[10] : "0", NULL, 10),
                      .input_device = f[11],
                      .changes = atoi(f[12] ? f[12] : "0"),
                      .timed_out = f[13] && atoi(f[13]),
                      .skipped = f[14] && atoi(f[14])};
    if (g.session == 0)
        return failed(im, "a rating of a session the file does not begin");
    if (store_add_rating(im->s, &g, NULL) != STORE_OK)
        return failed(im, "%s", store_error(im->s));
    im->ratings++;
    return true;
}

static bool import_line(Import *im, char *line)
{
    char *f[FIELDS_MAX];
    int n = split(line, f);
    if (!f[0])
        return failed(im, "a line without a kind (S, R or F)");
    if (!strcmp(f[0], "S"))
        return import_session(im, f, n);
    if (!strcmp(f[0], "R"))
        return import_rating(im, f, n);
    if (!strcmp(f[0], "F")) {
        int64_t id = session_of(im, n > 1 ? f[1] : NULL);
        return id && store_finish_session(im->s, id) == STORE_OK
                   ? true
                   : failed(im, "%s", store_error(im->s));
    }
    return failed(im, "an unknown line \"%.20s\"", f[0]);
}

/* One file, all in one transaction: in the store whole, or not at all. A last
 * line cut short (the power went mid-line) is left out. */
static long import_file(Store *s, const char *path, char *err, size_t err_size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    Import im = {.s = s, .path = path, .line = 1, .err = err, .err_size = err_size};
    char line[LINE_MAX_BYTES];
    bool ok = fgets(line, sizeof line, f) && !strcmp(line, header);
    if (!ok)
        failed(&im, "not a teaser recovery file (it starts with \"teaser-recovery 1\")");
    if (ok && store_transaction(s, STORE_TX_BEGIN) != STORE_OK)
        ok = failed(&im, "%s", store_error(s));
    while (ok && fgets(line, sizeof line, f)) {
        im.line++;
        size_t n = strlen(line);
        if (n == 0 || line[n - 1] != '\n') {
            if (!feof(f)) /* not the last line cut short: something else wrote this */
                ok = failed(&im, "a line longer than %d bytes", LINE_MAX_BYTES - 2);
            break;
        }
        line[n - 1] = '\0';
        ok = import_line(&im, line);
    }
    fclose(f);
    free(im.known);
    if (ok && store_transaction(s, STORE_TX_COMMIT) == STORE_OK) {
        unlink(path);
        return im.ratings;
    }
    if (ok)
        failed(&im, "%s", store_error(s));
    store_transaction(s, STORE_TX_ROLLBACK);
    return -1;
}

long recovery_import(Store *s, const char *store_path, char *err, size_t err_size)
{
    long total = 0;
    err[0] = '\0';
    for (int k = 0; k < CANDIDATES; k++) {
        char path[4096];
        candidate(store_path, k, path, sizeof path);
        long n = import_file(s, path, err, err_size);
        if (n < 0)
            return -1;
        total += n;
    }
    return total;
}
