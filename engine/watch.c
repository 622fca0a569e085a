/* Live reload for authors: the files' stamps, the settling of a change, the
 * reload and the step to resume at (watch.h says why polling). */
#include "watch.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"

static WatchStamp stamp(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return (WatchStamp){0};
    return (WatchStamp){true, (long long)st.st_dev, (long long)st.st_ino, (long long)st.st_size,
                        (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec};
}

static bool same(const WatchStamp *a, const WatchStamp *b)
{
    return a->exists == b->exists && a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
           a->mtime_ns == b->mtime_ns;
}

static int find(char *const *paths, int n, const char *path)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(paths[i], path))
            return i;
    return -1;
}

/* Adds path to the new list (once), with the stamp it had in the old list
 * when it was watched already. */
static bool add(Watch *w, const Watch *old, const char *path)
{
    if (!path || w->n >= WATCH_MAX_FILES || find(w->paths, w->n, path) >= 0)
        return true;
    if (!(w->paths[w->n] = strdup(path)))
        return false;
    int was = find(old->paths, old->n, path);
    w->loaded[w->n] = was >= 0 ? old->loaded[was] : stamp(path);
    w->polled[w->n] = was >= 0 ? old->polled[was] : w->loaded[w->n];
    w->n++;
    return true;
}

bool watch_files(Watch *w, const Scenario *s, int64_t now_ms)
{
    Watch fresh = {.next_poll_ms = now_ms + WATCH_POLL_MS};
    bool ok = add(&fresh, w, s->path);
    for (int i = 0; ok && i < s->n_assets; i++)
        ok = add(&fresh, w, s->assets[i]->resolved);
    watch_free(w);
    *w = fresh;
    return ok;
}

void watch_free(Watch *w)
{
    for (int i = 0; i < w->n; i++)
        free(w->paths[i]);
    w->n = 0;
}

bool watch_changed(Watch *w, int64_t now_ms)
{
    if (now_ms < w->next_poll_ms)
        return false;
    w->next_poll_ms = now_ms + WATCH_POLL_MS;
    bool moving = false, differs = false;
    for (int i = 0; i < w->n; i++) {
        WatchStamp now = stamp(w->paths[i]);
        moving |= !same(&now, &w->polled[i]);
        w->polled[i] = now;
        differs |= !same(&now, &w->loaded[i]);
    }
    if (moving || !differs)
        return false;
    memcpy(w->loaded, w->polled, sizeof w->loaded);
    return true;
}

ScenarioStatus watch_load(const char *path, const char *data_dir, const StepTypes *types,
                          WatchLint lint, Scenario **out, DiagList *dl)
{
    ScenarioStatus st = scenario_load(path, data_dir, types, out, dl);
    if (*out)
        check_scenario(*out, data_dir, dl);
    if (*out && lint && !dl->errors)
        lint(*out, dl);
    if (*out && dl->errors) {
        scenario_free(*out);
        *out = NULL;
        return SCENARIO_INVALID;
    }
    return st;
}

int watch_resume_step(const Scenario *old, const char *where, const Scenario *fresh)
{
    int at = where ? scenario_find_step(old, where) : -1;
    for (int i = at; i >= 0; i--) {
        int j = scenario_find_step(fresh, old->steps[i].id);
        if (j >= 0)
            return j;
    }
    return 0;
}
