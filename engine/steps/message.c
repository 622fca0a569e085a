/* message: text on screen (narration, an e-mail, a text message) that the
 * player reads and continues from. */
#include "steps.h"

#include <stddef.h>

typedef struct {
    Text title, text, button;
} MessageStep;

static const Field fields[] = {
    {F("title", FIELD_TEXT, false, MessageStep, title)},
    {F("text", FIELD_TEXT, true, MessageStep, text)},
    {F("button", FIELD_TEXT, false, MessageStep, button)},
};

const StepType step_message = {
    .name = "message",
    .data_size = sizeof(MessageStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
};
