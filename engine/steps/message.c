/* message: text on screen (narration, an e-mail, a text message) that the
 * player reads and continues from. */
#include "message.h"

#include <stddef.h>

#include "playtime.h"

static const Field fields[] = {
    {F("title", FIELD_TEXT, false, MessageStep, title),
     .doc = "A heading above the text (\"Inbox: 1 new e-mail\")."},
    {F("text", FIELD_TEXT, true, MessageStep, text), .doc = "What the player reads."},
    {F("button", FIELD_TEXT, false, MessageStep, button),
     .doc = "The label of the button that continues (\"Close the e-mail\")."},
};

static bool input(StepRun *run, const InputEvent *ev)
{
    bool go = ev->kind == IN_CONTINUE || (ev->kind == IN_ACTION && ev->action == ACT_CONTINUE) ||
              (ev->kind == IN_KEY && (ev->key == KEY_ENTER || ev->key == KEY_SPACE));
    if (go)
        step_end(run, run->step->next.index, "continue");
    return go;
}

static unsigned accepts(const StepRun *run)
{
    (void)run;
    return ACCEPT_CONTINUE;
}

static long play_ms(const Step *step, const Scenario *s)
{
    const MessageStep *m = step->data;
    return PLAYTIME_SCREEN + playtime_reading(s, &m->title, PLAYTIME_READ_PER_WORD) +
           playtime_reading(s, &m->text, PLAYTIME_READ_PER_WORD);
}

const StepType step_message = {
    .name = "message",
    .kind = STEP_MESSAGE,
    .data_size = sizeof(MessageStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .input = input,
    .accepts = accepts,
    .play_ms = play_ms,
};
