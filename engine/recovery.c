/* The recovery file, written and read back. After a header line
 * ("teaser-recovery 1") come records of three kinds: S (a session: the file's
 * own number for it, its id in the store or 0, its SessionInfo, when it
 * began, and its site and uid), R (a rating of session number N, its kind last; a
 * line of 15 fields, written before kinds, is felt) and F (session N finished). Fields
 * are tab-separated, NULL is %N, and %, tab and line breaks are %XX-escaped,
 * so that one record is always one line. Each line goes out in one write()
 * and is fsynced before the call returns; a power cut can leave only the last
 * line cut short, and import leaves such a line out.
 *
 * A session's number is only unique among running plays (pid * 100000 up): a
 * pid used again later repeats it, so an R or F line belongs to the latest S
 * line with its number before it.
 *
 * Import maps the file's session numbers to store ids as S lines come (a
 * session already begun in the store keeps its id, the others are begun
 * now), leaves out the sessions of forgotten participants (the store's
 * tombstones), and runs each file in one transaction: the file is removed
 * only once all of it is committed, and kept whole otherwise. Forget rewrites
 * a file without one participant's sessions. Writers hold a shared lock
 * (flock) on the file for as long as they have it open; import and forget,
 * which remove or replace it, need it alone and leave it while a play writes. */
#include "recovery.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "paths.h"

enum { LINE_MAX_BYTES = 8192, FIELDS_MAX = 16 };

static const char header[] = "teaser-recovery 1\n";

struct Recovery {
    int fd;
    char path[4096];
    int64_t next; /* the last session number given: from pid * 100000 up */
};

/* A PostgreSQL store's URI, which names no folder to put a file beside. */
static bool is_uri(const char *store_path)
{
    return strstr(store_path, "://") != NULL;
}

/* The places a store's recovery file may be, in order of preference. For a
 * URI, "beside the store" is the folder of the default store (the user's
 * own, ~/.local/share/teaser), named after the URI's hash, never its text. */
static void candidate(const char *store_path, int k, char *out, size_t size)
{
    unsigned long h = 5381;
    for (const char *c = store_path; *c; c++)
        h = h * 33 + (unsigned char)*c;
    const char *home = paths_default_store();
    if (k == 0 && is_uri(store_path)) {
        const char *slash = home ? strrchr(home, '/') : NULL;
        if (slash && paths_make_parents(home)) {
            snprintf(out, size, "%.*s/recovery-%08lx", (int)(slash - home), home,
                     h & 0xffffffffUL);
            return;
        }
        k = 1;
    }
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

/* Opens path to append, holding a shared lock; -1 when it cannot be written.
 * A file that import or forget removed or replaced while this waited for the
 * lock is opened again under its name. */
static int open_locked(const char *path)
{
    for (int attempt = 0; attempt < 5; attempt++) {
        int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            return -1;
        struct stat held, named;
        if (flock(fd, LOCK_SH) == 0 && fstat(fd, &held) == 0 && stat(path, &named) == 0 &&
            held.st_ino == named.st_ino && held.st_dev == named.st_dev)
            return fd;
        close(fd);
    }
    return -1;
}

Recovery *recovery_open(const char *store_path, char *err, size_t err_size)
{
    Recovery *r = calloc(1, sizeof *r);
    if (!r) {
        snprintf(err, err_size, "out of memory");
        return NULL;
    }
    for (int k = 0; k < RECOVERY_PLACES; k++) {
        candidate(store_path, k, r->path, sizeof r->path);
        r->fd = open_locked(r->path);
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
             is_uri(store_path) ? "the store" : store_path); /* a URI may hold a password */
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

int64_t recovery_session(Recovery *r, const SessionInfo *info, const char *started,
                         int64_t store_id)
{
    Line l = {.n = 1, .buf = "S"};
    int64_t n = ++r->next;
    add_int(&l, n);
    add_int(&l, store_id);
    const char *fields[] = {info->scenario,    info->scenario_hash, info->workshop,
                            info->participant, info->department,    info->language,
                            started,           info->site,          info->uid};
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
    add_text(&l, rating_kind_name(g->kind));
    return finish_line(r, &l);
}

bool recovery_finish(Recovery *r, int64_t session)
{
    Line l = {.n = 1, .buf = "F"};
    add_int(&l, session);
    return finish_line(r, &l);
}

/* ---- reading ---- */

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

/* Where a line could not be taken, and what that means for the file. */
typedef struct {
    const char *path;
    int line;
    const char *severity, *outcome; /* "warning", "the recovery file is kept, not imported, ..." */
    char *err;
    size_t err_size;
} Place;

static bool failed(Place *at, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* err: "FILE:LINE:1: SEVERITY: MESSAGE; OUTCOME" for the line that could not be taken. */
static bool failed(Place *at, const char *fmt, ...)
{
    char why[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    snprintf(at->err, at->err_size, "%s:%d:1: %s: %s; %s", at->path, at->line, at->severity, why,
             at->outcome);
    return false;
}

/* Calls each(ctx, line) for every whole line after the header, its line
 * break removed; a last line cut short (a power cut mid-write) is left out. */
static bool read_lines(FILE *f, Place *at, bool (*each)(void *ctx, char *line), void *ctx)
{
    char line[LINE_MAX_BYTES];
    at->line = 1;
    if (!fgets(line, sizeof line, f) || strcmp(line, header))
        return failed(at, "not a teaser recovery file (it starts with \"teaser-recovery 1\")");
    while (fgets(line, sizeof line, f)) {
        at->line++;
        size_t n = strlen(line);
        if (line[n - 1] != '\n') {
            if (!feof(f)) /* not the last line cut short: something else wrote this */
                return failed(at, "a line longer than %d bytes", LINE_MAX_BYTES - 2);
            break;
        }
        line[n - 1] = '\0';
        if (!each(ctx, line))
            return false;
    }
    return true;
}

/* The sessions a file has begun so far. A number can come twice (a pid used
 * again): its latest S line is the one later lines belong to. */
typedef struct {
    int64_t number, store_id;
    bool left_out; /* import: a forgotten participant's; forget: the one forgotten */
    bool already;  /* import: in the store already (its uid), so nothing of it is added */
} Known;

typedef struct {
    Known *items;
    int n;
} Sessions;

static bool remember(Sessions *ss, const char *number, int64_t store_id, bool left_out,
                     bool already)
{
    Known *k = realloc(ss->items, (size_t)(ss->n + 1) * sizeof *k);
    if (!k)
        return false;
    ss->items = k;
    ss->items[ss->n++] =
        (Known){number ? strtoll(number, NULL, 10) : 0, store_id, left_out, already};
    return true;
}

static const Known *session_of(const Sessions *ss, const char *number)
{
    int64_t n = number ? strtoll(number, NULL, 10) : 0;
    for (int i = ss->n - 1; i >= 0; i--)
        if (ss->items[i].number == n)
            return &ss->items[i];
    return NULL;
}

/* An S line's fields: 9 from a teaser that did not write when the session
 * began, 10 from one that did not write its site and uid, 12 since. */
static bool session_fields(Place *at, int n)
{
    return n == 9 || n == 10 || n == 12 || failed(at, "a session line has %d fields, not 12", n);
}

/* ---- importing ---- */

typedef struct {
    Store *s;
    Sessions sessions;
    long ratings, left_out; /* imported; a forgotten participant's, left out */
    Place at;
} Import;

/* Was a session that the file began on its own (not in the store) imported
 * before? Then its uid is in the store, and importing it again would count
 * it twice. A session of an older file, which has no uid, cannot be known. */
static bool imported_before(Import *im, const char *uid, bool *already)
{
    int64_t id = 0;
    if (uid && store_find_session(im->s, uid, &id) != STORE_OK)
        return failed(&im->at, "%s", store_error(im->s));
    *already = id != 0;
    return true;
}

static bool import_session(Import *im, char **f, int n)
{
    if (!session_fields(&im->at, n))
        return false;
    int64_t id = f[2] ? strtoll(f[2], NULL, 10) : 0;
    SessionInfo info = {.scenario = f[3],
                        .scenario_hash = f[4],
                        .workshop = f[5],
                        .participant = f[6],
                        .department = f[7],
                        .language = f[8],
                        .site = n == 12 ? f[10] : NULL,
                        .uid = n == 12 ? f[11] : NULL};
    const char *started = n >= 10 ? f[9] : NULL;
    bool forgotten = false, already = false;
    if (store_is_forgotten(im->s, &info, started, &forgotten) != STORE_OK)
        return failed(&im->at, "%s", store_error(im->s));
    if (!forgotten && id == 0 && !imported_before(im, info.uid, &already))
        return false;
    if (!forgotten && !already && id == 0 &&
        store_begin_session_at(im->s, &info, started, &id) != STORE_OK)
        return failed(&im->at, "%s", store_error(im->s));
    return remember(&im->sessions, f[1], id, forgotten, already) ||
           failed(&im->at, "out of memory");
}

static bool import_rating(Import *im, char **f, int n)
{
    /* 15: written before predictions, every rating felt */
    RatingKind kind = RATING_FELT;
    if (n != 15 && (n != 16 || !rating_kind_parse(f[15], &kind)))
        return failed(&im->at, "a rating line has %d fields, not 16 ending in a kind", n);
    const Known *k = session_of(&im->sessions, f[1]);
    if (!k)
        return failed(&im->at, "a rating of a session the file does not begin");
    if (k->left_out)
        return ++im->left_out, true;
    if (k->already)
        return true;
    RatingRecord g = {.session = k->store_id,
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
                      .skipped = f[14] && atoi(f[14]),
                      .kind = kind};
    if (store_add_rating(im->s, &g, NULL) != STORE_OK)
        return failed(&im->at, "%s", store_error(im->s));
    im->ratings++;
    return true;
}

static bool import_finish(Import *im, char **f, int n)
{
    const Known *k = n > 1 ? session_of(&im->sessions, f[1]) : NULL;
    if (!k)
        return failed(&im->at, "a finish of a session the file does not begin");
    if (!k->left_out && !k->already && store_finish_session(im->s, k->store_id) != STORE_OK)
        return failed(&im->at, "%s", store_error(im->s));
    return true;
}

static bool import_line(void *ctx, char *line)
{
    Import *im = ctx;
    char *f[FIELDS_MAX];
    int n = split(line, f);
    if (!f[0])
        return failed(&im->at, "a line without a kind (S, R or F)");
    if (!strcmp(f[0], "S"))
        return import_session(im, f, n);
    if (!strcmp(f[0], "R"))
        return import_rating(im, f, n);
    if (!strcmp(f[0], "F"))
        return import_finish(im, f, n);
    return failed(&im->at, "an unknown line \"%.20s\"", f[0]);
}

enum { NONE_THERE = -1, IN_USE = -2 };

/* Opens a recovery file for import or forget, which need it alone: NONE_THERE,
 * or IN_USE while a play has it open to write. */
static int open_alone(const char *path, int flags)
{
    int fd = open(path, flags | O_CLOEXEC);
    if (fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) != 0) {
        close(fd);
        return IN_USE;
    }
    return fd >= 0 ? fd : NONE_THERE;
}

/* One file, all in one transaction: in the store whole, or not at all. */
static long import_file(Store *s, const char *path, long *left_out, char *err, size_t err_size)
{
    int fd = open_alone(path, O_RDONLY); /* in use: a play writes it, the next import takes it */
    FILE *f = fd >= 0 ? fdopen(fd, "rb") : NULL;
    if (!f) {
        if (fd >= 0)
            close(fd);
        return 0;
    }
    Import im = {.s = s,
                 .at = {path, 1, "warning",
                        "the recovery file is kept, not imported, for the next try", err,
                        err_size}};
    bool ok =
        store_transaction(s, STORE_TX_BEGIN) == STORE_OK || failed(&im.at, "%s", store_error(s));
    ok = ok && read_lines(f, &im.at, import_line, &im);
    free(im.sessions.items);
    if (ok && store_transaction(s, STORE_TX_COMMIT) == STORE_OK) {
        unlink(path); /* still holding the lock: a play waiting for it opens a new file */
        fclose(f);
        *left_out += im.left_out;
        return im.ratings;
    }
    if (ok)
        failed(&im.at, "%s", store_error(s));
    store_transaction(s, STORE_TX_ROLLBACK);
    fclose(f);
    return -1;
}

long recovery_import(Store *s, const char *store_path, long *left_out, char *err, size_t err_size)
{
    long total = 0;
    err[0] = '\0';
    *left_out = 0;
    for (int k = 0; k < RECOVERY_PLACES; k++) {
        char path[4096];
        candidate(store_path, k, path, sizeof path);
        long n = import_file(s, path, left_out, err, err_size);
        if (n < 0)
            return -1;
        total += n;
    }
    return total;
}

/* ---- forgetting ---- */

typedef struct {
    const char *participant, *workshop;
    Sessions sessions;
    char *kept; /* the lines that stay, each with its line break */
    size_t n_kept, cap;
    int sessions_kept;
    RecoveryForgotten *count;
    Place at;
} Forget;

static bool keep(Forget *fg, const char *line)
{
    size_t n = strlen(line);
    if (fg->n_kept + n + 1 > fg->cap) {
        size_t cap = fg->cap ? fg->cap * 2 : 4096;
        while (cap < fg->n_kept + n + 1)
            cap *= 2;
        char *k = realloc(fg->kept, cap);
        if (!k)
            return failed(&fg->at, "out of memory");
        fg->kept = k, fg->cap = cap;
    }
    memcpy(fg->kept + fg->n_kept, line, n);
    fg->kept[fg->n_kept + n] = '\n';
    fg->n_kept += n + 1;
    return true;
}

static bool forget_line(void *ctx, char *line)
{
    Forget *fg = ctx;
    char raw[LINE_MAX_BYTES], *f[FIELDS_MAX];
    snprintf(raw, sizeof raw, "%s", line);
    int n = split(line, f);
    bool session = f[0] && !strcmp(f[0], "S"), rating = f[0] && !strcmp(f[0], "R");
    if (session) {
        if (!session_fields(&fg->at, n))
            return false;
        const char *workshop = f[5] ? f[5] : "";
        bool theirs = f[6] && !strcmp(f[6], fg->participant) &&
                      (!fg->workshop || !strcmp(workshop, fg->workshop));
        if (!remember(&fg->sessions, f[1], 0, theirs, false))
            return failed(&fg->at, "out of memory");
        fg->count->sessions += theirs;
        fg->sessions_kept += !theirs;
        return theirs || keep(fg, raw);
    }
    if (!rating && !(f[0] && !strcmp(f[0], "F")))
        return failed(&fg->at, "an unknown line \"%.20s\"", f[0] ? f[0] : "");
    const Known *k = n > 1 ? session_of(&fg->sessions, f[1]) : NULL;
    if (!k)
        return failed(&fg->at, "a line of a session the file does not begin");
    fg->count->ratings += k->left_out && rating;
    return k->left_out || keep(fg, raw);
}

/* Overwrites a replaced file's bytes with zeros before it goes, so that the
 * forgotten ratings do not stay on the disk (as far as the file system
 * writes in place). */
static void scrub(int fd)
{
    static const char zeros[4096];
    struct stat sb;
    if (fstat(fd, &sb) != 0)
        return;
    for (off_t at = 0; at < sb.st_size; at += (off_t)sizeof zeros) {
        size_t n =
            (size_t)(sb.st_size - at) < sizeof zeros ? (size_t)(sb.st_size - at) : sizeof zeros;
        if (pwrite(fd, zeros, n, at) < 0)
            return;
    }
    fsync(fd);
}

/* The file without the participant: replaced whole (a new file renamed onto
 * it), or removed when nothing else is left in it. */
static bool replace(Forget *fg, int fd, const char *path)
{
    if (fg->sessions_kept == 0) {
        scrub(fd);
        fg->count->deleted = true;
        return unlink(path) == 0 || failed(&fg->at, "cannot remove it: %s", strerror(errno));
    }
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.tmp-XXXXXX", path);
    int out = mkstemp(tmp);
    bool ok = out >= 0 && put(out, header, sizeof header - 1) && put(out, fg->kept, fg->n_kept);
    if (out >= 0)
        ok = close(out) == 0 && ok;
    ok = ok && rename(tmp, path) == 0;
    if (!ok) {
        int why = errno;
        if (out >= 0)
            unlink(tmp);
        return failed(&fg->at, "cannot write it again: %s", strerror(why));
    }
    scrub(fd);
    return true;
}

/* One file: read whole first, so that nothing changes when any line is not
 * as expected; then replaced (or removed) only when it held the participant. */
static bool forget_in_file(const char *path, Forget *fg)
{
    int fd = open_alone(path, O_RDWR);
    if (fd == IN_USE)
        return failed(&fg->at, "a running play is writing it; run forget again when it has ended");
    if (fd < 0)
        return true;
    int copy = dup(fd);
    FILE *f = copy >= 0 ? fdopen(copy, "rb") : NULL;
    bool ok = f ? read_lines(f, &fg->at, forget_line, fg) : failed(&fg->at, "%s", strerror(errno));
    if (f)
        fclose(f);
    else if (copy >= 0)
        close(copy);
    if (ok && fg->count->sessions > 0)
        ok = replace(fg, fd, path);
    close(fd);
    return ok;
}

int recovery_forget(const char *store_path, const char *participant, const char *workshop,
                    RecoveryForgotten out[RECOVERY_PLACES], char *err, size_t err_size)
{
    int changed = 0;
    err[0] = '\0';
    for (int k = 0; k < RECOVERY_PLACES; k++) {
        RecoveryForgotten *count = &out[changed];
        memset(count, 0, sizeof *count);
        candidate(store_path, k, count->path, sizeof count->path);
        char why[1024];
        Forget fg = {
            .participant = participant,
            .workshop = workshop,
            .count = count,
            .at = {count->path, 1, "error", "the file is left as it was", why, sizeof why}};
        bool ok = forget_in_file(count->path, &fg);
        free(fg.sessions.items);
        free(fg.kept);
        if (!ok && !err[0])
            snprintf(err, err_size, "%s", why);
        changed += ok && count->sessions > 0;
    }
    return changed;
}
