/* The typed event vocabulary: what a step reports happening during a play (a
 * wait sat through, details typed again, a letter answered right or wrong),
 * as a kind and numbers. Steps write these, the store keeps them in typed
 * columns beside a readable sentence, and the tally (tally.c) counts them for
 * the personal debrief and the report. The sentence is for people only:
 * nothing ever reads it back. No SDL, no storage. */
#ifndef TEASER_EVENTS_H
#define TEASER_EVENTS_H

#include <stdbool.h>
#include <stdint.h>

typedef enum {
    EVENT_ENTER,         /* a step began; text: its type */
    EVENT_LEAVE,         /* a step ended; text: how ("continue", "time up", "answered 2") */
    EVENT_WAITED,        /* a wait ran its time: ms on hold over every call, count calls */
    EVENT_QUEUE,         /* the queue position changed: count is the new position */
    EVENT_HANGUP,        /* the caller hung up: ms into that call */
    EVENT_DISCONNECTED,  /* the line was cut: ms into that call */
    EVENT_REPEATED,      /* a hand-off: a detail typed again and accepted */
    EVENT_REJECTED,      /* a hand-off: a detail typed again and not accepted */
    EVENT_ANSWER,        /* a letter's question: count the option, right, ms to answer */
    EVENT_FORM_ACCEPTED, /* a form accepted: count is the attempt it took */
    EVENT_FORM_REJECTED, /* a form refused: count is the attempt */
    EVENT_FORM_EMPTIED,  /* a form emptied itself: ms without input */
    EVENT_KIND_COUNT
} EventKind;

/* One event's facts: kind says what happened, and which numbers it uses.
 * Fields a kind does not use stay 0 (right: -1). */
typedef struct {
    EventKind kind;
    int64_t ms; /* the duration the kind measures */
    int count;  /* the kind's number: calls, position, option, attempt */
    int right;  /* EVENT_ANSWER: 1 right, 0 wrong; other kinds -1 */
} Event;

/* The kind's stable name, as the store's kind column holds it ("waited"). */
const char *event_name(EventKind kind);
/* The kind with that name; false when there is none. */
bool event_kind(const char *name, EventKind *kind);

/* Which of Event's numbers a kind uses (EVENT_USES_*), as a store keeps them in typed
 * columns: the others are stored NULL. 0 for a kind outside EventKind. */
enum { EVENT_USES_MS = 1, EVENT_USES_COUNT = 2, EVENT_USES_RIGHT = 4 };
unsigned event_uses(EventKind kind);

#endif
