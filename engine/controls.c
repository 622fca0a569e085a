/* Control characters: C0 and DEL are single bytes; C1 are U+0080-U+009F,
 * which UTF-8 writes as 0xC2 0x80-0x9F and which some terminals run like ESC
 * sequences (U+009B is CSI). Everything else, including other non-ASCII
 * text, passes untouched. */
#include "controls.h"

#include <stdio.h>
#include <string.h>

size_t controls_at(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x20 || u[0] == 0x7F)
        return u[0] ? 1 : 0;
    return u[0] == 0xC2 && u[1] >= 0x80 && u[1] <= 0x9F ? 2 : 0;
}

size_t controls_in_text(const char *s)
{
    return *s == '\t' || *s == '\n' ? 0 : controls_at(s);
}

const char *controls_find(const char *s, bool text)
{
    for (; s && *s; s++)
        if (text ? controls_in_text(s) : controls_at(s))
            return s;
    return NULL;
}

/* Bytes of the character at s: a lead byte and its continuation bytes. */
static size_t char_len(const char *s)
{
    size_t n = 1;
    while (n < 4 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n++;
    return n;
}

char *controls_escape(const char *s, char *out, size_t size)
{
    if (!size)
        return out;
    size_t n = 0;
    while (s && *s) {
        char piece[8];
        const char *from = piece;
        size_t step = controls_at(s), len;
        if (step == 1)
            len = (size_t)snprintf(piece, sizeof piece, "\\x%02x", (unsigned char)*s);
        else if (step == 2)
            len = (size_t)snprintf(piece, sizeof piece, "\\u%04x", (unsigned char)s[1]);
        else
            from = s, step = len = char_len(s);
        if (n + len >= size)
            break;
        memcpy(out + n, from, len);
        n += len;
        s += step;
    }
    out[n] = '\0';
    return out;
}

void controls_quote(const char *s, const char *bad, char *out, size_t size)
{
    size_t len = strlen(s), cut = len < 48 ? len : 48;
    while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
        cut--;
    snprintf(out, size, "\"%.*s%s\" holds a control character (%.*s)", (int)cut, s,
             cut < len ? "..." : "", (int)controls_at(bad), bad);
}
