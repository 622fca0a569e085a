/* Scripted input (docs/scripted-input.md, --input and --record): one event per
 * line, "#" comments, an optional time first (seconds of the scenario clock
 * since the start), then continue | choose N | text STRING | type STRING |
 * rate V [arousal A] [emotion WORD] | key NAME | click X Y | tap X Y | close.
 * Reading reports every bad line as FILE:LINE:COL and never trusts a size;
 * writing produces only what reading accepts. Never prints. No SDL. */
#ifndef TEASER_SCRIPT_H
#define TEASER_SCRIPT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "input.h"

enum { SCRIPT_MAX_EVENTS = 100000, SCRIPT_MAX_BYTES = 4 * 1024 * 1024 };

typedef struct {
    InputEvent ev; /* device: key and type a keyboard, click a mouse, tap touch; else script */
    int64_t at_ms; /* -1: no time: delivered when a screen can take it */
    int line;      /* where it was written, for "input ran out" messages */
} ScriptEvent;

typedef struct {
    ScriptEvent *events; /* in file order, times never decreasing; script_free frees them */
    int n;               /* at most SCRIPT_MAX_EVENTS */
    int next;            /* the first event not yet delivered */
} Script;

/* Reads a script file; false with errors in dl (the place of each bad line). */
bool script_load(const char *path, Script *out, DiagList *dl);
/* The same from memory (diagnostics carry places, not a file name). */
bool script_parse(const char *text, size_t len, Script *out, DiagList *dl);
void script_free(Script *s);

/* Appends one event as a line ("12.345 rate 3 emotion annoyed"); at_ms < 0
 * writes it without a time. Text is quoted when it needs to be. */
bool script_write(FILE *f, int64_t at_ms, const InputEvent *ev);

#endif
