/* rate: a rating prompt with no other content, for a moment that has no
 * screen of its own ("you have just put the phone down"). */
#include "steps.h"

#include <stddef.h>

typedef struct {
    Text text, question;
} RateStep;

static const Field fields[] = {
    {F("text", FIELD_TEXT, false, RateStep, text)},
    {F("question", FIELD_TEXT, false, RateStep, question)},
};

static bool validate(Parse *p, Step *step, const YNode *map)
{
    const YNode *rate = ytree_get(map, "rate");
    if (rate && !step->rate)
        return schema_error(p, rate,
                            "a rate step always asks for a rating; remove \"rate: false\"");
    step->rate = true;
    return true;
}

const StepType step_rate = {
    .name = "rate",
    .data_size = sizeof(RateStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .validate = validate,
};
