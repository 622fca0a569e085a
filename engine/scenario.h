/* A scenario, loaded from its YAML file and structurally validated: every key
 * known, every value of the right type, every reference resolved. Plain data
 * that the checker, the player and the reports read and never change once it
 * is loaded; it owns everything in one arena, released by scenario_free.
 * Semantic lints live in check.*. No SDL. */
#ifndef TEASER_SCENARIO_H
#define TEASER_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"

enum {
    SCENARIO_MAX_BYTES = 4 * 1024 * 1024,
    SCENARIO_MAX_STEPS = 1000,
};

typedef struct {
    int line, col; /* 1-based; 0: not from the file (a default) */
} Pos;

/* A text field: one plain string (lang NULL) or one variant per language. */
typedef struct {
    const char *lang; /* a language code ("en", "pt-BR"); NULL: a plain string, for all */
    const char *s;    /* the text, never empty */
} TextPart;

typedef struct {
    const TextPart *parts; /* one (lang NULL), or one per language in file order */
    int n;                 /* 0: the field was not given */
    Pos pos;               /* of the value in the file */
    /* where it is written, for messages: its key ("subject"; NULL for an item
     * of a list of texts), and the list it is in and its item there (1-based;
     * 0: in no list), as in "options" item 2 */
    const char *key, *list;
    int item;
} Text;

/* A reference by id to a step (or "end"), a touchpoint, a form field... */
enum { REF_NONE = -1, REF_END = -2 };
typedef struct {
    const char *id; /* NULL: not given */
    Pos pos;        /* of the id in the file */
    int index;      /* resolved: index into the referenced array, REF_END, or REF_NONE */
} Ref;

/* A file a scenario names: customer data, a sound. */
typedef enum { ASSET_CSV, ASSET_WAV } AssetKind;
typedef struct {
    const char *path;     /* as written ("builtin:hold" and "none" too); NULL when not given */
    const char *resolved; /* filesystem path to open; NULL for "builtin:..." and "none" */
    AssetKind kind;       /* what the key takes: a CSV or a WAV */
    Pos pos;              /* of the path in the file */
} Asset;

typedef struct {
    const char *id;      /* unique among the touchpoints; the customer CSV names it */
    Pos pos;             /* of the touchpoint in the file */
    Text label;          /* what reports and debriefs call it */
    const char *channel; /* "phone", "email", "letter", "web", ...; NULL when not given */
    Text department;     /* who is responsible for it; optional */
    Text about;          /* one line on what happens there, shown with a prediction; optional */
} Touchpoint;

typedef struct {
    const char *id;    /* unique among the persona's details; hand-offs ask for it */
    Pos pos;           /* of the detail in the file */
    Text label;        /* what the detail is ("Customer number") */
    const char *value; /* the persona's own ("12345678"), as shown and as expected */
} PersonaDetail;

typedef struct {
    const char *name;       /* who the participant plays */
    Text about;             /* a few lines on them, for the start screen; optional */
    PersonaDetail *details; /* at most 4 */
    int n_details;
} Persona;

typedef struct {
    bool enabled;   /* arousal is optional; valence always on */
    int points;     /* an odd number from 3 to 11; 9 when not given */
    Text low, high; /* the labels of its two ends; defaults given by the loader */
} Scale;

typedef struct {
    Text question;  /* not given: "How would you feel right now, as PERSONA?" */
    Scale valence;  /* negative (1) to positive (points) */
    Scale arousal;  /* calm (1) to agitated (points); off unless `arousal:` is given */
    Text *emotions; /* the words to choose from, 1 to 12; NULL: none offered */
    int n_emotions;
} Instrument;

/* A step type and the table of them (step_type.h): the loader is handed the
 * table and knows nothing else of the steps. */
typedef struct StepType StepType;
typedef struct StepTypes StepTypes;

typedef struct {
    const char *id;       /* unique among the steps; never "end" */
    Pos pos;              /* of the step in the file */
    const StepType *type; /* never NULL in a loaded scenario */
    Ref touchpoint;       /* the moment it stands for; index REF_NONE when not given */
    bool rate;            /* a rating prompt follows the step, however it ends */
    Ref next;             /* resolved even when not given: the following step, or REF_END */
    Ref **targets;        /* every other step this one can go to (goto fields) */
    int n_targets;
    void *data; /* the step type's own fields, defined in engine/steps/TYPE.h */
} Step;

/* Predictions before playing (`predict:`): when on, the participant rates,
 * after the start screen and before the first step, how they think customers
 * feel at each touchpoint a step rates, in journey order. */
typedef struct {
    bool enabled;  /* `predict: true`, or a map */
    Text question; /* not given: "How do customers feel here, do you think?" */
} Predict;

typedef struct {
    Arena *arena;     /* holds everything below; scenario_free releases it */
    const char *path; /* as given to scenario_load */
    const char *dir;  /* the folder relative paths start from */
    char hash[17];    /* FNV-1a 64 of the file's bytes, hex: which version was played */
    const char *id;   /* the scenario's id, as the results store keeps it */
    Pos pos;          /* of the top-level map: where scenario-wide problems are reported */
    Text title;
    Text description;        /* optional */
    const char *language;    /* the scenario's own language code; "en" when not given */
    Persona persona;         /* the customer the participant becomes */
    Asset customers;         /* the customer CSV; path NULL when not named */
    Instrument rating;       /* the rating instrument; defaults for what `rating:` leaves out */
    Predict predict;
    Touchpoint *touchpoints; /* in journey order (as written), at most 100 */
    int n_touchpoints;
    Step *steps; /* in file order; the first is where a play starts; 1 to SCENARIO_MAX_STEPS */
    int n_steps;
    /* every text field and every named file, for the checker's lints */
    Text **texts;
    int n_texts;
    Asset **assets;
    int n_assets;
} Scenario;

typedef enum {
    SCENARIO_OK,       /* loaded; warnings may be in the list */
    SCENARIO_INVALID,  /* errors in the list; *out is NULL */
    SCENARIO_ENV,      /* could not be read: an environment problem */
    SCENARIO_NOT_FOUND /* no such file */
} ScenarioStatus;

/* Reads and validates path. data_dir is teaser's data folder, where paths
 * starting with "assets/" point; types are the step types the format has
 * (steps_teaser1). Problems go to dl, with places in the file. */
ScenarioStatus scenario_load(const char *path, const char *data_dir, const StepTypes *types,
                             Scenario **out, DiagList *dl);
/* The same from memory: path names the file in messages and places its folder. */
ScenarioStatus scenario_parse(const char *path, const char *data, size_t len, const char *data_dir,
                              const StepTypes *types, Scenario **out, DiagList *dl);
void scenario_free(Scenario *s);

/* The loader's own tables of fields (schema.h), for what describes the format
 * (`teaser schema`): the top-level keys, steps apart (its items are steps, a
 * map of the common keys and its type's own), and the keys every step has;
 * a type's own keys are in its StepType. */
typedef struct {
    const struct Field *fields; /* the table */
    size_t n;                   /* its length */
} FieldTable;
typedef struct {
    FieldTable top;            /* every top-level key but steps */
    const struct Field *steps; /* steps: FIELD_CUSTOM, with its length's bounds */
    FieldTable step;           /* the keys every step has */
} ScenarioFormat;
ScenarioFormat scenario_format(void);

/* The text in lang, else in the scenario's language, else the first given. */
const char *text_get(const Text *t, const char *lang, const char *fallback_lang);
int scenario_find_step(const Scenario *s, const char *id);
/* The languages s has text in: its language first, then every language a
 * text of it is given in, each once, in the order met; at most max of them.
 * Returns how many. */
int scenario_languages(const Scenario *s, const char **out, int max);
/* Whether s has text in lang (one of scenario_languages). */
bool scenario_has_language(const Scenario *s, const char *lang);
/* What a step is called for people: its touchpoint's label in lang (else in
 * the scenario's language), or its id when it has no touchpoint. */
const char *scenario_step_label(const Scenario *s, int step, const char *lang);

#endif
