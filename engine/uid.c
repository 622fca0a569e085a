/* Session ids (uid.h). Random, not derived from the session's content: two
 * laptops may hold sessions alike in every field, and each must stay itself. */
#include "uid.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>

/* All 16 bytes, or false: getrandom may return fewer, or be interrupted. */
static bool random_bytes(unsigned char *b, size_t n)
{
    size_t got = 0;
    for (int tries = 0; got < n && tries < 8; tries++) {
        ssize_t r = getrandom(b + got, n - got, 0);
        if (r > 0)
            got += (size_t)r;
        else if (r < 0 && errno != EINTR)
            return false;
    }
    return got == n;
}

bool uid_new(char out[UID_SIZE])
{
    unsigned char b[16];
    out[0] = '\0';
    if (!random_bytes(b, sizeof b))
        return false;
    b[6] = (unsigned char)((b[6] & 0x0f) | 0x40); /* version 4: random */
    b[8] = (unsigned char)((b[8] & 0x3f) | 0x80); /* variant RFC 4122 */
    char *p = out;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *p++ = '-';
        p += sprintf(p, "%02x", b[i]);
    }
    return true;
}

bool uid_valid(const char *s)
{
    if (!s || strlen(s) != UID_SIZE - 1)
        return false;
    for (int i = 0; i < UID_SIZE - 1; i++) {
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !strchr("0123456789abcdef", s[i]) || !s[i])
            return false;
    }
    return true;
}
