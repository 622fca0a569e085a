/* A line of typed text, as fields on screen hold it: append what was typed,
 * erase the last character (never half a UTF-8 character), and compare what
 * was typed with what was expected the way a clerk would (ignoring spaces,
 * dots, dashes and case). It never writes past the buffer's size. */
#ifndef TEASER_EDIT_H
#define TEASER_EDIT_H

#include <stdbool.h>
#include <stddef.h>

void edit_append(char *buf, size_t size, const char *text);
void edit_erase(char *buf);
bool edit_same(const char *typed, const char *expected);
/* Equal but for the case of ASCII letters: every other character counts. */
bool edit_same_but_case(const char *typed, const char *expected);

#endif
