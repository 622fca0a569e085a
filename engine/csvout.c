/* CSV output. Neutralising follows the OWASP advice for CSV injection: a
 * leading apostrophe makes a spreadsheet show the text instead of running it;
 * real numbers such as -3 are left alone so that they stay numbers. No control
 * character but a line break (LF or CRLF) or a tab is written (controls.h). */
#include "csvout.h"

#include <ctype.h>
#include <string.h>

#include "controls.h"

static bool is_plain_number(const char *s)
{
    const char *p = s + (*s == '-' || *s == '+');
    bool digits = false, dot = false;
    for (; *p; p++) {
        if (isdigit((unsigned char)*p))
            digits = true;
        else if (*p == '.' && !dot)
            dot = true;
        else
            return false;
    }
    return digits;
}

bool csvout_is_formula(const char *cell)
{
    return cell && *cell && strchr("=+-@\t\r", *cell) && !is_plain_number(cell);
}

static bool write_cell(FILE *f, const char *s)
{
    if (!s)
        return true;
    bool quote = strpbrk(s, ",\"\r\n") != NULL;
    bool ok = true;
    if (quote)
        ok = fputc('"', f) != EOF;
    if (ok && csvout_is_formula(s))
        ok = fputc('\'', f) != EOF;
    for (const char *p = s; ok && *p; p++) {
        size_t ctl = *p == '\r' && p[1] == '\n' ? 0 : controls_in_text(p); /* CRLF: a line break */
        if (ctl) { /* only an older store can hold one: replaced, never written raw */
            ok = fputs(CONTROLS_REPLACEMENT, f) != EOF;
            p += ctl - 1;
            continue;
        }
        if (*p == '"')
            ok = fputc('"', f) != EOF;
        if (ok)
            ok = fputc(*p, f) != EOF;
    }
    if (ok && quote)
        ok = fputc('"', f) != EOF;
    return ok;
}

bool csvout_row(FILE *f, const char *const *cells, int n)
{
    bool ok = true;
    for (int i = 0; ok && i < n; i++) {
        if (i)
            ok = fputc(',', f) != EOF;
        if (ok)
            ok = write_cell(f, cells[i]);
    }
    return ok && fputs("\r\n", f) != EOF;
}
