/* A scenario, loaded from its YAML file and structurally validated: every key
 * known, every value of the right type, every reference resolved. Plain data
 * that the checker, the player and the reports read; it owns everything in one
 * arena, released by scenario_free. Semantic lints live in check.*. */
#ifndef TEASER_SCENARIO_H
#define TEASER_SCENARIO_H

#include <stdbool.h>

#include "arena.h"
#include "diag.h"

enum {
    SCENARIO_MAX_BYTES = 4 * 1024 * 1024,
    SCENARIO_MAX_STEPS = 1000,
};

typedef struct {
    int line, col;
} Pos;

/* A text field: one plain string (lang NULL) or one variant per language. */
typedef struct {
    const char *lang;
    const char *s;
} TextPart;

typedef struct {
    const TextPart *parts;
    int n; /* 0: the field was not given */
    Pos pos;
} Text;

/* A reference by id to a step (or "end"), a touchpoint, a form field... */
enum { REF_NONE = -1, REF_END = -2 };
typedef struct {
    const char *id; /* NULL: not given */
    Pos pos;
    int index; /* resolved: index into the referenced array, REF_END, or REF_NONE */
} Ref;

/* A file a scenario names: customer data, a sound. */
typedef enum { ASSET_CSV, ASSET_WAV } AssetKind;
typedef struct {
    const char *path;     /* as written; NULL when not given */
    const char *resolved; /* filesystem path to open */
    AssetKind kind;
    Pos pos;
} Asset;

typedef struct {
    const char *id;
    Pos pos;
    Text label;
    const char *channel;
    Text department;
} Touchpoint;

typedef struct {
    const char *id;
    Pos pos;
    Text label;
    const char *value;
} PersonaDetail;

typedef struct {
    const char *name;
    Text about;
    PersonaDetail *details;
    int n_details;
} Persona;

typedef struct {
    bool enabled; /* arousal is optional; valence always on */
    int points;
    Text low, high;
} Scale;

typedef struct {
    Text question; /* not given: "How would you feel right now, as PERSONA?" */
    Scale valence;
    Scale arousal;
    Text *emotions;
    int n_emotions;
} Instrument;

/* A step type and the table of them (step_type.h): the loader is handed the
 * table and knows nothing else of the steps. */
typedef struct StepType StepType;
typedef struct StepTypes StepTypes;

typedef struct {
    const char *id;
    Pos pos;
    const StepType *type;
    Ref touchpoint;
    bool rate;
    Ref next;      /* resolved even when not given: the following step, or REF_END */
    Ref **targets; /* every other step this one can go to (goto fields) */
    int n_targets;
    void *data; /* the step type's own fields, defined in engine/steps/TYPE.h */
} Step;

typedef struct {
    Arena *arena;
    const char *path; /* as given to scenario_load */
    const char *dir;  /* the folder relative paths start from */
    char hash[17];    /* FNV-1a 64 of the file's bytes, hex: which version was played */
    const char *id;
    Pos pos; /* of the top-level map: where scenario-wide problems are reported */
    Text title;
    Text description;
    const char *language;
    Persona persona;
    Asset customers;
    Instrument rating;
    Touchpoint *touchpoints;
    int n_touchpoints;
    Step *steps;
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

/* The text in lang, else in the scenario's language, else the first given. */
const char *text_get(const Text *t, const char *lang, const char *fallback_lang);
int scenario_find_step(const Scenario *s, const char *id);

#endif
