/* Control characters in text that comes from outside (a scenario, a customer
 * CSV, a flag, a scripted-input file, an older store): finding them, and
 * showing them escaped. The one place that says what a control character is,
 * so that no message, report or screen can carry a raw terminal escape. */
#ifndef TEASER_CONTROLS_H
#define TEASER_CONTROLS_H

#include <stdbool.h>
#include <stddef.h>

/* Bytes of the control character at s: 1 for C0 (U+0000-U+001F) and DEL,
 * 2 for C1 (U+0080-U+009F, in UTF-8), 0 when s starts with anything else. */
size_t controls_at(const char *s);

/* The same, but 0 for tab and newline: what a multi-line text may not hold. */
size_t controls_in_text(const char *s);

/* What writers put in place of a control character that reached them from an
 * older store: U+FFFD, the replacement character, in UTF-8. */
#define CONTROLS_REPLACEMENT "\xEF\xBF\xBD"

/* The first control character in s, or NULL; with text true, tab and newline
 * are allowed (they belong in a multi-line text). */
const char *controls_find(const char *s, bool text);

/* s into out (size bytes, NUL-terminated), each control character written as
 * \xNN (C0, DEL) or \uNNNN (C1), tab and newline too, so that the result is
 * one line that no terminal runs. Cut, when out is short, between characters,
 * never inside an escape or a UTF-8 sequence. Returns out. */
char *controls_escape(const char *s, char *out, size_t size);

/* The start of a message about the control character at bad in s: "TEXT"
 * holds a control character (C), TEXT cut at 48 bytes on a character
 * boundary. Both stay raw: a diagnostic escapes them when it is added. */
void controls_quote(const char *s, const char *bad, char *out, size_t size);

#endif
