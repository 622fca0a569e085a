/* rate: a rating prompt with no other content, for a moment that has no
 * screen of its own ("you have just put the phone down"). The step ends as it
 * starts; the player then shows the prompt with this step's text above it. */
#include "rate.h"

#include <stddef.h>

#include "playtime.h"

static const Field fields[] = {
    {F("text", FIELD_TEXT, false, RateStep, text),
     .doc = "A line that sets the moment, shown with the rating prompt."},
    {F("question", FIELD_TEXT, false, RateStep, question),
     .doc = "The question for this prompt only (default: the rating's question)."},
};

static bool validate(Parse *p, Step *step, const YNode *map)
{
    const YNode *rate = ytree_get(map, "rate");
    if (rate && !step->rate)
        return schema_error(p, DIAG_E0507, rate,
                            "a rate step always asks for a rating; remove \"rate: false\"");
    step->rate = true;
    return true;
}

static void start(StepRun *run)
{
    step_end(run, run->step->next.index, "rated");
}

static void prompt(const StepRun *run, const char **question, const char **context)
{
    const RateStep *r = run->step->data;
    if (r->question.n)
        *question = step_text(run, &r->question);
    if (r->text.n)
        *context = step_text(run, &r->text);
}

static long play_ms(const Step *step, const Scenario *s)
{
    const RateStep *r = step->data;
    return PLAYTIME_SCREEN + playtime_reading(s, &r->text, PLAYTIME_READ_PER_WORD);
}

const StepType step_rate = {
    .name = "rate",
    .kind = STEP_RATE,
    .data_size = sizeof(RateStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .validate = validate,
    .start = start,
    .play_ms = play_ms,
    .prompt = prompt,
};
