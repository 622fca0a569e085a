/* Text editing for fields: control characters are dropped, the buffer never
 * overflows and never ends in the middle of a UTF-8 character. */
#include "edit.h"

#include <ctype.h>
#include <string.h>

void edit_append(char *buf, size_t size, const char *text)
{
    size_t n = strlen(buf);
    for (const char *c = text; *c && n + 1 < size; c++)
        if ((unsigned char)*c >= 0x20 && *c != 0x7F)
            buf[n++] = *c;
    /* a character cut by the limit is removed whole */
    size_t keep = n;
    while (keep > 0 && ((unsigned char)buf[keep - 1] & 0xC0) == 0x80)
        keep--;
    if (keep > 0 && ((unsigned char)buf[keep - 1] & 0xC0) == 0xC0) {
        unsigned char lead = (unsigned char)buf[keep - 1];
        size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (n - (keep - 1) < len)
            n = keep - 1;
    }
    buf[n] = '\0';
}

void edit_erase(char *buf)
{
    size_t n = strlen(buf);
    while (n > 0 && ((unsigned char)buf[n - 1] & 0xC0) == 0x80)
        n--;
    if (n > 0)
        n--;
    buf[n] = '\0';
}

static const char *skip(const char *s)
{
    while (*s && strchr(" .-/\t", *s))
        s++;
    return s;
}

bool edit_same(const char *typed, const char *expected)
{
    const char *a = skip(typed), *b = skip(expected);
    while (*a && *b) {
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return false;
        a = skip(a + 1);
        b = skip(b + 1);
    }
    return !*a && !*b;
}

bool edit_same_but_case(const char *typed, const char *expected)
{
    while (*typed && tolower((unsigned char)*typed) == tolower((unsigned char)*expected))
        typed++, expected++;
    return !*typed && !*expected;
}
