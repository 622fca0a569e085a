/* form: a web form in a browser frame that fights back: scripted validation
 * errors reject sensible input, a session timeout empties it, a captcha must
 * be retyped. Ends when the form is finally accepted. */
#include "steps.h"

#include <regex.h>
#include <stddef.h>
#include <string.h>

typedef struct {
    const char *id;
    Pos pos;
    Text label, hint;
    const char *kind;
    bool required;
} FormField;

typedef struct {
    Pos pos;
    Ref field;
    Text message;
    int attempts;      /* rejects the first N submissions, whatever was typed */
    const char *match; /* rejects until the value matches this POSIX ERE */
} FormError;

typedef struct {
    long after;
    Text message;
} FormTimeout;

typedef struct {
    Text title, intro, submit;
    const char *url, *captcha;
    FormField *fields;
    int n_fields;
    FormError *errors;
    int n_errors;
    FormTimeout timeout;
} FormStep;

static const char *const kinds[] = {"text", "number", "email", "phone", "date", "password", NULL};

static const Field field_fields[] = {
    {F("id", FIELD_ID, true, FormField, id)},
    {F("label", FIELD_TEXT, true, FormField, label)},
    {F("hint", FIELD_TEXT, false, FormField, hint)},
    {F("kind", FIELD_ENUM, false, FormField, kind), .choices = kinds},
    {F("required", FIELD_BOOL, false, FormField, required)},
};

static bool read_form_field(Parse *p, const YNode *n, void *elem)
{
    FormField *f = elem;
    f->pos = (Pos){n->line, n->col};
    f->kind = "text";
    f->required = true;
    FieldSet set = {field_fields, FIELD_COUNT(field_fields), f};
    return schema_map(p, n, "a form field", &set, 1);
}

static const Field error_fields[] = {
    {F("field", FIELD_REF, true, FormError, field)},
    {F("message", FIELD_TEXT, true, FormError, message)},
    {F("attempts", FIELD_INT, false, FormError, attempts), .min = 1, .max = 20},
    {F("match", FIELD_STR, false, FormError, match)},
};

static bool read_form_error(Parse *p, const YNode *n, void *elem)
{
    FormError *e = elem;
    e->pos = (Pos){n->line, n->col};
    e->field.index = REF_NONE;
    FieldSet set = {error_fields, FIELD_COUNT(error_fields), e};
    if (!schema_map(p, n, "a form error", &set, 1))
        return false;
    if (!e->attempts && !e->match)
        return schema_error(p, n,
                            "a form error needs \"attempts\" (reject the first N tries) "
                            "or \"match\" (reject until the value matches), or both");
    regex_t re;
    if (e->match && regcomp(&re, e->match, REG_EXTENDED | REG_NOSUB) != 0)
        return schema_error(p, ytree_get(n, "match"),
                            "\"match\" is not a valid regular expression: \"%.40s\"", e->match);
    if (e->match)
        regfree(&re);
    return true;
}

static const Field timeout_fields[] = {
    {F("after", FIELD_DURATION, true, FormTimeout, after), .min = 5000},
    {F("message", FIELD_TEXT, false, FormTimeout, message)},
};

static bool read_captcha(Parse *p, const YNode *n, void *dst)
{
    const char **captcha = dst;
    if (!schema_str(p, n, "captcha", captcha))
        return false;
    size_t len = strlen(*captcha);
    if (len < 3 || len > 16 || strchr(*captcha, ' '))
        return schema_error(p, n, "\"captcha\" must be 3 to 16 characters without spaces");
    return true;
}

static const Field fields[] = {
    {F("title", FIELD_TEXT, false, FormStep, title)},
    {F("url", FIELD_STR, false, FormStep, url)},
    {F("intro", FIELD_TEXT, false, FormStep, intro)},
    {F("submit", FIELD_TEXT, false, FormStep, submit)},
    {F("fields", FIELD_LIST, true, FormStep, fields), .min = 1, .max = 12,
     LIST(FormStep, n_fields, FormField, read_form_field)},
    {F("errors", FIELD_LIST, false, FormStep, errors), .max = 30,
     LIST(FormStep, n_errors, FormError, read_form_error)},
    {F("timeout", FIELD_MAP, false, FormStep, timeout), SUB(timeout_fields)},
    {F("captcha", FIELD_CUSTOM, false, FormStep, captcha), .custom = read_captcha},
};

static bool validate(Parse *p, Step *step, const YNode *map)
{
    (void)map;
    FormStep *f = step->data;
    bool ok = true;
    for (int i = 0; i < f->n_fields; i++)
        for (int j = 0; j < i; j++)
            if (f->fields[i].id && f->fields[j].id && !strcmp(f->fields[i].id, f->fields[j].id))
                ok = schema_error_at(p, f->fields[i].pos,
                                     "duplicate field id \"%s\" (first used at line %d)",
                                     f->fields[i].id, f->fields[j].pos.line);
    for (int i = 0; i < f->n_errors; i++) {
        Ref *r = &f->errors[i].field;
        for (int j = 0; r->id && j < f->n_fields && r->index == REF_NONE; j++)
            if (f->fields[j].id && !strcmp(f->fields[j].id, r->id))
                r->index = j;
        if (r->id && r->index == REF_NONE)
            ok = schema_error_at(p, r->pos, "this form has no field \"%.40s\"", r->id);
    }
    return ok;
}

const StepType step_form = {
    .name = "form",
    .data_size = sizeof(FormStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .validate = validate,
};
