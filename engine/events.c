/* Names of the event kinds: the store's kind column, stable across versions
 * (a result file written today must read the same in ten years). */
#include "events.h"

#include <string.h>

static const char *const names[EVENT_KIND_COUNT] = {
    [EVENT_ENTER] = "enter",
    [EVENT_LEAVE] = "leave",
    [EVENT_WAITED] = "waited",
    [EVENT_QUEUE] = "queue",
    [EVENT_HANGUP] = "hangup",
    [EVENT_DISCONNECTED] = "disconnected",
    [EVENT_REPEATED] = "repeated",
    [EVENT_REJECTED] = "rejected",
    [EVENT_ANSWER] = "answer",
    [EVENT_FORM_ACCEPTED] = "accepted",
    [EVENT_FORM_REJECTED] = "form-rejected",
    [EVENT_FORM_EMPTIED] = "timeout",
};

static const unsigned char uses[EVENT_KIND_COUNT] = {
    [EVENT_WAITED] = EVENT_USES_MS | EVENT_USES_COUNT,
    [EVENT_QUEUE] = EVENT_USES_COUNT,
    [EVENT_HANGUP] = EVENT_USES_MS,
    [EVENT_DISCONNECTED] = EVENT_USES_MS,
    [EVENT_ANSWER] = EVENT_USES_MS | EVENT_USES_COUNT | EVENT_USES_RIGHT,
    [EVENT_FORM_ACCEPTED] = EVENT_USES_COUNT,
    [EVENT_FORM_REJECTED] = EVENT_USES_COUNT,
    [EVENT_FORM_EMPTIED] = EVENT_USES_MS,
};

unsigned event_uses(EventKind kind)
{
    return (unsigned)kind < EVENT_KIND_COUNT ? uses[kind] : 0;
}

const char *event_name(EventKind kind)
{
    return kind < EVENT_KIND_COUNT ? names[kind] : "unknown";
}

bool event_kind(const char *name, EventKind *kind)
{
    for (int k = 0; name && k < EVENT_KIND_COUNT; k++)
        if (!strcmp(names[k], name)) {
            *kind = (EventKind)k;
            return true;
        }
    return false;
}
