/* menu: a phone menu ("for moving, press 3") read out in a spoken-menu style;
 * ends when an option is chosen, or at its timeout. */
#include "steps.h"

#include <stddef.h>
#include <string.h>

typedef struct {
    const char *key;
    Pos pos;
    Text label;
    Ref go;
} MenuOption;

typedef struct {
    long after;
    Ref go;
} MenuTimeout;

typedef struct {
    Text prompt;
    MenuOption *options;
    int n_options;
    MenuTimeout timeout;
} MenuStep;

static bool read_key(Parse *p, const YNode *n, void *dst)
{
    const char **key = dst;
    if (!schema_str(p, n, "key", key))
        return false;
    if (strlen(*key) != 1 || !strchr("0123456789*#", (*key)[0]))
        return schema_error(p, n, "\"key\" must be one phone key: 0-9, * or #, not \"%.20s\"",
                            *key);
    return true;
}

static const Field option_fields[] = {
    {F("key", FIELD_CUSTOM, true, MenuOption, key), .custom = read_key},
    {F("label", FIELD_TEXT, true, MenuOption, label)},
    {F("goto", FIELD_GOTO, false, MenuOption, go)},
};

static bool read_option(Parse *p, const YNode *n, void *elem)
{
    MenuOption *o = elem;
    o->pos = (Pos){n->line, n->col};
    FieldSet set = {option_fields, FIELD_COUNT(option_fields), o};
    return schema_map(p, n, "a menu option", &set, 1);
}

static const Field timeout_fields[] = {
    {F("after", FIELD_DURATION, true, MenuTimeout, after), .min = 1000},
    {F("goto", FIELD_GOTO, false, MenuTimeout, go)},
};

static const Field fields[] = {
    {F("prompt", FIELD_TEXT, true, MenuStep, prompt)},
    {F("options", FIELD_LIST, true, MenuStep, options), .min = 1, .max = 12,
     LIST(MenuStep, n_options, MenuOption, read_option)},
    {F("timeout", FIELD_MAP, false, MenuStep, timeout), SUB(timeout_fields)},
};

static bool validate(Parse *p, Step *step, const YNode *map)
{
    (void)map;
    const MenuStep *m = step->data;
    bool ok = true;
    for (int i = 0; i < m->n_options; i++)
        for (int j = 0; j < i; j++)
            if (m->options[i].key && m->options[j].key &&
                !strcmp(m->options[i].key, m->options[j].key))
                ok = schema_error_at(p, m->options[i].pos,
                                     "key \"%s\" is already used by the option at line %d",
                                     m->options[i].key, m->options[j].pos.line);
    return ok;
}

static bool continues(const Step *step)
{
    const MenuStep *m = step->data;
    for (int i = 0; i < m->n_options; i++)
        if (!m->options[i].go.id)
            return true;
    return m->timeout.after > 0 && !m->timeout.go.id;
}

const StepType step_menu = {
    .name = "menu",
    .data_size = sizeof(MenuStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .validate = validate,
    .continues = continues,
};
