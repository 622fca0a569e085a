/* form: a web form that fights back (refusals, a timeout, a captcha). Its data
 * and play state, which its view (engine/view/steps/form.c) reads and never
 * changes. */
#ifndef TEASER_STEPS_FORM_H
#define TEASER_STEPS_FORM_H

#include "pattern.h"
#include "steps.h"

/* At most 12 fields and the captcha; a value's bytes with its terminator: at
 * most the longest text a `match` pattern is matched against, which bounds
 * the time matching takes. */
enum { FORM_MAX_FIELDS = 13, FORM_MAX_ERRORS = 30, FORM_VALUE_MAX = PATTERN_MAX_INPUT + 1 };

typedef struct {
    const char *id;   /* errors refer to the field by it */
    Pos pos;          /* where the field is written, for messages */
    Text label, hint; /* above the box; under it (optional) */
    const char *kind; /* "text" (the default), "number", "email", "phone", "date", "password" */
    bool required;    /* refused while empty (the default) */
} FormField;

typedef struct {
    Pos pos;           /* where the error is written, for messages */
    Ref field;         /* the field it refuses, resolved to its index */
    Text message;      /* shown under the field */
    int attempts;      /* 1..20: refuses until shown this often, whatever was typed; 0: none */
    const char *match; /* rejects until the value matches this pattern (pattern.h); NULL: none */
} FormError;

typedef struct {
    long after;   /* ms without input (5 s or more) before the form empties itself; 0: never */
    Text message; /* shown instead of the intro once it has; optional */
} FormTimeout;

typedef struct {
    Text title, intro, submit; /* the heading, the line under it, the button's label */
    const char *url;           /* in the address bar; optional */
    const char *captcha;       /* the code to type again; NULL: no captcha */
    const char *captcha_case;  /* "insensitive": capitals do not count; else they do */
    FormField *fields;         /* 1 to 12, in the order shown */
    int n_fields;
    FormError *errors; /* the scripted refusals, at most FORM_MAX_ERRORS */
    int n_errors;
    FormTimeout timeout; /* the session timeout */
} FormStep;

/* Fields 0..n_fields-1, then the captcha as one more field when there is one. */
typedef struct {
    char value[FORM_MAX_FIELDS][FORM_VALUE_MAX]; /* what is typed in each field */
    int error[FORM_MAX_FIELDS]; /* 0: none; n: errors[n - 1]; -1: required; -2: captcha;
                                   -3: captcha right but for capitals */
    int focus;                  /* the field typed into, 0-based (the captcha is n_fields) */
    int attempts;               /* submissions so far */
    /* How often each error was shown: an `attempts` error counts its own showings, so a
       submission refused for an empty field or another message of the same field does
       not use it up unseen. */
    int shown[FORM_MAX_ERRORS];
    int64_t active_ms; /* last input (or the start): the session timeout counts from here */
    bool expired;      /* the form was emptied by the timeout and not sent since */
} FormState;

/* The fields the form shows, the captcha included. */
int form_field_count(const StepRun *run);
/* The message for a field's error (FormState.error): the scenario's, the
 * captcha's, or "*" for a required field left empty. */
const char *form_error_text(const StepRun *run, int error);

#endif
