/* Live reload for authors (teaser play --watch): notices that the scenario
 * file, or a file it names, has changed on disk and settled; reloads it the
 * way a play loads it; says at which step the play resumes. It never prints,
 * never draws and reads no clock (the caller passes the time). No SDL.
 *
 * Changes are found by polling each file's stat (device, inode, size,
 * modification time in ns) every WATCH_POLL_MS, not with inotify: an editor
 * that saves by writing a new file and renaming it over the old one (vim,
 * VS Code, gedit) or by truncating and rewriting it, a synced or network
 * folder, a file deleted and written again: all of them change the stat of
 * the path, and no watch has to follow a renamed inode or a folder. A few
 * stat calls four times a second cost nothing. */
#ifndef TEASER_WATCH_H
#define TEASER_WATCH_H

#include <stdbool.h>
#include <stdint.h>

#include "diag.h"
#include "scenario.h"
#include "step_type.h"

enum { WATCH_MAX_FILES = 64, WATCH_POLL_MS = 250 };

/* What stat says of a path; exists false when it cannot be read. */
typedef struct {
    bool exists;
    long long dev, ino, size, mtime_ns;
} WatchStamp;

typedef struct {
    char *paths[WATCH_MAX_FILES]; /* the scenario first, then the files it names */
    int n;
    WatchStamp loaded[WATCH_MAX_FILES]; /* as they were when last (re)loaded */
    WatchStamp polled[WATCH_MAX_FILES]; /* as they were at the last poll */
    int64_t next_poll_ms;
} Watch;

/* Watches s's file and every file it names (customer data, sounds); a file
 * watched already keeps the stamp it was loaded with, so that a change made
 * while a reload read the files is still seen. False when memory runs out. */
bool watch_files(Watch *w, const Scenario *s, int64_t now_ms);
void watch_free(Watch *w);

/* True once per change: when a watched file differs from what was loaded and
 * has stayed the same for a whole poll, so that an editor that writes in
 * several steps (truncate, write, rename, backup) is reloaded once, between
 * WATCH_POLL_MS and twice that after its last write. Polls at most every
 * WATCH_POLL_MS; call it as often as convenient. */
bool watch_changed(Watch *w, int64_t now_ms);

/* A lint that needs more than the core (the screen-fit lint needs fonts). */
typedef void (*WatchLint)(const Scenario *s, DiagList *dl);

/* Loads path as a play does: the loader, the checker's lints, then lint
 * (NULL: none). A scenario with errors is not kept: *out is NULL, the errors
 * are in dl and the status is SCENARIO_INVALID (or the loader's own). */
ScenarioStatus watch_load(const char *path, const char *data_dir, const StepTypes *types,
                          WatchLint lint, Scenario **out, DiagList *dl);

/* The step a play of fresh resumes at when the play of old stood at the
 * step with id where (NULL: at no step, e.g. the start or end screen): the
 * step of that id, else the nearest earlier step of old, in file order, that
 * fresh still has, else the first. */
int watch_resume_step(const Scenario *old, const char *where, const Scenario *fresh);

#endif
