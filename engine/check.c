/* The lints of `teaser check`. Graph lints walk the steps as a graph
 * (graph.h): a step is unreachable if no path leads to it from the first
 * step; a loop has no way out if, from a reachable step, no path leads to the
 * end. The others look at touchpoints, named files and languages. */
#include "check.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "customers.h"
#include "graph.h"
#include "step_type.h"

enum { MAX_LANGS = 16 };

/* Marks every step reachable from the first; an explicit stack bounds depth. */
static void mark_reachable(const Edges *e, int n, bool *seen)
{
    int *stack = malloc((size_t)n * sizeof *stack);
    int top = 0;
    if (!stack || n == 0) {
        free(stack);
        return;
    }
    seen[0] = true;
    stack[top++] = 0;
    while (top > 0) {
        int i = stack[--top];
        for (int k = 0; k < e[i].n; k++) {
            int j = e[i].to[k];
            if (j >= 0 && !seen[j]) {
                seen[j] = true;
                stack[top++] = j;
            }
        }
    }
    free(stack);
}

/* Marks every step from which the end can be reached: repeated relaxation,
 * at most n rounds, each O(edges); scenarios are small. */
static void mark_can_end(const Edges *e, int n, bool *ends)
{
    bool changed = true;
    for (int round = 0; changed && round <= n; round++) {
        changed = false;
        for (int i = 0; i < n; i++) {
            for (int k = 0; !ends[i] && k < e[i].n; k++) {
                int j = e[i].to[k];
                if (j == REF_END || (j >= 0 && ends[j]))
                    ends[i] = changed = true;
            }
        }
    }
}

/* reach[i*n+j]: j can be reached from i through trapped steps only. */
static bool *trapped_reach(const Edges *e, int n, const bool *trapped)
{
    bool *reach = calloc((size_t)n * (size_t)n + 1, 1);
    int *stack = malloc(((size_t)n + 1) * sizeof *stack);
    for (int i = 0; reach && stack && i < n; i++) {
        if (!trapped[i])
            continue;
        bool *r = reach + (size_t)i * (size_t)n;
        int top = 0;
        stack[top++] = i;
        while (top > 0) {
            int k = stack[--top];
            for (int x = 0; x < e[k].n; x++) {
                int j = e[k].to[x];
                if (j >= 0 && trapped[j] && !r[j]) {
                    r[j] = true;
                    stack[top++] = j;
                }
            }
        }
    }
    free(stack);
    return reach;
}

/* A trapped region always ends in a closed loop: a set of steps that lead
 * only to each other. Each such loop is reported once, at its first step.
 *
 * How: for every trapped step i, the steps it reaches through trapped steps
 * (trapped_reach, an n x n table: a thousand steps are a megabyte). i lies in
 * a closed loop when it reaches itself and every step it reaches reaches it
 * back: then i and what it reaches lead only to each other, a loop nothing
 * leaves. Trapped steps that merely lead into such a loop fail the test (the
 * loop does not reach back to them) and are not reported: the loop is. Of a
 * loop's steps only the one with the lowest index reports it. */
static void report_loops(const Scenario *s, const Edges *e, const bool *trapped, DiagList *dl)
{
    int n = s->n_steps;
    bool *reach = trapped_reach(e, n, trapped);
    for (int i = 0; reach && i < n; i++) {
        const bool *r = reach + (size_t)i * (size_t)n;
        bool closed = trapped[i] && r[i], first = true;
        for (int j = 0; closed && j < n; j++)
            if (r[j]) {
                closed = reach[(size_t)j * (size_t)n + (size_t)i];
                first = first && j >= i;
            }
        if (!closed || !first)
            continue;
        char names[160] = "";
        int shown = 0, count = 0;
        for (int j = 0; j < n; j++) {
            if (!r[j])
                continue;
            size_t used = strlen(names);
            if (shown++ < 4)
                snprintf(names + used, sizeof names - used, "%s\"%.24s\"", used ? ", " : "",
                         s->steps[j].id);
            count++;
        }
        const Step *st = &s->steps[i];
        if (count == 1)
            diag_add(dl, DIAG_E0501, st->pos.line, st->pos.col,
                     "a loop with no way out: step %s only leads back to itself", names);
        else
            diag_add(dl, DIAG_E0501, st->pos.line, st->pos.col,
                     "a loop with no way out: steps %s%s only lead to each other", names,
                     count > 4 ? ", ..." : "");
    }
    if (!reach)
        diag_add(dl, DIAG_E0001, 0, 0, "out of memory");
    free(reach);
}

static void check_graph(const Scenario *s, DiagList *dl)
{
    int n = s->n_steps;
    Edges *e = graph_edges(s);
    bool *seen = calloc((size_t)n + 1, sizeof *seen);
    bool *ends = calloc((size_t)n + 1, sizeof *ends);
    bool *trapped = calloc((size_t)n + 1, sizeof *trapped);
    if (!e || !seen || !ends || !trapped) {
        diag_add(dl, DIAG_E0001, 0, 0, "out of memory");
    } else {
        mark_reachable(e, n, seen);
        mark_can_end(e, n, ends);
        bool any = false;
        for (int i = 0; i < n; i++) {
            if (!seen[i])
                diag_add(dl, DIAG_W0101, s->steps[i].pos.line, s->steps[i].pos.col,
                         "step \"%s\" can never be reached", s->steps[i].id);
            trapped[i] = seen[i] && !ends[i];
            any = any || trapped[i];
        }
        if (any)
            report_loops(s, e, trapped, dl);
    }
    graph_free(e, n);
    free(seen);
    free(ends);
    free(trapped);
}

static void check_touchpoints(const Scenario *s, DiagList *dl)
{
    int rated = 0;
    for (int t = 0; t < s->n_touchpoints; t++) {
        bool visited = false, is_rated = false;
        for (int i = 0; i < s->n_steps; i++)
            if (s->steps[i].touchpoint.index == t) {
                visited = true;
                is_rated = is_rated || s->steps[i].rate;
            }
        rated += is_rated;
        if (!visited)
            diag_add(dl, DIAG_W0102, s->touchpoints[t].pos.line, s->touchpoints[t].pos.col,
                     "touchpoint \"%s\" is never visited: no step names it", s->touchpoints[t].id);
    }
    if (!rated && s->predict.enabled)
        diag_add(dl, DIAG_W0104, s->pos.line, s->pos.col,
                 "\"predict:\" asks nothing: no step with \"rate: true\" names a touchpoint");
    if (rated && !s->customers.path)
        diag_add(dl, DIAG_W0401, s->pos.line, s->pos.col,
                 "no customer data (\"customers:\"): the ratings of %d touchpoint%s cannot be "
                 "compared with what customers felt",
                 rated, rated == 1 ? "" : "s");
}

static bool rated(const Scenario *s, int touchpoint)
{
    for (int i = 0; i < s->n_steps; i++)
        if (s->steps[i].touchpoint.index == touchpoint && s->steps[i].rate)
            return true;
    return false;
}

/* The customer data the scenario names: read in full (every row checked),
 * and every rated touchpoint must have some. */
static void check_customers(const Scenario *s, DiagList *dl)
{
    CustomerData data;
    if (customers_load(s->customers.resolved, s, &data, dl) == CUSTOMERS_OK)
        for (int t = 0; t < s->n_touchpoints; t++)
            if (rated(s, t) && !customers_find(&data, s->touchpoints[t].id))
                diag_add(dl, DIAG_W0402, s->touchpoints[t].pos.line, s->touchpoints[t].pos.col,
                         "touchpoint \"%s\" is rated, but the customer data has no rows for it",
                         s->touchpoints[t].id);
    customers_free(&data);
}

static bool has_dotdot(const char *path)
{
    for (const char *p = path; (p = strstr(p, "..")) != NULL; p += 2)
        if ((p == path || p[-1] == '/') && (p[2] == '\0' || p[2] == '/'))
            return true;
    return false;
}

static bool is_wav(const char *path)
{
    unsigned char head[12];
    FILE *f = fopen(path, "rb");
    size_t got = f ? fread(head, 1, sizeof head, f) : 0;
    if (f)
        fclose(f);
    return got == sizeof head && !memcmp(head, "RIFF", 4) && !memcmp(head + 8, "WAVE", 4);
}

static void check_asset(const Scenario *s, const Asset *a, const char *data_dir, DiagList *dl)
{
    const int l = a->pos.line, c = a->pos.col;
    if (a->kind == ASSET_WAV && (!strcmp(a->path, "builtin:hold") || !strcmp(a->path, "none")))
        return;
    bool ours = !strncmp(a->path, "assets/", 7);
    const char *folder = ours ? "teaser's assets folder" : "the scenario's folder";
    if (a->path[0] == '/' || has_dotdot(a->path)) {
        diag_add(dl, DIAG_E0401, l, c, "\"%.60s\" leaves %s; name files inside it", a->path,
                 folder);
        return;
    }
    if (ours && !data_dir) {
        diag_add(
            dl, DIAG_E0402, l, c,
            "teaser's assets folder was not found; set TEASER_DATA_DIR to teaser's data folder");
        return;
    }
    char base[PATH_MAX], real[PATH_MAX], want[PATH_MAX + 8];
    snprintf(want, sizeof want, "%s%s", ours ? data_dir : s->dir, ours ? "/assets" : "");
    if (!realpath(want, base) || !realpath(a->resolved, real)) {
        diag_add(dl, DIAG_E0403, l, c, "\"%.60s\" was not found (%s)", a->path, strerror(errno));
        return;
    }
    size_t bl = strlen(base);
    if (strncmp(real, base, bl) != 0 || (real[bl] != '/' && real[bl] != '\0')) {
        diag_add(dl, DIAG_E0401, l, c,
                 "\"%.60s\" leaves %s through a symbolic link; name files inside it", a->path,
                 folder);
        return;
    }
    struct stat st;
    const char *kind = a->kind == ASSET_WAV ? "WAV" : "CSV";
    if (stat(real, &st) == 0 && S_ISDIR(st.st_mode))
        diag_add(dl, DIAG_E0404, l, c, "\"%.60s\" is a folder, not a %s file", a->path, kind);
    else if (stat(real, &st) == 0 && !S_ISREG(st.st_mode))
        diag_add(dl, DIAG_E0404, l, c,
                 "\"%.60s\" is not a regular file (a FIFO, device or socket); name a %s file",
                 a->path, kind);
    else if (a->kind == ASSET_WAV && !is_wav(real))
        diag_add(dl, DIAG_E0405, l, c, "\"%.60s\" is not a WAV sound file", a->path);
}

static bool text_has(const Text *t, const char *lang)
{
    for (int i = 0; i < t->n; i++)
        if (t->parts[i].lang && !strcmp(t->parts[i].lang, lang))
            return true;
    return false;
}

/* Every text that is given by language must have the scenario's language,
 * and should have every language some other text has. */
static void check_languages(const Scenario *s, DiagList *dl)
{
    const char *langs[MAX_LANGS];
    int n = 0;
    for (int i = 0; i < s->n_texts; i++)
        for (int k = 0; k < s->texts[i]->n; k++) {
            const char *l = s->texts[i]->parts[k].lang;
            bool known = !l;
            for (int j = 0; j < n && !known; j++)
                known = !strcmp(langs[j], l);
            if (!known && n < MAX_LANGS)
                langs[n++] = l;
        }
    for (int i = 0; i < s->n_texts; i++) {
        const Text *t = s->texts[i];
        if (t->n == 0 || !t->parts[0].lang)
            continue;
        if (!text_has(t, s->language)) {
            diag_add(dl, DIAG_E0510, t->pos.line, t->pos.col,
                     "this text has no \"%s\" version, the scenario's language", s->language);
            continue;
        }
        char missing[96] = "";
        for (int j = 0; j < n; j++)
            if (!text_has(t, langs[j])) {
                size_t used = strlen(missing);
                snprintf(missing + used, sizeof missing - used, "%s\"%s\"", used ? ", " : "",
                         langs[j]);
            }
        if (missing[0])
            diag_add(dl, DIAG_W0201, t->pos.line, t->pos.col,
                     "this text has no %s version, though other texts have one", missing);
    }
}

void check_scenario(const Scenario *s, const char *data_dir, DiagList *dl)
{
    check_graph(s, dl);
    check_touchpoints(s, dl);
    int errors = dl->errors;
    for (int i = 0; i < s->n_assets; i++)
        check_asset(s, s->assets[i], data_dir, dl);
    if (s->customers.path && dl->errors == errors)
        check_customers(s, dl);
    check_languages(s, dl);
}
