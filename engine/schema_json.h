/* The scenario format as a JSON Schema (draft 2020-12), for editors: written
 * from the very tables the loader reads with (scenario_format(), each step
 * type's fields), so that the schema and the loader cannot drift apart. What
 * a table cannot say (references to ids, rules across keys, the YAML itself)
 * only `teaser check` sees. Never prints on its own, and no SDL. */
#ifndef TEASER_SCHEMA_JSON_H
#define TEASER_SCHEMA_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "schema.h"

/* Where the schema says it lives. Never fetched: editors are pointed at a
 * file (scenarios/teaser.schema.json, or teaser schema's output). */
#define SCHEMA_JSON_ID "https://teaser.invalid/schema/teaser-1.json"

/* Can every field of the table, and of the tables under it, be described?
 * False with err naming the first that cannot: one without its .doc, a
 * custom one without its .json, a list that says nothing of its items. */
bool schema_json_check_table(const Field *fields, size_t n, char *err, size_t err_size);

/* The same for the whole format: the top-level keys, the common step keys
 * and every type's own. */
bool schema_json_check(const StepTypes *types, char *err, size_t err_size);

/* Writes the schema of the format with these step types to f, once
 * schema_json_check passes (false with err filled when it does not). Write
 * errors are f's (ferror). */
bool schema_json_write(FILE *f, const StepTypes *types, char *err, size_t err_size);

#endif
