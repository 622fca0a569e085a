/* The starter scenario of `teaser new`: a small, valid, commented scenario
 * with every step type once, and illustrative customer data for it, in one
 * language or as maps by language. Writes only to the streams it is given;
 * never opens a file, never prints on its own. */
#ifndef TEASER_STARTER_H
#define TEASER_STARTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* The languages the starter text is written in. */
enum { STARTER_LANGS = 2, STARTER_ID_MAX = 65 };

typedef struct {
    const char *langs[STARTER_LANGS]; /* in the order asked; the first is `language:` */
    int n_langs;
    char id[STARTER_ID_MAX]; /* the scenario's id (starter_id) */
    const char *file;        /* the scenario's file name, for its comments */
    const char *customers;   /* the customer CSV's name, relative to the scenario */
} Starter;

/* Reads a --lang list ("en", "nl,en") into s; false with err filled (one
 * sentence) when an item is empty, repeated, or a language the starter text
 * does not have. */
bool starter_langs(Starter *s, const char *list, char *err, size_t err_size);

/* An id made from a file name: its base name without .yaml or .yml, lower
 * case, every run of other characters than a-z and 0-9 made one "-";
 * "my-scenario" when nothing is left. */
void starter_id(Starter *s, const char *file_name);

/* The scenario, as YAML with comments, and its customer CSV. Write errors
 * are f's (ferror). */
void starter_write_scenario(FILE *f, const Starter *s);
void starter_write_customers(FILE *f, const Starter *s);

#endif
