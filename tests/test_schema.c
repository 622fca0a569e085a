/* teaser schema (engine/schema_json.c): the JSON Schema of the scenario format
 * says what the loader reads. Its keys are the loader's (compared with the
 * "known keys" the loader itself lists), every field is described, a real
 * validator (python3-jsonschema, tests/schema_check.py) passes every valid
 * scenario and refuses the malformed ones a schema can see, and the copy the
 * shipped scenarios point at is teaser schema's output. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../engine/json.h"
#include "../engine/paths.h"
#include "../engine/scenario.h"
#include "../engine/schema_json.h"
#include "../engine/steps/steps.h"

enum { KEYS_MAX = 32, FILES_MAX = 200, PATH_LEN = 512, CMD_MAX = 16384 };

/* The malformed scenarios of tests/bad/ whose fault a JSON Schema can express
 * (an unknown key, a wrong type, a missing required key, a value not among
 * the choices, a number or a list length out of range, a text that is not a
 * duration or a language code): the schema must refuse each. */
static const char *const schema_refuses[] = {
    "duration-bad-unit",
    "duration-units-out-of-order",
    "duration-without-unit",
    "emotions-empty",
    "emotions-not-a-list",
    "form-captcha-too-short",
    "form-error-no-attempts-or-match",
    "form-field-kind-unknown",
    "form-without-fields",
    "format-missing",
    "format-wrong-version",
    "handoff-ask-detail-and-label",
    "handoff-ask-not-a-list",
    "handoff-without-from-to",
    "id-missing",
    "id-uppercase-and-spaces",
    "integer-is-a-word",
    "integer-not-whole",
    "language-not-a-code",
    "language-uppercase",
    "letter-question-one-option",
    "letter-without-body",
    "menu-key-not-a-phone-key",
    "menu-options-empty",
    "menu-without-options",
    "message-goto-instead-of-next",
    "message-without-text",
    "only-comments",
    "persona-missing",
    "persona-not-a-map",
    "persona-too-many-details",
    "persona-without-name",
    "queue-not-a-map",
    "queue-start-zero",
    "rate-quoted-true",
    "rate-yes",
    "rating-arousal-not-boolean",
    "rating-arousal-points-even",
    "rating-points-out-of-range",
    "rating-valence-points-even",
    "root-is-list",
    "root-is-scalar",
    "step-id-end",
    "step-id-invalid",
    "step-id-missing",
    "step-not-a-map",
    "step-type-key-misspelt",
    "step-type-missing",
    "step-type-unknown-typo",
    "step-type-unknown",
    "steps-empty",
    "steps-missing",
    "steps-not-a-list",
    "text-given-as-list",
    "text-map-empty",
    "text-map-not-language",
    "text-null",
    "title-missing",
    "touchpoint-channel-typo",
    "touchpoint-channel-unknown",
    "touchpoint-without-label",
    "unknown-key-step-typo",
    "unknown-key-step",
    "unknown-key-top-level-typo",
    "unknown-key-top-level",
    "wait-hangup-not-boolean",
    "wait-music-builtin-typo",
    "wait-without-duration",
    "yaml-nesting-too-deep",
    "yaml-nesting-too-deep-block", /* a list or map for a text */
    /* not YAML at all: the editor's YAML parser refuses them before any schema */
    "yaml-alias",
    "yaml-bad-indentation-outdented",
    "yaml-invalid-utf8-byte",
    "yaml-second-document",
    "yaml-tab-indentation",
    "yaml-tag-local",
    "yaml-unclosed-flow-sequence",
    "yaml-unclosed-flow-sequence-at-end",
    "yaml-utf16-bom",
};

/* Those it cannot see, and why: only teaser check finds these. The schema
 * must accept them, so that one it learns to see is moved to the list above. */
static const struct {
    const char *file, *why;
} schema_cannot_see[] = {
    {"asset-path-absolute", "where a path leads is a question about files"},
    {"asset-path-assets-dotdot", "the same"},
    {"asset-path-dotdot", "the same"},
    {"customers-csv-problems", "the CSV's content"},
    {"customers-missing", "a file that is not there"},
    {"customers-symlink-outside", "where a link points"},
    {"customers-symlink-to-other-folder", "the same"},
    {"music-missing", "a file that is not there"},
    {"music-not-a-wav", "a file's content"},
    {"duplicate-key-in-flow-map", "JSON has no duplicate keys: the YAML reader keeps one"},
    {"duplicate-key-in-step", "the same"},
    {"duplicate-key-top-level", "the same"},
    {"yaml-anchor", "anchors are resolved by the YAML reader before validation"},
    {"yaml-tag", "a standard tag (!!str) is resolved by the YAML reader"},
    {"form-duplicate-field-id", "ids unique among items: uniqueItems compares whole items"},
    {"menu-duplicate-option-key", "the same, for keys"},
    {"persona-detail-duplicate-id", "the same"},
    {"step-id-duplicate", "the same"},
    {"touchpoint-duplicate-id", "the same"},
    {"form-error-invalid-regex", "the pattern subset is teaser's own pattern checker"},
    {"form-error-match-back-reference", "the same"},
    {"form-error-match-gnu-escape", "the same"},
    {"form-error-match-nested-counts", "the same"},
    {"form-error-match-too-large", "the same"},
    {"form-error-unknown-field", "a reference to an id declared elsewhere"},
    {"goto-missing-step", "the same"},
    {"handoff-ask-detail-not-in-persona", "the same"},
    {"next-missing-step", "the same"},
    {"touchpoint-unknown", "the same"},
    {"letter-answer-out-of-options", "a bound set by another key (the number of options)"},
    {"wait-disconnect-after-end", "a duration compared with another key's"},
    {"wait-queue-change-after-end", "the same"},
    {"rate-step-rate-false", "a rule of one step type about a key every step has"},
    {"text-map-missing-scenario-language", "a text map checked against the language key"},
    {"unreachable-step-and-missing-language", "the graph of steps, and the same"},
    {"unreachable-step-and-loop", "the graph of steps"},
    {"loop-menu-all-options-back", "the same"},
    {"loop-no-way-out", "the same"},
    {"loop-step-to-itself", "the same"},
};

static const char *teaser(void)
{
    return getenv("TEASER_BIN") ? getenv("TEASER_BIN") : "build/teaser";
}

/* The schema as teaser schema writes it, in memory (freed by the caller). */
static char *written_schema(void)
{
    char *buf = NULL, err[256] = "";
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    bool ok = schema_json_write(f, &steps_teaser1, err, sizeof err);
    fclose(f);
    if (!ok)
        fail_msg("%s", err);
    return buf;
}

typedef struct {
    char key[KEYS_MAX][64];
    int n;
} Keys;

static bool has_key(const Keys *k, const char *key)
{
    for (int i = 0; i < k->n; i++)
        if (!strcmp(k->key[i], key))
            return true;
    return false;
}

static void assert_same_keys(const Keys *a, const Keys *b, const char *what)
{
    for (int i = 0; i < a->n; i++)
        if (!has_key(b, a->key[i]))
            fail_msg("%s: the loader reads \"%s\", the schema does not have it", what, a->key[i]);
    for (int i = 0; i < b->n; i++)
        if (!has_key(a, b->key[i]))
            fail_msg("%s: the schema has \"%s\", the loader does not read it", what, b->key[i]);
}

/* The keys of the first "properties" object after from in the pretty JSON:
 * the lines indented one level deeper than it that start a key. */
static void schema_keys_after(const char *json, const char *from, Keys *out)
{
    const char *at = strstr(json, from);
    assert_non_null(at);
    const char *props = strstr(at, "\"properties\": {\n");
    assert_non_null(props);
    const char *line = props;
    while (line > json && line[-1] == ' ')
        line--;
    int indent = (int)(props - line);
    out->n = 0;
    for (const char *p = strchr(props, '\n') + 1; *p; p = strchr(p, '\n') + 1) {
        int spaces = (int)strspn(p, " ");
        if (spaces <= indent)
            break;
        if (spaces == indent + 2 && p[spaces] == '"' && out->n < KEYS_MAX)
            sscanf(p + spaces + 1, "%63[^\"]", out->key[out->n++]);
    }
}

/* The keys the loader knows where key_place is, as its own "unknown key"
 * message lists them for the scenario yaml (with an unknown key there). */
static void loader_keys(const char *yaml, Keys *out)
{
    DiagList dl;
    Scenario *s = NULL;
    diag_init(&dl);
    assert_int_equal(scenario_parse("x.yaml", yaml, strlen(yaml), NULL, &steps_teaser1, &s, &dl),
                     SCENARIO_INVALID);
    const char *known = NULL;
    for (int i = 0; i < dl.n && !known; i++)
        known = strstr(dl.items[i].msg, "known keys: ");
    if (!known)
        fail_msg("no list of known keys in: %s", dl.n ? dl.items[0].msg : "(nothing)");
    char list[1024];
    snprintf(list, sizeof list, "%s", known + strlen("known keys: "));
    out->n = 0;
    for (char *k = strtok(list, ", "); k && out->n < KEYS_MAX; k = strtok(NULL, ", "))
        snprintf(out->key[out->n++], 64, "%s", k);
    diag_free(&dl);
}

static void the_schemas_top_level_keys_are_the_loaders(void **state)
{
    (void)state;
    char *json = written_schema();
    Keys schema, loader;
    schema_keys_after(json, "\"$id\"", &schema);
    loader_keys("format: teaser/1\nzzzzzzzzzzzz: 1\n", &loader);
    assert_true(loader.n >= 11);
    assert_same_keys(&loader, &schema, "the top level");
    free(json);
}

/* Each type's branch lists its own keys and the common ones (as true). */
static void each_step_types_keys_are_the_loaders(void **state)
{
    (void)state;
    char *json = written_schema();
    for (int t = 0; t < steps_teaser1.n; t++) {
        const char *name = steps_teaser1.list[t]->name;
        char yaml[256], anchor[96];
        snprintf(yaml, sizeof yaml,
                 "format: teaser/1\nid: x\ntitle: x\npersona: {name: x}\n"
                 "steps:\n  - {id: a, type: %s, zzzzzzzzzzzz: 1}\n",
                 name);
        snprintf(anchor, sizeof anchor, "{\"type\": {\"const\": \"%s\"}}", name);
        Keys schema, loader;
        schema_keys_after(json, anchor, &schema);
        loader_keys(yaml, &loader);
        assert_same_keys(&loader, &schema, name);
    }
    free(json);
}

static void a_field_without_its_description_is_refused(void **state)
{
    (void)state;
    typedef struct {
        int points;
        bool on;
    } Thing;
    static const Field inner[] = {
        {F("points", FIELD_INT, false, Thing, points), .min = 1, .max = 9},
    };
    static const Field table[] = {
        {F("on", FIELD_BOOL, false, Thing, on), .doc = "Whether it is on."},
        {F("more", FIELD_MAP, false, Thing, on), SUB(inner), .doc = "More of it."},
    };
    char err[256] = "";
    assert_false(schema_json_check_table(table, FIELD_COUNT(table), err, sizeof err));
    assert_non_null(strstr(err, "\"points\" has no .doc"));
    assert_non_null(strstr(err, "more"));
    /* the format's own tables all have theirs, or teaser schema would refuse */
    assert_true(schema_json_check(&steps_teaser1, err, sizeof err));
}

static void a_custom_field_or_list_that_says_nothing_is_refused(void **state)
{
    (void)state;
    typedef struct {
        const char *code;
        Text *words;
        int n_words;
    } Thing;
    static const Field custom[] = {
        {F("code", FIELD_CUSTOM, false, Thing, code), .doc = "A code."},
    };
    static const Field list[] = {
        {F("words", FIELD_LIST, false, Thing, words), LIST(Thing, n_words, Text, schema_each_text),
         .doc = "Words."},
    };
    char err[256] = "";
    assert_false(schema_json_check_table(custom, 1, err, sizeof err));
    assert_non_null(strstr(err, "\"code\" is read by a custom reader"));
    assert_false(schema_json_check_table(list, 1, err, sizeof err));
    assert_non_null(strstr(err, "\"words\" is a list that says nothing of its items"));
}

static void json_strings_are_escaped(void **state)
{
    (void)state;
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    json_string(f, "a \"b\" \\ \x1b[31m\n");
    fclose(f);
    assert_string_equal(buf, "\"a \\\"b\\\" \\\\ \\u001b[31m\\u000a\"");
    free(buf);
}

/* A fresh folder under build/ for what a test writes. */
static void temp_dir(char *dir, size_t size)
{
    snprintf(dir, size, "build/test-schema-XXXXXX");
    assert_non_null(mkdtemp(dir));
}

static int by_name(const void *a, const void *b)
{
    return strcmp(a, b);
}

/* The .yaml files of dir, sorted. */
static int yaml_in(const char *dir, char names[][PATH_LEN], int max)
{
    DIR *d = opendir(dir);
    int n = 0;
    assert_non_null(d);
    for (struct dirent *e; (e = readdir(d)) != NULL && n < max;) {
        size_t len = strlen(e->d_name);
        if (len > 5 && !strcmp(e->d_name + len - 5, ".yaml"))
            snprintf(names[n++], PATH_LEN, "%s/%s", dir, e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, PATH_LEN, by_name);
    return n;
}

static bool loads(const char *path)
{
    DiagList dl;
    Scenario *s = NULL;
    diag_init(&dl);
    bool ok = scenario_load(path, paths_data_dir(), &steps_teaser1, &s, &dl) == SCENARIO_OK;
    scenario_free(s);
    diag_free(&dl);
    return ok;
}

static void append(char *cmd, const char *s)
{
    size_t used = strlen(cmd);
    assert_true(used + strlen(s) + 200 < CMD_MAX); /* room for the rest of the command */
    snprintf(cmd + used, CMD_MAX - used, " %s", s);
}

/* Runs the validator on the schema written to a temporary folder. */
static int validate(const char *args)
{
    char dir[64], path[96];
    temp_dir(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/teaser.schema.json", dir);
    char *json = written_schema();
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(json, f);
    fclose(f);
    free(json);
    static char cmd[CMD_MAX];
    snprintf(cmd, sizeof cmd, "python3 -B tests/schema_check.py %s %s", path, args);
    int status = system(cmd); /* longer than shell() takes */
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    shell("rm -rf %s", dir);
    return code;
}

static void every_scenario_the_loader_reads_passes_the_schema(void **state)
{
    (void)state;
    static const char *const dirs[] = {"scenarios", "tests/data", "docs/tutorial",
                                       "tests/fuzz/corpus/scenario"};
    static char names[FILES_MAX][PATH_LEN], cmd[CMD_MAX];
    int valid = 0;
    snprintf(cmd, sizeof cmd, "--accept");
    for (size_t d = 0; d < sizeof dirs / sizeof *dirs; d++) {
        int n = yaml_in(dirs[d], names, FILES_MAX);
        for (int i = 0; i < n; i++)
            if (loads(names[i]))
                append(cmd, names[i]), valid++;
    }
    assert_true(valid >= 15); /* the three shipped ones among them */
    assert_true(strstr(cmd, "scenarios/energy-move.yaml") != NULL);
    assert_int_equal(validate(cmd), 0);
}

static bool listed(const char *name)
{
    for (size_t i = 0; i < sizeof schema_refuses / sizeof *schema_refuses; i++)
        if (!strcmp(schema_refuses[i], name))
            return true;
    for (size_t i = 0; i < sizeof schema_cannot_see / sizeof *schema_cannot_see; i++)
        if (!strcmp(schema_cannot_see[i].file, name))
            return true;
    return false;
}

static void malformed_scenarios_the_schema_can_see_are_refused(void **state)
{
    (void)state;
    static char names[FILES_MAX][PATH_LEN], cmd[CMD_MAX], path[PATH_LEN];
    /* every malformed file is in one list or the other: a new one needs a decision */
    int n = yaml_in("tests/bad", names, FILES_MAX);
    assert_true(n > 100);
    for (int i = 0; i < n; i++) {
        char name[PATH_LEN];
        snprintf(name, sizeof name, "%s", names[i] + strlen("tests/bad/"));
        name[strlen(name) - 5] = '\0';
        if (!listed(name))
            fail_msg("tests/bad/%s.yaml: say in test_schema.c whether the schema can see its "
                     "fault",
                     name);
    }
    snprintf(cmd, sizeof cmd, "--refuse");
    for (size_t i = 0; i < sizeof schema_refuses / sizeof *schema_refuses; i++) {
        snprintf(path, sizeof path, "tests/bad/%s.yaml", schema_refuses[i]);
        assert_false(loads(path));
        append(cmd, path);
    }
    append(cmd, "--accept");
    for (size_t i = 0; i < sizeof schema_cannot_see / sizeof *schema_cannot_see; i++) {
        snprintf(path, sizeof path, "tests/bad/%s.yaml", schema_cannot_see[i].file);
        append(cmd, path);
    }
    assert_int_equal(validate(cmd), 0);
}

/* The check fails when it should: a valid scenario with one unknown key more
 * is refused, and said to accept it, the check fails. */
static void the_validator_sees_an_unknown_key(void **state)
{
    (void)state;
    char dir[64], yaml[128];
    temp_dir(dir, sizeof dir);
    snprintf(yaml, sizeof yaml, "%s/x.yaml", dir);
    assert_int_equal(
        shell("cp scenarios/energy-move.yaml %s && echo 'colour: red' >> %s", yaml, yaml), 0);
    char args[256];
    snprintf(args, sizeof args, "--refuse %s 2>/dev/null", yaml);
    assert_int_equal(validate(args), 0);
    snprintf(args, sizeof args, "--accept %s 2>/dev/null >/dev/null", yaml);
    assert_int_equal(validate(args), 1);
    shell("rm -rf %s", dir);
}

static void the_shipped_schema_is_teaser_schemas_output(void **state)
{
    (void)state;
    char dir[64];
    temp_dir(dir, sizeof dir);
    assert_int_equal(shell("%s schema -o %s/out.json", teaser(), dir), 0);
    if (shell("cmp -s %s/out.json scenarios/teaser.schema.json", dir) != 0)
        fail_msg("scenarios/teaser.schema.json is not what teaser schema writes: run "
                 "build/teaser schema -o scenarios/teaser.schema.json");
    /* and on the terminal, the same bytes */
    assert_int_equal(shell("%s schema | cmp -s - %s/out.json", teaser(), dir), 0);
    shell("rm -rf %s", dir);
}

static void the_shipped_scenarios_point_their_editor_at_it(void **state)
{
    (void)state;
    static char names[FILES_MAX][PATH_LEN];
    int n = yaml_in("scenarios", names, FILES_MAX);
    assert_true(n >= 3);
    for (int i = 0; i < n; i++) {
        char text[128];
        read_text(names[i], text, sizeof text);
        if (strncmp(text, "# yaml-language-server: $schema=teaser.schema.json\n", 51) != 0)
            fail_msg("%s does not start with the yaml-language-server modeline", names[i]);
    }
}

static void schema_takes_only_its_flags(void **state)
{
    (void)state;
    assert_int_equal(shell("%s schema --help | grep -q 'usage: teaser schema'", teaser()), 0);
    assert_int_equal(shell("%s schema extra 2>/dev/null", teaser()), 2);
    assert_int_equal(shell("%s schema --frobnicate 2>/dev/null", teaser()), 2);
    assert_int_equal(shell("%s --help | grep -q '^  schema '", teaser()), 0);
    /* a folder is not a file to write */
    assert_int_equal(shell("%s schema -o build 2>/dev/null", teaser()), 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_schemas_top_level_keys_are_the_loaders),
        cmocka_unit_test(each_step_types_keys_are_the_loaders),
        cmocka_unit_test(a_field_without_its_description_is_refused),
        cmocka_unit_test(a_custom_field_or_list_that_says_nothing_is_refused),
        cmocka_unit_test(json_strings_are_escaped),
        cmocka_unit_test(every_scenario_the_loader_reads_passes_the_schema),
        cmocka_unit_test(malformed_scenarios_the_schema_can_see_are_refused),
        cmocka_unit_test(the_validator_sees_an_unknown_key),
        cmocka_unit_test(the_shipped_schema_is_teaser_schemas_output),
        cmocka_unit_test(the_shipped_scenarios_point_their_editor_at_it),
        cmocka_unit_test(schema_takes_only_its_flags),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
