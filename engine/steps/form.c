/* form: a web form in a browser frame that fights back: scripted validation
 * errors reject sensible input, a session timeout empties it, a captcha must
 * be retyped. Ends when the form is finally accepted. */
#include "form.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "edit.h"
#include "pattern.h"
#include "playtime.h"
#include "words.h"

static const char *const kinds[] = {"text", "number", "email", "phone", "date", "password", NULL};
static const char *const cases[] = {"sensitive", "insensitive", NULL};

static const Field field_fields[] = {
    {F("id", FIELD_ID, true, FormField, id),
     .doc = "Unique in this form; the form's errors name the field by it."},
    {F("label", FIELD_TEXT, true, FormField, label), .doc = "The label next to the field."},
    {F("hint", FIELD_TEXT, false, FormField, hint),
     .doc = "An example or explanation under it (\"e.g. 3811 AB\")."},
    {F("kind", FIELD_ENUM, false, FormField, kind), .choices = kinds,
     .doc = "What kind of input the field takes (default text)."},
    {F("required", FIELD_BOOL, false, FormField, required),
     .doc = "Whether the field must be filled in (default true)."},
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
    {F("field", FIELD_REF, true, FormError, field),
     .doc = "The field of this form (its id) that the message appears at."},
    {F("message", FIELD_TEXT, true, FormError, message),
     .doc = "The error message (\"This postcode is not known to us.\")."},
    {F("attempts", FIELD_INT, false, FormError, attempts), .min = 1, .max = 20,
     .doc = "Show this message at the first N submissions, whatever was typed (1 to 20)."},
    {F("match", FIELD_STR, false, FormError, match),
     .doc = "Reject until the field's value matches this pattern (a safe subset of POSIX "
            "extended regular expressions)."},
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
        return schema_error(p, DIAG_E0504, n,
                            "a form error needs \"attempts\" (reject the first N tries) "
                            "or \"match\" (reject until the value matches), or both");
    PatternError why;
    if (e->match && !pattern_check(e->match, &why))
        return schema_error(p, DIAG_E0219, ytree_get(n, "match"),
                            "\"match\" is refused at character %d: %s", why.at, why.why);
    return true;
}

static const Field timeout_fields[] = {
    {F("after", FIELD_DURATION, true, FormTimeout, after), .min = 5000,
     .doc = "How long the session lasts (5s to 12h); then the form is emptied."},
    {F("message", FIELD_TEXT, false, FormTimeout, message),
     .doc = "What the site says then (\"Your session has expired.\")."},
};

static bool read_captcha(Parse *p, const YNode *n, void *dst)
{
    const char **captcha = dst;
    if (!schema_str(p, n, "captcha", captcha))
        return false;
    size_t len = strlen(*captcha);
    if (len < 3 || len > 16 || strchr(*captcha, ' '))
        return schema_error(p, DIAG_E0218, n,
                            "\"captcha\" must be 3 to 16 characters without spaces");
    return true;
}

static const Field fields[] = {
    {F("title", FIELD_TEXT, false, FormStep, title),
     .doc = "The page title (\"Pass on your move\")."},
    {F("url", FIELD_STR, false, FormStep, url), .doc = "The address shown in the browser frame."},
    {F("intro", FIELD_TEXT, false, FormStep, intro), .doc = "Text above the fields."},
    {F("submit", FIELD_TEXT, false, FormStep, submit), .doc = "The label of the submit button."},
    {F("fields", FIELD_LIST, true, FormStep, fields), .min = 1, .max = 12,
     LIST(FormStep, n_fields, FormField, read_form_field), SUB(field_fields),
     .doc = "The input fields, in order (1 to 12)."},
    {F("errors", FIELD_LIST, false, FormStep, errors), .max = FORM_MAX_ERRORS,
     LIST(FormStep, n_errors, FormError, read_form_error), SUB(error_fields),
     .json = "\"anyOf\": [{\"required\": [\"attempts\"]}, {\"required\": [\"match\"]}]",
     .doc = "Scripted rejections, each with attempts, a match or both (at most 30)."},
    {F("timeout", FIELD_MAP, false, FormStep, timeout), SUB(timeout_fields),
     .doc = "A session timeout: the form is emptied after a while without input."},
    {F("captcha", FIELD_CUSTOM, false, FormStep, captcha), .custom = read_captcha,
     .json = "\"type\": [\"string\", \"number\", \"boolean\"], \"pattern\": \"^[^ ]{3,16}$\"",
     .doc = "A code the player must type over before the form is accepted (3 to 16 "
            "characters, no spaces)."},
    {F("captcha_case", FIELD_ENUM, false, FormStep, captcha_case), .choices = cases,
     .doc = "Whether capitals count in the captcha: sensitive (the default) or insensitive."},
};

static bool validate(Parse *p, Step *step, const YNode *map)
{
    (void)map;
    FormStep *f = step->data;
    bool ok = true;
    for (int i = 0; i < f->n_fields; i++)
        for (int j = 0; j < i; j++)
            if (f->fields[i].id && f->fields[j].id && !strcmp(f->fields[i].id, f->fields[j].id))
                ok = schema_error_at(p, DIAG_E0301, f->fields[i].pos,
                                     "duplicate field id \"%s\" (first used at line %d)",
                                     f->fields[i].id, f->fields[j].pos.line);
    for (int i = 0; i < f->n_errors; i++) {
        Ref *r = &f->errors[i].field;
        for (int j = 0; r->id && j < f->n_fields && r->index == REF_NONE; j++)
            if (f->fields[j].id && !strcmp(f->fields[j].id, r->id))
                r->index = j;
        if (r->id && r->index == REF_NONE)
            ok = schema_error_at(p, DIAG_E0302, r->pos, "this form has no field \"%.40s\"", r->id);
    }
    return ok;
}

/* ---- playing ---- */

int form_field_count(const StepRun *run)
{
    const FormStep *f = run->step->data;
    return f->n_fields + (f->captcha ? 1 : 0);
}

static void arm_timeout(StepRun *run)
{
    const FormStep *f = run->step->data;
    FormState *s = run->state;
    s->active_ms = run->now_ms;
    run->wake_ms = f->timeout.after ? run->now_ms + f->timeout.after : -1;
}

static void start(StepRun *run)
{
    run->wants_text = true;
    arm_timeout(run);
}

static void tick(StepRun *run)
{
    const FormStep *f = run->step->data;
    FormState *s = run->state;
    if (!f->timeout.after || run->now_ms - s->active_ms < f->timeout.after)
        return;
    memset(s->value, 0, sizeof s->value);
    memset(s->error, 0, sizeof s->error);
    s->focus = 0;
    s->expired = true;
    step_log(run, step_event(EVENT_FORM_EMPTIED, f->timeout.after, 0, -1),
             "the form was emptied after %lld ms without input", (long long)f->timeout.after);
    arm_timeout(run);
}

/* The loader refuses a pattern outside the subset; should one come through,
 * the value is taken rather than refused for ever. */
static bool captcha_taken(const FormStep *f, const char *typed)
{
    bool any_case = f->captcha_case && !strcmp(f->captcha_case, "insensitive");
    return any_case ? edit_same_but_case(typed, f->captcha) : !strcmp(typed, f->captcha);
}

static bool matches(const char *pattern, const char *value)
{
    return pattern_match(pattern, value) != PATTERN_NO_MATCH;
}

/* Marks the fields this submission is rejected for; true when accepted. */
static bool judge(const StepRun *run)
{
    const FormStep *f = run->step->data;
    FormState *s = run->state;
    bool ok = true;
    for (int i = 0; i < f->n_fields; i++) {
        s->error[i] = f->fields[i].required && !s->value[i][0] ? -1 : 0;
        ok = ok && !s->error[i];
    }
    for (int e = 0; e < f->n_errors; e++) {
        const FormError *er = &f->errors[e];
        int i = er->field.index;
        if (s->error[i])
            continue; /* one message per field; the others wait their turn */
        bool reject = (er->attempts && s->shown[e] < er->attempts) ||
                      (er->match && !matches(er->match, s->value[i]));
        if (reject)
            s->error[i] = e + 1, s->shown[e]++, ok = false;
    }
    if (f->captcha && !captcha_taken(f, s->value[f->n_fields]))
        s->error[f->n_fields] = edit_same_but_case(s->value[f->n_fields], f->captcha) ? -3 : -2,
        ok = false;
    return ok;
}

static void submit(StepRun *run)
{
    const FormStep *f = run->step->data;
    FormState *s = run->state;
    s->attempts++;
    s->expired = false;
    char typed[1024] = "";
    for (int i = 0; i < f->n_fields; i++) {
        size_t used = strlen(typed);
        snprintf(typed + used, sizeof typed - used, "%s%s=%s", i ? "; " : "", f->fields[i].id,
                 f->fields[i].kind && !strcmp(f->fields[i].kind, "password") ? "***" : s->value[i]);
    }
    if (judge(run)) {
        step_log(run, step_event(EVENT_FORM_ACCEPTED, 0, s->attempts, -1), "attempt %d: %s",
                 s->attempts, typed);
        step_end(run, run->step->next.index, "accepted");
        return;
    }
    char why[1024] = "";
    for (int i = 0; i < form_field_count(run); i++) {
        size_t used = strlen(why);
        int e = s->error[i];
        if (e)
            snprintf(why + used, sizeof why - used, "%s%s: %s", used ? "; " : "",
                     i < f->n_fields ? f->fields[i].id : "captcha",
                     e > 0     ? step_text(run, &f->errors[e - 1].message)
                     : e == -1 ? "empty"
                     : e == -3 ? "wrong capitals"
                               : "wrong");
    }
    step_log(run, step_event(EVENT_FORM_REJECTED, 0, s->attempts, -1), "attempt %d: %s | %s",
             s->attempts, typed, why);
    if (f->captcha)
        s->value[f->n_fields][0] = '\0'; /* as real forms do: type it again */
    for (int i = form_field_count(run) - 1; i >= 0; i--)
        if (s->error[i])
            s->focus = i;
}

/* Enter on a field: on to the next empty one, or send when none is empty. */
static void advance(StepRun *run)
{
    FormState *s = run->state;
    int n = form_field_count(run);
    for (int k = 1; k <= n; k++) {
        int i = (s->focus + k) % n;
        if (!s->value[i][0]) {
            s->focus = i;
            return;
        }
    }
    submit(run);
}

static bool input(StepRun *run, const InputEvent *ev)
{
    FormState *s = run->state;
    char *v = s->value[s->focus];
    if (ev->kind == IN_CHARS) {
        edit_append(v, FORM_VALUE_MAX, ev->text);
    } else if (ev->kind == IN_TEXT) {
        v[0] = '\0';
        edit_append(v, FORM_VALUE_MAX, ev->text);
        advance(run);
    } else if (ev->kind == IN_KEY && ev->key == KEY_BACKSPACE) {
        edit_erase(v);
    } else if (ev->kind == IN_KEY && ev->key == KEY_ENTER) {
        advance(run);
    } else if (ev->kind == IN_KEY &&
               (ev->key == KEY_TAB || ev->key == KEY_DOWN || ev->key == KEY_UP)) {
        int n = form_field_count(run);
        s->focus = (s->focus + (ev->key == KEY_UP ? n - 1 : 1)) % n;
    } else if (ev->kind == IN_ACTION && ev->action == ACT_FOCUS) {
        if (ev->arg < 1 || ev->arg > form_field_count(run))
            return false;
        s->focus = ev->arg - 1;
    } else if (ev->kind == IN_ACTION && ev->action == ACT_CONTINUE) {
        submit(run);
    } else {
        return false;
    }
    if (!run->done)
        arm_timeout(run);
    return true;
}

static unsigned accepts(const StepRun *run)
{
    (void)run;
    return ACCEPT_TEXT;
}

const char *form_error_text(const StepRun *run, int error)
{
    const FormStep *f = run->step->data;
    if (error > 0)
        return step_text(run, &f->errors[error - 1].message);
    return error == -3   ? words_get(run->lang, WORD_CAPTCHA_CAPITALS)
           : error == -2 ? words_get(run->lang, WORD_CAPTCHA)
                         : "*";
}

/* Every field typed once, then one more submission for each time the form is
 * set to refuse: the `attempts` of the field refused longest, and one try more
 * for a pattern. Each retry retypes a field and the captcha. */
static long play_ms(const Step *step, const Scenario *s)
{
    const FormStep *f = step->data;
    long ms = PLAYTIME_SCREEN + playtime_reading(s, &f->intro, PLAYTIME_READ_PER_WORD);
    int retries = 0;
    for (int i = 0; i < f->n_fields; i++) {
        ms += playtime_typing(NULL);
        int refusals = 0;
        for (int e = 0; e < f->n_errors; e++)
            if (f->errors[e].field.index == i)
                refusals += f->errors[e].attempts + (f->errors[e].match ? 1 : 0);
        retries = refusals > retries ? refusals : retries;
    }
    long retry = playtime_typing(NULL) + (f->captcha ? playtime_typing(f->captcha) : 0);
    return ms + (f->captcha ? playtime_typing(f->captcha) : 0) + retries * retry;
}

const StepType step_form = {
    .name = "form",
    .kind = STEP_FORM,
    .data_size = sizeof(FormStep),
    .fields = fields,
    .n_fields = FIELD_COUNT(fields),
    .validate = validate,
    .state_size = sizeof(FormState),
    .start = start,
    .input = input,
    .tick = tick,
    .accepts = accepts,
    .play_ms = play_ms,
};
